#include "RidesStore.h"

#include "Stores.h"

namespace linli {

namespace {

// A request with its resident, destination, driver and resolving staff member.
const QString kListSelect = QStringLiteral(
    "SELECT q.id, q.day, q.number, q.resident_id, q.destination_id, q.when_code, q.window_starts_at, "
    "q.window_ends_at, q.companion, q.requested_at, q.kiosk, coalesce(q.assisted_by, 0), q.state, "
    "coalesce(q.taken_by, 0), q.taken_at, q.alert_due_at, q.alert_raised_at, q.alert_resolved_at, "
    "coalesce(q.alert_resolved_by, 0), coalesce(q.alert_note, ''), q.request_key, "
    "r.name, r.building, r.unit, r.room, coalesce(r.phone, ''), d.name_zh, d.name_en, d.ask_by_phone, "
    "coalesce(v.name, ''), coalesce(v.phone, ''), coalesce(s.name, '') "
    "FROM ride_request q JOIN resident r ON r.id = q.resident_id "
    "JOIN ride_destination d ON d.id = q.destination_id "
    "LEFT JOIN driver v ON v.id = q.taken_by LEFT JOIN staff s ON s.id = q.alert_resolved_by ");

// A time that may be NULL: invalid then.
QDateTime timeOrNone(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty() ? QDateTime() : fromDbTime(value);
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(toDbTime(time)) : QVariant(QMetaType::fromType<QString>());
}

RideListRecord listFrom(const Query &q)
{
    RideListRecord row;
    RideRequestRecord &r = row.request;
    r.id = q.value(0).toLongLong();
    r.day = dayFromText(q.value(1));
    r.number = q.value(2).toInt();
    r.residentId = q.value(3).toLongLong();
    r.destinationId = q.value(4).toLongLong();
    r.whenCode = q.value(5).toString();
    r.windowStartsAt = timeOrNone(q.value(6));
    r.windowEndsAt = timeOrNone(q.value(7));
    r.companion = q.value(8).toBool();
    r.requestedAt = timeOrNone(q.value(9));
    r.kiosk = q.value(10).toString();
    r.assistedBy = q.value(11).toLongLong();
    r.state = q.value(12).toString();
    r.takenBy = q.value(13).toLongLong();
    r.takenAt = timeOrNone(q.value(14));
    r.alertDueAt = timeOrNone(q.value(15));
    r.alertRaisedAt = timeOrNone(q.value(16));
    r.alertResolvedAt = timeOrNone(q.value(17));
    r.alertResolvedBy = q.value(18).toLongLong();
    r.alertNote = q.value(19).toString();
    r.requestKey = q.value(20).toString();
    row.residentName = q.value(21).toString();
    row.building = q.value(22).toString();
    row.unit = q.value(23).toString();
    row.room = q.value(24).toString();
    row.phone = q.value(25).toString();
    row.destinationZh = q.value(26).toString();
    row.destinationEn = q.value(27).toString();
    row.askByPhone = q.value(28).toBool();
    row.driverName = q.value(29).toString();
    row.driverPhone = q.value(30).toString();
    row.resolvedBy = q.value(31).toString();
    return row;
}

// A NULL column read back as -1 (ride_time's open ends).
int minuteOrNone(const QVariant &value)
{
    return value.isNull() ? -1 : value.toInt();
}

} // namespace

std::optional<QList<RideDestinationRecord>> RidesStore::destinations()
{
    Query q(m_db, QStringLiteral(
        "SELECT id, name_zh, name_en, ask_by_phone FROM ride_destination WHERE active = 1 ORDER BY position, id"));
    if (!q.exec())
        return std::nullopt;
    QList<RideDestinationRecord> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    return list;
}

std::optional<QList<RideTimeRecord>> RidesStore::times()
{
    Query q(m_db, QStringLiteral(
        "SELECT code, day_offset, starts_minute, lead_minutes, ends_minute, take_within_minutes, alert_before_minutes "
        "FROM ride_time ORDER BY position"));
    if (!q.exec())
        return std::nullopt;
    QList<RideTimeRecord> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toInt(), minuteOrNone(q.value(2)), q.value(3).toInt(),
                     minuteOrNone(q.value(4)), q.value(5).toInt(), q.value(6).toInt()});
    return list;
}

std::optional<RideDriverRecord> RidesStore::driver(qint64 id)
{
    Query q(m_db, QStringLiteral(
        "SELECT id, name, phone, plate, gold_service, gold_service_leader, "
        "EXISTS (SELECT 1 FROM driver_visit v WHERE v.driver_id = driver.id AND v.checked_out_at IS NULL) "
        "FROM driver WHERE id = ? AND active = 1"));
    return q.one([](const Query &row) {
        return RideDriverRecord{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                                row.value(3).toString(), row.value(4).toBool(), row.value(5).toBool(),
                                row.value(6).toBool()};
    }, id);
}

std::optional<QString> RidesStore::teamLeader()
{
    Query q(m_db, QStringLiteral("SELECT coalesce(max(name), '') FROM driver WHERE gold_service_leader = 1 AND active = 1"));
    return q.scalar<QString>();
}

std::optional<int> RidesStore::nextNumber(const QDate &day)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO ride_number (day, last_number) VALUES (?, 1) "
        "ON CONFLICT (day) DO UPDATE SET last_number = ride_number.last_number + 1 RETURNING last_number"));
    return q.scalar<int>(dayText(day));
}

std::optional<qint64> RidesStore::addRequest(const RideRequestRecord &r)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO ride_request (day, number, resident_id, destination_id, when_code, window_starts_at, "
        "window_ends_at, companion, requested_at, kiosk, assisted_by, alert_due_at, request_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        // her request under way from another kiosk: nothing is added, and the caller says so
        "ON CONFLICT DO NOTHING RETURNING id"));
    if (!q.exec(dayText(r.day), r.number, r.residentId, r.destinationId, r.whenCode, toDbTime(r.windowStartsAt),
                timeOrNull(r.windowEndsAt), int(r.companion), toDbTime(r.requestedAt), r.kiosk, idOrNull(r.assistedBy),
                toDbTime(r.alertDueAt), r.requestKey))
        return std::nullopt;
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<QList<RideListRecord>> RidesStore::list(const QString &where, const QVariantList &values)
{
    Query q(m_db, kListSelect + where);
    if (!q.execWith(values))
        return std::nullopt;
    QList<RideListRecord> rows;
    while (q.next())
        rows.append(listFrom(q));
    return rows;
}

std::optional<RideListRecord> RidesStore::request(qint64 id)
{
    const auto rows = list(QStringLiteral("WHERE q.id = ?"), {id});
    return rows && !rows->isEmpty() ? std::optional(rows->first()) : std::nullopt;
}

std::optional<RideListRecord> RidesStore::requestByKey(const QString &key)
{
    const auto rows = list(QStringLiteral("WHERE q.request_key = ?"), {key});
    return rows && !rows->isEmpty() ? std::optional(rows->first()) : std::nullopt;
}

std::optional<std::optional<RideListRecord>> RidesStore::underWayOf(qint64 residentId)
{
    const auto rows = list(QStringLiteral("WHERE q.resident_id = ? AND q.state IN ('open', 'given_back', 'taken')"),
                           {residentId});
    if (!rows)
        return std::nullopt;
    return rows->isEmpty() ? std::optional<RideListRecord>() : std::optional(rows->first());
}

bool RidesStore::take(qint64 id, qint64 driverId, const QDateTime &at)
{
    // One statement: of two drivers tapping at once, one finds it waiting.
    Query q(m_db, QStringLiteral(
        "UPDATE ride_request SET state = 'taken', taken_by = ?, taken_at = ? "
        "WHERE id = ? AND state IN ('open', 'given_back')"));
    return q.exec(driverId, toDbTime(at), id) && q.rowsAffected() == 1;
}

bool RidesStore::giveBack(qint64 id, qint64 driverId, const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "UPDATE ride_request SET state = 'given_back', taken_by = NULL, taken_at = NULL, given_back_by = ?, "
        "given_back_at = ? WHERE id = ? AND state = 'taken' AND taken_by = ?"));
    return q.exec(driverId, toDbTime(at), id, driverId) && q.rowsAffected() == 1;
}

bool RidesStore::markDone(qint64 id, qint64 driverId, const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "UPDATE ride_request SET state = 'done', done_at = ? WHERE id = ? AND state = 'taken' AND taken_by = ?"));
    return q.exec(toDbTime(at), id, driverId) && q.rowsAffected() == 1;
}

bool RidesStore::cancel(qint64 id, qint64 residentId, const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "UPDATE ride_request SET state = 'cancelled', cancelled_at = ? "
        "WHERE id = ? AND resident_id = ? AND state IN ('open', 'given_back', 'taken')"));
    return q.exec(toDbTime(at), id, residentId) && q.rowsAffected() == 1;
}

std::optional<int> RidesStore::raiseDueAlerts(const QDateTime &now)
{
    // Every kiosk runs this; the condition makes a second run raise nothing.
    Query q(m_db, QStringLiteral(
        "UPDATE ride_request SET alert_raised_at = ? "
        "WHERE state IN ('open', 'given_back') AND alert_raised_at IS NULL AND alert_due_at <= ?"));
    if (!q.exec(toDbTime(now), toDbTime(now)))
        return std::nullopt;
    return q.rowsAffected();
}

bool RidesStore::resolveAlert(qint64 id, qint64 staffId, const QDateTime &at, const QString &note)
{
    Query q(m_db, QStringLiteral(
        "UPDATE ride_request SET alert_resolved_at = ?, alert_resolved_by = ?, alert_note = ? "
        "WHERE id = ? AND alert_raised_at IS NOT NULL AND alert_resolved_at IS NULL"));
    return q.exec(toDbTime(at), staffId, note, id) && q.rowsAffected() == 1;
}

std::optional<QList<RideListRecord>> RidesStore::waiting()
{
    return list(QStringLiteral("WHERE q.state IN ('open', 'given_back') ORDER BY q.requested_at, q.id"), {});
}

std::optional<QList<RideListRecord>> RidesStore::takenBy(qint64 driverId)
{
    return list(QStringLiteral("WHERE q.state = 'taken' AND q.taken_by = ? ORDER BY q.window_starts_at, q.id"),
                {driverId});
}

std::optional<QList<RideListRecord>> RidesStore::openAlerts()
{
    return list(QStringLiteral("WHERE q.alert_raised_at IS NOT NULL AND q.alert_resolved_at IS NULL "
                               "ORDER BY q.alert_raised_at, q.id"), {});
}

std::optional<QList<RideListRecord>> RidesStore::recent(const QDateTime &since)
{
    return list(QStringLiteral("WHERE q.requested_at >= ? OR q.state IN ('open', 'given_back', 'taken') "
                               "ORDER BY q.requested_at DESC, q.id DESC"), {toDbTime(since)});
}

} // namespace linli
