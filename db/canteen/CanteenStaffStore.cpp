#include "CanteenStaffStore.h"

#include "Stores.h"

namespace linli {

namespace {

// The resident at a delivery's door and of a welfare alert, in the order
// readResident() reads them.
const QString kResidentColumns = QStringLiteral("r.id, r.name, r.phone, r.lives_alone, r.building, r.unit, r.room");

// A run-sheet stop and a welfare alert carry the same resident fields.
template<typename Record>
void readResident(const Query &row, int first, Record &record)
{
    record.residentId = row.value(first).toLongLong();
    record.residentName = row.value(first + 1).toString();
    record.phone = row.value(first + 2).toString();
    record.livesAlone = row.value(first + 3).toBool();
    record.building = row.value(first + 4).toString();
    record.unit = row.value(first + 5).toString();
    record.room = row.value(first + 6).toString();
}

} // namespace

QList<OrderRecord> CanteenStaffStore::orders(const QDate &day, const QString &period)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM meal_order WHERE site = ? AND day = ? AND period = ? ORDER BY number")
                      .arg(orderColumns()));
    return q.rows(orderFromRow, m_db.site(), dayText(day), period);
}

bool CanteenStaffStore::changeState(qint64 orderId, const QString &from, const QString &to)
{
    Query q(m_db, QStringLiteral("UPDATE meal_order SET state = ? WHERE id = ? AND state = ?"));
    return q.exec(to, orderId, from) && q.rowsAffected() == 1;
}

QList<RunSheetStop> CanteenStaffStore::deliveryStops(const QDate &day, const QString &period)
{
    Query q(m_db, QStringLiteral(
        "SELECT o.id, o.number, o.pickup_code, o.total_fen, o.paid_at IS NOT NULL, d.outcome, d.recorded_at, %1 "
        "FROM meal_order o JOIN resident r ON r.id = o.resident_id "
        "LEFT JOIN delivery_outcome d ON d.order_id = o.id "
        "WHERE o.site = ? AND o.day = ? AND o.period = ? AND o.service = 'delivery' AND %2")
                      .arg(kResidentColumns, orderCounts(QStringLiteral("o."))));
    return q.rows([](const Query &row) {
        RunSheetStop stop;
        stop.orderId = row.value(0).toLongLong();
        stop.number = row.value(1).toInt();
        stop.pickupCode = row.value(2).toString();
        stop.totalFen = row.value(3).toLongLong();
        stop.paid = row.value(4).toBool();
        stop.outcome = row.value(5).toString();
        stop.outcomeAt = fromDbTime(row.value(6));
        readResident(row, 7, stop);
        return stop;
    }, m_db.site(), dayText(day), period);
}

std::optional<DeliveryRunRecord> CanteenStaffStore::deliveryRun(const QDate &day, const QString &period)
{
    Query q(m_db, QStringLiteral(
        "SELECT volunteer, assigned_by, assigned_at FROM delivery_run WHERE site = ? AND day = ? AND period = ?"));
    return q.one([&](const Query &row) {
        return DeliveryRunRecord{day, period, row.value(0).toString(), row.value(1).toLongLong(),
                                 fromDbTime(row.value(2))};
    }, m_db.site(), dayText(day), period);
}

bool CanteenStaffStore::assignRun(const QDate &day, const QString &period, const QString &volunteer,
                                  qint64 staffId, const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO delivery_run (site, day, period, volunteer, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (site, day, period) DO UPDATE SET volunteer = excluded.volunteer, "
        "assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at"));
    return q.exec(m_db.site(), dayText(day), period, volunteer, staffId, toDbTime(at));
}

std::optional<QString> CanteenStaffStore::outcome(qint64 orderId)
{
    Query q(m_db, QStringLiteral(
        "SELECT (SELECT outcome FROM delivery_outcome WHERE order_id = ?)"));
    return q.scalar<QString>(orderId);
}

bool CanteenStaffStore::setOutcome(qint64 orderId, const QString &outcome, qint64 staffId, const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO delivery_outcome (order_id, outcome, recorded_at, recorded_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (order_id) DO UPDATE SET outcome = excluded.outcome, "
        "recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by"));
    return q.exec(orderId, outcome, toDbTime(at), staffId);
}

std::optional<qint64> CanteenStaffStore::raiseAlert(qint64 orderId, qint64 residentId, const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO welfare_alert (order_id, resident_id, raised_at) VALUES (?, ?, ?) RETURNING id"));
    return q.scalar<qint64>(orderId, residentId, toDbTime(at));
}

QList<WelfareAlert> CanteenStaffStore::openAlerts()
{
    Query q(m_db, QStringLiteral(
        "SELECT a.id, a.order_id, o.day, o.period, o.number, a.raised_at, %1 "
        "FROM welfare_alert a JOIN meal_order o ON o.id = a.order_id JOIN resident r ON r.id = a.resident_id "
        "WHERE a.resolved_at IS NULL AND o.site = ? ORDER BY a.raised_at, a.id")
                      .arg(kResidentColumns));
    return q.rows([](const Query &row) {
        WelfareAlert alert;
        alert.id = row.value(0).toLongLong();
        alert.orderId = row.value(1).toLongLong();
        alert.day = dayFromText(row.value(2));
        alert.period = row.value(3).toString();
        alert.orderNumber = row.value(4).toInt();
        alert.raisedAt = fromDbTime(row.value(5));
        readResident(row, 6, alert);
        return alert;
    }, m_db.site());
}

bool CanteenStaffStore::resolveAlert(qint64 alertId, qint64 staffId, const QDateTime &at, const QString &note)
{
    Query q(m_db, QStringLiteral(
        "UPDATE welfare_alert SET resolved_at = ?, resolved_by = ?, note = ? WHERE id = ? AND resolved_at IS NULL"));
    return q.exec(toDbTime(at), staffId, note, alertId) && q.rowsAffected() == 1;
}

CanteenFigures CanteenStaffStore::figures(const QDate &day, const QString &period)
{
    CanteenFigures figures;
    figures.day = day;
    figures.period = period;
    // One statement, so every figure comes from the same snapshot. Sets are
    // data: a set's kind follows who may have it, not its code.
    Query q(m_db, QStringLiteral(
        "SELECT o.payment, "
        "count(*) FILTER (WHERE %1 AND s.eligible = 'resident_min_age'), "
        "count(*) FILTER (WHERE %1 AND s.eligible = 'driver'), "
        "count(*) FILTER (WHERE %1 AND o.set_code IS NULL), "
        // a subsidy is claimed for meals paid for, not for orders that may yet lapse
        "CAST(coalesce(sum(o.subsidy_fen) FILTER (WHERE %1 AND o.paid_at IS NOT NULL), 0) AS BIGINT), "
        "CAST(coalesce(sum(o.total_fen) FILTER (WHERE %1 AND o.paid_at IS NOT NULL), 0) AS BIGINT), "
        "count(*) FILTER (WHERE %1 AND o.service = 'delivery'), "
        "count(*) FILTER (WHERE o.state = 'lapsed'), "
        "count(*) FILTER (WHERE %1 AND o.assisted_by IS NOT NULL) "
        "FROM meal_order o LEFT JOIN meal_set s ON s.code = o.set_code "
        "WHERE o.site = ? AND o.day = ? AND o.period = ? GROUP BY o.payment ORDER BY o.payment")
                      .arg(orderCounts(QStringLiteral("o."))));
    if (!q.exec(m_db.site(), dayText(day), period))
        return figures;
    while (q.next()) {
        figures.seniorOrders += q.value(1).toInt();
        figures.driverOrders += q.value(2).toInt();
        figures.normalOrders += q.value(3).toInt();
        figures.subsidyFen += q.value(4).toLongLong();
        figures.revenueFen[q.value(0).toString()] += q.value(5).toLongLong();
        figures.deliveries += q.value(6).toInt();
        figures.lapsed += q.value(7).toInt();
        figures.assistedOrders += q.value(8).toInt();
    }
    figures.setsSold = figures.seniorOrders + figures.driverOrders;
    figures.valid = true;
    return figures;
}

QList<TopUpRecord> CanteenStaffStore::topUps(const QDateTime &from, const QDateTime &to)
{
    Query q(m_db, QStringLiteral(
        "SELECT t.id, t.resident_id, r.name, t.amount_fen, t.staff_id, s.name, t.at "
        "FROM meal_card_topup t JOIN resident r ON r.id = t.resident_id JOIN staff s ON s.id = t.staff_id "
        "WHERE t.at >= ? AND t.at < ? ORDER BY t.at, t.id"));
    return q.rows([](const Query &row) {
        return TopUpRecord{row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(),
                           row.value(3).toLongLong(), row.value(4).toLongLong(), row.value(5).toString(),
                           fromDbTime(row.value(6))};
    }, toDbTime(from), toDbTime(to));
}

bool CanteenStaffStore::changePortions(const QDate &day, const QString &period, qint64 dishId, int change)
{
    // Relative, so what another kiosk sold meanwhile is not put back on sale.
    Query q(m_db, QStringLiteral(
        "UPDATE menu_item SET portions = CASE WHEN portions + ? < 0 THEN 0 ELSE portions + ? END "
        "WHERE site = ? AND day = ? AND period = ? AND dish_id = ?"));
    return q.exec(change, change, m_db.site(), dayText(day), period, dishId) && q.rowsAffected() == 1;
}

bool CanteenStaffStore::soldOut(const QDate &day, const QString &period, qint64 dishId)
{
    Query q(m_db, QStringLiteral(
        "UPDATE menu_item SET portions = 0 WHERE site = ? AND day = ? AND period = ? AND dish_id = ?"));
    return q.exec(m_db.site(), dayText(day), period, dishId) && q.rowsAffected() == 1;
}

bool CanteenStaffStore::setDeliveryEnabled(qint64 residentId, bool enabled)
{
    Query q(m_db, QStringLiteral("UPDATE resident SET delivery_enabled = ? WHERE id = ?"));
    return q.exec(enabled ? 1 : 0, residentId) && q.rowsAffected() == 1;
}

} // namespace linli
