// The barber corner's rules as tables (slots from the schedule, the 80+
// window, one booking a week, days off), and booking, cancelling and the
// staff's day list against a real database (both engines): one slot is
// never booked twice, however many kiosks ask at once.
#include "Barber.h"
#include "BarberSlips.h"
#include "BarberStore.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <atomic>
#include <thread>

using namespace linli;
using namespace linli::test;
using Barber::Problem;

namespace {

// The demo's Tuesdays around the tests' Friday, 2026-11-27 (lunchTime()).
const QDate kLastTuesday(2026, 11, 24), kTuesday(2026, 12, 1), kNextTuesday(2026, 12, 8);
constexpr int k0900 = 540, k0920 = 560, k0940 = 580, k1000 = 600, k1020 = 620, k1100 = 660;

// Demo residents (db/demo/demo_day.sql) and their birthdays.
struct DemoResident
{
    qint64 id;
    const char *masked;
    QDate born;
};
const DemoResident kHeSuzhen{17, "何*珍", QDate(1937, 1, 9)};     // 89
const DemoResident kGaoYuzhen{19, "高*珍", QDate(1948, 9, 19)};   // 78
const DemoResident kZhouFengying{9, "周*英", QDate(1955, 2, 14)}; // 71
const DemoResident kYangZhiqiang{6, "杨*强", QDate(1979, 4, 22)}; // 47
const DemoResident kHuChunmei{15, "胡*梅", QDate(1943, 4, 4)};    // 83
const DemoResident kZhangGuihua{1, "张*华", QDate(1944, 3, 12)};  // 82
const DemoResident kWuGuoqing{10, "吴*庆", QDate(1949, 10, 1)};   // 77
const DemoResident kChenShufen{5, "陈*芬", QDate(1946, 12, 8)};   // 79 on the Tuesday
constexpr qint64 kLiJianguo = 2; // booked in the demo, and did not come the Tuesday before

IdentifiedPerson resident(const DemoResident &who)
{
    IdentifiedPerson p;
    p.kind = Identity::Resident;
    p.personId = who.id;
    p.maskedName = QString::fromUtf8(who.masked);
    p.birthDate = who.born;
    return p;
}

BarberScheduleRecord tuesdays()
{
    return {2, k0900, 690, 20, QStringLiteral("张琳")};
}

QList<BarberWindowRecord> demoWindows()
{
    return {{80, 7}, {60, 5}};
}

BarberBookingRecord held(const QDate &day, const QString &state = QStringLiteral("booked"))
{
    BarberBookingRecord booking;
    booking.day = day;
    booking.week = barber_rules::weekOf(day);
    booking.state = state;
    return booking;
}

barber_rules::BookingCase bookingCase(const QDate &born, const QDateTime &now, QList<BarberBookingRecord> bookings = {},
                                      QList<QDate> daysOff = {})
{
    return {{tuesdays()}, daysOff, demoWindows(), born, bookings, now};
}

} // namespace

class TestBarber : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;
    BarberService &barber() { return fixture->backend->barber(); }
    Database &db() { return fixture->backend->database(); }
    int count(const QString &sql) { return sqlValue(db(), sql).toInt(); }
    void standAt(const QDate &day, const QTime &time) { fixture->clock.set(QDateTime(day, time)); }

    BarberBookResult book(const DemoResident &who, const QDate &day, int minute, const QString &key = {})
    {
        BarberBookingDraft draft;
        draft.resident = resident(who);
        draft.day = day;
        draft.startMinute = minute;
        draft.requestKey = key.isEmpty() ? QStringLiteral("book-%1-%2-%3").arg(who.id).arg(dayText(day)).arg(minute) : key;
        return barber().book(draft);
    }
    const BarberListRecord *onList(const BarberService::DeskDay &day, qint64 residentId)
    {
        for (const BarberListRecord &entry : day.bookings)
            if (entry.residentId == residentId)
                return &entry;
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    void slotsComeFromTheSchedule_data()
    {
        QTest::addColumn<int>("opens");
        QTest::addColumn<int>("closes");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QList<int>>("starts");
        QTest::newRow("Tuesday 09:00-11:30, 20 minutes: the last at 11:00")
            << k0900 << 690 << 20 << QList<int>{540, 560, 580, 600, 620, 640, 660};
        QTest::newRow("half hours to the minute") << k0900 << 600 << 30 << QList<int>{540, 570};
        QTest::newRow("room for one") << k0900 << 560 << 20 << QList<int>{540};
        QTest::newRow("too short for a slot") << k0900 << 555 << 20 << QList<int>{};
        QTest::newRow("to midnight") << 1380 << 1440 << 30 << QList<int>{1380, 1410};
    }
    void slotsComeFromTheSchedule()
    {
        QFETCH(int, opens);
        QFETCH(int, closes);
        QFETCH(int, minutes);
        QFETCH(QList<int>, starts);
        QCOMPARE(barber_rules::slotStarts({2, opens, closes, minutes, QStringLiteral("张琳")}), starts);
    }

    void theNearestSessionDays()
    {
        const QList<BarberScheduleRecord> schedule{tuesdays()};
        QCOMPARE(barber_rules::nearestSessionDay(schedule, QDate(2026, 11, 27), 1), kTuesday);
        QCOMPARE(barber_rules::nearestSessionDay(schedule, QDate(2026, 11, 27), -1), kLastTuesday);
        QCOMPARE(barber_rules::nearestSessionDay(schedule, kTuesday, 1), kNextTuesday);
        QCOMPARE(barber_rules::sessionDays(schedule, kLastTuesday, kNextTuesday),
                 (QList<QDate>{kLastTuesday, kTuesday, kNextTuesday}));
        QVERIFY(!barber_rules::nearestSessionDay({}, kTuesday, 1).isValid());
        QCOMPARE(barber_rules::weekOf(kTuesday), QDate(2026, 11, 30));
        QCOMPARE(barber_rules::weekOf(QDate(2026, 12, 6)), QDate(2026, 11, 30)); // a Sunday ends the week
    }

    // The oldest book first: 80 and over a week ahead, 60 and over five days.
    void theOldestBookFirst_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QDate>("opensOn");
        QTest::newRow("89, seven days ahead") << kHeSuzhen.born << QDate(2026, 11, 24) << int(Barber::NoProblem) << QDate(2026, 11, 24);
        QTest::newRow("89, eight days ahead") << kHeSuzhen.born << QDate(2026, 11, 23) << int(Barber::NotOpenYet) << QDate(2026, 11, 24);
        QTest::newRow("71, five days ahead") << kZhouFengying.born << QDate(2026, 11, 26) << int(Barber::NoProblem) << QDate(2026, 11, 26);
        QTest::newRow("71, six days ahead") << kZhouFengying.born << QDate(2026, 11, 25) << int(Barber::NotOpenYet) << QDate(2026, 11, 26);
        QTest::newRow("80 on the day itself") << QDate(1946, 12, 1) << QDate(2026, 11, 24) << int(Barber::NoProblem) << QDate(2026, 11, 24);
        QTest::newRow("80 the day after") << QDate(1946, 12, 2) << QDate(2026, 11, 24) << int(Barber::NotOpenYet) << QDate(2026, 11, 26);
        QTest::newRow("60 on the day") << QDate(1966, 12, 1) << QDate(2026, 11, 26) << int(Barber::NoProblem) << QDate(2026, 11, 26);
        QTest::newRow("59") << QDate(1966, 12, 2) << QDate(2026, 11, 30) << int(Barber::TooYoung) << QDate();
        QTest::newRow("47") << kYangZhiqiang.born << QDate(2026, 11, 30) << int(Barber::TooYoung) << QDate();
    }
    void theOldestBookFirst()
    {
        QFETCH(QDate, born);
        QFETCH(QDate, today);
        QFETCH(int, expected);
        QFETCH(QDate, opensOn);
        const auto with = bookingCase(born, QDateTime(today, QTime(10, 0)));
        QCOMPARE(int(barber_rules::mayBook(with, kTuesday, k0920)), expected);
        QCOMPARE(barber_rules::opensOn(demoWindows(), born, kTuesday), opensOn);
    }

    void oneBookingAWeek_data()
    {
        QTest::addColumn<QList<BarberBookingRecord>>("bookings");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("expected");
        // Sundays too, to cross a week's end.
        QTest::newRow("nothing booked") << QList<BarberBookingRecord>{} << kTuesday << int(Barber::NoProblem);
        QTest::newRow("that Tuesday") << QList<BarberBookingRecord>{held(kTuesday)} << kTuesday << int(Barber::AlreadyThisWeek);
        QTest::newRow("the Sunday after, same week") << QList<BarberBookingRecord>{held(QDate(2026, 12, 6))} << kTuesday
                                                     << int(Barber::AlreadyThisWeek);
        QTest::newRow("the Sunday before, last week") << QList<BarberBookingRecord>{held(QDate(2026, 11, 29))} << kTuesday
                                                      << int(Barber::NoProblem);
        QTest::newRow("next week") << QList<BarberBookingRecord>{held(kNextTuesday)} << kTuesday << int(Barber::NoProblem);
        QTest::newRow("cancelled frees the week") << QList<BarberBookingRecord>{held(kTuesday, QStringLiteral("cancelled"))}
                                                  << kTuesday << int(Barber::NoProblem);
        QTest::newRow("a no-show used the week") << QList<BarberBookingRecord>{held(QDate(2026, 11, 29), QStringLiteral("no_show"))}
                                                 << kLastTuesday << int(Barber::AlreadyThisWeek);
    }
    void oneBookingAWeek()
    {
        QFETCH(QList<BarberBookingRecord>, bookings);
        QFETCH(QDate, day);
        QFETCH(int, expected);
        barber_rules::BookingCase with = bookingCase(kHeSuzhen.born, QDateTime(kLastTuesday, QTime(10, 0)), bookings);
        with.schedule.append({7, k0900, 690, 20, QStringLiteral("张琳")});
        QCOMPARE(int(barber_rules::mayBookDay(with, day)), expected);
    }

    void daysOffAndTimesThatAreNot_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("minute");
        QTest::addColumn<int>("expected");
        const QDateTime friday(QDate(2026, 11, 27), QTime(11, 30));
        const QDateTime tuesdayAt10(kTuesday, QTime(10, 0));
        QTest::newRow("a Tuesday slot") << friday << kTuesday << k0940 << int(Barber::NoProblem);
        QTest::newRow("the barber's day off") << friday << kNextTuesday << k0940 << int(Barber::DayOff);
        QTest::newRow("a Wednesday") << friday << QDate(2026, 12, 2) << k0940 << int(Barber::NoSuchSlot);
        QTest::newRow("between two slots") << friday << kTuesday << k0940 + 5 << int(Barber::NoSuchSlot);
        QTest::newRow("after closing") << friday << kTuesday << 690 << int(Barber::NoSuchSlot);
        QTest::newRow("begun already") << tuesdayAt10 << kTuesday << k1000 << int(Barber::SlotPassed);
        QTest::newRow("later that morning") << tuesdayAt10 << kTuesday << k1020 << int(Barber::NoProblem);
        QTest::newRow("a day gone") << friday << kLastTuesday << k0940 << int(Barber::SlotPassed);
    }
    void daysOffAndTimesThatAreNot()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDate, day);
        QFETCH(int, minute);
        QFETCH(int, expected);
        const auto with = bookingCase(kHeSuzhen.born, now, {}, {kNextTuesday});
        QCOMPARE(int(barber_rules::mayBook(with, day, minute)), expected);
    }

    void theDemoDayHasBookingsAndAnEarlierNoShow()
    {
        const BarberService::DeskDay next = barber().deskDay(QDate(2026, 11, 27), 0);
        QVERIFY(next.valid);
        QCOMPARE(next.day, kTuesday);
        QCOMPARE(next.slotCount, 7);
        QCOMPARE(next.bookings.size(), 3);
        QVERIFY(!next.canMark); // not before the day
        const BarberListRecord *li = onList(next, kLiJianguo);
        QVERIFY(li);
        QCOMPARE(li->earlierNoShows, 1);
        QCOMPARE(li->residentName, QStringLiteral("李建国"));
        QCOMPARE(onList(next, 3)->earlierNoShows, 0);
        const BarberService::DeskDay before = barber().deskDay(kTuesday, -1);
        QCOMPARE(before.day, kLastTuesday);
        QVERIFY(before.canMark);
        QCOMPARE(before.bookings.size(), 1);
        QCOMPARE(before.bookings.first().state, QStringLiteral("no_show"));
        QCOMPARE(barber().deskDay(kTuesday, 1).day, kNextTuesday);
    }

    void aResidentBooksAndASlipPrints()
    {
        const BarberOverview shown = barber().overview(resident(kHeSuzhen));
        QCOMPARE(shown.problem, Barber::NoProblem);
        QCOMPARE(shown.days.size(), 1); // Friday: only the Tuesday within a week
        QCOMPARE(shown.days.first().day, kTuesday);
        QCOMPARE(shown.days.first().problem, Barber::NoProblem);
        QCOMPARE(shown.days.first().times.size(), 7);
        const int free = int(std::count_if(shown.days.first().times.begin(), shown.days.first().times.end(),
                                           [](const BarberSlot &s) { return s.free; }));
        QCOMPARE(free, 4); // three booked in the demo
        QVERIFY(shown.bookings.isEmpty());

        const BarberBookResult booked = book(kHeSuzhen, kTuesday, k0940);
        QCOMPARE(booked.problem, Barber::NoProblem);
        QCOMPARE(booked.barber, QStringLiteral("张琳"));
        const QByteArray slip = PrintJobStore(db()).job(booked.slipJob)->payload;
        for (const QString &text : {QStringLiteral("理发预约"), QStringLiteral("共享理发屋"), QStringLiteral("12月1日 周二"), QStringLiteral("09:40"),
                                    QStringLiteral("何*珍"), QStringLiteral("张琳")})
            QVERIFY2(slip.contains(gb18030(text)), qPrintable(text));
        QVERIFY(!slip.contains(gb18030(QStringLiteral("何素珍"))));
        QVERIFY(!slip.contains(gb18030(QStringLiteral("代办人"))));
        // The day and the time in double size: GS ! 0x11 before them.
        QVERIFY(slip.contains(QByteArray("\x1d\x21\x11") + gb18030(QStringLiteral("12月1日 周二"))));

        // The unsteady second tap books nothing more.
        const BarberBookResult again = book(kHeSuzhen, kTuesday, k0940);
        QCOMPARE(again.problem, Barber::NoProblem);
        QVERIFY(again.repeated);
        QCOMPARE(again.booking.id, booked.booking.id);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM barber_booking WHERE resident_id = 17")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM print_job WHERE kind = 'barber_slip'")), 1);

        // She sees it the next time, and the slot is no longer free for anyone.
        const BarberOverview later = barber().overview(resident(kHeSuzhen));
        QCOMPARE(later.bookings.size(), 1);
        QCOMPARE(later.bookings.first().booking.startMinute, k0940);
        QCOMPARE(later.days.first().problem, Barber::AlreadyThisWeek);
        QCOMPARE(book(kHeSuzhen, kTuesday, k1100, QStringLiteral("another")).problem, Barber::AlreadyThisWeek);
        QCOMPARE(book(kGaoYuzhen, kTuesday, k0940).problem, Barber::SlotTaken);
    }

    void anAssistedBookingRecordsTheHelper()
    {
        BarberBookingDraft draft;
        draft.resident = resident(kChenShufen);
        draft.day = kTuesday;
        draft.startMinute = k1020;
        draft.requestKey = QStringLiteral("assisted");
        draft.assistant.kind = Identity::Staff;
        draft.assistant.personId = 3;
        draft.assistant.fullName = QStringLiteral("郑美玲");
        const BarberBookResult booked = barber().book(draft);
        QCOMPARE(booked.problem, Barber::NoProblem);
        QCOMPARE(count(QStringLiteral("SELECT assisted_by FROM barber_booking WHERE id = %1").arg(booked.booking.id)), 3);
        QVERIFY(PrintJobStore(db()).job(booked.slipJob)->payload.contains(gb18030(QStringLiteral("代办人"))));
    }

    void whoMayNotBookIsToldWhy()
    {
        IdentifiedPerson driver;
        driver.kind = Identity::Driver;
        driver.personId = 1;
        QCOMPARE(barber().overview(driver).problem, Barber::NotAResident);
        BarberBookingDraft byDriver{driver, kTuesday, k0940, QStringLiteral("driver"), {}};
        QCOMPARE(barber().book(byDriver).problem, Barber::NotAResident);
        QCOMPARE(barber().overview(resident(kYangZhiqiang)).problem, Barber::TooYoung);
        QCOMPARE(book(kYangZhiqiang, kTuesday, k0940).problem, Barber::TooYoung);
        QCOMPARE(book(kGaoYuzhen, kTuesday, k0900).problem, Barber::SlotTaken); // 王秀英's, in the demo
        QCOMPARE(book(kGaoYuzhen, kTuesday, k0940 + 1).problem, Barber::NoSuchSlot);
        QCOMPARE(book(kGaoYuzhen, kLastTuesday, k0940).problem, Barber::SlotPassed);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM barber_booking WHERE resident_id IN (6, 19)")), 0);
    }

    void theOldestHaveTheFirstChoice()
    {
        standAt(QDate(2026, 11, 25), QTime(9, 0)); // a Wednesday, six days before
        const BarberOverview young = barber().overview(resident(kZhouFengying));
        QCOMPARE(young.problem, Barber::NoProblem);
        QCOMPARE(young.days.size(), 1);
        QCOMPARE(young.days.first().problem, Barber::NotOpenYet);
        QCOMPARE(young.days.first().opensOn, QDate(2026, 11, 26));
        QVERIFY(young.days.first().times.isEmpty());
        QCOMPARE(book(kZhouFengying, kTuesday, k0940).problem, Barber::NotOpenYet);
        QCOMPARE(book(kHeSuzhen, kTuesday, k0940).problem, Barber::NoProblem);
        standAt(QDate(2026, 11, 26), QTime(9, 0));
        QCOMPARE(book(kZhouFengying, kTuesday, k0940).problem, Barber::SlotTaken);
        QCOMPARE(book(kZhouFengying, kTuesday, k1100).problem, Barber::NoProblem);
    }

    void onTheDayOnlyTimesToComeAreOffered()
    {
        standAt(kTuesday, QTime(10, 5));
        const BarberOverview shown = barber().overview(resident(kHeSuzhen));
        QCOMPARE(shown.days.size(), 2); // today, and next week's (a week ahead for her)
        QList<int> starts;
        for (const BarberSlot &slot : shown.days.first().times)
            starts.append(slot.startMinute);
        QCOMPARE(starts, (QList<int>{k1020, 640, k1100}));
        QCOMPARE(book(kHeSuzhen, kTuesday, k1000).problem, Barber::SlotPassed);
        // 78: next Tuesday is seven days away, two more than her window.
        const BarberOverview gao = barber().overview(resident(kGaoYuzhen));
        QCOMPARE(gao.days.last().problem, Barber::NotOpenYet);
        QCOMPARE(gao.days.last().opensOn, QDate(2026, 12, 3));
    }

    void aDayOffIsNotBookable()
    {
        standAt(QDate(2026, 12, 2), QTime(9, 0));
        // Not over the heads of those who booked: they are told first.
        QCOMPARE(barber().setDayOff(kTuesday, true, 1), Barber::HasBookings);
        QCOMPARE(barber().setDayOff(kNextTuesday, true, 1), Barber::NoProblem);
        QCOMPARE(barber().overview(resident(kHeSuzhen)).days.first().problem, Barber::DayOff);
        QCOMPARE(book(kHeSuzhen, kNextTuesday, k0940).problem, Barber::DayOff);
        QVERIFY(barber().deskDay(kNextTuesday, 0).dayOff);
        QCOMPARE(barber().setDayOff(kNextTuesday, false, 1), Barber::NoProblem);
        QCOMPARE(book(kHeSuzhen, kNextTuesday, k0940).problem, Barber::NoProblem);
    }

    void aCancelledSlotIsFreeAgain()
    {
        const BarberBookResult booked = book(kHeSuzhen, kTuesday, k0940);
        QCOMPARE(booked.problem, Barber::NoProblem);
        QCOMPARE(barber().cancel(resident(kGaoYuzhen), booked.booking.id), Barber::NotBooked); // not hers
        QCOMPARE(barber().cancel(resident(kHeSuzhen), booked.booking.id), Barber::NoProblem);
        QCOMPARE(barber().cancel(resident(kHeSuzhen), booked.booking.id), Barber::NotBooked); // twice
        QVERIFY(barber().overview(resident(kHeSuzhen)).bookings.isEmpty());
        QCOMPARE(book(kGaoYuzhen, kTuesday, k0940).problem, Barber::NoProblem);
        // Her week is free again too.
        QCOMPARE(book(kHeSuzhen, kTuesday, k1100, QStringLiteral("again")).problem, Barber::NoProblem);
        // Once her time has come, only staff change it.
        standAt(kTuesday, QTime(11, 0));
        const qint64 hers = barber().overview(resident(kHeSuzhen)).bookings.value(0).booking.id;
        QCOMPARE(hers, 0); // begun: no longer shown as to come
        const qint64 atEleven = sqlValue(db(), QStringLiteral("SELECT id FROM barber_booking WHERE resident_id = 17 "
                                                              "AND state = 'booked'")).toLongLong();
        QCOMPARE(barber().cancel(resident(kHeSuzhen), atEleven), Barber::SlotPassed);
    }

    void staffMarkNoShowsAndTheyAreShownNextTime()
    {
        const BarberService::DeskDay before = barber().deskDay(QDate(2026, 11, 27), 0);
        const qint64 li = onList(before, kLiJianguo)->bookingId;
        QCOMPARE(barber().mark(li, Barber::NoShow, 1), Barber::NotOpenYet); // not before the day
        standAt(kTuesday, QTime(11, 40));
        QCOMPARE(barber().mark(li, Barber::NoShow, 1), Barber::NoProblem);
        QCOMPARE(barber().mark(li, Barber::NoShow, 1), Barber::NoProblem); // a second tap
        QCOMPARE(barber().mark(onList(before, 3)->bookingId, Barber::Done, 1), Barber::NoProblem);
        QCOMPARE(count(QStringLiteral("SELECT marked_by FROM barber_booking WHERE id = %1").arg(li)), 1);
        // He books the week after; staff see both earlier no-shows beside his name.
        const DemoResident liJianguo{kLiJianguo, "李*国", QDate(1951, 10, 1)};
        standAt(QDate(2026, 12, 3), QTime(9, 0));
        QCOMPARE(book(liJianguo, kNextTuesday, k0900).problem, Barber::NoProblem);
        const BarberService::DeskDay next = barber().deskDay(kNextTuesday, 0);
        QCOMPARE(onList(next, kLiJianguo)->earlierNoShows, 2);
        // A cancelled booking cannot be marked.
        const BarberBookResult gao = book(kGaoYuzhen, kNextTuesday, k0940);
        QCOMPARE(barber().cancel(resident(kGaoYuzhen), gao.booking.id), Barber::NoProblem);
        QCOMPARE(barber().mark(gao.booking.id, Barber::Done, 1), Barber::NotBooked);
    }

    void theDayListPrintsForTheBarber()
    {
        const std::optional<qint64> job = barber().queueDayList(kTuesday);
        QVERIFY(job);
        const QByteArray list = PrintJobStore(db()).job(*job)->payload;
        for (const QString &text : {QStringLiteral("理发名单"), QStringLiteral("12月1日 周二"), QStringLiteral("王*英"),
                                    QStringLiteral("李*国"), QStringLiteral("之前爽约 1 次"), QStringLiteral("（空）"),
                                    QStringLiteral("3 / 7 人")})
            QVERIFY2(list.contains(gb18030(text)), qPrintable(text));
        QVERIFY(!list.contains(gb18030(QStringLiteral("李建国"))));
        QVERIFY(!barber().queueDayList(QDate(2026, 12, 2))); // no barber on a Wednesday
    }

    void theDatabaseNeverBooksOneSlotTwice()
    {
        QSqlQuery q(db().connection());
        // 09:00 on the Tuesday is 王秀英's.
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO barber_booking (resident_id, day, start_minute, week, booked_at, request_key) "
            "VALUES (17, '2026-12-01', 540, '2026-11-30', '2026-11-27T03:00:00.000Z', 'by-hand')")));
        // Nor one person twice a week.
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO barber_booking (resident_id, day, start_minute, week, booked_at, request_key) "
            "VALUES (3, '2026-12-01', 660, '2026-11-30', '2026-11-27T03:00:00.000Z', 'by-hand-2')")));
        // A cancelled booking holds nothing.
        QVERIFY(q.exec(QStringLiteral("UPDATE barber_booking SET state = 'cancelled' WHERE resident_id = 3 AND day = '2026-12-01'")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO barber_booking (resident_id, day, start_minute, week, booked_at, request_key) "
            "VALUES (17, '2026-12-01', 540, '2026-11-30', '2026-11-27T03:00:00.000Z', 'by-hand-3')")));
    }

    // Two kiosks, each with its own connection on its own thread, asking
    // for the same three slots at the same moment for different residents.
    void twoKiosksRacingForOneSlotBookItOnce()
    {
        const KioskConfig config = fixture->site.config();
        std::atomic<int> booked{0}, taken{0}, ready{0};
        const QList<int> starts = {k0940, k1020, k1100};
        auto kiosk = [&](QList<DemoResident> residents) {
            Backend backend(config, fixture->clock);
            QString error;
            const bool started = backend.start(&error);
            ++ready;
            while (ready.load() < 2)
                std::this_thread::yield(); // both ready: off they go
            if (!started)
                return;
            for (int i = 0; i < starts.size(); ++i) {
                BarberBookingDraft draft;
                draft.resident = resident(residents.at(i));
                draft.day = kTuesday;
                draft.startMinute = starts.at(i);
                draft.requestKey = QStringLiteral("race-%1-%2").arg(residents.at(i).id).arg(starts.at(i));
                const Problem problem = backend.barber().book(draft).problem;
                if (problem == Barber::NoProblem)
                    ++booked;
                else if (problem == Barber::SlotTaken)
                    ++taken;
            }
        };
        std::thread first(kiosk, QList<DemoResident>{kHeSuzhen, kHuChunmei, kZhangGuihua});
        std::thread second(kiosk, QList<DemoResident>{kGaoYuzhen, kWuGuoqing, kChenShufen});
        first.join();
        second.join();
        QCOMPARE(booked.load(), 3);
        QCOMPARE(taken.load(), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM barber_booking WHERE day = '2026-12-01' "
                                      "AND start_minute IN (580, 620, 660) AND state = 'booked'")),
                 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM print_job WHERE kind = 'barber_slip'")), 3);
    }

    void slipsAreByteForByteAsApproved_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QByteArray>("bytes");
        const QDateTime at = lunchTime();
        const slips::BarberBooking booking{kTuesday, k0940, 20, QStringLiteral("张琳"), QStringLiteral("何*珍"),
                                           QStringLiteral("郑美玲"), at};
        slips::BarberDayList list;
        list.day = kTuesday;
        list.barber = QStringLiteral("张琳");
        list.opensMinute = k0900;
        list.closesMinute = 690;
        list.times = barber_rules::slotStarts(tuesdays());
        list.entries = {{k0900, QStringLiteral("王*英"), 0}, {k0920, QStringLiteral("孙*生"), 0},
                        {k1000, QStringLiteral("李*国"), 1}};
        list.printedAt = at;
        QTest::newRow("booking 58") << QStringLiteral("barber_slip_58.escpos") << slips::barberBookingSlip(booking, PaperWidth::Mm58);
        QTest::newRow("booking 80") << QStringLiteral("barber_slip_80.escpos") << slips::barberBookingSlip(booking, PaperWidth::Mm80);
        QTest::newRow("day list 58") << QStringLiteral("barber_day_list_58.escpos") << slips::barberDayList(list, PaperWidth::Mm58);
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

QTEST_GUILESS_MAIN(TestBarber)
#include "tst_barber.moc"
