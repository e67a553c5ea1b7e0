#include "StationPlacesStore.h"

#include "Stores.h"

namespace linli {

namespace {

const QString kSessionSelect = QStringLiteral(
    "SELECT id, spot, driver_id, started_at, ends_at, request_key FROM charging_session ");

ChargingSessionRecord sessionFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(), fromDbTime(q.value(3)),
            fromDbTime(q.value(4)), q.value(5).toString()};
}

const QString kQueueSelect = QStringLiteral(
    "SELECT id, day, number, driver_id, joined_at, state, coalesce(called_spot, 0), called_at, called_until, "
    "request_key FROM charging_queue ");

QueueRecord queueFrom(const Query &q)
{
    QueueRecord place;
    place.id = q.value(0).toLongLong();
    place.day = dayFromText(q.value(1));
    place.number = q.value(2).toInt();
    place.driverId = q.value(3).toLongLong();
    place.joinedAt = fromDbTime(q.value(4));
    place.state = q.value(5).toString();
    place.calledSpot = q.value(6).toInt();
    place.calledAt = fromDbTime(q.value(7));
    place.calledUntil = fromDbTime(q.value(8));
    place.requestKey = q.value(9).toString();
    return place;
}

const QString kRestSelect = QStringLiteral(
    "SELECT id, place_id, driver_id, started_at, ends_at, request_key FROM rest_booking ");

RestBookingRecord restFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), fromDbTime(q.value(3)),
            fromDbTime(q.value(4)), q.value(5).toString()};
}

// An INSERT ... ON CONFLICT DO NOTHING RETURNING id: the id, or 0 when refused.
template<typename... Args>
std::optional<qint64> insertedId(Query &q, const Args &...args)
{
    if (!q.exec(args...))
        return std::nullopt;
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

bool StationPlacesStore::takeTurn()
{
    Query q(m_db, QStringLiteral("UPDATE station_setting SET changes = changes + 1 WHERE id = 1"));
    return q.exec() && q.rowsAffected() == 1;
}

std::optional<int> StationPlacesStore::callHoldMinutes()
{
    Query q(m_db, QStringLiteral("SELECT call_hold_minutes FROM station_setting WHERE id = 1"));
    return q.scalar<int>();
}

std::optional<QList<ChargingSpotRecord>> StationPlacesStore::spotsInService()
{
    Query q(m_db, QStringLiteral("SELECT number, max_minutes FROM charging_spot WHERE in_service = 1 ORDER BY number"));
    return rowsOrNothing(q, [](const Query &row) { return ChargingSpotRecord{row.value(0).toInt(), row.value(1).toInt(), true}; });
}

std::optional<QList<ChargingSessionRecord>> StationPlacesStore::openSessions()
{
    Query q(m_db, kSessionSelect + QStringLiteral("WHERE ended_at IS NULL ORDER BY spot"));
    return rowsOrNothing(q, sessionFrom);
}

std::optional<ChargingSessionRecord> StationPlacesStore::sessionByRequestKey(const QString &key)
{
    Query q(m_db, kSessionSelect + QStringLiteral("WHERE request_key = ?"));
    return q.one(sessionFrom, key);
}

std::optional<qint64> StationPlacesStore::addSession(const ChargingSessionRecord &session)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO charging_session (spot, driver_id, started_at, ends_at, request_key) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING RETURNING id"));
    return insertedId(q, session.spot, session.driverId, toDbTime(session.startedAt), toDbTime(session.endsAt),
                      session.requestKey);
}

bool StationPlacesStore::endSession(qint64 id, const QDateTime &at, const QString &endedAs, qint64 staffId)
{
    Query q(m_db, QStringLiteral(
        "UPDATE charging_session SET ended_at = ?, ended_as = ?, ended_by = ? WHERE id = ? AND ended_at IS NULL"));
    return q.exec(toDbTime(at), endedAs, idOrNull(staffId), id) && q.rowsAffected() == 1;
}

std::optional<QList<QueueRecord>> StationPlacesStore::openQueue()
{
    Query q(m_db, kQueueSelect + QStringLiteral("WHERE state IN ('waiting', 'called') ORDER BY joined_at, day, number"));
    return rowsOrNothing(q, queueFrom);
}

std::optional<QueueRecord> StationPlacesStore::queueByRequestKey(const QString &key)
{
    Query q(m_db, kQueueSelect + QStringLiteral("WHERE request_key = ?"));
    return q.one(queueFrom, key);
}

std::optional<int> StationPlacesStore::takeQueueNumber(const QDate &day)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO charging_queue_number (day, last_number) VALUES (?, 1) "
        "ON CONFLICT (day) DO UPDATE SET last_number = charging_queue_number.last_number + 1 RETURNING last_number"));
    return q.scalar<int>(dayText(day));
}

std::optional<qint64> StationPlacesStore::addToQueue(const QueueRecord &place)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO charging_queue (day, number, driver_id, joined_at, request_key) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING RETURNING id"));
    return insertedId(q, dayText(place.day), place.number, place.driverId, toDbTime(place.joinedAt), place.requestKey);
}

bool StationPlacesStore::callToSpot(qint64 id, int spot, const QDateTime &at, const QDateTime &until)
{
    Query q(m_db, QStringLiteral(
        "UPDATE charging_queue SET state = 'called', called_spot = ?, called_at = ?, called_until = ? "
        "WHERE id = ? AND state = 'waiting'"));
    return q.exec(spot, toDbTime(at), toDbTime(until), id) && q.rowsAffected() == 1;
}

bool StationPlacesStore::endQueuePlace(qint64 id, const QString &as, const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "UPDATE charging_queue SET state = ?, ended_at = ? WHERE id = ? AND state IN ('waiting', 'called')"));
    return q.exec(as, toDbTime(at), id) && q.rowsAffected() == 1;
}

std::optional<QList<RestPlaceRecord>> StationPlacesStore::restPlacesInService()
{
    Query q(m_db, QStringLiteral(
        "SELECT id, kind, number, max_minutes FROM rest_place WHERE in_service = 1 ORDER BY kind DESC, number"));
    return rowsOrNothing(q, [](const Query &row) {
        return RestPlaceRecord{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toInt(), row.value(3).toInt()};
    });
}

std::optional<QList<RestBookingRecord>> StationPlacesStore::openRestBookings()
{
    Query q(m_db, kRestSelect + QStringLiteral("WHERE ended_at IS NULL ORDER BY place_id"));
    return rowsOrNothing(q, restFrom);
}

std::optional<RestBookingRecord> StationPlacesStore::restByRequestKey(const QString &key)
{
    Query q(m_db, kRestSelect + QStringLiteral("WHERE request_key = ?"));
    return q.one(restFrom, key);
}

std::optional<qint64> StationPlacesStore::addRestBooking(const RestBookingRecord &booking)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO rest_booking (place_id, driver_id, started_at, ends_at, request_key) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING RETURNING id"));
    return insertedId(q, booking.placeId, booking.driverId, toDbTime(booking.startedAt), toDbTime(booking.endsAt),
                      booking.requestKey);
}

bool StationPlacesStore::endRestBooking(qint64 id, const QDateTime &at, const QString &endedAs, qint64 staffId)
{
    Query q(m_db, QStringLiteral(
        "UPDATE rest_booking SET ended_at = ?, ended_as = ?, ended_by = ? WHERE id = ? AND ended_at IS NULL"));
    return q.exec(toDbTime(at), endedAs, idOrNull(staffId), id) && q.rowsAffected() == 1;
}

std::optional<QList<LoveOfferRecord>> StationPlacesStore::loveOffers()
{
    Query q(m_db, QStringLiteral(
        "SELECT code, name_zh, name_en, line_zh, line_en FROM love_station_offer ORDER BY position"));
    return rowsOrNothing(q, [](const Query &row) {
        return LoveOfferRecord{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                               row.value(3).toString(), row.value(4).toString()};
    });
}

} // namespace linli
