// 叫车's rules as tables (windows and when a request counts as forgotten,
// who may ask, who may take one, the window's words), and asking, taking,
// giving back, finishing, cancelling and the not-taken alert against a real
// database (both engines): a request is taken by one driver only and a
// resident has one request under way, however many kiosks ask at once.
#include "RideSlips.h"
#include "Rides.h"
#include "RidesStore.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <atomic>
#include <thread>

using namespace linli;
using namespace linli::test;
using Rides::Problem;

Q_DECLARE_METATYPE(linli::RideTimeRecord)

namespace {

const QDate kFriday(2026, 11, 27), kSaturday(2026, 11, 28);

// The migration's times.
const RideTimeRecord kNow{QStringLiteral("now"), 0, -1, 0, -1, 15, 0};
const RideTimeRecord kLaterToday{QStringLiteral("later_today"), 0, -1, 60, 1200, 30, 30};
const RideTimeRecord kTomorrowMorning{QStringLiteral("tomorrow_morning"), 1, 480, 0, 720, 15, 60};
const RideTimeRecord kTomorrowAfternoon{QStringLiteral("tomorrow_afternoon"), 1, 780, 0, 1020, 15, 60};

QDateTime at(const QDate &day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute));
}

// Demo residents (db/demo/demo_day.sql).
struct DemoResident
{
    qint64 id;
    QDate born;
};
const DemoResident kZhangGuihua{1, QDate(1944, 3, 12)}; // 82
const DemoResident kWangXiuying{3, QDate(1938, 6, 20)}; // 88
const DemoResident kChenShufen{5, QDate(1946, 12, 8)};  // 79
const DemoResident kYangZhiqiang{6, QDate(1979, 4, 22)}; // 47
const DemoResident kZhaoYulan{7, QDate(1934, 9, 30)};   // 92: waiting for 20 minutes in the demo
// Demo drivers: 陈建军 leads the gold-service team, 刘海波 and 张立新 drive
// with it, 王志勇 does not.
constexpr qint64 kChenJianjun = 1, kLiuHaibo = 2, kWangZhiyong = 3, kZhangLixin = 4;
// The demo's requests: 1 孙福生 tomorrow morning, 2 吴国庆 (taken by 陈建军), 3 赵玉兰 now.
constexpr int kSunFushengRide = 1, kWuGuoqingRide = 2, kZhaoYulanRide = 3;

IdentifiedPerson resident(const DemoResident &who)
{
    IdentifiedPerson p;
    p.kind = Identity::Resident;
    p.personId = who.id;
    p.birthDate = who.born;
    return p;
}

RideDraft draftFor(const DemoResident &who, const QString &when, qint64 destination = 2, const QString &key = {})
{
    RideDraft draft;
    draft.resident = resident(who);
    draft.destinationId = destination;
    draft.whenCode = when;
    draft.kiosk = QStringLiteral("community-east");
    draft.requestKey = key.isEmpty() ? QStringLiteral("ride-%1-%2").arg(who.id).arg(when) : key;
    return draft;
}

} // namespace

class TestRides : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;
    RidesService &rides() { return fixture->backend->rides(); }
    Database &db() { return fixture->backend->database(); }
    int count(const QString &sql) { return sqlValue(db(), sql).toInt(); }
    qint64 idOf(int number) { return count(QStringLiteral("SELECT id FROM ride_request WHERE number = %1").arg(number)); }
    QString stateOf(int number)
    {
        return sqlValue(db(), QStringLiteral("SELECT state FROM ride_request WHERE number = %1").arg(number)).toString();
    }
    QByteArray slip(qint64 job) { return PrintJobStore(db()).job(job).value_or(PrintJobRecord{}).payload; }
    void checkIn(qint64 driverId)
    {
        QCOMPARE(fixture->backend->station().scan(driverPerson(driverId)).outcome, DriverStationService::Outcome::CheckedIn);
    }
    QList<int> numbers(const QList<RideListRecord> &list)
    {
        QList<int> found;
        for (const RideListRecord &r : list)
            found.append(r.request.number);
        return found;
    }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    // When the ride may be, and when a request not yet taken counts as forgotten.
    void windowsAndDueTimes_data()
    {
        QTest::addColumn<RideTimeRecord>("time");
        QTest::addColumn<QDateTime>("asked");
        QTest::addColumn<bool>("offered");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("end");
        QTest::addColumn<QDateTime>("due");
        QTest::newRow("now: taken within 15 minutes") << kNow << at(kFriday, 11, 30) << true << at(kFriday, 11, 30)
                                                      << QDateTime() << at(kFriday, 11, 45);
        QTest::newRow("now, seconds dropped") << kNow << QDateTime(kFriday, QTime(11, 30, 40)) << true << at(kFriday, 11, 30)
                                              << QDateTime() << QDateTime(kFriday, QTime(11, 45, 40));
        QTest::newRow("now, just before midnight") << kNow << at(kFriday, 23, 55) << true << at(kFriday, 23, 55) << QDateTime()
                                                   << at(kSaturday, 0, 10);
        QTest::newRow("later today: an hour on, to 20:00, taken within half an hour")
            << kLaterToday << at(kFriday, 11, 30) << true << at(kFriday, 12, 30) << at(kFriday, 20, 0) << at(kFriday, 12, 0);
        QTest::newRow("later today, the last minute") << kLaterToday << at(kFriday, 18, 59) << true << at(kFriday, 19, 59)
                                                      << at(kFriday, 20, 0) << at(kFriday, 19, 29);
        QTest::newRow("later today, too late at 19:00") << kLaterToday << at(kFriday, 19, 0) << false << at(kFriday, 20, 0)
                                                        << at(kFriday, 20, 0) << at(kFriday, 19, 30);
        QTest::newRow("tomorrow morning: an hour before 08:00") << kTomorrowMorning << at(kFriday, 11, 30) << true
                                                                << at(kSaturday, 8, 0) << at(kSaturday, 12, 0) << at(kSaturday, 7, 0);
        QTest::newRow("tomorrow morning, asked at midnight") << kTomorrowMorning << at(kFriday, 0, 0) << true
                                                             << at(kSaturday, 8, 0) << at(kSaturday, 12, 0) << at(kSaturday, 7, 0);
        QTest::newRow("tomorrow afternoon, asked late at night") << kTomorrowAfternoon << at(kFriday, 23, 50) << true
                                                                 << at(kSaturday, 13, 0) << at(kSaturday, 17, 0) << at(kSaturday, 12, 0);
        // A window opening soon after the asking: never sooner than the time to take it.
        const RideTimeRecord soon{QStringLiteral("tomorrow_morning"), 1, 10, 0, 720, 15, 60};
        QTest::newRow("a window opening at 00:10 asked at 23:50") << soon << at(kFriday, 23, 50) << true << at(kSaturday, 0, 10)
                                                                   << at(kSaturday, 12, 0) << at(kSaturday, 0, 5);
        const RideTimeRecord toMidnight{QStringLiteral("later_today"), 0, -1, 60, 1440, 30, 30};
        QTest::newRow("a window to midnight") << toMidnight << at(kFriday, 21, 0) << true << at(kFriday, 22, 0)
                                              << at(kSaturday, 0, 0) << at(kFriday, 21, 30);
    }
    void windowsAndDueTimes()
    {
        QFETCH(RideTimeRecord, time);
        QFETCH(QDateTime, asked);
        QFETCH(bool, offered);
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, end);
        QFETCH(QDateTime, due);
        QCOMPARE(ride_rules::offered(time, asked), offered);
        QCOMPARE(ride_rules::windowStart(time, asked), start);
        QCOMPARE(ride_rules::windowEnd(time, asked), end);
        QCOMPARE(ride_rules::alertDueAt(time, asked), due);
    }

    void notTakenInTime_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("forgotten");
        const QDateTime due = at(kFriday, 11, 45);
        QTest::newRow("open, a minute before") << "open" << due.addSecs(-60) << false;
        QTest::newRow("open, on the minute") << "open" << due << true;
        QTest::newRow("open, long after") << "open" << due.addDays(1) << true;
        QTest::newRow("given back after it") << "given_back" << due.addSecs(60) << true;
        QTest::newRow("taken") << "taken" << due.addSecs(60) << false;
        QTest::newRow("done") << "done" << due.addSecs(60) << false;
        QTest::newRow("cancelled") << "cancelled" << due.addSecs(60) << false;
    }
    void notTakenInTime()
    {
        QFETCH(QString, state);
        QFETCH(QDateTime, now);
        QFETCH(bool, forgotten);
        RideRequestRecord request;
        request.state = state;
        request.alertDueAt = at(kFriday, 11, 45);
        QCOMPARE(ride_rules::notTakenInTime(request, now), forgotten);
    }

    // An identified resident of 60 or more on the day of the ride.
    void whoMayAsk_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QDate>("rideDay");
        QTest::addColumn<int>("expected");
        QTest::newRow("92") << int(Identity::Resident) << kZhaoYulan.born << kFriday << int(Rides::NoProblem);
        QTest::newRow("60 today") << int(Identity::Resident) << QDate(1966, 11, 27) << kFriday << int(Rides::NoProblem);
        QTest::newRow("60 tomorrow, a ride today") << int(Identity::Resident) << QDate(1966, 11, 28) << kFriday << int(Rides::TooYoung);
        QTest::newRow("60 tomorrow, a ride tomorrow") << int(Identity::Resident) << QDate(1966, 11, 28) << kSaturday
                                                      << int(Rides::NoProblem);
        QTest::newRow("47") << int(Identity::Resident) << kYangZhiqiang.born << kFriday << int(Rides::TooYoung);
        QTest::newRow("no birth date") << int(Identity::Resident) << QDate() << kFriday << int(Rides::TooYoung);
        QTest::newRow("a driver") << int(Identity::Driver) << QDate() << kFriday << int(Rides::NotAResident);
        QTest::newRow("staff") << int(Identity::Staff) << QDate() << kFriday << int(Rides::NotAResident);
        QTest::newRow("nobody") << int(Identity::Nobody) << QDate() << kFriday << int(Rides::NotAResident);
    }
    void whoMayAsk()
    {
        QFETCH(int, kind);
        QFETCH(QDate, born);
        QFETCH(QDate, rideDay);
        QFETCH(int, expected);
        IdentifiedPerson person;
        person.kind = Identity::Kind(kind);
        person.birthDate = born;
        QCOMPARE(int(ride_rules::mayRequest(person, rideDay)), expected);
    }

    void whoMayTake_data()
    {
        QTest::addColumn<bool>("goldService");
        QTest::addColumn<bool>("checkedIn");
        QTest::addColumn<int>("expected");
        QTest::newRow("a member at the station") << true << true << int(Rides::NoProblem);
        QTest::newRow("a member on the road") << true << false << int(Rides::NotCheckedIn);
        QTest::newRow("not a member, at the station") << false << true << int(Rides::NotGoldService);
        QTest::newRow("neither") << false << false << int(Rides::NotGoldService);
    }
    void whoMayTake()
    {
        QFETCH(bool, goldService);
        QFETCH(bool, checkedIn);
        QFETCH(int, expected);
        RideDriverRecord record;
        record.goldService = goldService;
        record.checkedIn = checkedIn;
        QCOMPARE(int(ride_rules::mayTake(record)), expected);
    }

    void theWindowInWords_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("end");
        QTest::addColumn<bool>("english");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << "now" << at(kFriday, 11, 30) << QDateTime() << false << QStringLiteral("现在（尽快）");
        QTest::newRow("now, English") << "now" << at(kFriday, 11, 30) << QDateTime() << true
                                      << QStringLiteral("Now, as soon as possible");
        QTest::newRow("later today") << "later_today" << at(kFriday, 12, 30) << at(kFriday, 20, 0) << false
                                     << QStringLiteral("今天 12:30-20:00");
        QTest::newRow("tomorrow") << "tomorrow_morning" << at(kSaturday, 8, 0) << at(kSaturday, 12, 0) << false
                                  << QStringLiteral("明天 08:00-12:00");
        QTest::newRow("tomorrow, English") << "tomorrow_afternoon" << at(kSaturday, 13, 0) << at(kSaturday, 17, 0) << true
                                           << QStringLiteral("Tomorrow 13:00-17:00");
        QTest::newRow("seen the day after") << "tomorrow_morning" << at(QDate(2026, 11, 29), 8, 0)
                                            << at(QDate(2026, 11, 29), 12, 0) << false << QStringLiteral("11月29日 08:00-12:00");
        QTest::newRow("to midnight") << "later_today" << at(kFriday, 22, 0) << at(kSaturday, 0, 0) << false
                                     << QStringLiteral("今天 22:00-24:00");
        QTest::newRow("no end") << "later_today" << at(kFriday, 22, 0) << QDateTime() << false << QStringLiteral("今天 22:00 起");
    }
    void theWindowInWords()
    {
        QFETCH(QString, code);
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, end);
        QFETCH(bool, english);
        QFETCH(QString, text);
        QCOMPARE(ride_rules::windowText(code, start, end, kFriday, english), text);
    }

    void theDemoBoard()
    {
        const RideBoard board = rides().board({});
        QVERIFY(board.valid);
        QCOMPARE(board.leader, QStringLiteral("陈建军"));
        QCOMPARE(numbers(board.waiting), (QList<int>{kSunFushengRide, kZhaoYulanRide}));
        QCOMPARE(board.waiting.at(1).residentName, QStringLiteral("赵玉兰"));
        QCOMPARE(board.waiting.at(1).destinationZh, QStringLiteral("六七二医院"));
        QCOMPARE(board.waiting.at(1).building, QStringLiteral("8街坊5栋"));
        const RideBoard chens = rides().board(driverPerson(kChenJianjun));
        QCOMPARE(numbers(chens.mine), QList<int>{kWuGuoqingRide});
        QCOMPARE(chens.driverProblem, Rides::NotCheckedIn); // the demo has nobody at the station
        QCOMPARE(numbers(rides().deskView().alerts), QList<int>{kZhaoYulanRide}); // twenty minutes and nobody
        QCOMPARE(rides().board(resident(kZhangGuihua)).driverProblem, Rides::NotADriver);
    }

    void aRequestWithItsSlip()
    {
        const RideOverview before = rides().overview(resident(kZhangGuihua));
        QCOMPARE(before.problem, Rides::NoProblem);
        QVERIFY(!before.underWay);
        QCOMPARE(before.destinations.size(), 8);
        QCOMPARE(before.destinations.last().nameZh, QStringLiteral("其他，请给我打电话"));
        QCOMPARE(before.times.size(), 4);
        for (const RideTimeChoice &time : before.times)
            QCOMPARE(time.problem, Rides::NoProblem);

        RideDraft draft = draftFor(kZhangGuihua, QStringLiteral("tomorrow_morning"));
        draft.companion = true;
        const RideRequestResult made = rides().request(draft);
        QCOMPARE(made.problem, Rides::NoProblem);
        QCOMPARE(made.request.request.number, 4); // the demo's three came first today
        QCOMPARE(made.request.request.state, QStringLiteral("open"));
        QCOMPARE(made.request.request.kiosk, QStringLiteral("community-east"));
        QCOMPARE(made.request.request.alertDueAt, at(kSaturday, 7, 0));
        const QByteArray paper = slip(made.slipJob);
        for (const QString &text : {QStringLiteral("4 号"), QStringLiteral("六七二医院"), QStringLiteral("明天 08:00-12:00"),
                                    QStringLiteral("司机接单后会给您打电话"), QStringLiteral("张*华"),
                                    QStringLiteral("8街坊3栋"), QStringLiteral("有人陪同")})
            QVERIFY2(paper.contains(gb18030(text)), qPrintable(text));
        QVERIFY(!paper.contains(gb18030(QStringLiteral("张桂华"))));
        QVERIFY(!paper.contains(gb18030(QStringLiteral("13807100001"))));

        // A second tap: the same request, no second slip.
        const RideRequestResult again = rides().request(draft);
        QCOMPARE(again.problem, Rides::NoProblem);
        QVERIFY(again.repeated);
        QCOMPARE(again.request.request.id, made.request.request.id);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM print_job WHERE kind = 'ride_request_slip'")), 1);
        // She sees it when she comes back.
        QCOMPARE(rides().overview(resident(kZhangGuihua)).underWay->request.number, 4);
    }

    void oneRequestUnderWayPerResident()
    {
        QCOMPARE(rides().request(draftFor(kZhangGuihua, QStringLiteral("now"))).problem, Rides::NoProblem);
        const RideRequestResult second = rides().request(draftFor(kZhangGuihua, QStringLiteral("tomorrow_afternoon"), 5));
        QCOMPARE(second.problem, Rides::AlreadyRequested);
        QCOMPARE(second.request.request.whenCode, QStringLiteral("now"));
        // The database refuses it too, whoever writes it.
        QSqlQuery q(db().connection());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO ride_request (day, number, resident_id, destination_id, when_code, window_starts_at, companion, "
            "requested_at, kiosk, alert_due_at, request_key) VALUES ('2026-11-27', 99, 1, 3, 'now', "
            "'2026-11-27T03:30:00.000Z', 0, '2026-11-27T03:30:00.000Z', 'by-hand', '2026-11-27T03:45:00.000Z', 'by-hand')")));
        // Nor a driver for a waiting request, nor a taken one without.
        QVERIFY(!q.exec(QStringLiteral("UPDATE ride_request SET taken_by = 2 WHERE number = %1").arg(kSunFushengRide)));
        QVERIFY(!q.exec(QStringLiteral("UPDATE ride_request SET state = 'taken' WHERE number = %1").arg(kSunFushengRide)));
        QVERIFY(!q.exec(QStringLiteral("UPDATE ride_request SET alert_note = 'typed' WHERE number = %1").arg(kZhaoYulanRide)));
    }

    void whoMayNotAskAndWhen()
    {
        QCOMPARE(rides().overview(driverPerson(kLiuHaibo)).problem, Rides::NotAResident);
        QCOMPARE(rides().overview(resident(kYangZhiqiang)).problem, Rides::TooYoung);
        QCOMPARE(rides().request(draftFor(kYangZhiqiang, QStringLiteral("now"))).problem, Rides::TooYoung);
        RideDraft byDriver = draftFor(kZhangGuihua, QStringLiteral("now"));
        byDriver.resident = driverPerson(kLiuHaibo);
        QCOMPARE(rides().request(byDriver).problem, Rides::NotAResident);
        // 60 tomorrow: tomorrow's rides, not today's.
        const DemoResident sixtyTomorrow{kYangZhiqiang.id, QDate(1966, 11, 28)};
        const RideOverview young = rides().overview(resident(sixtyTomorrow));
        QCOMPARE(young.problem, Rides::NoProblem);
        QCOMPARE(young.times.at(0).problem, Rides::TooYoung);
        QCOMPARE(young.times.at(2).problem, Rides::NoProblem);
        QCOMPARE(rides().request(draftFor(sixtyTomorrow, QStringLiteral("later_today"))).problem, Rides::TooYoung);
        QCOMPARE(rides().request(draftFor(kZhangGuihua, QStringLiteral("now"), 99)).problem, Rides::NoSuchDestination);
        QCOMPARE(rides().request(draftFor(kZhangGuihua, QStringLiteral("next_week"))).problem, Rides::TimeGone);
        // 今天稍后 is gone at 19:00; tomorrow stays.
        fixture->clock.set(at(kFriday, 19, 30));
        QCOMPARE(rides().overview(resident(kZhangGuihua)).times.at(1).problem, Rides::TimeGone);
        QCOMPARE(rides().request(draftFor(kZhangGuihua, QStringLiteral("later_today"))).problem, Rides::TimeGone);
        QCOMPARE(rides().request(draftFor(sixtyTomorrow, QStringLiteral("tomorrow_afternoon"))).problem, Rides::NoProblem);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ride_request")), 4);
    }

    void aGoldServiceDriverAtTheStationTakesOne()
    {
        const qint64 zhao = idOf(kZhaoYulanRide);
        QCOMPARE(rides().take(driverPerson(kLiuHaibo), zhao).problem, Rides::NotCheckedIn);
        checkIn(kLiuHaibo);
        checkIn(kWangZhiyong);
        QCOMPARE(rides().take(driverPerson(kWangZhiyong), zhao).problem, Rides::NotGoldService);
        QCOMPARE(rides().take(resident(kZhangGuihua), zhao).problem, Rides::NotADriver);
        QCOMPARE(rides().take(driverPerson(99), zhao).problem, Rides::NotADriver);
        const RideTakeResult taken = rides().take(driverPerson(kLiuHaibo), zhao);
        QCOMPARE(taken.problem, Rides::NoProblem);
        QCOMPARE(taken.request.request.state, QStringLiteral("taken"));
        QCOMPARE(taken.request.driverName, QStringLiteral("刘海波"));
        // The only paper with her name, door and phone in full.
        const QByteArray paper = slip(taken.slipJob);
        for (const QString &text : {QStringLiteral("接单凭条"), QStringLiteral("赵玉兰"), QStringLiteral("13807100007"),
                                    QStringLiteral("8街坊5栋1单元102"), QStringLiteral("六七二医院"), QStringLiteral("现在（尽快）"),
                                    QStringLiteral("刘海波"), QStringLiteral("请先给乘客打电话")})
            QVERIFY2(paper.contains(gb18030(text)), qPrintable(text));
        // A second tap is theirs already; another driver finds it gone.
        const RideTakeResult again = rides().take(driverPerson(kLiuHaibo), zhao);
        QCOMPARE(again.problem, Rides::NoProblem);
        QCOMPARE(again.slipJob, 0);
        checkIn(kZhangLixin);
        QCOMPARE(rides().take(driverPerson(kZhangLixin), zhao).problem, Rides::AlreadyTaken);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM print_job WHERE kind = 'ride_driver_slip'")), 1);
        QCOMPARE(numbers(rides().board(driverPerson(kLiuHaibo)).mine), QList<int>{kZhaoYulanRide});
        QCOMPARE(numbers(rides().board({}).waiting), QList<int>{kSunFushengRide});
        // 其他: the driver asks where on the phone.
        QCOMPARE(rides().request(draftFor(kZhangGuihua, QStringLiteral("now"), 8)).problem, Rides::NoProblem);
        const RideTakeResult elsewhere = rides().take(driverPerson(kZhangLixin), idOf(4));
        QVERIFY(slip(elsewhere.slipJob).contains(gb18030(QStringLiteral("电话里问"))));
    }

    void givenBackItWaitsAgainAndDoneItEnds()
    {
        const qint64 wu = idOf(kWuGuoqingRide);
        QCOMPARE(rides().giveBack(driverPerson(kZhangLixin), wu), Rides::NotYours);
        QCOMPARE(rides().giveBack(resident(kZhangGuihua), wu), Rides::NotADriver);
        QCOMPARE(rides().giveBack(driverPerson(kChenJianjun), wu), Rides::NoProblem);
        QCOMPARE(stateOf(kWuGuoqingRide), QStringLiteral("given_back"));
        QCOMPARE(numbers(rides().board({}).waiting), (QList<int>{kSunFushengRide, kWuGuoqingRide, kZhaoYulanRide}));
        QCOMPARE(rides().board(driverPerson(kChenJianjun)).mine.size(), 0);
        QCOMPARE(rides().giveBack(driverPerson(kChenJianjun), wu), Rides::NotUnderWay);
        QCOMPARE(rides().markDone(driverPerson(kChenJianjun), wu), Rides::NotUnderWay);
        checkIn(kZhangLixin);
        QCOMPARE(rides().take(driverPerson(kZhangLixin), wu).problem, Rides::NoProblem);
        QCOMPARE(rides().markDone(driverPerson(kChenJianjun), wu), Rides::NotYours);
        QCOMPARE(rides().markDone(driverPerson(kZhangLixin), wu), Rides::NoProblem);
        QCOMPARE(rides().markDone(driverPerson(kZhangLixin), wu), Rides::NoProblem); // a second tap
        QCOMPARE(stateOf(kWuGuoqingRide), QStringLiteral("done"));
        QCOMPARE(count(QStringLiteral("SELECT given_back_by FROM ride_request WHERE id = %1").arg(wu)), int(kChenJianjun));
        QCOMPARE(rides().take(driverPerson(kZhangLixin), wu).problem, Rides::NotUnderWay);
        // Done, he may ask again.
        const DemoResident wuGuoqing{10, QDate(1949, 10, 1)};
        QCOMPARE(rides().request(draftFor(wuGuoqing, QStringLiteral("now"))).problem, Rides::NoProblem);
    }

    void aResidentCancels()
    {
        const RideRequestResult made = rides().request(draftFor(kZhangGuihua, QStringLiteral("now")));
        const qint64 id = made.request.request.id;
        QCOMPARE(rides().cancel(resident(kWangXiuying), id), Rides::NotUnderWay); // not hers
        QCOMPARE(rides().cancel(driverPerson(kLiuHaibo), id), Rides::NotAResident);
        QCOMPARE(rides().cancel(resident(kZhangGuihua), id), Rides::NoProblem);
        QCOMPARE(rides().cancel(resident(kZhangGuihua), id), Rides::NotUnderWay);
        QVERIFY(!rides().overview(resident(kZhangGuihua)).underWay);
        checkIn(kLiuHaibo);
        QCOMPARE(rides().take(driverPerson(kLiuHaibo), id).problem, Rides::NotUnderWay);
        // A taken one may be cancelled too (the driver has her phone).
        const RideRequestResult next = rides().request(draftFor(kZhangGuihua, QStringLiteral("now"), 3, QStringLiteral("next")));
        QCOMPARE(next.problem, Rides::NoProblem);
        QCOMPARE(rides().take(driverPerson(kLiuHaibo), next.request.request.id).problem, Rides::NoProblem);
        QCOMPARE(rides().cancel(resident(kZhangGuihua), next.request.request.id), Rides::NoProblem);
        QCOMPARE(rides().board(driverPerson(kLiuHaibo)).mine.size(), 0);
        QCOMPARE(rides().markDone(driverPerson(kLiuHaibo), next.request.request.id), Rides::NotUnderWay);
    }

    void notTakenInTimeRaisesAnAlertUntilStaffResolveIt()
    {
        const RideRequestResult made = rides().request(draftFor(kZhangGuihua, QStringLiteral("now")));
        const qint64 id = made.request.request.id;
        fixture->clock.set(at(kFriday, 11, 44));
        QCOMPARE(rides().raiseDueAlerts(), 0);
        fixture->clock.set(at(kFriday, 11, 45));
        QCOMPARE(rides().raiseDueAlerts(), 1);
        QCOMPARE(rides().raiseDueAlerts(), 0); // every kiosk runs it: raised once
        QCOMPARE(numbers(rides().deskView().alerts), (QList<int>{kZhaoYulanRide, 4}));
        // Taken late, the alert stays until staff say what they did.
        checkIn(kLiuHaibo);
        QCOMPARE(rides().take(driverPerson(kLiuHaibo), id).problem, Rides::NoProblem);
        QCOMPARE(numbers(rides().deskView().alerts), (QList<int>{kZhaoYulanRide, 4}));
        fixture->clock.set(at(kFriday, 11, 50));
        QCOMPARE(rides().resolveAlert(id, 2, Rides::CalledDriver), Rides::NoProblem);
        QCOMPARE(rides().resolveAlert(id, 3, Rides::OtherCar), Rides::AlertResolved); // at another desk a moment ago
        QCOMPARE(rides().resolveAlert(idOf(kSunFushengRide), 2, Rides::OtherCar), Rides::NotUnderWay); // no alert yet
        const RidesDeskView view = rides().deskView();
        QCOMPARE(numbers(view.alerts), QList<int>{kZhaoYulanRide});
        const auto resolved = std::find_if(view.requests.begin(), view.requests.end(),
                                           [&](const RideListRecord &r) { return r.request.id == id; });
        QVERIFY(resolved != view.requests.end());
        QCOMPARE(resolved->resolvedBy, QStringLiteral("吴海涛"));
        QCOMPARE(resolved->request.alertNote, QStringLiteral("called_driver"));
        QCOMPARE(resolved->request.alertResolvedAt, at(kFriday, 11, 50));
        QCOMPARE(view.requests.size(), 4); // the demo's three and hers, the newest first
        QCOMPARE(view.requests.first().request.id, id);
        // Given back after its time, a request is forgotten again at once.
        QCOMPARE(rides().resolveAlert(idOf(kZhaoYulanRide), 2, Rides::ResidentCancelled), Rides::NoProblem);
        fixture->clock.set(at(kSaturday, 7, 0));
        QCOMPARE(rides().raiseDueAlerts(), 1); // 孙福生's tomorrow morning, an hour before
    }

    // Two kiosks, each with its own connection on its own thread, each with a
    // driver tapping the same three requests at the same moment.
    void twoKiosksRacingForOneRequestTakeItOnce()
    {
        for (const DemoResident &who : {kZhangGuihua, kWangXiuying, kChenShufen})
            QCOMPARE(rides().request(draftFor(who, QStringLiteral("now"))).problem, Rides::NoProblem);
        checkIn(kLiuHaibo);
        checkIn(kZhangLixin);
        const QList<qint64> ids = {idOf(4), idOf(5), idOf(6)};
        const KioskConfig config = fixture->site.config();
        std::atomic<int> taken{0}, refused{0}, ready{0};
        auto kiosk = [&](qint64 driverId) {
            Backend backend(config, fixture->clock);
            QString error;
            const bool started = backend.start(&error);
            ++ready;
            while (ready.load() < 2)
                std::this_thread::yield(); // both ready: off they go
            if (!started)
                return;
            for (qint64 id : ids) {
                const Problem problem = backend.rides().take(driverPerson(driverId), id).problem;
                if (problem == Rides::NoProblem)
                    ++taken;
                else if (problem == Rides::AlreadyTaken)
                    ++refused;
            }
        };
        std::thread first(kiosk, kLiuHaibo);
        std::thread second(kiosk, kZhangLixin);
        first.join();
        second.join();
        QCOMPARE(taken.load(), 3);
        QCOMPARE(refused.load(), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ride_request WHERE number >= 4 AND state = 'taken'")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM print_job WHERE kind = 'ride_driver_slip'")), 3);
    }

    // She taps 确认 at two kiosks at once: one request, numbers unique.
    void oneResidentAtTwoKiosksAsksOnce()
    {
        const KioskConfig config = fixture->site.config();
        std::atomic<int> made{0}, already{0}, ready{0};
        auto kiosk = [&](const QString &key) {
            Backend backend(config, fixture->clock);
            QString error;
            const bool started = backend.start(&error);
            ++ready;
            while (ready.load() < 2)
                std::this_thread::yield();
            if (!started)
                return;
            const Problem problem = backend.rides().request(draftFor(kZhangGuihua, QStringLiteral("now"), 2, key)).problem;
            if (problem == Rides::NoProblem)
                ++made;
            else if (problem == Rides::AlreadyRequested)
                ++already;
        };
        std::thread first(kiosk, QStringLiteral("east"));
        std::thread second(kiosk, QStringLiteral("west"));
        first.join();
        second.join();
        QCOMPARE(made.load(), 1);
        QCOMPARE(already.load(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ride_request WHERE resident_id = 1")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT number) FROM ride_request")),
                 count(QStringLiteral("SELECT count(*) FROM ride_request")));
    }

    void slipsAreByteForByteAsApproved_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QByteArray>("bytes");
        const slips::RideRequestSlip request{4, QStringLiteral("湖北省肿瘤医院"), QStringLiteral("明天 08:00-12:00"), true,
                                             QStringLiteral("张*华"), QStringLiteral("8街坊3栋"), QStringLiteral("郑美玲"),
                                             lunchTime()};
        const slips::RideDriverSlip driverSlip{4, kFriday, QStringLiteral("湖北省肿瘤医院"), false,
                                               QStringLiteral("明天 08:00-12:00"), true, QStringLiteral("张桂华"),
                                               QStringLiteral("8街坊3栋2单元501"), QStringLiteral("13807100001"),
                                               QStringLiteral("刘海波"), lunchTime()};
        QTest::newRow("request 58") << QStringLiteral("ride_request_58.escpos") << slips::rideRequestSlip(request, PaperWidth::Mm58);
        QTest::newRow("request 80") << QStringLiteral("ride_request_80.escpos") << slips::rideRequestSlip(request, PaperWidth::Mm80);
        QTest::newRow("driver 58") << QStringLiteral("ride_driver_58.escpos") << slips::rideDriverSlip(driverSlip, PaperWidth::Mm58);
    }
    void slipsAreByteForByteAsApproved()
    {
        QFETCH(QString, golden);
        QFETCH(QByteArray, bytes);
        const QString mismatch = goldenMismatch(QStringLiteral(LINLI_GOLDEN_DIR "/") + golden, bytes);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY(bytes.size() <= 2048);
    }
};

QTEST_GUILESS_MAIN(TestRides)
#include "tst_rides.moc"
