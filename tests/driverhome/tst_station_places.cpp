// The Driver Home's places: the rules as tables (the queue's order, the
// wait for the N-th in line, overdue sessions, who is called where and when
// a call lapses), and charging, queueing, resting and checking out against
// a real database (both engines): one spot is never given twice, however
// many kiosks ask at once.
#include "DriverStation.h"
#include "StationPlaces.h"
#include "StationSlips.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <atomic>
#include <thread>

using namespace linli;
using namespace linli::test;
using StationPlaces::Problem;

namespace {

const QDateTime kNoon = lunchTime(); // 11:30 on a Friday

QueueRecord waitingPlace(qint64 id, int number, int joinedMinute)
{
    QueueRecord place;
    place.id = id;
    place.day = kNoon.date();
    place.number = number;
    place.driverId = id;
    place.joinedAt = kNoon.addSecs(joinedMinute * 60);
    return place;
}

QueueRecord calledPlace(qint64 id, int number, int spot, int untilMinute)
{
    QueueRecord place = waitingPlace(id, number, -30);
    place.state = QStringLiteral("called");
    place.calledSpot = spot;
    place.calledUntil = kNoon.addSecs(untilMinute * 60);
    return place;
}

} // namespace

Q_DECLARE_METATYPE(linli::QueueRecord)

class TestStationPlaces : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;
    StationPlacesService &places() { return fixture->backend->stationPlaces(); }
    DriverStationService &station() { return fixture->backend->station(); }
    Database &db() { return fixture->backend->database(); }
    int count(const QString &sql) { return sqlValue(db(), sql).toInt(); }
    void later(int minutes) { fixture->clock.advanceSecs(qint64(minutes) * 60); }

    int m_keys = 0;
    PlaceRequest request(qint64 driverId, qint64 restPlaceId = 0, QString key = {})
    {
        return {driverPerson(driverId), restPlaceId, key.isEmpty() ? QStringLiteral("tap-%1").arg(++m_keys) : key};
    }
    void checkIn(qint64 driverId)
    {
        QCOMPARE(station().scan(driverPerson(driverId)).outcome, DriverStationService::Outcome::CheckedIn);
    }
    // Drivers 1 to 4 on spots 1 to 4, a minute apart.
    void fillEverySpot()
    {
        for (qint64 id = 1; id <= 4; ++id) {
            checkIn(id);
            QCOMPARE(places().startCharging(request(id)).problem, StationPlaces::NoProblem);
            later(1);
        }
    }
    // A driver of the street beyond the demo's five, checked in.
    qint64 newDriver(const QString &name)
    {
        QSqlQuery q(db().connection());
        if (!q.exec(QStringLiteral("INSERT INTO driver (name, phone, plate, platform, union_member) "
                                   "VALUES ('%1', '13900000000', '鄂A·X0000', '滴滴出行', 0) RETURNING id").arg(name))
            || !q.next())
            return 0;
        const qint64 id = q.value(0).toLongLong();
        q.finish(); // (an unfinished statement would keep the next transaction from committing)
        station().scan(driverPerson(id));
        return id;
    }
    QByteArray payload(qint64 job) { return PrintJobStore(db()).job(job).value_or(PrintJobRecord{}).payload; }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    // ---- the rules ----

    void theQueueGoesFirstComeFirst()
    {
        const QList<QueueRecord> order = station_rules::queueOrder(
            {waitingPlace(3, 3, 5), waitingPlace(1, 1, 0), waitingPlace(4, 4, 5), waitingPlace(2, 2, 2)});
        QList<int> numbers;
        for (const QueueRecord &place : order)
            numbers.append(place.number);
        QCOMPARE(numbers, (QList<int>{1, 2, 3, 4})); // 3 and 4 in the same second: the number decides
    }

    void waits_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<QList<int>>("endsInMinutes");
        QTest::addColumn<int>("expected");
        QTest::newRow("none in progress: no wait") << 1 << QList<int>{} << 0;
        QTest::newRow("next: the earliest end") << 1 << QList<int>{30, 10, 50} << 10;
        QTest::newRow("second: the second earliest") << 2 << QList<int>{30, 10, 50} << 30;
        QTest::newRow("third: the third") << 3 << QList<int>{30, 10, 50} << 50;
        QTest::newRow("fourth of three: a round more") << 4 << QList<int>{30, 10, 50} << 130;
        QTest::newRow("an overdue session: any moment") << 1 << QList<int>{-5, 40} << 0;
        QTest::newRow("all four spots, fifth in line") << 5 << QList<int>{20, 40, 60, 80} << 140;
    }
    void waits()
    {
        QFETCH(int, position);
        QFETCH(QList<int>, endsInMinutes);
        QFETCH(int, expected);
        QList<QDateTime> ends;
        for (int minutes : endsInMinutes)
            ends.append(kNoon.addSecs(minutes * 60));
        QCOMPARE(station_rules::waitMinutes(position, ends, kNoon, 120), expected);
    }

    void aWaitRoundsUpToTheMinute()
    {
        QCOMPARE(station_rules::minutesUntil(kNoon, kNoon.addSecs(90)), 2);
        QCOMPARE(station_rules::minutesUntil(kNoon, kNoon.addSecs(-90)), 0);
    }

    void sessionLimitsAndOverdue_data()
    {
        QTest::addColumn<int>("maxMinutes");
        QTest::addColumn<int>("minutesLater");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("120 minutes, at 60") << 120 << 60 << false;
        QTest::newRow("120 minutes, at its end") << 120 << 120 << false;
        QTest::newRow("120 minutes, a minute past") << 120 << 121 << true;
        QTest::newRow("60 minutes, at 90") << 60 << 90 << true;
    }
    void sessionLimitsAndOverdue()
    {
        QFETCH(int, maxMinutes);
        QFETCH(int, minutesLater);
        QFETCH(bool, overdue);
        ChargingSessionRecord session;
        session.startedAt = kNoon;
        session.endsAt = station_rules::endsAt(kNoon, maxMinutes);
        QCOMPARE(session.endsAt, kNoon.addSecs(maxMinutes * 60));
        QCOMPARE(station_rules::overdue(session, kNoon.addSecs(minutesLater * 60)), overdue);
    }

    void freeSpotsLeaveOutTakenAndKeptOnes()
    {
        const QList<ChargingSpotRecord> spots = {{1, 120, true}, {2, 120, true}, {3, 120, true}, {4, 120, false}};
        ChargingSessionRecord onTwo;
        onTwo.spot = 2;
        QCOMPARE(station_rules::freeSpots(spots, {onTwo}, {calledPlace(9, 1, 3, 10)}), QList<int>{1});
    }

    void calls_data()
    {
        QTest::addColumn<QList<QueueRecord>>("queue");
        QTest::addColumn<QList<int>>("freeSpots"); // free since now
        QTest::addColumn<QList<qint64>>("lapsed");
        QTest::addColumn<QList<qint64>>("called");
        QTest::addColumn<QList<int>>("untilMinutes");
        QTest::newRow("nobody waits") << QList<QueueRecord>{} << QList<int>{3} << QList<qint64>{} << QList<qint64>{}
                                      << QList<int>{};
        QTest::newRow("a free spot: the first is called for ten minutes")
            << QList<QueueRecord>{waitingPlace(2, 2, -5), waitingPlace(1, 1, -10)} << QList<int>{3} << QList<qint64>{}
            << QList<qint64>{1} << QList<int>{10};
        QTest::newRow("two free spots, one waiting") << QList<QueueRecord>{waitingPlace(1, 1, -10)} << QList<int>{2, 4}
                                                     << QList<qint64>{} << QList<qint64>{1} << QList<int>{10};
        QTest::newRow("a call still running stays") << QList<QueueRecord>{calledPlace(1, 1, 3, 4), waitingPlace(2, 2, 0)}
                                                    << QList<int>{} << QList<qint64>{} << QList<qint64>{} << QList<int>{};
        QTest::newRow("a call ran out: the next, from when it ran out")
            << QList<QueueRecord>{calledPlace(1, 1, 3, -2), waitingPlace(2, 2, -20)} << QList<int>{} << QList<qint64>{1}
            << QList<qint64>{2} << QList<int>{8};
        QTest::newRow("ran out long ago: the next ran out too, the third is called")
            << QList<QueueRecord>{calledPlace(1, 1, 3, -15), waitingPlace(2, 2, -20), waitingPlace(3, 3, -19)}
            << QList<int>{} << QList<qint64>{1, 2} << QList<qint64>{3} << QList<int>{5};
        QTest::newRow("ran out, nobody else waits") << QList<QueueRecord>{calledPlace(1, 1, 3, -1)} << QList<int>{}
                                                    << QList<qint64>{1} << QList<qint64>{} << QList<int>{};
    }
    void calls()
    {
        QFETCH(QList<QueueRecord>, queue);
        QFETCH(QList<int>, freeSpots);
        QFETCH(QList<qint64>, lapsed);
        QFETCH(QList<qint64>, called);
        QFETCH(QList<int>, untilMinutes);
        QList<std::pair<int, QDateTime>> freeSince;
        for (int spot : freeSpots)
            freeSince.append({spot, kNoon});
        const station_rules::CallChange change = station_rules::passCalls(queue, freeSince, kNoon, 10);
        QCOMPARE(change.lapsed, lapsed);
        QList<qint64> calledIds;
        QList<int> until;
        for (const station_rules::Call &call : change.calls) {
            calledIds.append(call.queueId);
            until.append(int(kNoon.secsTo(call.until) / 60));
        }
        QCOMPARE(calledIds, called);
        QCOMPARE(until, untilMinutes);
    }

    void whoMayBookWhat_data()
    {
        QTest::addColumn<bool>("checkedIn");
        QTest::addColumn<bool>("charging");
        QTest::addColumn<bool>("queued");
        QTest::addColumn<bool>("resting");
        QTest::addColumn<int>("charge");
        QTest::addColumn<int>("queue");
        QTest::addColumn<int>("rest");
        QTest::newRow("not checked in") << false << false << false << false << int(StationPlaces::NotCheckedIn)
                                        << int(StationPlaces::NotCheckedIn) << int(StationPlaces::NotCheckedIn);
        QTest::newRow("in, holding nothing") << true << false << false << false << int(StationPlaces::NoProblem)
                                             << int(StationPlaces::NoProblem) << int(StationPlaces::NoProblem);
        QTest::newRow("charging: resting too, not a second spot")
            << true << true << false << false << int(StationPlaces::AlreadyCharging)
            << int(StationPlaces::AlreadyCharging) << int(StationPlaces::NoProblem);
        QTest::newRow("queued: may take a spot (their call), not queue again")
            << true << false << true << false << int(StationPlaces::NoProblem) << int(StationPlaces::AlreadyQueued)
            << int(StationPlaces::NoProblem);
        QTest::newRow("resting: one place") << true << false << false << true << int(StationPlaces::NoProblem)
                                            << int(StationPlaces::NoProblem) << int(StationPlaces::AlreadyResting);
    }
    void whoMayBookWhat()
    {
        QFETCH(bool, checkedIn);
        QFETCH(bool, charging);
        QFETCH(bool, queued);
        QFETCH(bool, resting);
        station_rules::Holdings held;
        held.checkedIn = checkedIn;
        if (charging)
            held.session = ChargingSessionRecord{};
        if (queued)
            held.queue = QueueRecord{};
        if (resting)
            held.rest = RestBookingRecord{};
        QTEST(int(station_rules::mayCharge(held)), "charge");
        QTEST(int(station_rules::mayQueue(held)), "queue");
        QTEST(int(station_rules::mayRest(held)), "rest");
    }

    // ---- against the database ----

    void theDemoStationHasItsSpotsPlacesAndOffers()
    {
        const StationView view = places().view({});
        QCOMPARE(view.problem, StationPlaces::NoProblem);
        QCOMPARE(view.board.spots.size(), 4);
        QCOMPARE(view.board.freeSpots, 4);
        QCOMPARE(view.board.restPlaces.size(), 5);
        QCOMPARE(view.board.restPlaces.first().place.kind, QStringLiteral("recliner"));
        QCOMPARE(view.board.restPlaces.first().place.maxMinutes, 60);
        QCOMPARE(view.board.restPlaces.last().place.maxMinutes, 120);
        QCOMPARE(view.board.offers.size(), 4);
        QCOMPARE(view.board.offers.first().nameZh, QStringLiteral("热水"));
        QCOMPARE(view.board.callHoldMinutes, 10);
    }

    void aDriverNotCheckedInCannotBook()
    {
        QCOMPARE(places().startCharging(request(1)).problem, StationPlaces::NotCheckedIn);
        QCOMPARE(places().joinQueue(request(1)).problem, StationPlaces::NotCheckedIn);
        QCOMPARE(places().bookRest(request(1, 1)).problem, StationPlaces::NotCheckedIn);
        IdentifiedPerson resident;
        resident.kind = Identity::Resident;
        resident.personId = 1;
        QCOMPARE(places().startCharging({resident, 0, QStringLiteral("r")}).problem, StationPlaces::NotADriver);
        QCOMPARE(places().view(resident).problem, StationPlaces::NotADriver);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM charging_session")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM print_job")), 0);
    }

    void takingASpotPrintsItsNumberAndEnd()
    {
        checkIn(1);
        const PlaceRequest tap = request(1);
        const PlaceResult taken = places().startCharging(tap);
        QCOMPARE(taken.problem, StationPlaces::NoProblem);
        QVERIFY(taken.slipJob > 0);
        const QByteArray slip = payload(taken.slipJob);
        QVERIFY(slip.contains(gb18030(QStringLiteral("1 号充电桩"))));
        QVERIFY(slip.contains(gb18030(QStringLiteral("13:30 前挪车"))));
        const StationView view = places().view(driverPerson(1));
        QVERIFY(view.mine.session);
        QCOMPARE(view.mine.session->spot, 1);
        QCOMPARE(view.mine.session->endsAt, kNoon.addSecs(120 * 60));
        QCOMPARE(view.board.freeSpots, 3);
        // The same tap again: the same session, no second slip.
        const PlaceResult again = places().startCharging(tap);
        QCOMPARE(again.problem, StationPlaces::NoProblem);
        QVERIFY(again.repeated);
        // A new tap: one spot per driver.
        QCOMPARE(places().startCharging(request(1)).problem, StationPlaces::AlreadyCharging);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM charging_session")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM print_job WHERE kind = 'charging_slip'")), 1);
        // Past its end it shows as overdue, and the spot stays taken.
        later(121);
        const StationView overdue = places().view(driverPerson(1));
        QVERIFY(overdue.board.spots.first().overdue);
        QCOMPARE(overdue.board.spots.first().state, StationPlaces::Charging);
    }

    void everySpotTakenTheQueueGivesANumberAndAWait()
    {
        fillEverySpot(); // ends at 13:30, 13:31, 13:32, 13:33
        checkIn(5);
        QCOMPARE(places().startCharging(request(5)).problem, StationPlaces::NoSpotFree);
        const PlaceRequest tap = request(5);
        const PlaceResult queued = places().joinQueue(tap);
        QCOMPARE(queued.problem, StationPlaces::NoProblem);
        const QByteArray slip = payload(queued.slipJob);
        QVERIFY(slip.contains(gb18030(QStringLiteral("1 号"))));
        QVERIFY(slip.contains(gb18030(QStringLiteral("下一个就是您"))));
        QVERIFY(slip.contains(gb18030(QStringLiteral("大约等 116 分钟")))); // 11:34 to 13:30
        QVERIFY(places().joinQueue(tap).repeated);
        QCOMPARE(places().joinQueue(request(5)).problem, StationPlaces::AlreadyQueued);
        const StationView view = places().view(driverPerson(5));
        QVERIFY(view.mine.queue);
        QCOMPARE(view.mine.queue->number, 1);
        QCOMPARE(view.ahead, 0);
        QCOMPARE(view.waitMinutes, 116);
        QCOMPARE(view.board.waiting, 1);
        // The next in line waits for the second session's end.
        const qint64 six = newDriver(QStringLiteral("赵六"));
        QCOMPARE(places().joinQueue(request(six)).problem, StationPlaces::NoProblem);
        const StationView second = places().view(driverPerson(six));
        QCOMPARE(second.mine.queue->number, 2);
        QCOMPARE(second.ahead, 1);
        QCOMPARE(second.waitMinutes, 117);
    }

    void noNeedToQueueWithAFreeSpot()
    {
        checkIn(1);
        QCOMPARE(places().joinQueue(request(1)).problem, StationPlaces::SpotFree);
    }

    void anEndedSessionCallsTheFirstInLineWhoseSpotIsKept()
    {
        fillEverySpot();
        checkIn(5);
        QCOMPARE(places().joinQueue(request(5)).problem, StationPlaces::NoProblem);
        later(20);
        QCOMPARE(places().endCharging(driverPerson(2)), StationPlaces::NoProblem);
        QCOMPARE(places().endCharging(driverPerson(2)), StationPlaces::NothingHeld); // a second tap
        StationView view = places().view(driverPerson(5));
        QCOMPARE(view.board.callUps.size(), 1);
        QCOMPARE(view.board.callUps.first().queueNumber, 1);
        QCOMPARE(view.board.callUps.first().spot, 2);
        QCOMPARE(view.board.callUps.first().until, fixture->clock.now().addSecs(600));
        QCOMPARE(view.board.freeSpots, 0); // kept for number 1
        QCOMPARE(view.board.spots.at(1).state, StationPlaces::Called);
        QVERIFY(view.mine.queue && view.mine.queue->called());
        // Nobody else may take it meanwhile, not even who just left it.
        QCOMPARE(places().startCharging(request(2)).problem, StationPlaces::NoSpotFree);
        later(3);
        const PlaceResult taken = places().startCharging(request(5));
        QCOMPARE(taken.problem, StationPlaces::NoProblem);
        QVERIFY(payload(taken.slipJob).contains(gb18030(QStringLiteral("2 号充电桩"))));
        view = places().view(driverPerson(5));
        QVERIFY(!view.mine.queue);
        QCOMPARE(view.mine.session->spot, 2);
        QVERIFY(view.board.callUps.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM charging_queue WHERE state = 'served'")), 1);
    }

    void aCallThatRunsOutPassesToTheNext()
    {
        fillEverySpot();
        checkIn(5);
        const qint64 six = newDriver(QStringLiteral("赵六"));
        QCOMPARE(places().joinQueue(request(5)).problem, StationPlaces::NoProblem);
        QCOMPARE(places().joinQueue(request(six)).problem, StationPlaces::NoProblem);
        QCOMPARE(places().endChargingByStaff(3, 1), StationPlaces::NoProblem); // staff move a car
        QCOMPARE(count(QStringLiteral("SELECT ended_by FROM charging_session WHERE spot = 3")), 1);
        const QDateTime calledAt = fixture->clock.now();
        later(11);
        QVERIFY(places().tidy());
        QVERIFY(!places().tidy()); // nothing more to do
        const StationView view = places().view(driverPerson(six));
        QCOMPARE(view.board.callUps.size(), 1);
        QCOMPARE(view.board.callUps.first().queueNumber, 2);
        QCOMPARE(view.board.callUps.first().until, calledAt.addSecs(20 * 60)); // from when the first ran out
        QVERIFY(!places().view(driverPerson(5)).mine.queue); // number 1's place is gone
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM charging_queue WHERE state = 'lapsed'")), 1);
        QCOMPARE(places().startCharging(request(5)).problem, StationPlaces::NoSpotFree);
        QCOMPARE(places().startCharging(request(six)).problem, StationPlaces::NoProblem);
    }

    void aRestPlaceForItsTime()
    {
        checkIn(1);
        checkIn(2);
        const PlaceRequest tap = request(1, 2);
        const PlaceResult rest = places().bookRest(tap);
        QCOMPARE(rest.problem, StationPlaces::NoProblem);
        const QByteArray slip = payload(rest.slipJob);
        QVERIFY(slip.contains(gb18030(QStringLiteral("躺椅 2 号"))));
        QVERIFY(slip.contains(gb18030(QStringLiteral("休息到 12:30"))));
        QVERIFY(places().bookRest(tap).repeated);
        QCOMPARE(places().bookRest(request(1, 4)).problem, StationPlaces::AlreadyResting);
        QCOMPARE(places().bookRest(request(2, 2)).problem, StationPlaces::PlaceTaken);
        const StationView view = places().view(driverPerson(1));
        QCOMPARE(view.restPlace.kind, QStringLiteral("recliner"));
        QCOMPARE(view.restPlace.number, 2);
        QVERIFY(!view.board.restPlaces.at(1).free);
        // A bed, for two hours; and the recliner is free again when its hour is up.
        QCOMPARE(places().bookRest(request(2, 4)).problem, StationPlaces::NoProblem);
        later(61);
        const StationView afterAnHour = places().view(driverPerson(1));
        QVERIFY(!afterAnHour.mine.rest);
        QVERIFY(afterAnHour.board.restPlaces.at(1).free);
        QVERIFY(!afterAnHour.board.restPlaces.at(3).free);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rest_booking WHERE ended_as = 'expired'")), 1);
        QCOMPARE(places().endRest(driverPerson(2)), StationPlaces::NoProblem);
        QCOMPARE(places().endRest(driverPerson(2)), StationPlaces::NothingHeld);
    }

    void staffEndARestBooking()
    {
        checkIn(1);
        QCOMPARE(places().bookRest(request(1, 4)).problem, StationPlaces::NoProblem);
        QCOMPARE(places().endRestByStaff(4, 1), StationPlaces::NoProblem); // a driver gone without getting up
        QCOMPARE(places().endRestByStaff(4, 1), StationPlaces::NothingHeld); // a second tap, or another desk first
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rest_booking WHERE ended_as = 'staff' AND ended_by = 1")), 1);
        const StationView view = places().view(driverPerson(1));
        QVERIFY(!view.mine.rest);
        QVERIFY(view.board.restPlaces.at(3).free);
        QCOMPARE(places().bookRest(request(1, 4)).problem, StationPlaces::NoProblem); // theirs again, if they ask
    }

    void checkingOutEndsEverythingAndCallsTheNext()
    {
        fillEverySpot();
        QCOMPARE(places().bookRest(request(1, 4)).problem, StationPlaces::NoProblem);
        checkIn(5);
        QCOMPARE(places().joinQueue(request(5)).problem, StationPlaces::NoProblem);
        later(30);
        const DriverStationService::Result out = station().checkOut(driverPerson(1));
        QCOMPARE(out.outcome, DriverStationService::Outcome::CheckedOut);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM charging_session WHERE driver_id = 1 AND ended_as = 'checked_out'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rest_booking WHERE driver_id = 1 AND ended_as = 'checked_out'")), 1);
        const StationView view = places().view(driverPerson(5));
        QVERIFY(view.mine.queue && view.mine.queue->called());
        QCOMPARE(view.mine.queue->calledSpot, 1);
        // A driver who leaves from the queue frees their place in it too.
        QCOMPARE(station().checkOut(driverPerson(5)).outcome, DriverStationService::Outcome::CheckedOut);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM charging_queue WHERE state IN ('waiting', 'called')")), 0);
        QCOMPARE(places().view({}).board.freeSpots, 1);
        // Out: nothing more to book.
        QCOMPARE(places().startCharging(request(1)).problem, StationPlaces::NotCheckedIn);
        QCOMPARE(station().checkOut(driverPerson(1)).outcome, DriverStationService::Outcome::NotCheckedIn);
    }

    void aScanWhileInOpensTheMenuAndChangesNothing()
    {
        checkIn(1);
        later(25);
        const DriverStationService::Result again = station().scan(driverPerson(1));
        QCOMPARE(again.outcome, DriverStationService::Outcome::Present);
        QCOMPARE(again.stayMinutes, 25);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM driver_visit WHERE checked_out_at IS NULL")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM print_job")), 1); // the check-in slip alone
    }

    void theDatabaseHoldsEachSpotAndPlaceOnce()
    {
        checkIn(1);
        QCOMPARE(places().startCharging(request(1)).problem, StationPlaces::NoProblem);
        QCOMPARE(places().bookRest(request(1, 1)).problem, StationPlaces::NoProblem);
        const QString at = QStringLiteral("'2026-11-27T03:40:00.000Z', '2026-11-27T05:40:00.000Z'");
        QSqlQuery q(db().connection());
        // Spot 1 is driver 1's: not driver 2's too; and driver 1 not on spot 2 as well.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO charging_session (spot, driver_id, started_at, ends_at, request_key) "
                                       "VALUES (1, 2, %1, 'by-hand-1')").arg(at)));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO charging_session (spot, driver_id, started_at, ends_at, request_key) "
                                       "VALUES (2, 1, %1, 'by-hand-2')").arg(at)));
        // Recliner 1 is driver 1's; driver 1 has a place already.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO rest_booking (place_id, driver_id, started_at, ends_at, request_key) "
                                       "VALUES (1, 2, %1, 'by-hand-3')").arg(at)));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO rest_booking (place_id, driver_id, started_at, ends_at, request_key) "
                                       "VALUES (2, 1, %1, 'by-hand-4')").arg(at)));
        // One place in the queue per driver, and one driver called per spot.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO charging_queue (day, number, driver_id, joined_at, request_key) "
                                      "VALUES ('2026-11-27', 1, 3, '2026-11-27T03:40:00.000Z', 'by-hand-5')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO charging_queue (day, number, driver_id, joined_at, request_key) "
                                       "VALUES ('2026-11-27', 2, 3, '2026-11-27T03:41:00.000Z', 'by-hand-6')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO charging_queue (day, number, driver_id, joined_at, state, called_spot, "
                                      "called_until, request_key) VALUES ('2026-11-27', 3, 4, '2026-11-27T03:41:00.000Z', "
                                      "'called', 4, '2026-11-27T03:51:00.000Z', 'by-hand-7')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO charging_queue (day, number, driver_id, joined_at, state, called_spot, "
                                       "called_until, request_key) VALUES ('2026-11-27', 4, 5, '2026-11-27T03:41:00.000Z', "
                                       "'called', 4, '2026-11-27T03:51:00.000Z', 'by-hand-8')")));
        // Ended, a session holds nothing.
        QVERIFY(q.exec(QStringLiteral("UPDATE charging_session SET ended_at = '2026-11-27T03:45:00.000Z', ended_as = 'driver'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO charging_session (spot, driver_id, started_at, ends_at, request_key) "
                                      "VALUES (1, 2, %1, 'by-hand-9')").arg(at)));
    }

    // Two kiosks, each with its own connection on its own thread, for the
    // last free spot at the same moment: one driver gets it, the other is
    // told every spot is taken; rounds of it, the same each time.
    void twoKiosksRacingForTheLastSpotGiveItOnce()
    {
        const KioskConfig config = fixture->site.config();
        for (qint64 id = 1; id <= 5; ++id)
            checkIn(id);
        for (qint64 id = 1; id <= 3; ++id)
            QCOMPARE(places().startCharging(request(id)).problem, StationPlaces::NoProblem);
        std::atomic<int> charging{0}, full{0}, ready{0};
        auto kiosk = [&](qint64 driverId, const QString &kioskId) {
            KioskConfig mine = config;
            mine.kioskId = kioskId;
            Backend backend(mine, fixture->clock);
            QString error;
            const bool started = backend.start(&error);
            ++ready;
            while (ready.load() < 2)
                std::this_thread::yield(); // both ready: off they go
            if (!started)
                return;
            const Problem problem =
                backend.stationPlaces().startCharging({driverPerson(driverId), 0, QStringLiteral("race-%1").arg(driverId)}).problem;
            if (problem == StationPlaces::NoProblem)
                ++charging;
            else if (problem == StationPlaces::NoSpotFree)
                ++full;
        };
        std::thread first(kiosk, 4, QStringLiteral("kiosk-a"));
        std::thread second(kiosk, 5, QStringLiteral("kiosk-b"));
        first.join();
        second.join();
        QCOMPARE(charging.load(), 1);
        QCOMPARE(full.load(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM charging_session WHERE ended_at IS NULL")), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT spot) FROM charging_session WHERE ended_at IS NULL")), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM print_job WHERE kind = 'charging_slip'")), 4);
    }

    void slipsAreByteForByteAsApproved_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QByteArray>("bytes");
        const QString stationName = QStringLiteral("红钢城街道网约车司机之家");
        const slips::ChargingSpot spot{stationName, QStringLiteral("陈*军"), 3, kNoon, kNoon.addSecs(7200), 120};
        const slips::ChargingQueue queue{stationName, QStringLiteral("刘*波"), 12, 2, 25, kNoon, 10};
        const slips::RestPlace rest{stationName, QStringLiteral("王*勇"), slips::restPlaceName(QStringLiteral("bed"), 1),
                                    kNoon, kNoon.addSecs(7200)};
        QTest::newRow("spot 58") << QStringLiteral("charging_slip_58.escpos") << slips::chargingSpot(spot, PaperWidth::Mm58);
        QTest::newRow("spot 80") << QStringLiteral("charging_slip_80.escpos") << slips::chargingSpot(spot, PaperWidth::Mm80);
        QTest::newRow("queue 58") << QStringLiteral("charging_queue_slip_58.escpos") << slips::chargingQueue(queue, PaperWidth::Mm58);
        QTest::newRow("rest 58") << QStringLiteral("rest_slip_58.escpos") << slips::restPlace(rest, PaperWidth::Mm58);
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

QTEST_GUILESS_MAIN(TestStationPlaces)
#include "tst_station_places.moc"
