#include "CanteenStore.h"

#include "Stores.h"

namespace linli {

namespace {

DishCategory categoryFrom(const QString &text)
{
    static const QStringList names = {QStringLiteral("meat"), QStringLiteral("vegetable"), QStringLiteral("soup"),
                                      QStringLiteral("staple"), QStringLiteral("drink")};
    return DishCategory(qMax(0, int(names.indexOf(text))));
}

// id, name, name_en, category, price_fen, portions, soft, low_salt, low_sugar, spicy
MenuDish dishFromRow(const Query &row)
{
    return MenuDish{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                    categoryFrom(row.value(3).toString()), row.value(4).toLongLong(), row.value(5).toInt(),
                    row.value(6).toBool(), row.value(7).toBool(), row.value(8).toBool(), row.value(9).toBool()};
}

} // namespace

QString orderColumns()
{
    return QStringLiteral(
    "id, day, period, number, pickup_code, resident_id, driver_id, set_code, service, normal_fen, subsidy_fen, "
    "total_fen, payment, paid_at, state, created_at, request_key, one_per_period, assisted_by, site, paid_fen");
}

QString orderCounts(const QString &alias)
{
    return QStringLiteral("%1state NOT IN ('lapsed', 'cancelled')").arg(alias);
}

OrderRecord orderFromRow(const Query &q)
{
    OrderRecord o;
    o.id = q.value(0).toLongLong();
    o.day = dayFromText(q.value(1));
    o.period = q.value(2).toString();
    o.number = q.value(3).toInt();
    o.pickupCode = q.value(4).toString();
    o.residentId = q.value(5).toLongLong();
    o.driverId = q.value(6).toLongLong();
    o.setCode = q.value(7).toString();
    o.service = q.value(8).toString();
    o.normalFen = q.value(9).toLongLong();
    o.subsidyFen = q.value(10).toLongLong();
    o.totalFen = q.value(11).toLongLong();
    o.payment = q.value(12).toString();
    o.paidAt = fromDbTime(q.value(13));
    o.state = q.value(14).toString();
    o.createdAt = fromDbTime(q.value(15));
    o.requestKey = q.value(16).toString();
    o.onePerPeriod = q.value(17).toBool();
    o.assistedBy = q.value(18).toLongLong();
    o.site = q.value(19).toString();
    o.paidFen = q.value(20).toLongLong();
    return o;
}

QList<MealPeriodRecord> CanteenStore::periods()
{
    Query q(m_db, QStringLiteral("SELECT code, opens, closes FROM meal_period ORDER BY opens"));
    return q.rows([](const Query &row) {
        return MealPeriodRecord{row.value(0).toString(),
                                QTime::fromString(row.value(1).toString(), QStringLiteral("HH:mm")),
                                QTime::fromString(row.value(2).toString(), QStringLiteral("HH:mm"))};
    });
}

QList<MealSetRecord> CanteenStore::sets()
{
    Query q(m_db, QStringLiteral(
        "SELECT code, name, name_en, price_fen, meat, vegetable, soup, staple, drink, eligible, min_age, "
        "one_per_period FROM meal_set ORDER BY price_fen"));
    return q.rows([](const Query &row) {
        MealSetRecord set;
        set.code = row.value(0).toString();
        set.name = row.value(1).toString();
        set.nameEn = row.value(2).toString();
        set.priceFen = row.value(3).toLongLong();
        for (int c = 0; c < kDishCategories; ++c)
            set.counts[c] = row.value(4 + c).toInt();
        set.forDrivers = row.value(9).toString() == QLatin1String("driver");
        set.minAge = row.value(10).toInt();
        set.onePerPeriod = row.value(11).toBool();
        return set;
    });
}

bool CanteenStore::ensureMenu(const QDate &day, const QString &period)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO menu_item (site, day, period, dish_id, portions) "
        "SELECT site, ?, period, dish_id, portions FROM standard_menu WHERE site = ? AND period = ? "
        "AND NOT EXISTS (SELECT 1 FROM menu_item WHERE site = ? AND day = ? AND period = ?) "
        // another kiosk copying the same menu at the same moment
        "ON CONFLICT DO NOTHING"));
    return q.exec(dayText(day), m_db.site(), period, m_db.site(), dayText(day), period);
}

QList<MenuDish> CanteenStore::menu(const QDate &day, const QString &period)
{
    Query q(m_db, QStringLiteral(
        "SELECT d.id, d.name, d.name_en, d.category, d.price_fen, m.portions, d.soft, d.low_salt, d.low_sugar, d.spicy "
        "FROM menu_item m JOIN dish d ON d.id = m.dish_id "
        "WHERE m.site = ? AND m.day = ? AND m.period = ? AND d.active = 1 "
        // meat, vegetable, soup, staple, drink: the order of a Chinese meal
        "ORDER BY CASE d.category WHEN 'meat' THEN 1 WHEN 'vegetable' THEN 2 WHEN 'soup' THEN 3 "
        "WHEN 'staple' THEN 4 ELSE 5 END, d.id"));
    return q.rows(dishFromRow, m_db.site(), dayText(day), period);
}

namespace {
// "?, ?, ?" for n values: the statement is prepared once per length.
QString placeholders(qsizetype n, const QString &one = QStringLiteral("?"))
{
    QStringList list;
    for (qsizetype i = 0; i < n; ++i)
        list << one;
    return list.join(QStringLiteral(", "));
}
} // namespace

std::optional<QList<MenuDish>> CanteenStore::takePortions(const QDate &day, const QString &period,
                                                          const QList<qint64> &dishIds)
{
    // SQLite returns only the updated table's columns, so the dish's come
    // through subqueries by its key (in the order dishFromRow() reads them).
    Query q(m_db, QStringLiteral(
        "UPDATE menu_item SET portions = portions - 1 "
        "WHERE site = ? AND day = ? AND period = ? AND dish_id IN (%1) AND portions > 0 "
        "AND dish_id IN (SELECT id FROM dish WHERE active = 1) "
        "RETURNING dish_id, (SELECT name FROM dish WHERE id = dish_id), (SELECT name_en FROM dish WHERE id = dish_id), "
        "(SELECT category FROM dish WHERE id = dish_id), (SELECT price_fen FROM dish WHERE id = dish_id), portions, "
        "(SELECT soft FROM dish WHERE id = dish_id), (SELECT low_salt FROM dish WHERE id = dish_id), "
        "(SELECT low_sugar FROM dish WHERE id = dish_id), (SELECT spicy FROM dish WHERE id = dish_id)")
                      .arg(placeholders(dishIds.size())));
    QVariantList values = {m_db.site(), dayText(day), period};
    for (qint64 id : dishIds)
        values << id;
    if (!q.execWith(values))
        return std::nullopt;
    QList<MenuDish> taken;
    while (q.next())
        taken << dishFromRow(q);
    return taken;
}

bool CanteenStore::returnPortion(const OrderRecord &order, qint64 dishId)
{
    Query q(m_db, QStringLiteral(
        "UPDATE menu_item SET portions = portions + 1 WHERE site = ? AND day = ? AND period = ? AND dish_id = ?"));
    return q.exec(order.site, dayText(order.day), order.period, dishId) && q.rowsAffected() == 1;
}

std::optional<OrderRecord> CanteenStore::orderByRequestKey(const QString &key)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM meal_order WHERE request_key = ?").arg(orderColumns()));
    return q.one(orderFromRow, key);
}

std::optional<OrderRecord> CanteenStore::order(qint64 id)
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM meal_order WHERE id = ?").arg(orderColumns()));
    return q.one(orderFromRow, id);
}

QList<OrderLineRecord> CanteenStore::lines(qint64 orderId)
{
    Query q(m_db, QStringLiteral(
        "SELECT d.id, d.name, l.price_fen, d.soft, d.low_salt, d.low_sugar, d.spicy "
        "FROM order_line l JOIN dish d ON d.id = l.dish_id WHERE l.order_id = ? ORDER BY l.line"));
    return q.rows([](const Query &row) {
        return OrderLineRecord{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toLongLong(),
                               row.value(3).toBool(), row.value(4).toBool(), row.value(5).toBool(),
                               row.value(6).toBool()};
    }, orderId);
}

std::optional<int> CanteenStore::takeOrderNumber(const QDate &day)
{
    // The day's counter row stays locked until the order commits, so orders
    // placed at once on several kiosks queue here, each seeing what the one
    // before it sold (the last portion, the one senior set per meal).
    Query q(m_db, QStringLiteral(
        "INSERT INTO order_number (day, last_number) VALUES (?, 1) "
        "ON CONFLICT (day) DO UPDATE SET last_number = order_number.last_number + 1 RETURNING last_number"));
    return q.scalar<int>(dayText(day));
}


std::optional<int> CanteenStore::setsTaken(const QString &setCode, qint64 residentId, qint64 driverId,
                                           const QDate &day, const QString &period)
{
    Query q(m_db, QStringLiteral(
        "SELECT count(*) FROM meal_order WHERE set_code = ? AND coalesce(resident_id, -driver_id) = ? "
        "AND day = ? AND period = ? AND %1").arg(orderCounts()));
    const qint64 person = residentId > 0 ? residentId : -driverId;
    return q.scalar<int>(setCode, person, dayText(day), period);
}

std::optional<qint64> CanteenStore::addOrder(const OrderRecord &o)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO meal_order (day, period, number, pickup_code, resident_id, driver_id, set_code, service, "
        "normal_fen, subsidy_fen, total_fen, payment, paid_at, state, created_at, request_key, one_per_period, "
        "assisted_by, site, paid_fen) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?) "
        // a code taken that day already: the caller draws another
        "ON CONFLICT (day, pickup_code) DO NOTHING RETURNING id"));
    const QVariant paidAt = o.paidAt.isValid() ? QVariant(toDbTime(o.paidAt)) : QVariant();
    const QVariant setCode = o.setCode.isEmpty() ? QVariant() : QVariant(o.setCode);
    if (!q.exec(dayText(o.day), o.period, o.number, o.pickupCode, idOrNull(o.residentId), idOrNull(o.driverId),
                setCode, o.service, o.normalFen, o.subsidyFen, o.totalFen, o.payment, paidAt, toDbTime(o.createdAt),
                o.requestKey, o.onePerPeriod ? 1 : 0, idOrNull(o.assistedBy), o.site,
                o.paidAt.isValid() ? QVariant(o.totalFen) : QVariant()))
        return std::nullopt;
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool CanteenStore::addLines(qint64 orderId, const QList<OrderLineRecord> &lines)
{
    Query q(m_db, QStringLiteral("INSERT INTO order_line (order_id, line, dish_id, price_fen) VALUES %1")
                      .arg(placeholders(lines.size(), QStringLiteral("(?, ?, ?, ?)"))));
    QVariantList values;
    for (int i = 0; i < lines.size(); ++i)
        values << orderId << i + 1 << lines[i].dishId << lines[i].priceFen;
    return q.execWith(values);
}

QList<OrderRecord> CanteenStore::unpaidCounterOrders()
{
    Query q(m_db, QStringLiteral(
        "SELECT %1 FROM meal_order WHERE payment = 'counter' AND paid_at IS NULL AND %2 "
        // a delivery is paid at the door, after its ordering window closed
        "AND service <> 'delivery' ORDER BY id")
                      .arg(orderColumns(), orderCounts()));
    return q.rows(orderFromRow);
}

std::optional<bool> CanteenStore::lapse(qint64 orderId)
{
    // Conditional: another kiosk may have lapsed (or been paid for) it a moment ago.
    Query q(m_db, QStringLiteral(
        "UPDATE meal_order SET state = 'lapsed' WHERE id = ? AND %1 AND paid_at IS NULL").arg(orderCounts()));
    if (!q.exec(orderId))
        return std::nullopt;
    return q.rowsAffected() == 1;
}

bool CanteenStore::markPaid(qint64 orderId, const QDateTime &at)
{
    // The amount taken is the order's total: the counter takes no part payments.
    Query q(m_db, QStringLiteral(
        "UPDATE meal_order SET paid_at = ?, paid_fen = total_fen WHERE id = ? AND paid_at IS NULL AND %1")
                      .arg(orderCounts()));
    return q.exec(toDbTime(at), orderId) && q.rowsAffected() == 1;
}

std::optional<qint64> CanteenStore::mealCardBalance(qint64 residentId)
{
    Query q(m_db, QStringLiteral("SELECT balance_fen FROM meal_card WHERE resident_id = ?"));
    return q.scalar<qint64>(residentId);
}

bool CanteenStore::charge(qint64 residentId, qint64 amountFen)
{
    Query q(m_db, QStringLiteral(
        "UPDATE meal_card SET balance_fen = balance_fen - ? WHERE resident_id = ? AND balance_fen >= ?"));
    return q.exec(amountFen, residentId, amountFen) && q.rowsAffected() == 1;
}

bool CanteenStore::credit(qint64 residentId, qint64 amountFen)
{
    Query q(m_db, QStringLiteral("UPDATE meal_card SET balance_fen = balance_fen + ? WHERE resident_id = ?"));
    return q.exec(amountFen, residentId) && q.rowsAffected() == 1;
}

bool CanteenStore::cancel(qint64 orderId, qint64 staffId, const QString &reason, qint64 refundFen, const QDateTime &at)
{
    // Conditional: the kitchen may have begun it on another kiosk a moment ago.
    Query order(m_db, QStringLiteral("UPDATE meal_order SET state = 'cancelled' WHERE id = ? AND state = 'new'"));
    if (!order.exec(orderId) || order.rowsAffected() != 1)
        return false;
    Query why(m_db, QStringLiteral(
        "INSERT INTO order_cancellation (order_id, at, staff_id, reason, refund_fen) VALUES (?, ?, ?, ?, ?)"));
    return why.exec(orderId, toDbTime(at), staffId, reason, refundFen);
}

bool CanteenStore::correct(qint64 residentId, qint64 amountFen, qint64 staffId, const QString &reason,
                           const QDateTime &at)
{
    Query card(m_db, QStringLiteral(
        "UPDATE meal_card SET balance_fen = balance_fen + ? WHERE resident_id = ? AND balance_fen + ? >= 0"));
    if (!card.exec(amountFen, residentId, amountFen) || card.rowsAffected() != 1)
        return false;
    Query correction(m_db, QStringLiteral("INSERT INTO meal_card_correction (resident_id, at, staff_id, amount_fen, "
                                          "reason) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    const std::optional<qint64> id = correction.scalar<qint64>(residentId, toDbTime(at), staffId, amountFen, reason);
    return id && addLedgerRow({residentId, QStringLiteral("correction"), amountFen, at, 0, 0, 0, *id});
}

std::optional<bool> CanteenStore::topUpRecorded(const QString &requestKey)
{
    Query q(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM meal_card_topup WHERE request_key = ?)"));
    return q.scalar<bool>(requestKey);
}

bool CanteenStore::topUp(qint64 residentId, qint64 amountFen, qint64 staffId, const QDateTime &at,
                         const QString &requestKey)
{
    Query card(m_db, QStringLiteral(
        "INSERT INTO meal_card (resident_id, balance_fen) VALUES (?, ?) "
        "ON CONFLICT (resident_id) DO UPDATE SET balance_fen = meal_card.balance_fen + excluded.balance_fen"));
    if (!card.exec(residentId, amountFen))
        return false;
    Query audit(m_db, QStringLiteral("INSERT INTO meal_card_topup (resident_id, amount_fen, staff_id, at, request_key) "
                                     "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    const std::optional<qint64> topUpId = audit.scalar<qint64>(residentId, amountFen, staffId, toDbTime(at), requestKey);
    return topUpId && addLedgerRow({residentId, QStringLiteral("top_up"), amountFen, at, 0, *topUpId});
}

bool CanteenStore::addLedgerRow(const LedgerEntry &entry)
{
    Query q(m_db, QStringLiteral("INSERT INTO meal_card_ledger (resident_id, at, kind, amount_fen, balance_fen, "
                                 "order_id, topup_id, correction_id) "
                                 "SELECT resident_id, ?, ?, ?, balance_fen, ?, ?, ? FROM meal_card WHERE resident_id = ?"));
    return q.exec(toDbTime(entry.at), entry.kind, entry.amountFen, idOrNull(entry.orderId), idOrNull(entry.topUpId),
                  idOrNull(entry.correctionId), entry.residentId)
        && q.rowsAffected() == 1;
}

bool CanteenStore::openLedgers(const QDateTime &at)
{
    Query q(m_db, QStringLiteral("INSERT INTO meal_card_ledger (resident_id, at, kind, amount_fen, balance_fen) "
                                 "SELECT c.resident_id, ?, 'opening', c.balance_fen, c.balance_fen FROM meal_card c "
                                 "WHERE NOT EXISTS (SELECT 1 FROM meal_card_ledger l WHERE l.resident_id = c.resident_id)"));
    return q.exec(toDbTime(at));
}

std::optional<QList<LedgerMismatch>> CanteenStore::ledgerMismatches()
{
    Query q(m_db, QStringLiteral(
        "SELECT c.resident_id, c.balance_fen, coalesce(sum(l.amount_fen), 0), "
        "coalesce((SELECT balance_fen FROM meal_card_ledger WHERE resident_id = c.resident_id ORDER BY id DESC LIMIT 1), -1) "
        "FROM meal_card c LEFT JOIN meal_card_ledger l ON l.resident_id = c.resident_id "
        "GROUP BY c.resident_id, c.balance_fen ORDER BY c.resident_id"));
    if (!q.exec())
        return std::nullopt;
    QList<LedgerMismatch> mismatches;
    while (q.next()) {
        const LedgerMismatch row{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                 q.value(3).toLongLong()};
        if (row.balanceFen != row.ledgerFen || row.balanceFen != row.lastRowFen)
            mismatches.append(row);
    }
    return mismatches;
}

std::optional<QList<LedgerEntry>> CanteenStore::ledger(qint64 residentId)
{
    Query q(m_db, QStringLiteral(
        "SELECT l.resident_id, l.kind, l.amount_fen, l.at, l.order_id, l.topup_id, l.balance_fen, l.correction_id, "
        "o.number, coalesce(c.reason, x.reason) "
        "FROM meal_card_ledger l LEFT JOIN meal_order o ON o.id = l.order_id "
        "LEFT JOIN meal_card_correction c ON c.id = l.correction_id "
        "LEFT JOIN order_cancellation x ON x.order_id = l.order_id AND l.kind = 'refund' "
        "WHERE l.resident_id = ? ORDER BY l.id"));
    if (!q.exec(residentId))
        return std::nullopt;
    QList<LedgerEntry> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                     fromDbTime(q.value(3)), q.value(4).toLongLong(), q.value(5).toLongLong(),
                     q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toInt(), q.value(9).toString()});
    return rows;
}

} // namespace linli
