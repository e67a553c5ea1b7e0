#include "SharedHouseStore.h"

#include "Stores.h"

namespace linli {

namespace {

// The item columns itemFrom() reads, with the open loan and the owner's name.
const QString kItemSelect = QStringLiteral(
    "SELECT i.id, i.category, i.name, coalesce(i.owner_resident_id, 0), coalesce(r.name, ''), i.condition, i.place, "
    "i.notes, coalesce(i.isbn, ''), i.retired_at IS NOT NULL, coalesce(l.id, 0), coalesce(l.resident_id, 0), "
    "l.due_on "
    "FROM item i LEFT JOIN resident r ON r.id = i.owner_resident_id "
    "LEFT JOIN loan l ON l.item_id = i.id AND l.returned_at IS NULL ");

ItemRecord itemFrom(const Query &q)
{
    ItemRecord item;
    item.id = q.value(0).toLongLong();
    item.category = q.value(1).toString();
    item.name = q.value(2).toString();
    item.ownerResidentId = q.value(3).toLongLong();
    item.ownerName = q.value(4).toString();
    item.condition = q.value(5).toString();
    item.place = q.value(6).toString();
    item.notes = q.value(7).toString();
    item.isbn = q.value(8).toString();
    item.retired = q.value(9).toBool();
    item.loanId = q.value(10).toLongLong();
    item.borrowerId = q.value(11).toLongLong();
    item.dueOn = dayFromText(q.value(12));
    return item;
}

const QString kLoanSelect = QStringLiteral(
    "SELECT l.id, l.item_id, l.resident_id, l.borrowed_at, l.due_on, l.returned_at, coalesce(l.returned_as, ''), "
    "l.points, coalesce(l.assisted_by, 0), l.request_key, i.category, i.name "
    "FROM loan l JOIN item i ON i.id = l.item_id ");

LoanRecord loanFrom(const Query &q)
{
    LoanRecord loan;
    loan.id = q.value(0).toLongLong();
    loan.itemId = q.value(1).toLongLong();
    loan.residentId = q.value(2).toLongLong();
    loan.borrowedAt = fromDbTime(q.value(3));
    loan.dueOn = dayFromText(q.value(4));
    loan.returnedAt = fromDbTime(q.value(5));
    loan.returnedAs = q.value(6).toString();
    loan.points = q.value(7).toInt();
    loan.assistedBy = q.value(8).toLongLong();
    loan.requestKey = q.value(9).toString();
    loan.category = q.value(10).toString();
    loan.itemName = q.value(11).toString();
    return loan;
}

} // namespace

QList<ItemCategoryRecord> SharedHouseStore::categories()
{
    Query q(m_db, QStringLiteral(
        "SELECT code, name, name_en, loan_days, max_per_person, overdue_blocks, points_per_loan "
        "FROM item_category ORDER BY position"));
    return q.rows([](const Query &row) {
        return ItemCategoryRecord{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                  row.value(3).toInt(),    row.value(4).toInt(),    row.value(5).toBool(),
                                  row.value(6).toInt()};
    });
}

QList<ItemRecord> SharedHouseStore::items(const QString &category)
{
    Query q(m_db, kItemSelect + QStringLiteral("WHERE i.category = ? AND i.retired_at IS NULL ORDER BY i.name, i.id"));
    return q.rows(itemFrom, category);
}

std::optional<ItemRecord> SharedHouseStore::item(qint64 id)
{
    Query q(m_db, kItemSelect + QStringLiteral("WHERE i.id = ?"));
    return q.one(itemFrom, id);
}

QList<ItemRecord> SharedHouseStore::itemsWithIsbn(const QString &isbn)
{
    Query q(m_db, kItemSelect + QStringLiteral("WHERE i.isbn = ? ORDER BY i.id"));
    return q.rows(itemFrom, isbn);
}

std::optional<bool> SharedHouseStore::knowsItem(qint64 id)
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM item WHERE id = ?"));
    const std::optional<int> count = q.scalar<int>(id);
    return count ? std::optional<bool>(*count > 0) : std::nullopt;
}

std::optional<bool> SharedHouseStore::knowsIsbn(const QString &isbn)
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM item WHERE isbn = ?"));
    const std::optional<int> count = q.scalar<int>(isbn);
    return count ? std::optional<bool>(*count > 0) : std::nullopt;
}

std::optional<QList<LoanRecord>> SharedHouseStore::openLoansOf(qint64 residentId)
{
    Query q(m_db, kLoanSelect + QStringLiteral("WHERE l.resident_id = ? AND l.returned_at IS NULL ORDER BY l.due_on, l.id"));
    if (!q.exec(residentId))
        return std::nullopt;
    QList<LoanRecord> loans;
    while (q.next())
        loans.append(loanFrom(q));
    return loans;
}

std::optional<LoanRecord> SharedHouseStore::loanByRequestKey(const QString &key)
{
    Query q(m_db, kLoanSelect + QStringLiteral("WHERE l.request_key = ?"));
    return q.one(loanFrom, key);
}

std::optional<qint64> SharedHouseStore::addLoan(const LoanRecord &loan)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO loan (item_id, resident_id, borrowed_at, due_on, points, assisted_by, request_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) "
        // lent a moment ago by another kiosk: nothing is added, and the caller says so
        "ON CONFLICT (item_id) WHERE returned_at IS NULL DO NOTHING RETURNING id"));
    if (!q.exec(loan.itemId, loan.residentId, toDbTime(loan.borrowedAt), dayText(loan.dueOn), loan.points,
                idOrNull(loan.assistedBy), loan.requestKey))
        return std::nullopt;
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool SharedHouseStore::closeLoan(qint64 loanId, const QDateTime &at, const QString &returnedAs)
{
    Query q(m_db, QStringLiteral("UPDATE loan SET returned_at = ?, returned_as = ? WHERE id = ? AND returned_at IS NULL"));
    return q.exec(toDbTime(at), returnedAs, loanId) && q.rowsAffected() == 1;
}

bool SharedHouseStore::setCondition(qint64 itemId, const QString &condition)
{
    Query q(m_db, QStringLiteral("UPDATE item SET condition = ? WHERE id = ?"));
    return q.exec(condition, itemId) && q.rowsAffected() == 1;
}

std::optional<qint64> SharedHouseStore::addAlert(qint64 itemId, qint64 loanId, const QString &kind, const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO item_alert (item_id, loan_id, kind, raised_at) VALUES (?, ?, ?, ?) RETURNING id"));
    return q.scalar<qint64>(itemId, loanId, kind, toDbTime(at));
}

QList<ItemRecord> SharedHouseStore::allItems()
{
    Query q(m_db, kItemSelect + QStringLiteral(
        "JOIN item_category c ON c.code = i.category WHERE i.retired_at IS NULL ORDER BY c.position, i.name, i.id"));
    return q.rows(itemFrom);
}

QList<ItemAlertRecord> SharedHouseStore::openAlerts()
{
    Query q(m_db, QStringLiteral(
        "SELECT a.id, a.item_id, i.name, i.place, a.kind, a.raised_at FROM item_alert a JOIN item i ON i.id = a.item_id "
        "WHERE a.resolved_at IS NULL ORDER BY a.raised_at, a.id"));
    return q.rows([](const Query &row) {
        return ItemAlertRecord{row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(),
                               row.value(3).toString(), row.value(4).toString(), fromDbTime(row.value(5))};
    });
}

QList<OverdueRecord> SharedHouseStore::overdue(const QDate &today)
{
    Query q(m_db, QStringLiteral(
        "SELECT l.id, i.name, l.due_on, r.name, r.building, r.unit, r.room, coalesce(r.phone, '') "
        "FROM loan l JOIN item i ON i.id = l.item_id JOIN resident r ON r.id = l.resident_id "
        "WHERE l.returned_at IS NULL AND l.due_on < ? ORDER BY l.due_on, l.id"));
    return q.rows([](const Query &row) {
        return OverdueRecord{row.value(0).toLongLong(), row.value(1).toString(), dayFromText(row.value(2)),
                             row.value(3).toString(),
                             formatAddress(row.value(4).toString(), row.value(5).toString(), row.value(6).toString()),
                             row.value(7).toString()};
    }, dayText(today));
}

bool SharedHouseStore::repaired(qint64 itemId, qint64 staffId, const QDateTime &at)
{
    Query item(m_db, QStringLiteral("UPDATE item SET condition = 'good' WHERE id = ? AND condition = 'needs_repair'"));
    if (!item.exec(itemId) || item.rowsAffected() != 1)
        return false;
    Query alerts(m_db, QStringLiteral(
        "UPDATE item_alert SET resolved_at = ?, resolved_by = ? WHERE item_id = ? AND resolved_at IS NULL"));
    return alerts.exec(toDbTime(at), staffId, itemId);
}

std::optional<int> SharedHouseStore::pointsOf(qint64 ownerResidentId)
{
    Query q(m_db, QStringLiteral(
        "SELECT CAST(coalesce(sum(l.points), 0) AS BIGINT) FROM loan l JOIN item i ON i.id = l.item_id "
        "WHERE i.owner_resident_id = ?"));
    return q.scalar<int>(ownerResidentId);
}

} // namespace linli
