#include "RollStore.h"


namespace linli {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

std::optional<QList<qint64>> RollStore::residentsWithIdNumber(const QString &idNumber)
{
    Query q(m_db, QStringLiteral("SELECT id FROM resident WHERE id_number = ?"));
    return rowsOrNothing(q, [](const Query &row) { return row.value(0).toLongLong(); }, idNumber);
}

std::optional<QList<RollMatch>> RollStore::residentsNamed(const QString &name, const QDate &birthDate)
{
    Query q(m_db, QStringLiteral(
        "SELECT id, COALESCE(id_number, '') FROM resident WHERE name = ? AND birth_date = ? ORDER BY id"));
    return rowsOrNothing(q, [](const Query &row) {
        return RollMatch{row.value(0).toLongLong(), row.value(1).toString()};
    }, name, dayText(birthDate));
}

std::optional<qint64> RollStore::addResident(const ResidentDetail &r)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO resident (name, gender, birth_date, building, unit, room, phone, mobility_impaired, lives_alone, "
        "id_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    return q.scalar<qint64>(r.name, r.gender, dayText(r.birthDate), r.building, r.unit, r.room, textOrNull(r.phone),
                            int(r.mobilityImpaired), int(r.livesAlone), textOrNull(r.idNumber));
}

bool RollStore::updateResident(const ResidentDetail &r)
{
    Query q(m_db, QStringLiteral(
        "UPDATE resident SET name = ?, gender = ?, birth_date = ?, building = ?, unit = ?, room = ?, phone = ?, "
        "mobility_impaired = ?, lives_alone = ?, id_number = ? WHERE id = ?"));
    return q.exec(r.name, r.gender, dayText(r.birthDate), r.building, r.unit, r.room, textOrNull(r.phone),
                  int(r.mobilityImpaired), int(r.livesAlone), textOrNull(r.idNumber), r.id)
        && q.rowsAffected() == 1;
}

std::optional<QList<RollStaff>> RollStore::staffNamed(const QString &name)
{
    Query q(m_db, QStringLiteral("SELECT id, role, active FROM staff WHERE name = ? ORDER BY id"));
    return rowsOrNothing(q, [](const Query &row) {
        return RollStaff{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toInt() == 1};
    }, name);
}

std::optional<qint64> RollStore::addStaff(const StaffRecord &staff)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO staff (name, role, pin_salt, pin_hash, pin_iterations, pin_pending) VALUES (?, ?, ?, ?, ?, 1) "
        "RETURNING id"));
    return q.scalar<qint64>(staff.name, staff.role, staff.pinSalt, staff.pinHash, staff.pinIterations);
}

bool RollStore::setStaffRole(qint64 id, const QString &role)
{
    Query q(m_db, QStringLiteral("UPDATE staff SET role = ? WHERE id = ?"));
    return q.exec(role, id) && q.rowsAffected() == 1;
}

std::optional<QList<QVariantMap>> RollStore::rowsReferring(const ForeignKey &reference, qint64 id)
{
    return rowsWhere(reference.table, reference.column, id);
}

std::optional<QList<QVariantMap>> RollStore::personRow(const QString &table, qint64 id)
{
    return rowsWhere(table, QStringLiteral("id"), id);
}

std::optional<QList<QVariantMap>> RollStore::rowsWhere(const QString &table, const QString &column, qint64 id)
{
    // Names from the schema, quoted as identifiers; the value is bound.
    Query q(m_db, QStringLiteral("SELECT * FROM \"%1\" WHERE \"%2\" = ? ORDER BY 1").arg(table, column));
    if (!q.exec(id))
        return std::nullopt;
    const QStringList columns = q.columnNames();
    QList<QVariantMap> rows;
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns[i], q.value(i));
        rows.append(row);
    }
    return rows;
}

} // namespace linli
