#include "StationStore.h"

#include "Stores.h"

namespace linli {

std::optional<VisitRecord> StationStore::openVisit(qint64 driverId)
{
    Query q(m_db, QStringLiteral(
        "SELECT id, driver_id, checked_in_at FROM driver_visit WHERE driver_id = ? AND checked_out_at IS NULL"));
    return q.one([](const Query &row) {
        return VisitRecord{row.value(0).toLongLong(), row.value(1).toLongLong(), fromDbTime(row.value(2)), {}};
    }, driverId);
}

std::optional<qint64> StationStore::checkIn(qint64 driverId, const QDateTime &at)
{
    Query q(m_db, QStringLiteral("INSERT INTO driver_visit (driver_id, checked_in_at) VALUES (?, ?) RETURNING id"));
    return q.scalar<qint64>(driverId, toDbTime(at));
}

bool StationStore::checkOut(qint64 visitId, const QDateTime &at, bool autoClosed)
{
    // Never before the check-in: the kiosk that checked the driver in may
    // have a clock a little ahead of this one's.
    Query q(m_db, QStringLiteral(
        "UPDATE driver_visit SET checked_out_at = CASE WHEN checked_in_at > ? THEN checked_in_at ELSE ? END, "
        "auto_closed = ? WHERE id = ? AND checked_out_at IS NULL"));
    return q.exec(toDbTime(at), toDbTime(at), autoClosed ? 1 : 0, visitId) && q.rowsAffected() == 1;
}

QList<std::pair<qint64, QDateTime>> StationStore::openVisitsSince(const QDateTime &since)
{
    Query q(m_db, QStringLiteral(
        "SELECT driver_id, checked_in_at FROM driver_visit WHERE checked_out_at IS NULL AND checked_in_at >= ?"));
    return q.rows([](const Query &row) { return std::pair{row.value(0).toLongLong(), fromDbTime(row.value(1))}; },
                  toDbTime(since));
}

std::optional<bool> StationStore::recordOfflineScan(const QString &key, const QString &kiosk, const QDateTime &madeAt,
                                                    const QDateTime &appliedAt)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO offline_request (key, kiosk, made_at, applied_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO NOTHING"));
    if (!q.exec(key, kiosk, toDbTime(madeAt), toDbTime(appliedAt)))
        return std::nullopt;
    return q.rowsAffected() == 1;
}

std::optional<int> StationStore::presentSince(const QDateTime &since)
{
    Query q(m_db, QStringLiteral(
        "SELECT count(*) FROM driver_visit WHERE checked_out_at IS NULL AND checked_in_at >= ?"));
    return q.scalar<int>(toDbTime(since));
}

} // namespace linli
