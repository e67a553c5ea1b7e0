#include "SharedHouseStore.h"

#include "Stores.h"

namespace linli {

namespace {

// The item columns itemFrom() reads, with the open loan and the owner's name.
const QString kItemSelect = QStringLiteral(
    "SELECT i.id, i.category, i.name, coalesce(i.owner_resident_id, 0), coalesce(r.name, ''), i.condition, i.place, "
    "i.notes, coalesce(i.isbn, ''), i.retired_at IS NOT NULL, coalesce(l.id, 0), coalesce(l.resident_id, 0), "
    "l.due_on, coalesce(h.resident_id, 0), h.held_until, "
    "(SELECT count(*) FROM reservation w WHERE w.item_id = i.id AND w.ended_at IS NULL), "
    "(SELECT count(*) FROM loan n WHERE n.item_id = i.id) "
    "FROM item i LEFT JOIN resident r ON r.id = i.owner_resident_id "
    "LEFT JOIN loan l ON l.item_id = i.id AND l.returned_at IS NULL "
    "LEFT JOIN reservation h ON h.item_id = i.id AND h.ended_at IS NULL AND h.held_until IS NOT NULL ");

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
    item.heldFor = q.value(13).toLongLong();
    item.heldUntil = fromDbTime(q.value(14));
    item.waiting = q.value(15).toInt();
    item.timesLent = q.value(16).toInt();
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

// A place in line, with its thing and how many are ahead of it.
const QString kReservationSelect = QStringLiteral(
    "SELECT r.id, r.item_id, r.resident_id, r.reserved_at, r.held_until, r.request_key, i.name, i.place, "
    "(SELECT count(*) FROM reservation o WHERE o.item_id = r.item_id AND o.ended_at IS NULL AND o.id <= r.id), "
    "p.name FROM reservation r JOIN item i ON i.id = r.item_id JOIN resident p ON p.id = r.resident_id ");

ReservationRecord reservationFrom(const Query &q)
{
    ReservationRecord r;
    r.id = q.value(0).toLongLong();
    r.itemId = q.value(1).toLongLong();
    r.residentId = q.value(2).toLongLong();
    r.reservedAt = fromDbTime(q.value(3));
    r.heldUntil = fromDbTime(q.value(4));
    r.requestKey = q.value(5).toString();
    r.itemName = q.value(6).toString();
    r.place = q.value(7).toString();
    r.position = q.value(8).toInt();
    r.residentName = q.value(9).toString();
    return r;
}

// A text column that may be left empty but is never NULL (a null QString binds as NULL).
QString emptyIfNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant isbnOrNull(const QString &isbn)
{
    return isbn.isEmpty() ? QVariant() : QVariant(isbn);
}


} // namespace

QList<ItemCategoryRecord> SharedHouseStore::categories()
{
    Query q(m_db, QStringLiteral(
        "SELECT code, name, name_en, loan_days, max_per_person, overdue_blocks, points_per_loan, hold_hours "
        "FROM item_category ORDER BY position"));
    return q.rows([](const Query &row) {
        return ItemCategoryRecord{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                  row.value(3).toInt(),    row.value(4).toInt(),    row.value(5).toBool(),
                                  row.value(6).toInt(),    row.value(7).toInt()};
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
        "SELECT l.id, i.id, i.name, l.due_on, r.name, r.building, r.unit, r.room, coalesce(r.phone, '') "
        "FROM loan l JOIN item i ON i.id = l.item_id JOIN resident r ON r.id = l.resident_id "
        "WHERE l.returned_at IS NULL AND l.due_on < ? ORDER BY l.due_on, l.id"));
    return q.rows([](const Query &row) {
        return OverdueRecord{row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(),
                             dayFromText(row.value(3)), row.value(4).toString(),
                             formatAddress(row.value(5).toString(), row.value(6).toString(), row.value(7).toString()),
                             row.value(8).toString()};
    }, dayText(today));
}

bool SharedHouseStore::repaired(qint64 itemId, qint64 staffId, const QDateTime &at)
{
    Query item(m_db, QStringLiteral("UPDATE item SET condition = 'good' WHERE id = ? AND condition = 'needs_repair'"));
    if (!item.exec(itemId) || item.rowsAffected() != 1)
        return false;
    return resolveAlertsOf(itemId, staffId, at, QStringLiteral("已修好"));
}

bool SharedHouseStore::resolveAlertsOf(qint64 itemId, qint64 staffId, const QDateTime &at, const QString &note)
{
    Query q(m_db, QStringLiteral(
        "UPDATE item_alert SET resolved_at = ?, resolved_by = ?, note = ? WHERE item_id = ? AND resolved_at IS NULL"));
    return q.exec(toDbTime(at), staffId, note, itemId);
}

std::optional<int> SharedHouseStore::pointsOf(qint64 ownerResidentId)
{
    Query q(m_db, QStringLiteral(
        "SELECT CAST(coalesce(sum(l.points), 0) AS BIGINT) FROM loan l JOIN item i ON i.id = l.item_id "
        "WHERE i.owner_resident_id = ?"));
    return q.scalar<int>(ownerResidentId);
}

std::optional<QList<ItemRecord>> SharedHouseStore::itemsOwnedBy(qint64 ownerResidentId)
{
    Query q(m_db, kItemSelect + QStringLiteral("WHERE i.owner_resident_id = ? AND i.retired_at IS NULL ORDER BY i.name, i.id"));
    if (!q.exec(ownerResidentId))
        return std::nullopt;
    QList<ItemRecord> items;
    while (q.next())
        items.append(itemFrom(q));
    return items;
}

std::optional<QList<ReservationRecord>> SharedHouseStore::lineFor(qint64 itemId)
{
    Query q(m_db, kReservationSelect + QStringLiteral("WHERE r.item_id = ? AND r.ended_at IS NULL ORDER BY r.id"));
    if (!q.exec(itemId))
        return std::nullopt;
    QList<ReservationRecord> line;
    while (q.next())
        line.append(reservationFrom(q));
    return line;
}

std::optional<QList<ReservationRecord>> SharedHouseStore::reservationsOf(qint64 residentId)
{
    Query q(m_db, kReservationSelect + QStringLiteral("WHERE r.resident_id = ? AND r.ended_at IS NULL ORDER BY r.id"));
    if (!q.exec(residentId))
        return std::nullopt;
    QList<ReservationRecord> reservations;
    while (q.next())
        reservations.append(reservationFrom(q));
    return reservations;
}

std::optional<ReservationRecord> SharedHouseStore::reservationByRequestKey(const QString &key)
{
    Query q(m_db, kReservationSelect + QStringLiteral("WHERE r.request_key = ?"));
    return q.one(reservationFrom, key);
}

std::optional<qint64> SharedHouseStore::addReservation(const ReservationRecord &reservation, qint64 assistedBy)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO reservation (item_id, resident_id, reserved_at, assisted_by, request_key) VALUES (?, ?, ?, ?, ?) "
        // in line already (perhaps from another kiosk a moment ago)
        "ON CONFLICT (item_id, resident_id) WHERE ended_at IS NULL DO NOTHING RETURNING id"));
    if (!q.exec(reservation.itemId, reservation.residentId, toDbTime(reservation.reservedAt), idOrNull(assistedBy),
                reservation.requestKey))
        return std::nullopt;
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool SharedHouseStore::hold(qint64 reservationId, const QDateTime &until)
{
    Query q(m_db, QStringLiteral("UPDATE reservation SET held_until = ? WHERE id = ? AND ended_at IS NULL"));
    return q.exec(toDbTime(until), reservationId) && q.rowsAffected() == 1;
}

bool SharedHouseStore::endReservation(qint64 reservationId, const QDateTime &at, const QString &endedAs)
{
    Query q(m_db, QStringLiteral("UPDATE reservation SET ended_at = ?, ended_as = ? WHERE id = ? AND ended_at IS NULL"));
    return q.exec(toDbTime(at), endedAs, reservationId) && q.rowsAffected() == 1;
}

bool SharedHouseStore::endLineFor(qint64 itemId, const QDateTime &at, const QString &endedAs)
{
    Query q(m_db, QStringLiteral("UPDATE reservation SET ended_at = ?, ended_as = ? WHERE item_id = ? AND ended_at IS NULL"));
    return q.exec(toDbTime(at), endedAs, itemId);
}

std::optional<QList<qint64>> SharedHouseStore::itemsWithLapsedHolds(const QDateTime &now)
{
    Query q(m_db, QStringLiteral(
        "SELECT item_id FROM reservation WHERE ended_at IS NULL AND held_until IS NOT NULL AND held_until <= ? "
        "ORDER BY item_id"));
    if (!q.exec(toDbTime(now)))
        return std::nullopt;
    QList<qint64> items;
    while (q.next())
        items.append(q.value(0).toLongLong());
    return items;
}

bool SharedHouseStore::retire(qint64 itemId, const QDateTime &at, const QString &retiredAs)
{
    Query q(m_db, QStringLiteral(
        "UPDATE item SET retired_at = ?, retired_as = ? WHERE id = ? AND retired_at IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM loan WHERE item_id = item.id AND returned_at IS NULL)"));
    return q.exec(toDbTime(at), retiredAs, itemId) && q.rowsAffected() == 1;
}

bool SharedHouseStore::resolveAlert(qint64 alertId, qint64 staffId, const QDateTime &at, const QString &note)
{
    Query q(m_db, QStringLiteral(
        "UPDATE item_alert SET resolved_at = ?, resolved_by = ?, note = ? WHERE id = ? AND resolved_at IS NULL"));
    return q.exec(toDbTime(at), staffId, note, alertId) && q.rowsAffected() == 1;
}

std::optional<ItemAlertRecord> SharedHouseStore::alert(qint64 alertId)
{
    Query q(m_db, QStringLiteral(
        "SELECT a.id, a.item_id, i.name, i.place, a.kind, a.raised_at FROM item_alert a JOIN item i ON i.id = a.item_id "
        "WHERE a.id = ? AND a.resolved_at IS NULL"));
    return q.one([](const Query &row) {
        return ItemAlertRecord{row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(),
                               row.value(3).toString(), row.value(4).toString(), fromDbTime(row.value(5))};
    }, alertId);
}

QStringList SharedHouseStore::templateNames(const QString &category)
{
    Query q(m_db, QStringLiteral("SELECT name FROM item_template WHERE category = ? ORDER BY position, name"));
    return q.rows([](const Query &row) { return row.value(0).toString(); }, category);
}

QStringList SharedHouseStore::places(const QString &category)
{
    Query q(m_db, QStringLiteral("SELECT DISTINCT place FROM item WHERE ? = '' OR category = ? ORDER BY place"));
    return q.rows([](const Query &row) { return row.value(0).toString(); }, category, category);
}

bool SharedHouseStore::addTemplate(const QString &category, const QString &name)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO item_template (category, name, position) "
        "SELECT ?, ?, coalesce(max(position), 0) + 1 FROM item_template WHERE category = ? "
        "ON CONFLICT (category, name) DO NOTHING"));
    return q.exec(category, name, category);
}

std::optional<qint64> SharedHouseStore::addItem(const NewItem &item, const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO item (category, name, owner_resident_id, condition, place, notes, isbn, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    return q.scalar<qint64>(item.category, item.name, idOrNull(item.ownerResidentId), item.condition, item.place,
                            emptyIfNull(item.notes), isbnOrNull(item.isbn), toDbTime(at));
}

bool SharedHouseStore::updateItem(const NewItem &item)
{
    Query q(m_db, QStringLiteral(
        "UPDATE item SET category = ?, name = ?, owner_resident_id = ?, condition = ?, place = ?, notes = ?, isbn = ? "
        "WHERE id = ?"));
    return q.exec(item.category, item.name, idOrNull(item.ownerResidentId), item.condition, item.place,
                  emptyIfNull(item.notes), isbnOrNull(item.isbn), item.id)
        && q.rowsAffected() == 1;
}

std::optional<LoanRecord> SharedHouseStore::loan(qint64 loanId)
{
    Query q(m_db, kLoanSelect + QStringLiteral("WHERE l.id = ?"));
    return q.one(loanFrom, loanId);
}

QList<MovementRecord> SharedHouseStore::movementsOn(const QDate &day)
{
    // The day runs from local midnight to local midnight, stored as UTC times.
    const QString from = toDbTime(QDateTime(day, QTime(0, 0)));
    const QString to = toDbTime(QDateTime(day.addDays(1), QTime(0, 0)));
    Query q(m_db, QStringLiteral(
        "SELECT at, returned, item, resident, returned_as FROM ("
        " SELECT l.borrowed_at AS at, 0 AS returned, i.name AS item, r.name AS resident, '' AS returned_as, l.id AS id "
        " FROM loan l JOIN item i ON i.id = l.item_id JOIN resident r ON r.id = l.resident_id "
        " WHERE l.borrowed_at >= ? AND l.borrowed_at < ? "
        " UNION ALL "
        " SELECT l.returned_at, 1, i.name, r.name, coalesce(l.returned_as, ''), l.id "
        " FROM loan l JOIN item i ON i.id = l.item_id JOIN resident r ON r.id = l.resident_id "
        " WHERE l.returned_at >= ? AND l.returned_at < ?) m ORDER BY at DESC, returned DESC, id DESC"));
    return q.rows([](const Query &row) {
        return MovementRecord{fromDbTime(row.value(0)), row.value(1).toInt() == 1, row.value(2).toString(),
                              row.value(3).toString(), row.value(4).toString()};
    }, from, to, from, to);
}

QList<ReservationRecord> SharedHouseStore::openReservations()
{
    Query q(m_db, kReservationSelect + QStringLiteral("WHERE r.ended_at IS NULL ORDER BY i.name, r.item_id, r.id"));
    return q.rows(reservationFrom);
}

} // namespace linli
