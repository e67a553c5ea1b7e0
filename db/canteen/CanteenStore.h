#pragma once

// The canteen's SQL. Rules (who may order what, prices, subsidies) live in
// native/Canteen; this file only reads and writes rows.

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <optional>

namespace linli {

enum class DishCategory { Meat, Vegetable, Soup, Staple, Drink };
inline constexpr int kDishCategories = 5;

struct MealPeriodRecord
{
    QString code; // breakfast, lunch, dinner
    QTime opens, closes;
};

struct MenuDish
{
    qint64 dishId = 0;
    QString name, nameEn;
    DishCategory category = DishCategory::Meat;
    qint64 priceFen = 0;
    int portions = 0; // left to sell today
    bool soft = false, lowSalt = false, lowSugar = false, spicy = false;
};

struct MealSetRecord
{
    QString code, name, nameEn;
    qint64 priceFen = 0;
    int counts[kDishCategories] = {}; // dishes of each category the set holds
    bool forDrivers = false;          // otherwise residents of at least minAge
    int minAge = 0;
    bool onePerPeriod = false;
};

struct OrderRecord
{
    qint64 id = 0;
    QDate day;
    QString period;
    int number = 0;
    QString pickupCode;
    qint64 residentId = 0, driverId = 0;
    QString setCode;
    QString service; // dine_in, take_away, delivery
    qint64 normalFen = 0, subsidyFen = 0, totalFen = 0;
    QString payment; // meal_card, counter
    QDateTime paidAt;
    QString state;
    QDateTime createdAt;
    QString requestKey;
    bool onePerPeriod = false;
    qint64 assistedBy = 0; // 代办: the staff member or volunteer who ordered with the resident
    QString site;          // where it is cooked: the site of the kiosk that took it
    qint64 paidFen = 0;    // read back: the amount taken (0 while unpaid)
};

struct OrderLineRecord
{
    qint64 dishId = 0;
    QString name;
    qint64 priceFen = 0;
    bool soft = false, lowSalt = false, lowSugar = false, spicy = false;
};

// The meal_order columns in the order orderFromRow() reads them, for every
// query that returns whole orders.
QString orderColumns();
OrderRecord orderFromRow(const Query &q);
// The orders that count (on the board, in the figures, for a set's one per
// meal): neither lapsed nor cancelled, whose portions went back. `alias` is
// the query's name for meal_order with its dot ("o.").
QString orderCounts(const QString &alias = {});

// One row of a meal card's ledger (meal_card_ledger).
struct LedgerEntry
{
    qint64 residentId = 0;
    QString kind; // opening, top_up, charge, refund, correction
    qint64 amountFen = 0; // onto the card (+) or off it (-)
    QDateTime at;
    qint64 orderId = 0;
    qint64 topUpId = 0;
    qint64 balanceFen = 0; // read back: the balance the row left
    qint64 correctionId = 0;
    int orderNumber = 0;   // read back: the charged or refunded order's number that day
    QString reason;        // read back: why a correction or a refund (a reason code)
};

struct LedgerMismatch
{
    qint64 residentId = 0;
    qint64 balanceFen = 0; // on the card
    qint64 ledgerFen = 0;  // the sum of its rows
    qint64 lastRowFen = 0; // the balance its last row left
};

class CanteenStore
{
public:
    // The menus and new orders are the connection's site's (Database::site).
    explicit CanteenStore(Database &db) : m_db(db) {}

    QList<MealPeriodRecord> periods();
    QList<MealSetRecord> sets();
    // Starts the day's menu from the standard menu, once.
    bool ensureMenu(const QDate &day, const QString &period);
    QList<MenuDish> menu(const QDate &day, const QString &period);

    // One portion less of each dish (all different), never below zero: the
    // dishes that had one to take, as the menu shows them. A dish missing
    // from the answer is sold out or not on the menu.
    std::optional<QList<MenuDish>> takePortions(const QDate &day, const QString &period, const QList<qint64> &dishIds);
    // A portion of `order`'s dish back on sale, at the order's own site.
    bool returnPortion(const OrderRecord &order, qint64 dishId);

    std::optional<OrderRecord> orderByRequestKey(const QString &key);
    std::optional<OrderRecord> order(qint64 id);
    QList<OrderLineRecord> lines(qint64 orderId);
    // The day's next order number; holds every other kiosk's order of the
    // day back until this transaction ends.
    std::optional<int> takeOrderNumber(const QDate &day);
    // How many of a limited set this person already has in the period.
    std::optional<int> setsTaken(const QString &setCode, qint64 residentId, qint64 driverId, const QDate &day,
                                 const QString &period);
    // The new order's id; 0 when its pickup code is taken that day already.
    std::optional<qint64> addOrder(const OrderRecord &order);
    // The order's lines, numbered from 1, in one statement.
    bool addLines(qint64 orderId, const QList<OrderLineRecord> &lines);

    // Counter orders not yet paid (nor lapsed), deliveries apart: those are
    // paid at the door.
    QList<OrderRecord> unpaidCounterOrders();
    // False when it had lapsed or been paid already (by another kiosk).
    std::optional<bool> lapse(qint64 orderId);
    bool markPaid(qint64 orderId, const QDateTime &at);

    std::optional<qint64> mealCardBalance(qint64 residentId); // nullopt: no card (or no answer)
    // A change to a card's balance, written after the change itself in its
    // transaction: the row keeps the balance it left.
    bool addLedgerRow(const LedgerEntry &entry);
    // Cards without a ledger yet get their opening row (a new database's
    // demo cards, the cards held when the ledger began).
    bool openLedgers(const QDateTime &at);
    // Cards whose balance is not the sum of their ledger, or not the balance
    // its last row left: empty when every card adds up; nullopt: no answer.
    std::optional<QList<LedgerMismatch>> ledgerMismatches();
    std::optional<QList<LedgerEntry>> ledger(qint64 residentId);
    // Takes the amount off the card only if it is all there.
    bool charge(qint64 residentId, qint64 amountFen);
    // Puts money back on the card (a cancelled order's refund).
    bool credit(qint64 residentId, qint64 amountFen);

    // A new order taken off the board by staff, with why and what was paid
    // back; false when it is no longer new (the kitchen began it meanwhile).
    bool cancel(qint64 orderId, qint64 staffId, const QString &reason, qint64 refundFen, const QDateTime &at);
    // The change to a card's balance, its reason and its ledger row; false
    // (nothing written) when the card would go below zero.
    bool correct(qint64 residentId, qint64 amountFen, qint64 staffId, const QString &reason, const QDateTime &at);
    // Whether a top-up was made under this key already.
    std::optional<bool> topUpRecorded(const QString &requestKey);
    // Adds to the card and records the top-up with its key; a key recorded
    // before fails (the unique index), whatever the caller checked.
    bool topUp(qint64 residentId, qint64 amountFen, qint64 staffId, const QDateTime &at, const QString &requestKey);

private:
    Database &m_db;
};

} // namespace linli
