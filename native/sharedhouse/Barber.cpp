#include "Barber.h"

#include "BarberSlips.h"
#include "Database.h"
#include "Stores.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBarber, "linli.barber")

namespace linli {

using Barber::Problem;

namespace barber_rules {

int minuteOfDay(const QDateTime &localTime)
{
    return localTime.time().hour() * 60 + localTime.time().minute();
}

QList<int> slotStarts(const BarberScheduleRecord &session)
{
    QList<int> starts;
    if (session.slotMinutes <= 0)
        return starts;
    for (int start = session.opensMinute; start + session.slotMinutes <= session.closesMinute; start += session.slotMinutes)
        starts.append(start);
    return starts;
}

std::optional<BarberScheduleRecord> sessionOn(const QList<BarberScheduleRecord> &schedule, const QDate &day)
{
    for (const BarberScheduleRecord &session : schedule)
        if (session.weekday == day.dayOfWeek())
            return session;
    return std::nullopt;
}

QList<QDate> sessionDays(const QList<BarberScheduleRecord> &schedule, const QDate &from, const QDate &to)
{
    QList<QDate> days;
    for (QDate day = from; day <= to; day = day.addDays(1))
        if (sessionOn(schedule, day))
            days.append(day);
    return days;
}

QDate nearestSessionDay(const QList<BarberScheduleRecord> &schedule, const QDate &from, int direction)
{
    const int step = direction < 0 ? -1 : 1;
    for (int days = 1; days <= 366; ++days)
        if (const QDate day = from.addDays(step * days); sessionOn(schedule, day))
            return day;
    return {};
}

int daysAhead(const QList<BarberWindowRecord> &windows, int age)
{
    int widest = -1;
    for (const BarberWindowRecord &window : windows)
        if (age >= window.minAge)
            widest = qMax(widest, window.daysAhead);
    return widest;
}

int longestWindow(const QList<BarberWindowRecord> &windows)
{
    int longest = 0;
    for (const BarberWindowRecord &window : windows)
        longest = qMax(longest, window.daysAhead);
    return longest;
}

QDate opensOn(const QList<BarberWindowRecord> &windows, const QDate &birthDate, const QDate &day)
{
    const int ahead = daysAhead(windows, ageOn(birthDate, day));
    return ahead < 0 ? QDate() : day.addDays(-ahead);
}

QDate weekOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

Problem mayBookDay(const BookingCase &with, const QDate &day)
{
    // Age on the day of the haircut, as every age rule of the kiosk.
    const QDate opens = opensOn(with.windows, with.birthDate, day);
    if (!opens.isValid())
        return Barber::TooYoung;
    if (!sessionOn(with.schedule, day))
        return Barber::NoSuchSlot;
    if (with.daysOff.contains(day))
        return Barber::DayOff;
    const QDate today = with.now.date();
    if (day < today)
        return Barber::SlotPassed;
    if (today < opens)
        return Barber::NotOpenYet;
    for (const BarberBookingRecord &booking : with.held)
        if (booking.state != QLatin1String("cancelled") && weekOf(booking.day) == weekOf(day))
            return Barber::AlreadyThisWeek;
    return Barber::NoProblem;
}

Problem mayBook(const BookingCase &with, const QDate &day, int startMinute)
{
    if (const Problem problem = mayBookDay(with, day); problem != Barber::NoProblem)
        return problem;
    if (!slotStarts(*sessionOn(with.schedule, day)).contains(startMinute))
        return Barber::NoSuchSlot;
    if (day == with.now.date() && startMinute <= minuteOfDay(with.now))
        return Barber::SlotPassed;
    return Barber::NoProblem;
}

} // namespace barber_rules

BarberService::BarberService(Database &db, const Clock &clock, PaperWidth paper)
    : m_db(db)
    , m_clock(clock)
    , m_paper(paper)
{
}

BarberService::Timetable BarberService::timetable()
{
    BarberStore store(m_db);
    return {store.schedule().value_or(QList<BarberScheduleRecord>{}), store.windows().value_or(QList<BarberWindowRecord>{})};
}

std::optional<barber_rules::BookingCase> BarberService::bookingCase(const IdentifiedPerson &person, const QDate &from,
                                                                    const QDate &to)
{
    BarberStore store(m_db);
    const auto schedule = store.schedule();
    const auto windows = store.windows();
    const auto daysOff = store.daysOff(from, to);
    // Her bookings of the week `from` falls in count too.
    const auto held = store.bookingsOf(person.personId, barber_rules::weekOf(from));
    if (!schedule || !windows || !daysOff || !held)
        return std::nullopt;
    return barber_rules::BookingCase{*schedule, *daysOff, *windows, person.birthDate, *held, localNow()};
}

BarberOverview BarberService::overview(const IdentifiedPerson &person)
{
    BarberOverview overview;
    if (person.kind != Identity::Resident) {
        overview.problem = Barber::NotAResident;
        return overview;
    }
    const QDate today = localNow().date();
    BarberStore store(m_db);
    const std::optional<QList<BarberWindowRecord>> windows = store.windows();
    if (!windows)
        return overview;
    const QDate last = today.addDays(barber_rules::longestWindow(*windows));
    const std::optional<barber_rules::BookingCase> with = bookingCase(person, today, last);
    const std::optional<QList<BarberBookingRecord>> taken = store.activeBookings(today, last);
    if (!with || !taken)
        return overview;
    // Too young on every day within reach: nothing to show.
    if (barber_rules::daysAhead(*windows, ageOn(person.birthDate, last)) < 0) {
        overview.problem = Barber::TooYoung;
        return overview;
    }
    for (const QDate &day : barber_rules::sessionDays(with->schedule, today, last)) {
        const BarberScheduleRecord session = *barber_rules::sessionOn(with->schedule, day);
        BarberDay shown;
        shown.day = day;
        shown.barber = session.barber;
        shown.opensMinute = session.opensMinute;
        shown.closesMinute = session.closesMinute;
        shown.problem = barber_rules::mayBookDay(*with, day);
        shown.opensOn = barber_rules::opensOn(with->windows, person.birthDate, day);
        if (shown.problem == Barber::NoProblem)
            for (int start : barber_rules::slotStarts(session)) {
                if (barber_rules::mayBook(*with, day, start) != Barber::NoProblem)
                    continue; // begun already
                const bool free = std::none_of(taken->begin(), taken->end(), [&](const BarberBookingRecord &b) {
                    return b.day == day && b.startMinute == start;
                });
                shown.times.append({start, free});
            }
        overview.days.append(shown);
    }
    for (const BarberBookingRecord &booking : with->held) {
        // Hers to come: a time begun is for staff to mark.
        const bool begun = booking.day < today || (booking.day == today && booking.startMinute <= barber_rules::minuteOfDay(with->now));
        if (begun || booking.state != QLatin1String("booked"))
            continue;
        const std::optional<BarberScheduleRecord> session = barber_rules::sessionOn(with->schedule, booking.day);
        overview.bookings.append({booking, session ? session->barber : QString()});
    }
    overview.problem = Barber::NoProblem;
    return overview;
}

BarberBookResult BarberService::book(const BarberBookingDraft &draft)
{
    return m_db.retryingConflicts([&] { return bookOnce(draft); });
}

BarberBookResult BarberService::bookOnce(const BarberBookingDraft &draft)
{
    BarberBookResult result;
    if (draft.resident.kind != Identity::Resident) {
        result.problem = Barber::NotAResident;
        return result;
    }
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return result;
    BarberStore store(m_db);
    const auto sessionOf = [&](const QDate &day) {
        const std::optional<QList<BarberScheduleRecord>> schedule = store.schedule();
        return schedule ? barber_rules::sessionOn(*schedule, day) : std::nullopt;
    };
    // A second tap on "book" finds the booking the first tap made.
    if (const std::optional<BarberBookingRecord> earlier = store.bookingByRequestKey(draft.requestKey)) {
        result.problem = Barber::NoProblem;
        result.booking = *earlier;
        result.barber = sessionOf(earlier->day).value_or(BarberScheduleRecord{}).barber;
        result.repeated = true;
        return result;
    }
    const std::optional<barber_rules::BookingCase> with = bookingCase(draft.resident, draft.day, draft.day);
    if (!with)
        return result;
    result.problem = barber_rules::mayBook(*with, draft.day, draft.startMinute);
    if (result.problem != Barber::NoProblem)
        return result;
    const BarberScheduleRecord session = *barber_rules::sessionOn(with->schedule, draft.day);

    BarberBookingRecord booking;
    booking.residentId = draft.resident.personId;
    booking.day = draft.day;
    booking.startMinute = draft.startMinute;
    booking.week = barber_rules::weekOf(draft.day);
    booking.bookedAt = now;
    const bool assisted = draft.assistant.kind == Identity::Staff;
    booking.assistedBy = assisted ? draft.assistant.personId : 0;
    booking.requestKey = draft.requestKey;
    const std::optional<qint64> id = store.addBooking(booking);
    if (!id) {
        result.problem = Barber::StorageError;
        return result;
    }
    if (*id == 0) {
        // Another kiosk was a moment quicker: with the slot, or with her week
        // (she booked at the kiosk next door too).
        const std::optional<QList<BarberBookingRecord>> mine = store.bookingsOf(booking.residentId, booking.week);
        const bool weekTaken = mine && std::any_of(mine->begin(), mine->end(), [&](const BarberBookingRecord &b) {
            return b.week == booking.week;
        });
        result.problem = weekTaken ? Barber::AlreadyThisWeek : Barber::SlotTaken;
        return result;
    }
    booking.id = *id;
    const slips::BarberBooking slip{draft.day, draft.startMinute, session.slotMinutes, session.barber,
                                    draft.resident.maskedName, assisted ? draft.assistant.fullName : QString(),
                                    now.toLocalTime()};
    const std::optional<qint64> job =
        PrintJobStore(m_db).add(QStringLiteral("barber_slip"), now, slips::barberBookingSlip(slip, m_paper),
                                {SlipFor::BarberBooking, booking.id});
    if (!job || !transaction.commit()) {
        result.problem = Barber::StorageError;
        return result;
    }
    result.problem = Barber::NoProblem;
    result.booking = booking;
    result.barber = session.barber;
    result.slipJob = *job;
    qCInfo(lcBarber) << "booking" << *id << "on" << draft.day << slips::clockTime(draft.startMinute);
    return result;
}

Problem BarberService::cancel(const IdentifiedPerson &person, qint64 bookingId)
{
    if (person.kind != Identity::Resident)
        return Barber::NotAResident;
    const QDateTime now = localNow();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Barber::StorageError;
    BarberStore store(m_db);
    const std::optional<BarberBookingRecord> booking = store.booking(bookingId);
    if (!booking || booking->residentId != person.personId || booking->state != QLatin1String("booked"))
        return Barber::NotBooked;
    if (booking->day < now.date() || (booking->day == now.date() && booking->startMinute <= barber_rules::minuteOfDay(now)))
        return Barber::SlotPassed; // her time has come: staff mark it
    if (!store.setState(bookingId, QStringLiteral("booked"), QStringLiteral("cancelled"), m_clock.now(), 0))
        return Barber::NotBooked; // (cancelled a moment ago at another kiosk)
    if (!transaction.commit())
        return Barber::StorageError;
    qCInfo(lcBarber) << "booking" << bookingId << "cancelled";
    return Barber::NoProblem;
}

BarberService::DeskDay BarberService::deskDay(const QDate &from, int direction)
{
    DeskDay desk;
    BarberStore store(m_db);
    const std::optional<QList<BarberScheduleRecord>> schedule = store.schedule();
    if (!schedule)
        return desk;
    QDate day = from;
    if (direction != 0 || !barber_rules::sessionOn(*schedule, day))
        day = barber_rules::nearestSessionDay(*schedule, from, direction == 0 ? 1 : direction);
    if (!day.isValid())
        day = from; // no session at all: the day asked for, empty
    const std::optional<QList<QDate>> daysOff = store.daysOff(day, day);
    if (!daysOff)
        return desk;
    desk.day = day;
    desk.session = barber_rules::sessionOn(*schedule, day);
    desk.dayOff = daysOff->contains(day);
    desk.bookings = store.dayList(day);
    desk.slotCount = desk.session ? int(barber_rules::slotStarts(*desk.session).size()) : 0;
    desk.canMark = day <= localNow().date();
    desk.valid = true;
    return desk;
}

Problem BarberService::mark(qint64 bookingId, Barber::Mark mark, qint64 staffId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Barber::StorageError;
    BarberStore store(m_db);
    const std::optional<BarberBookingRecord> booking = store.booking(bookingId);
    if (!booking || booking->state == QLatin1String("cancelled"))
        return Barber::NotBooked;
    if (booking->day > localNow().date())
        return Barber::NotOpenYet; // nothing to mark before the day
    const QString to = mark == Barber::Done ? QStringLiteral("done") : QStringLiteral("no_show");
    if (booking->state == to)
        return Barber::NoProblem; // a second tap
    if (!store.setState(bookingId, booking->state, to, m_clock.now(), staffId) || !transaction.commit())
        return Barber::StorageError;
    qCInfo(lcBarber) << "booking" << bookingId << "marked" << to << "by staff" << staffId;
    return Barber::NoProblem;
}

Problem BarberService::setDayOff(const QDate &day, bool off, qint64 staffId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Barber::StorageError;
    BarberStore store(m_db);
    if (off) {
        // Whoever booked keeps their slot until staff have told them.
        const std::optional<QList<BarberBookingRecord>> booked = store.activeBookings(day, day);
        if (!booked)
            return Barber::StorageError;
        if (!booked->isEmpty())
            return Barber::HasBookings;
    }
    if (!store.setDayOff(day, off, staffId, m_clock.now()) || !transaction.commit())
        return Barber::StorageError;
    qCInfo(lcBarber) << day << (off ? "is a day off" : "is a working day again");
    return Barber::NoProblem;
}

std::optional<qint64> BarberService::queueDayList(const QDate &day)
{
    const DeskDay desk = deskDay(day, 0);
    if (!desk.valid || desk.day != day)
        return std::nullopt;
    slips::BarberDayList list;
    list.day = day;
    if (desk.session) {
        list.barber = desk.session->barber;
        list.opensMinute = desk.session->opensMinute;
        list.closesMinute = desk.session->closesMinute;
        list.times = barber_rules::slotStarts(*desk.session);
    }
    for (const BarberListRecord &booking : desk.bookings) {
        list.entries.append({booking.startMinute, maskName(booking.residentName), booking.earlierNoShows});
        if (!list.times.contains(booking.startMinute))
            list.times.append(booking.startMinute); // booked before the schedule changed
    }
    std::sort(list.times.begin(), list.times.end());
    list.dayOff = desk.dayOff;
    list.printedAt = localNow();
    return PrintJobStore(m_db).add(QStringLiteral("barber_day_list"), m_clock.now(), slips::barberDayList(list, m_paper));
}

bool BarberService::addDemoBookings()
{
    BarberStore store(m_db);
    const std::optional<QList<BarberScheduleRecord>> schedule = store.schedule();
    if (!schedule)
        return false;
    const QDate today = localNow().date();
    const QDate next = barber_rules::sessionOn(*schedule, today) ? today : barber_rules::nearestSessionDay(*schedule, today, 1);
    const QDate before = barber_rules::nearestSessionDay(*schedule, today, -1);
    if (!next.isValid() || !before.isValid())
        return true; // no schedule, no demo
    const BarberScheduleRecord session = *barber_rules::sessionOn(*schedule, next);
    const QList<int> starts = barber_rules::slotStarts(session);
    struct DemoBooking
    {
        qint64 residentId;
        QDate day;
        int slot;
        const char *state;
    };
    // 王秀英 (88) and 孙福生 (85) have the first slots; 李建国 the fourth,
    // and he did not come last time.
    const QList<DemoBooking> bookings = {
        {3, next, 0, "booked"}, {12, next, 1, "booked"}, {2, next, 3, "booked"}, {2, before, 2, "no_show"}};
    for (const DemoBooking &demo : bookings) {
        if (demo.slot >= starts.size())
            continue;
        BarberBookingRecord booking;
        booking.residentId = demo.residentId;
        booking.day = demo.day;
        booking.startMinute = starts.at(demo.slot);
        booking.week = barber_rules::weekOf(demo.day);
        booking.bookedAt = m_clock.now().addDays(-8);
        booking.state = QString::fromLatin1(demo.state);
        booking.requestKey = QStringLiteral("demo-haircut-%1-%2").arg(demo.residentId).arg(dayText(demo.day));
        if (store.addBooking(booking).value_or(0) == 0)
            return false;
    }
    return true;
}

} // namespace linli
