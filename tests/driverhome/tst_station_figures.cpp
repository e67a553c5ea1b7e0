// The Driver Home's figures for the street office: how long sessions lasted
// as tables; a day of visits, meals, charging, rest and rides counted
// against a real database, and their CSV.
#include "Backend.h"
#include "StationFigures.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace linli;
using namespace linli::test;

namespace {
const QDate kDay(2026, 11, 27); // the fixture's day (lunchTime)
QString at(int hour, int minute) { return toDbTime(QDateTime(kDay, QTime(hour, minute))); }
} // namespace

class TestStationFigures : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;
    StationFiguresService &service() { return fixture->backend->stationFigures(); }
    void run(const QString &sql)
    {
        QSqlQuery q(fixture->backend->database().connection());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
    }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    void howLongSessionsLasted()
    {
        const QDateTime nine(kDay, QTime(9, 0));
        const QDateTime now(kDay, QTime(12, 0));
        const QList<StationSpan> spans = {
            {nine, nine.addSecs(7200), nine.addSecs(5400)},                    // 90 min, ended in time
            {nine, nine.addSecs(3600), nine.addSecs(4500)},                    // 75 min, 15 past its end
            {now.addSecs(-1800), now.addSecs(5400), {}},                       // on for 30 min so far
            {now.addSecs(-7200), now.addSecs(-600), {}},                       // on, past its end
        };
        const station_figures::Use use = station_figures::use(spans, now);
        QCOMPARE(use.sessions, 4);
        QCOMPARE(use.minutes, 90 + 75 + 30 + 120);
        QCOMPARE(use.overdue, 2);
        QCOMPARE(station_figures::use({}, now).minutes, 0);
    }

    void hours_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("hours");
        QTest::newRow("none") << 0 << "0.0";
        QTest::newRow("an hour and a half") << 90 << "1.5";
        QTest::newRow("rounded down") << 65 << "1.0";
        QTest::newRow("a long day") << 601 << "10.0";
    }
    void hours()
    {
        QFETCH(int, minutes);
        QFETCH(QString, hours);
        QCOMPARE(station_figures::hours(minutes), hours);
    }

    void aDayAtTheStation()
    {
        // Two drivers, one of them twice; one on the day before.
        run(QStringLiteral("INSERT INTO driver_visit (driver_id, checked_in_at, checked_out_at) VALUES "
                           "(1, '%1', '%2'), (1, '%3', NULL), (2, '%4', NULL), (3, '%5', '%6')")
                .arg(at(8, 0), at(9, 0), at(10, 0), at(10, 30),
                     toDbTime(QDateTime(kDay.addDays(-1), QTime(9, 0))), toDbTime(QDateTime(kDay.addDays(-1), QTime(10, 0)))));
        run(QStringLiteral("INSERT INTO charging_session (spot, driver_id, started_at, ends_at, ended_at, ended_as, request_key) "
                           "VALUES (1, 1, '%1', '%2', '%3', 'driver', 'c1'), (2, 2, '%4', '%5', NULL, NULL, 'c2')")
                .arg(at(8, 0), at(10, 0), at(10, 30), at(10, 30), at(12, 30)));
        run(QStringLiteral("INSERT INTO rest_booking (place_id, driver_id, started_at, ends_at, ended_at, ended_as, request_key) "
                           "VALUES (1, 1, '%1', '%2', '%3', 'driver', 'r1')").arg(at(10, 0), at(11, 0), at(10, 45)));
        run(QStringLiteral("INSERT INTO charging_queue (day, number, driver_id, joined_at, state, ended_at, request_key) "
                           "VALUES ('2026-11-27', 1, 3, '%1', 'lapsed', '%2', 'q1')").arg(at(10, 40), at(11, 0)));

        const StationFigures f = service().figures(kDay, kDay);
        QVERIFY(f.valid);
        QCOMPARE(f.counts.visits, 3);
        QCOMPARE(f.counts.drivers, 2);
        QCOMPARE(f.chargingSessions, 2);
        QCOMPARE(f.chargingMinutes, 150 + 60); // until 10:30; the other still on at 11:30
        QCOMPARE(f.chargingOverdue, 1);
        QCOMPARE(f.restBookings, 1);
        QCOMPARE(f.restMinutes, 45);
        QCOMPARE(f.counts.queueJoined, 1);
        QCOMPARE(f.counts.queueLapsed, 1);
        QCOMPARE(StationFiguresService::figuresCsv(f),
                 QStringLiteral("from,to,visits,drivers,driver_meals,charging_sessions,charging_hours,charging_past_end,"
                                "queue_joined,queue_lapsed,rest_bookings,rest_hours,rides_requested,rides_taken,"
                                "rides_done,rides_not_taken_in_time,rides_cancelled\r\n"
                                "2026-11-27,2026-11-27,3,2,%1,2,3.5,1,1,1,1,0.7,%2,%3,%4,%5,%6\r\n")
                     .arg(f.counts.driverMeals).arg(f.counts.ridesRequested).arg(f.counts.ridesTaken)
                     .arg(f.counts.ridesDone).arg(f.counts.ridesNotTakenInTime).arg(f.counts.ridesCancelled));
        // The day before had one visit and nothing else.
        const StationFigures before = service().figures(kDay.addDays(-1), kDay.addDays(-1));
        QCOMPARE(before.counts.visits, 1);
        QCOMPARE(before.chargingSessions, 0);
    }

    void aDriverMealAtTheStationCountsThereOnly()
    {
        run(QStringLiteral("INSERT INTO site (code, name, name_en) VALUES ('east', '东站', 'East') ON CONFLICT DO NOTHING"));
        const int before = service().figures(kDay, kDay).counts.driverMeals;
        run(QStringLiteral("INSERT INTO meal_order (day, period, number, pickup_code, driver_id, set_code, service, normal_fen, "
                           "subsidy_fen, total_fen, payment, state, created_at, request_key, site) VALUES "
                           "('2026-11-27', 'lunch', 901, '9001', 1, 'driver', 'dine_in', 1000, 0, 1000, 'counter', 'new', '%1', 'm1', 'main'), "
                           "('2026-11-27', 'lunch', 902, '9002', 2, 'driver', 'dine_in', 1000, 0, 1000, 'counter', 'new', '%1', 'm2', 'east'), "
                           "('2026-11-27', 'lunch', 903, '9003', 3, 'driver', 'dine_in', 1000, 0, 1000, 'counter', 'lapsed', '%1', 'm3', 'main')")
                .arg(at(11, 0)));
        QCOMPARE(service().figures(kDay, kDay).counts.driverMeals, before + 1); // this kiosk's site, not lapsed
    }

    void aPeriodThatIsNoneIsNotValid()
    {
        QVERIFY(!service().figures(kDay, kDay.addDays(-1)).valid);
        QCOMPARE(station_figures::exportFileName(QDate(2026, 12, 1), QDate(2026, 12, 31)),
                 QStringLiteral("driver-home-2026-12-01-2026-12-31.csv"));
    }
};

QTEST_GUILESS_MAIN(TestStationFigures)
#include "tst_station_figures.moc"
