#include "HelpCallStore.h"

#include "Stores.h"

namespace linli {

namespace {
HelpCallRecord callFrom(const Query &row)
{
    return HelpCallRecord{row.value(0).toLongLong(), row.value(1).toString(), fromDbTime(row.value(2))};
}
} // namespace

std::optional<HelpCallRecord> HelpCallStore::call(const QString &kiosk, const QDateTime &at)
{
    Query insert(m_db, QStringLiteral(
        "INSERT INTO help_call (kiosk, called_at) VALUES (?, ?) "
        "ON CONFLICT (kiosk) WHERE taken_at IS NULL DO NOTHING"));
    if (!insert.exec(kiosk, toDbTime(at)))
        return std::nullopt;
    Query waiting(m_db, QStringLiteral(
        "SELECT id, kiosk, called_at FROM help_call WHERE kiosk = ? AND taken_at IS NULL"));
    return waiting.one(callFrom, kiosk);
}

QList<HelpCallRecord> HelpCallStore::open()
{
    Query q(m_db, QStringLiteral(
        "SELECT id, kiosk, called_at FROM help_call WHERE taken_at IS NULL ORDER BY called_at, id"));
    return q.rows(callFrom);
}

std::optional<bool> HelpCallStore::take(qint64 id, qint64 staffId, const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "UPDATE help_call SET taken_at = ?, taken_by = ? WHERE id = ? AND taken_at IS NULL"));
    if (!q.exec(toDbTime(at), staffId, id))
        return std::nullopt;
    return q.rowsAffected() == 1;
}

} // namespace linli
