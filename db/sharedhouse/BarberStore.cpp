#include "BarberStore.h"

#include "Stores.h"

namespace linli {

namespace {

const QString kBookingSelect = QStringLiteral(
    "SELECT id, resident_id, day, start_minute, week, booked_at, state, coalesce(assisted_by, 0), request_key "
    "FROM barber_booking ");

BarberBookingRecord bookingFrom(const Query &q)
{
    BarberBookingRecord booking;
    booking.id = q.value(0).toLongLong();
    booking.residentId = q.value(1).toLongLong();
    booking.day = dayFromText(q.value(2));
    booking.startMinute = q.value(3).toInt();
    booking.week = dayFromText(q.value(4));
    booking.bookedAt = fromDbTime(q.value(5));
    booking.state = q.value(6).toString();
    booking.assistedBy = q.value(7).toLongLong();
    booking.requestKey = q.value(8).toString();
    return booking;
}

} // namespace

std::optional<QList<BarberScheduleRecord>> BarberStore::schedule()
{
    Query q(m_db, QStringLiteral(
        "SELECT weekday, opens_minute, closes_minute, slot_minutes, barber FROM barber_schedule ORDER BY weekday"));
    return rowsOrNothing(q, [](const Query &row) {
        return BarberScheduleRecord{row.value(0).toInt(), row.value(1).toInt(), row.value(2).toInt(),
                                    row.value(3).toInt(), row.value(4).toString()};
    });
}

std::optional<QList<BarberWindowRecord>> BarberStore::windows()
{
    Query q(m_db, QStringLiteral("SELECT min_age, days_ahead FROM barber_booking_window ORDER BY min_age DESC"));
    return rowsOrNothing(q, [](const Query &row) { return BarberWindowRecord{row.value(0).toInt(), row.value(1).toInt()}; });
}

std::optional<QList<QDate>> BarberStore::daysOff(const QDate &from, const QDate &to)
{
    Query q(m_db, QStringLiteral("SELECT day FROM barber_day_off WHERE day >= ? AND day <= ? ORDER BY day"));
    return rowsOrNothing(q, [](const Query &row) { return dayFromText(row.value(0)); }, dayText(from), dayText(to));
}

std::optional<QList<BarberBookingRecord>> BarberStore::activeBookings(const QDate &from, const QDate &to)
{
    Query q(m_db, kBookingSelect + QStringLiteral(
        "WHERE day >= ? AND day <= ? AND state <> 'cancelled' ORDER BY day, start_minute"));
    return rowsOrNothing(q, bookingFrom, dayText(from), dayText(to));
}

std::optional<QList<BarberBookingRecord>> BarberStore::bookingsOf(qint64 residentId, const QDate &from)
{
    Query q(m_db, kBookingSelect + QStringLiteral(
        "WHERE resident_id = ? AND day >= ? AND state <> 'cancelled' ORDER BY day, start_minute"));
    return rowsOrNothing(q, bookingFrom, residentId, dayText(from));
}

std::optional<BarberBookingRecord> BarberStore::booking(qint64 id)
{
    Query q(m_db, kBookingSelect + QStringLiteral("WHERE id = ?"));
    return q.one(bookingFrom, id);
}

std::optional<BarberBookingRecord> BarberStore::bookingByRequestKey(const QString &key)
{
    Query q(m_db, kBookingSelect + QStringLiteral("WHERE request_key = ?"));
    return q.one(bookingFrom, key);
}

std::optional<qint64> BarberStore::addBooking(const BarberBookingRecord &booking)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO barber_booking (resident_id, day, start_minute, week, booked_at, state, assisted_by, request_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        // the slot or the week taken a moment ago: nothing is added, and the caller says which
        "ON CONFLICT DO NOTHING RETURNING id"));
    if (!q.exec(booking.residentId, dayText(booking.day), booking.startMinute, dayText(booking.week),
                toDbTime(booking.bookedAt), booking.state, idOrNull(booking.assistedBy), booking.requestKey))
        return std::nullopt;
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool BarberStore::setState(qint64 bookingId, const QString &from, const QString &to, const QDateTime &at, qint64 staffId)
{
    Query q(m_db, QStringLiteral(
        "UPDATE barber_booking SET state = ?, changed_at = ?, marked_by = ? WHERE id = ? AND state = ?"));
    return q.exec(to, toDbTime(at), idOrNull(staffId), bookingId, from) && q.rowsAffected() == 1;
}

QList<BarberListRecord> BarberStore::dayList(const QDate &day)
{
    Query q(m_db, QStringLiteral(
        "SELECT b.id, b.start_minute, b.state, r.id, r.name, coalesce(r.phone, ''), "
        "(SELECT count(*) FROM barber_booking e WHERE e.resident_id = b.resident_id AND e.state = 'no_show' "
        "AND e.day < b.day) "
        "FROM barber_booking b JOIN resident r ON r.id = b.resident_id "
        "WHERE b.day = ? AND b.state <> 'cancelled' ORDER BY b.start_minute"));
    return q.rows([](const Query &row) {
        return BarberListRecord{row.value(0).toLongLong(), row.value(1).toInt(), row.value(2).toString(),
                                row.value(3).toLongLong(), row.value(4).toString(), row.value(5).toString(),
                                row.value(6).toInt()};
    }, dayText(day));
}

bool BarberStore::setDayOff(const QDate &day, bool off, qint64 staffId, const QDateTime &at)
{
    if (!off) {
        Query q(m_db, QStringLiteral("DELETE FROM barber_day_off WHERE day = ?"));
        return q.exec(dayText(day));
    }
    Query q(m_db, QStringLiteral(
        "INSERT INTO barber_day_off (day, set_by, set_at) VALUES (?, ?, ?) ON CONFLICT (day) DO NOTHING"));
    return q.exec(dayText(day), idOrNull(staffId), toDbTime(at));
}

} // namespace linli
