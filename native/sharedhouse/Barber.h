#pragma once

#include "BarberStore.h"
#include "Clock.h"
#include "EscPosEncoder.h"
#include "Identity.h"

#include <QObject>

namespace linli {

class Database;

namespace Barber {
Q_NAMESPACE

enum Problem {
    NoProblem,
    NotAResident,    // only residents book (a driver's card or code)
    TooYoung,        // the haircuts are for older residents (60 and over)
    NoSuchSlot,      // not a day or a time the barber comes
    DayOff,          // the barber does not come that day
    SlotPassed,      // that time is gone
    NotOpenYet,      // bookings for that day open later for this person (80+ first)
    AlreadyThisWeek, // one booking per person and week
    SlotTaken,       // someone has it (perhaps booked a moment ago at another kiosk)
    NotBooked,       // cancelling or marking something that is not (or no longer) booked
    HasBookings,     // staff: a day with bookings cannot become a day off
    StorageError
};
Q_ENUM_NS(Problem)

// What staff record once the time has come.
enum Mark { Done, NoShow };
Q_ENUM_NS(Mark)
} // namespace Barber

// The rules, as plain functions of the schedule's data (tested as tables).
namespace barber_rules {
// Minutes after midnight of a local time.
int minuteOfDay(const QDateTime &localTime);
// Every slotMinutes from opening, as long as the whole slot ends by closing.
QList<int> slotStarts(const BarberScheduleRecord &session);
// The weekday's session, if the barber comes on that weekday (days off aside).
std::optional<BarberScheduleRecord> sessionOn(const QList<BarberScheduleRecord> &schedule, const QDate &day);
// The session days from `from` to `to`, both included.
QList<QDate> sessionDays(const QList<BarberScheduleRecord> &schedule, const QDate &from, const QDate &to);
// The first session day after `from` (direction 1) or before it (-1); invalid when there is none within a year.
QDate nearestSessionDay(const QList<BarberScheduleRecord> &schedule, const QDate &from, int direction);
// How many days ahead someone of `age` books: the widest window their age
// reaches; -1 when they are too young for any.
int daysAhead(const QList<BarberWindowRecord> &windows, int age);
// The furthest any window reaches (how far ahead the screen looks).
int longestWindow(const QList<BarberWindowRecord> &windows);
// The day a person born on `birthDate` may first book `day` (invalid when too young).
QDate opensOn(const QList<BarberWindowRecord> &windows, const QDate &birthDate, const QDate &day);
// The Monday of the day's week: the week of "one booking per week".
QDate weekOf(const QDate &day);

// What there is to know to book one slot, at `now` (local time).
struct BookingCase
{
    QList<BarberScheduleRecord> schedule;
    QList<QDate> daysOff;
    QList<BarberWindowRecord> windows;
    QDate birthDate;
    QList<BarberBookingRecord> held; // the person's bookings not cancelled
    QDateTime now;
};
// Whether the person may book on `day` at all (age on that day, the barber
// there, the day not gone, open for their age, their week still free).
Barber::Problem mayBookDay(const BookingCase &with, const QDate &day);
// ... and this slot of it (a time of the schedule, not yet begun).
Barber::Problem mayBook(const BookingCase &with, const QDate &day, int startMinute);
} // namespace barber_rules

// A slot of a day as a resident's screen shows it.
struct BarberSlot
{
    int startMinute = 0;
    bool free = true;
};

// A session day within reach, and whether this person may book it.
struct BarberDay
{
    QDate day;
    QString barber;
    int opensMinute = 0;
    int closesMinute = 0;
    Barber::Problem problem = Barber::NoProblem; // DayOff, NotOpenYet, AlreadyThisWeek... or bookable
    QDate opensOn;                               // when NotOpenYet: from which day this person may book it
    QList<BarberSlot> times;                     // the ones still to come
};

// A booking with the barber of its day.
struct BarberAppointment
{
    BarberBookingRecord booking;
    QString barber;
};

// What the booking screen shows a resident: the days within reach, and
// what they have booked already.
struct BarberOverview
{
    Barber::Problem problem = Barber::StorageError; // NotAResident, TooYoung, or NoProblem
    QList<BarberDay> days;
    QList<BarberAppointment> bookings; // upcoming, by day
};

struct BarberBookingDraft
{
    IdentifiedPerson resident;
    QDate day;
    int startMinute = 0;
    QString requestKey;         // one per "book" button press, the same on a second tap
    IdentifiedPerson assistant; // 代办: the staff member with the resident (else Nobody)
};

struct BarberBookResult
{
    Barber::Problem problem = Barber::StorageError;
    BarberBookingRecord booking;
    QString barber;
    qint64 slipJob = 0;
    bool repeated = false; // a second tap: the booking the first tap made
};

// 共享理发屋: free haircuts booked by the slot. A booking and its slip are
// one transaction; the database keeps one person per slot and one booking
// per person and week, whichever kiosk asks.
class BarberService
{
public:
    BarberService(Database &db, const Clock &clock, PaperWidth paper);

    // The weekly schedule and who books how far ahead, for the screen's first words.
    struct Timetable
    {
        QList<BarberScheduleRecord> schedule;
        QList<BarberWindowRecord> windows; // the oldest first
    };
    Timetable timetable();
    BarberOverview overview(const IdentifiedPerson &person);
    BarberBookResult book(const BarberBookingDraft &draft);
    // A resident cancels one of their bookings before its time.
    Barber::Problem cancel(const IdentifiedPerson &person, qint64 bookingId);

    // Staff mode: a session day's list (the nearest session day from `from`
    // in `direction`; 0: `from` itself, or the next one when the barber does
    // not come that day).
    struct DeskDay
    {
        bool valid = false;
        QDate day;
        std::optional<BarberScheduleRecord> session;
        bool dayOff = false;
        QList<BarberListRecord> bookings;
        int slotCount = 0;
        bool canMark = false; // the day has come
    };
    DeskDay deskDay(const QDate &from, int direction);
    Barber::Problem mark(qint64 bookingId, Barber::Mark mark, qint64 staffId);
    Barber::Problem setDayOff(const QDate &day, bool off, qint64 staffId);
    // The day's list on paper, for the barber; its print job.
    std::optional<qint64> queueDayList(const QDate &day);

    // Demo bookings relative to today (within the caller's transaction): two
    // on the next session day, and an earlier no-show.
    bool addDemoBookings();

private:
    std::optional<barber_rules::BookingCase> bookingCase(const IdentifiedPerson &person, const QDate &from, const QDate &to);
    BarberBookResult bookOnce(const BarberBookingDraft &draft);
    QDateTime localNow() const { return m_clock.now().toLocalTime(); }

    Database &m_db;
    const Clock &m_clock;
    PaperWidth m_paper;
};

} // namespace linli
