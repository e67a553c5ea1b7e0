#include "Outbox.h"

#include "Stores.h"

namespace linli {

bool Outbox::createTables()
{
    return m_db.execScript(QStringLiteral(":/db/core/outbox.sql"));
}

bool Outbox::remember(const KnownDrivers &known)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    for (const char *table : {"known_driver", "known_card", "open_visit"})
        if (!m_db.execStatement(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return false;
    for (const auto &[id, name] : known.drivers)
        if (!Query(m_db, QStringLiteral("INSERT INTO known_driver (id, masked_name) VALUES (?, ?)")).exec(id, name))
            return false;
    for (const auto &[hash, driverId] : known.cards)
        if (!Query(m_db, QStringLiteral("INSERT INTO known_card (uid_hash, driver_id) VALUES (?, ?)")).exec(hash, driverId))
            return false;
    for (const auto &[driverId, at] : known.openVisits)
        if (!Query(m_db, QStringLiteral("INSERT INTO open_visit (driver_id, checked_in_at) VALUES (?, ?)"))
                 .exec(driverId, toDbTime(at)))
            return false;
    return transaction.commit();
}

std::optional<QString> Outbox::driverName(qint64 driverId)
{
    return Query(m_db, QStringLiteral("SELECT masked_name FROM known_driver WHERE id = ?")).scalar<QString>(driverId);
}

std::optional<qint64> Outbox::driverForCard(const QByteArray &uidHash)
{
    return Query(m_db, QStringLiteral("SELECT driver_id FROM known_card WHERE uid_hash = ?")).scalar<qint64>(uidHash);
}

std::optional<QDateTime> Outbox::openVisit(qint64 driverId)
{
    Query q(m_db, QStringLiteral("SELECT checked_in_at FROM open_visit WHERE driver_id = ?"));
    return q.one([](const Query &row) { return fromDbTime(row.value(0)); }, driverId);
}

std::optional<int> Outbox::presentSince(const QDateTime &since)
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM open_visit WHERE checked_in_at >= ?"))
        .scalar<int>(toDbTime(since));
}

bool Outbox::noteStay(qint64 driverId, const QDateTime &checkedInAt)
{
    if (!checkedInAt.isValid())
        return Query(m_db, QStringLiteral("DELETE FROM open_visit WHERE driver_id = ?")).exec(driverId);
    Query stay(m_db, QStringLiteral("INSERT INTO open_visit (driver_id, checked_in_at) VALUES (?, ?) "
                                    "ON CONFLICT (driver_id) DO UPDATE SET checked_in_at = excluded.checked_in_at"));
    return stay.exec(driverId, toDbTime(checkedInAt));
}

bool Outbox::add(const PendingScan &scan)
{
    Transaction transaction(m_db);
    Query pending(m_db, QStringLiteral("INSERT INTO pending_scan (key, driver_id, action, at) VALUES (?, ?, ?, ?)"));
    return transaction.isActive()
        && pending.exec(scan.key, scan.driverId, scan.checkIn ? QStringLiteral("check_in") : QStringLiteral("check_out"),
                        toDbTime(scan.at))
        && noteStay(scan.driverId, scan.checkIn ? scan.at : QDateTime()) && transaction.commit();
}

QList<PendingScan> Outbox::pending()
{
    Query q(m_db, QStringLiteral("SELECT key, driver_id, action, at FROM pending_scan ORDER BY seq"));
    return q.rows([](const Query &row) {
        return PendingScan{row.value(0).toString(), row.value(1).toLongLong(),
                           row.value(2).toString() == QLatin1String("check_in"), fromDbTime(row.value(3))};
    });
}

bool Outbox::sent(const QString &key)
{
    return Query(m_db, QStringLiteral("DELETE FROM pending_scan WHERE key = ?")).exec(key);
}

} // namespace linli
