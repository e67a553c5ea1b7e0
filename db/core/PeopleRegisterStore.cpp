#include "PeopleRegisterStore.h"

namespace linli {

namespace {

// A changing statement's answer: nullopt when it failed, else whether it changed a row.
std::optional<bool> changedOne(Query &q, bool ran)
{
    if (!ran)
        return std::nullopt;
    return q.rowsAffected() == 1;
}
} // namespace

std::optional<QList<RollEntry>> PeopleRegisterStore::roll()
{
    Query q(m_db, QStringLiteral(
        "SELECT id, name, building, unit, room, COALESCE(left_as, '') FROM resident ORDER BY id"));
    return rowsOrNothing(q, [](const Query &row) {
        return RollEntry{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                         row.value(3).toString(), row.value(4).toString(), row.value(5).toString()};
    });
}

std::optional<QList<StaffEntry>> PeopleRegisterStore::activeStaff()
{
    Query q(m_db, QStringLiteral(
        "SELECT s.id, s.name, s.role, s.pin_pending, "
        "(SELECT count(*) FROM card c WHERE c.staff_id = s.id AND c.revoked_at IS NULL) "
        "FROM staff s WHERE s.active = 1 ORDER BY s.id"));
    return rowsOrNothing(q, [](const Query &row) {
        return StaffEntry{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                          row.value(3).toBool(), row.value(4).toInt()};
    });
}

std::optional<ResidentDetail> PeopleRegisterStore::resident(qint64 id)
{
    Query q(m_db, QStringLiteral(
        "SELECT id, name, COALESCE(gender, ''), birth_date, building, unit, room, COALESCE(phone, ''), "
        "mobility_impaired, lives_alone, delivery_enabled, COALESCE(id_number, ''), COALESCE(left_as, ''), "
        "left_at, erased_at, code_generation FROM resident WHERE id = ?"));
    return q.one([](const Query &row) {
        ResidentDetail r;
        r.id = row.value(0).toLongLong();
        r.name = row.value(1).toString();
        r.gender = row.value(2).toString();
        r.birthDate = dayFromText(row.value(3));
        r.building = row.value(4).toString();
        r.unit = row.value(5).toString();
        r.room = row.value(6).toString();
        r.phone = row.value(7).toString();
        r.mobilityImpaired = row.value(8).toBool();
        r.livesAlone = row.value(9).toBool();
        r.deliveryEnabled = row.value(10).toBool();
        r.idNumber = row.value(11).toString();
        r.leftAs = row.value(12).toString();
        r.leftAt = fromDbTime(row.value(13));
        r.erasedAt = fromDbTime(row.value(14));
        r.codeGeneration = row.value(15).toInt();
        return r;
    }, id);
}

std::optional<QList<CardRecord>> PeopleRegisterStore::cards(CardHolder holder)
{
    Query q(m_db, QStringLiteral(
        "SELECT uid_hash, issued_at, revoked_at, COALESCE(revoked_as, '') FROM card WHERE %1 = ? "
        "ORDER BY issued_at, uid_hash").arg(holderColumn(holder.kind)));
    return rowsOrNothing(q, [](const Query &row) {
        return CardRecord{row.value(0).toByteArray(), fromDbTime(row.value(1)), fromDbTime(row.value(2)),
                          row.value(3).toString()};
    }, holder.id);
}

std::optional<std::optional<CardState>> PeopleRegisterStore::card(const QByteArray &uidHash)
{
    Query q(m_db, QStringLiteral(
        "SELECT resident_id, driver_id, staff_id, revoked_at IS NOT NULL, COALESCE(revoked_as, '') "
        "FROM card WHERE uid_hash = ?"));
    if (!q.exec(uidHash))
        return std::nullopt;
    if (!q.next())
        return std::optional<CardState>();
    CardHolder holder{HolderKind::Staff, q.value(2).toLongLong()};
    if (!q.value(0).isNull())
        holder = CardHolder{HolderKind::Resident, q.value(0).toLongLong()};
    else if (!q.value(1).isNull())
        holder = CardHolder{HolderKind::Driver, q.value(1).toLongLong()};
    return std::optional<CardState>(CardState{holder, q.value(3).toBool(), q.value(4).toString()});
}

std::optional<bool> PeopleRegisterStore::revokeCard(const QByteArray &uidHash, CardHolder holder, const QString &as,
                                                    const QDateTime &at, qint64 byStaff)
{
    Query q(m_db, QStringLiteral(
        "UPDATE card SET revoked_at = ?, revoked_as = ?, revoked_by = ? "
        "WHERE uid_hash = ? AND %1 = ? AND revoked_at IS NULL").arg(holderColumn(holder.kind)));
    return changedOne(q, q.exec(toDbTime(at), as, idOrNull(byStaff), uidHash, holder.id));
}

std::optional<int> PeopleRegisterStore::revokeCards(CardHolder holder, const QString &as, const QDateTime &at,
                                                    qint64 byStaff)
{
    Query q(m_db, QStringLiteral(
        "UPDATE card SET revoked_at = ?, revoked_as = ?, revoked_by = ? WHERE %1 = ? AND revoked_at IS NULL")
                      .arg(holderColumn(holder.kind)));
    if (!q.exec(toDbTime(at), as, idOrNull(byStaff), holder.id))
        return std::nullopt;
    return q.rowsAffected();
}

std::optional<bool> PeopleRegisterStore::setFlags(qint64 residentId, const ResidentFlags &flags)
{
    Query q(m_db, QStringLiteral(
        "UPDATE resident SET mobility_impaired = ?, lives_alone = ?, delivery_enabled = ? WHERE id = ? AND active = 1"));
    return changedOne(q, q.exec(int(flags.mobilityImpaired), int(flags.livesAlone), int(flags.deliveryEnabled),
                                residentId));
}

std::optional<bool> PeopleRegisterStore::markLeft(qint64 residentId, const QString &leftAs, const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "UPDATE resident SET active = 0, left_as = ?, left_at = ? WHERE id = ? AND active = 1"));
    return changedOne(q, q.exec(leftAs, toDbTime(at), residentId));
}

std::optional<bool> PeopleRegisterStore::reactivate(qint64 residentId)
{
    Query q(m_db, QStringLiteral(
        "UPDATE resident SET active = 1, left_as = NULL, left_at = NULL "
        "WHERE id = ? AND left_as = 'moved' AND erased_at IS NULL"));
    return changedOne(q, q.exec(residentId));
}

std::optional<bool> PeopleRegisterStore::eraseContact(qint64 residentId, const QString &maskedName,
                                                      const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "UPDATE resident SET name = ?, phone = NULL, id_number = NULL, room = '', erased_at = ? "
        "WHERE id = ? AND active = 0 AND erased_at IS NULL"));
    return changedOne(q, q.exec(maskedName, toDbTime(at), residentId));
}

std::optional<int> PeopleRegisterStore::nextCodeGeneration(CardHolder person)
{
    Query q(m_db, QStringLiteral(
        "UPDATE %1 SET code_generation = code_generation + 1 WHERE id = ? AND active = 1 RETURNING code_generation")
                      .arg(person.kind == HolderKind::Driver ? QStringLiteral("driver") : QStringLiteral("resident")));
    return q.scalar<int>(person.id);
}

} // namespace linli
