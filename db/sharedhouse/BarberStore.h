#pragma once

// The barber corner's SQL: its weekly schedule, who books how far ahead,
// days off and bookings. The rules themselves (slots, the 80+ window, one a
// week) live in native/sharedhouse/Barber.

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace linli {

// A day of the week the barber comes; times are minutes after midnight.
struct BarberScheduleRecord
{
    int weekday = 0; // 1 Monday ... 7 Sunday, as QDate::dayOfWeek()
    int opensMinute = 0;
    int closesMinute = 0;
    int slotMinutes = 0;
    QString barber;
};

// Residents of at least minAge on the day book it daysAhead days before.
struct BarberWindowRecord
{
    int minAge = 0;
    int daysAhead = 0;
};

struct BarberBookingRecord
{
    qint64 id = 0;
    qint64 residentId = 0;
    QDate day;
    int startMinute = 0;
    QDate week; // the Monday of the day's week
    QDateTime bookedAt;
    QString state = QStringLiteral("booked"); // booked, cancelled, done, no_show
    qint64 assistedBy = 0;
    QString requestKey;
};

// A booking on a staff member's day list, with whom to expect.
struct BarberListRecord
{
    qint64 bookingId = 0;
    int startMinute = 0;
    QString state;
    qint64 residentId = 0;
    QString residentName; // in full: for staff (mask it for paper)
    QString phone;
    int earlierNoShows = 0; // before this day
};

class BarberStore
{
public:
    explicit BarberStore(Database &db) : m_db(db) {}

    // nullopt when the database could not say.
    std::optional<QList<BarberScheduleRecord>> schedule();
    std::optional<QList<BarberWindowRecord>> windows();
    std::optional<QList<QDate>> daysOff(const QDate &from, const QDate &to);

    // Bookings not cancelled on these days (for free slots), by day and time.
    std::optional<QList<BarberBookingRecord>> activeBookings(const QDate &from, const QDate &to);
    // A resident's bookings not cancelled from `from` on, by day.
    std::optional<QList<BarberBookingRecord>> bookingsOf(qint64 residentId, const QDate &from);
    std::optional<BarberBookingRecord> booking(qint64 id);
    std::optional<BarberBookingRecord> bookingByRequestKey(const QString &key);
    // The new booking's id; 0 when the database's one-per-slot or
    // one-per-week rule refused it (another kiosk was a moment quicker).
    std::optional<qint64> addBooking(const BarberBookingRecord &booking);
    // booked -> cancelled, done or no_show; done and no_show may be swapped by staff.
    bool setState(qint64 bookingId, const QString &from, const QString &to, const QDateTime &at, qint64 staffId);
    // Who has which slot on a day, with their earlier no-shows.
    QList<BarberListRecord> dayList(const QDate &day);
    bool setDayOff(const QDate &day, bool off, qint64 staffId, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace linli
