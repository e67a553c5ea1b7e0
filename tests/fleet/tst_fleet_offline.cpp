// A kiosk whose PostgreSQL server goes away mid-session and comes back. It
// runs a server of its own (tests/support/postgres_cluster.sh), as it stops
// and starts it: the suite's shared server keeps serving the other tests.
#include "KioskFixture.h"

#include <QProcess>
#include <QSqlQuery>

using namespace linli;
using namespace linli::test;

namespace {

constexpr qint64 kDriverChen = 1, kDriverLiu = 2;

bool cluster(const QString &action, const QString &state)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedChannels);
    script.start(QStringLiteral(LINLI_CLUSTER_SCRIPT), {action, state});
    return script.waitForFinished(60000) && script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
}

} // namespace

class TestFleetOffline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_serverFolder;
    QString state() const { return m_serverFolder.filePath(QStringLiteral("server")); }

    std::unique_ptr<KioskFixture> f;
    Kiosk *kiosk() { return f->kiosk.get(); }
    SimulatedPrinter *printer() { return f->devices.simulatedPrinter; }

    // Through a connection of its own, as the owner: the kiosk's view is not trusted here.
    QVariant sql(const QString &query)
    {
        Database db(QStringLiteral("inspector"));
        if (!db.open(f->site.databaseAddress(QStringLiteral("linli_owner"))))
            return {};
        QSqlQuery q(db.connection());
        if (!q.exec(query) || !q.next())
            return {};
        return q.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(cluster(QStringLiteral("start"), state()));
        qputenv("LINLI_TEST_POSTGRES", state().toLocal8Bit());
        QVERIFY(server::inUse());
    }
    void cleanupTestCase()
    {
        f.reset();
        QVERIFY(cluster(QStringLiteral("stop"), state()));
    }

    void init()
    {
        f = std::make_unique<KioskFixture>();
        QVERIFY(f->start());
        kiosk()->goHome();
    }
    void cleanup()
    {
        if (!sql(QStringLiteral("SELECT 1")).isValid())
            QVERIFY(cluster(QStringLiteral("resume"), state())); // a failed test leaves the server up for the next
        f.reset();
    }

    void checkInsWithoutTheServerArriveOnceWhenItIsBack()
    {
        const QString chen = f->code(TokenCodec::Type::Driver, kDriverChen);
        const QString liu = f->code(TokenCodec::Type::Driver, kDriverLiu);
        QVERIFY(!chen.isEmpty() && !liu.isEmpty());
        f->devices.simulatedScanner->scan(chen);
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::CheckedIn);
        QTRY_COMPARE(printer()->jobCount(), 1);
        QTRY_VERIFY(QFile::exists(f->site.path(QStringLiteral("outbox.db")))); // it knows the drivers

        QVERIFY(cluster(QStringLiteral("pause"), state()));
        QTRY_VERIFY_WITH_TIMEOUT(!kiosk()->deviceStates()->databaseOnline(), 5000);

        // 刘 checks in and 陈 checks out while the server is away.
        kiosk()->goHome();
        f->devices.simulatedScanner->scan(liu);
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::CheckedIn);
        QCOMPARE(kiosk()->person()->name(), QStringLiteral("刘*波"));
        QCOMPARE(kiosk()->driverHome()->checkIn()->slip()->state(), Slip::AfterReconnect);
        QCOMPARE(kiosk()->driverHome()->checkIn()->driversPresent(), 2);
        kiosk()->goHome();
        f->devices.simulatedScanner->scan(chen); // in: his menu, as with the server
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::Present);
        kiosk()->driverHome()->checkIn()->checkOut(); // 签退
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::CheckedOut);
        QCOMPARE(printer()->jobCount(), 1); // nothing to print until the server has the visit

        QVERIFY(cluster(QStringLiteral("resume"), state()));
        QTRY_VERIFY_WITH_TIMEOUT(kiosk()->deviceStates()->databaseOnline(), 10000);
        QTRY_COMPARE(sql(QStringLiteral("SELECT count(*) FROM driver_visit WHERE driver_id = %1").arg(kDriverLiu)).toInt(), 1);
        QTRY_COMPARE(printer()->jobCount(), 2); // 刘's slip, now
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM driver_visit WHERE driver_id = %1 AND checked_out_at IS NOT NULL")
                         .arg(kDriverChen)).toInt(), 1);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM offline_request")).toInt(), 2);

        // Away and back once more: nothing is sent twice.
        QVERIFY(cluster(QStringLiteral("pause"), state()));
        QTRY_VERIFY_WITH_TIMEOUT(!kiosk()->deviceStates()->databaseOnline(), 5000);
        QVERIFY(cluster(QStringLiteral("resume"), state()));
        QTRY_VERIFY_WITH_TIMEOUT(kiosk()->deviceStates()->databaseOnline(), 10000);
        QTest::qWait(1500);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM driver_visit")).toInt(), 2);
        QCOMPARE(printer()->jobCount(), 2);
    }

    void theCanteenSaysTheServerIsAwayAndOpensWhenItIsBack()
    {
        QVERIFY(cluster(QStringLiteral("pause"), state()));
        QTRY_VERIFY_WITH_TIMEOUT(!kiosk()->deviceStates()->databaseOnline(), 5000);
        kiosk()->open(Kiosk::Canteen);
        CanteenFlow *flow = kiosk()->canteen()->order();
        QTRY_VERIFY(!flow->busy());
        QVERIFY(flow->unavailable()); // not "closed": lunch is on
        QCOMPARE(flow->step(), CanteenFlow::Closed);
        QVERIFY(cluster(QStringLiteral("resume"), state()));
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), CanteenFlow::ChooseSet, 10000);
        QVERIFY(!flow->unavailable());
    }

    void anOrderWithoutTheServerIsRefusedClearlyAndLeavesNothing()
    {
        Backend backend(f->site.config(), f->clock); // a canteen kiosk's service, used directly
        QString error;
        QVERIFY2(backend.start(&error), qPrintable(error));
        const int portionsBefore = sql(QStringLiteral("SELECT sum(portions) FROM menu_item")).toInt();

        QVERIFY(cluster(QStringLiteral("pause"), state()));
        OrderDraft draft;
        draft.dishIds = {1};
        draft.requestKey = QStringLiteral("while-away");
        QCOMPARE(backend.canteen().place(draft).problem, Canteen::StorageError);
        QVERIFY(backend.connectionLost());
        // The screen says why, in plain words.
        QTRY_VERIFY_WITH_TIMEOUT(!kiosk()->deviceStates()->databaseOnline(), 5000);
        kiosk()->notice()->show(Notice::SaveFailed);
        QCOMPARE(kiosk()->notice()->kind(), Notice::Offline);

        QVERIFY(cluster(QStringLiteral("resume"), state()));
        QTRY_VERIFY_WITH_TIMEOUT(backend.checkConnection(), 10000);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM meal_order")).toInt(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT sum(portions) FROM menu_item")).toInt(), portionsBefore);
        // And the same tap, once the server is back, orders once.
        QCOMPARE(backend.canteen().place(draft).problem, Canteen::NoProblem);
        QCOMPARE(backend.canteen().place(draft).problem, Canteen::NoProblem);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM meal_order")).toInt(), 1);
    }
};

QTEST_MAIN(TestFleetOffline)
#include "tst_fleet_offline.moc"
