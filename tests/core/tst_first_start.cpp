// A first start cannot half-happen: the kiosk's program setting a new
// database up (migrations, the installation secret, the demo day) is killed
// with SIGKILL at points spread over the whole of it, then started again;
// every time, the database ends up whole and set up exactly once.
#include "Database.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

using namespace linli;
using namespace linli::test;

namespace {
// More with LINLI_FIRST_START_KILLS=200.
int killCount()
{
    const int asked = qEnvironmentVariableIntValue("LINLI_FIRST_START_KILLS");
    return asked > 0 ? asked : 24;
}
} // namespace

class TestFirstStart : public QObject
{
    Q_OBJECT

    QTemporaryDir folder;

    QStringList arguments(const QString &name, bool demo) const
    {
        QStringList args{QStringLiteral("--migrate"), QStringLiteral("--database"), folder.filePath(name + ".db"),
                         QStringLiteral("--secret"), folder.filePath(name + ".key")};
        if (!demo)
            args << QStringLiteral("--no-demo");
        return args;
    }

    // The first start to its end; how long it took.
    qint64 startToTheEnd(const QString &name, bool demo = true)
    {
        QProcess kiosk;
        QElapsedTimer took;
        took.start();
        kiosk.start(QStringLiteral(LINLI_KIOSK), arguments(name, demo));
        if (!kiosk.waitForFinished(60000) || kiosk.exitStatus() != QProcess::NormalExit || kiosk.exitCode() != 0) {
            qWarning().noquote() << kiosk.readAllStandardError();
            return -1;
        }
        return took.elapsed();
    }

    // Started, then killed after `afterMs`, as a power cut would.
    void startAndKill(const QString &name, int afterMs)
    {
        QProcess kiosk;
        kiosk.start(QStringLiteral(LINLI_KIOSK), arguments(name, true));
        QVERIFY(kiosk.waitForStarted());
        QTest::qSleep(afterMs);
        ::kill(pid_t(kiosk.processId()), SIGKILL);
        kiosk.waitForFinished();
    }

    struct Contents
    {
        QString integrity;
        int staff = -1, residents = -1, cards = -1, dishes = -1, setUp = -1, demoDay = -1;
    };
    Contents read(const QString &name)
    {
        Database db(QStringLiteral("first-start-check"));
        Contents c;
        if (!db.open(folder.filePath(name + ".db")))
            return c;
        c.integrity = sqlValue(db, QStringLiteral("PRAGMA integrity_check")).toString();
        c.staff = sqlValue(db, QStringLiteral("SELECT count(*) FROM staff")).toInt();
        c.residents = sqlValue(db, QStringLiteral("SELECT count(*) FROM resident")).toInt();
        c.cards = sqlValue(db, QStringLiteral("SELECT count(*) FROM card")).toInt();
        c.dishes = sqlValue(db, QStringLiteral("SELECT count(*) FROM dish")).toInt();
        c.setUp = sqlValue(db, QStringLiteral("SELECT count(*) FROM first_start")).toInt();
        c.demoDay = sqlValue(db, QStringLiteral("SELECT demo_day FROM first_start")).toInt();
        return c;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(folder.isValid()); }

    void killedAnywhereItIsFinishedNextTime()
    {
        const qint64 whole = startToTheEnd(QStringLiteral("measured"));
        QVERIFY(whole > 0);
        const Contents expected = read(QStringLiteral("measured"));
        QCOMPARE(expected.integrity, QStringLiteral("ok"));
        QVERIFY(expected.staff > 0 && expected.residents > 0 && expected.cards > 0 && expected.dishes > 0);
        QCOMPARE(expected.setUp, 1);

        // From the first moment to a little past the end, evenly.
        const int kills = killCount();
        for (int i = 0; i < kills; ++i) {
            const QString name = QStringLiteral("killed-%1").arg(i);
            const int afterMs = int(whole * 1.1 * i / kills);
            startAndKill(name, afterMs);
            QVERIFY2(startToTheEnd(name) > 0, qPrintable(QStringLiteral("killed after %1 ms").arg(afterMs)));
            const Contents c = read(name);
            const QString at = QStringLiteral("killed after %1 ms of %2").arg(afterMs).arg(whole);
            QVERIFY2(c.integrity == QLatin1String("ok"), qPrintable(at + ": " + c.integrity));
            QVERIFY2(c.staff == expected.staff && c.residents == expected.residents && c.cards == expected.cards
                         && c.dishes == expected.dishes,
                     qPrintable(QStringLiteral("%1: %2 staff, %3 residents, %4 cards, %5 dishes")
                                    .arg(at)
                                    .arg(c.staff)
                                    .arg(c.residents)
                                    .arg(c.cards)
                                    .arg(c.dishes)));
            QVERIFY2(c.setUp == 1 && c.demoDay == 1, qPrintable(at));
            // A second start changes nothing: the demo day is never loaded twice.
            QVERIFY(startToTheEnd(name) > 0);
            QCOMPARE(read(name).residents, expected.residents);
        }
    }

    void aDatabaseSetUpWithoutTheDemoStaysSo()
    {
        // Killed, then finished by an installer who wants no demo: set up
        // empty, and a later start with the default never fills it.
        startAndKill(QStringLiteral("plain"), 5);
        QVERIFY(startToTheEnd(QStringLiteral("plain"), false) > 0);
        QCOMPARE(read(QStringLiteral("plain")).setUp, 1);
        QCOMPARE(read(QStringLiteral("plain")).demoDay, 0);
        QVERIFY(startToTheEnd(QStringLiteral("plain"), true) > 0);
        QCOMPARE(read(QStringLiteral("plain")).residents, 0);
        QCOMPARE(read(QStringLiteral("plain")).staff, 0);
    }
};

QTEST_GUILESS_MAIN(TestFirstStart)
#include "tst_first_start.moc"
