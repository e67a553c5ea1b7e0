#include "DriverStore.h"

#include "Stores.h"

namespace linli {

namespace {
// id, name, phone, plate, platform, union_member, active; then the open stay's start
const QString kColumns = QStringLiteral("d.id, d.name, d.phone, d.plate, d.platform, d.union_member, d.active");

DriverListEntry entryFromRow(const Query &row)
{
    DriverListEntry d;
    d.id = row.value(0).toLongLong();
    d.name = row.value(1).toString();
    d.phone = row.value(2).toString();
    d.plate = row.value(3).toString();
    d.platform = row.value(4).toString();
    d.unionMember = row.value(5).toBool();
    d.active = row.value(6).toBool();
    d.presentSince = fromDbTime(row.value(7));
    return d;
}
} // namespace

QList<DriverListEntry> DriverStore::drivers(const QDateTime &today)
{
    Query q(m_db, QStringLiteral(
        "SELECT %1, v.checked_in_at FROM driver d "
        "LEFT JOIN driver_visit v ON v.driver_id = d.id AND v.checked_out_at IS NULL AND v.checked_in_at >= ? "
        "ORDER BY d.active DESC, v.checked_in_at IS NULL, v.checked_in_at, d.id").arg(kColumns));
    return q.rows(entryFromRow, toDbTime(today));
}

QStringList DriverStore::platforms()
{
    Query q(m_db, QStringLiteral("SELECT name FROM driver_platform ORDER BY position, name"));
    return q.rows([](const Query &row) { return row.value(0).toString(); });
}

QStringList DriverStore::surnames()
{
    Query q(m_db, QStringLiteral("SELECT surname FROM common_surname ORDER BY position, surname"));
    return q.rows([](const Query &row) { return row.value(0).toString(); });
}

std::optional<DriverListEntry> DriverStore::driverWithPlate(const QString &plate)
{
    Query q(m_db, QStringLiteral("SELECT %1, NULL FROM driver d WHERE d.plate = ? AND d.active = 1").arg(kColumns));
    return q.one(entryFromRow, plate);
}

std::optional<qint64> DriverStore::add(const NewDriverRecord &d)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO driver (name, phone, plate, platform, union_member, registered_by, registered_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (plate) WHERE active = 1 DO NOTHING RETURNING id"));
    if (!q.exec(d.name, d.phone, d.plate, d.platform, d.unionMember ? 1 : 0, d.registeredBy, toDbTime(d.registeredAt)))
        return std::nullopt;
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool DriverStore::setUnionMember(qint64 driverId, bool member)
{
    Query q(m_db, QStringLiteral("UPDATE driver SET union_member = ? WHERE id = ?"));
    return q.exec(member ? 1 : 0, driverId) && q.rowsAffected() == 1;
}

std::optional<bool> DriverStore::setActive(qint64 driverId, bool active)
{
    Query q(m_db, QStringLiteral(
        "UPDATE driver SET active = ? WHERE id = ? "
        "AND (? = 0 OR NOT EXISTS (SELECT 1 FROM driver o WHERE o.plate = driver.plate AND o.active = 1))"));
    if (!q.exec(active ? 1 : 0, driverId, active ? 1 : 0))
        return std::nullopt;
    return q.rowsAffected() == 1;
}

} // namespace linli
