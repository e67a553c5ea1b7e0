// Kiosks racing for the same thing, as separate processes on one database
// (a shared SQLite file, or the street's PostgreSQL): the last portion, the
// one senior set of a meal, the last yuan on a meal card. Never two winners.
//
// The test starts copies of this program as kiosks ("--race-kiosk"); each
// opens its own connection, waits for the same moment, places its order and
// prints what became of it.
#include "TestSupport.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <cstring>

using namespace linli;
using namespace linli::test;

namespace {

constexpr int kKiosks = 4;
constexpr qint64 kBraisedPork = 1, kGreens = 5, kRibSoup = 9;
constexpr qint64 kZhangGuihua = 1; // born 1944: the senior set is hers
constexpr qint64 kLiJianguo = 2;   // has a meal card

OrderDraft draftFor(Backend &backend, const QString &race, const QString &kiosk)
{
    OrderDraft draft;
    draft.requestKey = race + u'-' + kiosk;
    if (race == QLatin1String("last_portion")) {
        draft.dishIds = {kBraisedPork};
    } else if (race == QLatin1String("senior_set")) {
        draft.person = backend.identity().identifyScan(
            backend.identity().issueToken(TokenCodec::Type::Resident, kZhangGuihua));
        draft.setCode = QStringLiteral("senior");
        draft.dishIds = {kBraisedPork, kGreens, kRibSoup};
    } else { // meal_card: 12 yuan each from a card holding 15
        draft.person = backend.identity().identifyScan(
            backend.identity().issueToken(TokenCodec::Type::Resident, kLiJianguo));
        draft.payment = Canteen::MealCard;
        draft.dishIds = {kBraisedPork};
    }
    return draft;
}

// One kiosk process: race, database, secret, kiosk id, the moment to go.
int raceAsKiosk(char *argv[])
{
    const QString race = QString::fromLocal8Bit(argv[2]);
    KioskConfig config;
    config.databasePath = QString::fromLocal8Bit(argv[3]);
    config.secretPath = QString::fromLocal8Bit(argv[4]);
    config.kioskId = QString::fromLocal8Bit(argv[5]);
    config.outboxPath = QString::fromLocal8Bit(argv[7]);
    const qint64 goAt = QByteArray(argv[6]).toLongLong();
    ManualClock clock(lunchTime());
    Backend backend(config, clock);
    QString error;
    if (!backend.start(&error)) {
        std::printf("ERROR %s\n", qPrintable(error));
        return 1;
    }
    const OrderDraft draft = draftFor(backend, race, config.kioskId);
    while (QDateTime::currentMSecsSinceEpoch() < goAt)
        QThread::usleep(200);
    const PlacedOrder placed = backend.canteen().place(draft);
    std::printf("RESULT %d\n", int(placed.problem));
    return 0;
}

} // namespace

class TestFleetRace : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;

    QVariant sql(const QString &query) { return sqlValue(fixture->backend->database(), query); }

    // Starts the kiosks, lets them go at once, and counts their answers.
    QMap<int, int> race(const QString &name)
    {
        const KioskConfig config = fixture->site.config();
        const qint64 goAt = QDateTime::currentMSecsSinceEpoch() + 1500; // all connected by then
        std::vector<std::unique_ptr<QProcess>> kiosks;
        for (int i = 0; i < kKiosks; ++i) {
            auto kiosk = std::make_unique<QProcess>();
            kiosk->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            kiosk->start(QCoreApplication::applicationFilePath(),
                         {QStringLiteral("--race-kiosk"), name, config.databasePath, config.secretPath,
                          QStringLiteral("kiosk-%1").arg(i), QString::number(goAt),
                          fixture->site.path(QStringLiteral("outbox-%1.db").arg(i))});
            kiosks.push_back(std::move(kiosk));
        }
        QMap<int, int> answers; // problem -> how many kiosks got it
        for (auto &kiosk : kiosks) {
            if (!kiosk->waitForFinished(60000))
                kiosk->kill();
            const QString out = QString::fromLocal8Bit(kiosk->readAllStandardOutput()).trimmed();
            if (out.startsWith(QLatin1String("RESULT ")))
                ++answers[out.mid(7).toInt()];
            else
                qWarning().noquote() << "a kiosk did not answer:" << out;
        }
        return answers;
    }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
        QVERIFY(fixture->backend->canteen().view({}).menu.size() > 0); // today's menu exists
    }
    void cleanup() { fixture.reset(); }

    void theLastPortionIsSoldOnce()
    {
        QSqlQuery q(fixture->backend->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE menu_item SET portions = 1 WHERE dish_id = %1").arg(kBraisedPork)));
        const QMap<int, int> answers = race(QStringLiteral("last_portion"));
        QCOMPARE(answers.value(Canteen::NoProblem), 1);
        QCOMPARE(answers.value(Canteen::SoldOut), kKiosks - 1);
        QCOMPARE(sql(QStringLiteral("SELECT portions FROM menu_item WHERE dish_id = %1").arg(kBraisedPork)).toInt(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM meal_order")).toInt(), 1);
    }

    void oneSeniorSetPerMealAcrossKiosks()
    {
        const QMap<int, int> answers = race(QStringLiteral("senior_set"));
        QCOMPARE(answers.value(Canteen::NoProblem), 1);
        QCOMPARE(answers.value(Canteen::SetAlreadyTaken), kKiosks - 1);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM meal_order WHERE set_code = 'senior'")).toInt(), 1);
    }

    void aMealCardIsNeverSpentTwice()
    {
        QSqlQuery q(fixture->backend->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE meal_card SET balance_fen = 1500 WHERE resident_id = %1").arg(kLiJianguo)));
        const QMap<int, int> answers = race(QStringLiteral("meal_card"));
        QCOMPARE(answers.value(Canteen::NoProblem), 1);
        QCOMPARE(answers.value(Canteen::NotEnoughBalance), kKiosks - 1);
        QCOMPARE(sql(QStringLiteral("SELECT balance_fen FROM meal_card WHERE resident_id = %1").arg(kLiJianguo)).toInt(), 300);
    }

    void orderNumbersStayUniqueAndGapless()
    {
        const QMap<int, int> answers = race(QStringLiteral("last_portion")); // plenty of portions this time
        QCOMPARE(answers.value(Canteen::NoProblem), kKiosks);
        QCOMPARE(sql(QStringLiteral("SELECT count(DISTINCT number) FROM meal_order")).toInt(), kKiosks);
        QCOMPARE(sql(QStringLiteral("SELECT max(number) FROM meal_order")).toInt(), kKiosks);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 8 && std::strcmp(argv[1], "--race-kiosk") == 0) {
        QCoreApplication app(argc, argv);
        return raceAsKiosk(argv);
    }
    QCoreApplication app(argc, argv);
    TestFleetRace test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fleet_race.moc"
