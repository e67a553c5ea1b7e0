#pragma once

#include "CanteenStore.h"
#include "Clock.h"
#include "EscPosEncoder.h"
#include "Identity.h"
#include "CanteenSlips.h"

#include <QObject>
#include <QSet>
#include <map>
#include <memory>

namespace linli {

namespace Canteen {
Q_NAMESPACE

enum Problem {
    NoProblem,
    Closed,             // outside every ordering window
    UnknownDish,        // not on this period's menu
    SoldOut,
    WrongDishes,        // the set holds other dishes (or no dish was chosen)
    NotEligible,        // the set is for someone else (age, driver)
    SetAlreadyTaken,    // one per person and meal period
    NeedsResident,      // a meal card belongs to an identified resident
    NoMealCard,
    NotEnoughBalance,
    DeliveryNotOffered, // delivery is for 80+ and mobility-impaired residents (or as staff enable)
    StorageError
};
Q_ENUM_NS(Problem)

enum Service { DineIn, TakeAway, Delivery };
Q_ENUM_NS(Service)

enum Payment { MealCard, AtCounter };
Q_ENUM_NS(Payment)
} // namespace Canteen

// The canteen's rules, free of any database: tested as tables.
namespace canteen_rules {

inline constexpr int kDeliveryAge = 80;

bool eligible(const MealSetRecord &set, const IdentifiedPerson &person, const QDate &day);
bool deliveryOffered(const IdentifiedPerson &person, const QDate &day);
// Whether the chosen dishes are exactly what the set holds.
bool holdsExactly(const MealSetRecord &set, const QList<MenuDish> &dishes);

struct Price
{
    qint64 normalFen = 0;  // the dishes at their own prices
    qint64 subsidyFen = 0; // what the street office pays for a set
    qint64 totalFen = 0;   // what the customer pays
};
// With a set, the customer pays the set price but never more than the dishes
// would cost on their own; the difference is the subsidy.
Price price(const MealSetRecord *set, const QList<MenuDish> &dishes);

// Staff take the money for an unpaid order at the counter, unless it lapsed
// (its meal is over and its portions went back).
bool canBePaid(const OrderRecord &order);

// Staff cancel an order only while it is new: once the kitchen has begun
// it, the food is cooked and the order stands.
bool canBeCancelled(const OrderRecord &order);
// Why staff cancel an order (order_cancellation.reason) and why they
// correct a card's balance (meal_card_correction.reason): chosen, never typed.
const QStringList &cancelReasons();
const QStringList &correctionReasons();


} // namespace canteen_rules

// A way to pay. place() hands it the order inside the order's own
// transaction; it settles it (and sets paidAt) or refuses. A QR-payment
// gateway is one more implementation, registered in CanteenService.
class PaymentMethod
{
public:
    virtual ~PaymentMethod() = default;
    virtual QString code() const = 0;        // meal_order.payment
    virtual QString receiptName() const = 0; // as printed on the receipt
    virtual Canteen::Problem settle(CanteenStore &store, const IdentifiedPerson &person, OrderRecord &order,
                                    const QDateTime &now, qint64 *balanceAfterFen) = 0;
    // Once the order has its id, in its transaction: what the payment
    // leaves on record beside it (a meal card's ledger row).
    virtual bool record(CanteenStore &store, const OrderRecord &order, const QDateTime &now)
    {
        Q_UNUSED(store);
        Q_UNUSED(order);
        Q_UNUSED(now);
        return true;
    }
    // A paid order cancelled, in the cancellation's transaction: its money
    // back where it came from (onto the card, with its ledger row; the
    // counter hands back cash and writes nothing more).
    virtual bool refund(CanteenStore &store, const OrderRecord &order, const QDateTime &now)
    {
        Q_UNUSED(store);
        Q_UNUSED(order);
        Q_UNUSED(now);
        return true;
    }
    // Whether the refund goes back onto the card (else in cash).
    virtual bool refundsToCard() const { return false; }
};

struct CancelledOrder
{
    enum Outcome { Cancelled, AlreadyCancelled, NotCancellable, StorageError };
    Outcome outcome = StorageError;
    int number = 0;
    qint64 refundFen = 0;      // what went back (0: it was not paid)
    bool refundToCard = false; // else in cash, at the counter
    qint64 slipJob = 0;
};

struct PeriodState
{
    QString code; // the period open now, or the next one
    bool open = false;
    QDate day;    // the day of that period
    QDateTime opensAt;
    QDateTime closesAt;
};

struct OrderDraft
{
    IdentifiedPerson person; // Nobody for an anonymous order at normal prices
    QString setCode;         // empty: dishes at their own prices
    QList<qint64> dishIds;
    Canteen::Service service = Canteen::DineIn;
    Canteen::Payment payment = Canteen::AtCounter;
    QString requestKey;      // one per "pay" button press, the same on a second tap
    IdentifiedPerson assistant; // 代办: the staff member ordering with the resident (else Nobody)
};

struct PlacedOrder
{
    Canteen::Problem problem = Canteen::StorageError;
    qint64 problemDish = 0;  // the sold-out or unknown dish
    OrderRecord order;
    canteen_rules::Price price;
    qint64 receiptJob = 0, kitchenJob = 0;
    qint64 balanceAfterFen = -1; // meal card payments
    bool repeated = false;       // a second tap: the order placed the first time
};

class CanteenService
{
public:
    CanteenService(Database &db, const Clock &clock, PaperWidth paper);
    ~CanteenService();

    PeriodState periodAt(const QDateTime &now);
    // For staff: today's meal under way or last begun (the one being cooked
    // and delivered); before the first window, the first.
    QString latestPeriodToday(const QDateTime &now);
    QList<MenuDish> menu(const PeriodState &period);
    QList<MealSetRecord> sets();
    // The day's meal periods, by opening time (breakfast, lunch, dinner).
    QStringList periodCodes();
    // Everything the ordering screen starts from, for this person now.
    struct View
    {
        PeriodState period;
        QList<MenuDish> menu;
        QList<MealSetRecord> sets;
        qint64 balanceFen = -1; // -1: no meal card to pay with
        QSet<QString> setsTaken; // one-per-meal sets this person already has
        bool available = true;   // false: the database could not say (its server is away)
    };
    View view(const IdentifiedPerson &person);

    // Everything in one transaction: the order, its lines, its portions, the
    // payment and both slips (receipt and kitchen ticket). Nothing prints
    // before it is committed.
    PlacedOrder place(const OrderDraft &draft);

    // A copy of an order's receipt (marked 补打) for the printer; staff reprint any receipt.
    std::optional<qint64> queueReceiptCopy(qint64 orderId);

    // Unpaid counter orders of a period that has ended give their portions back.
    int lapseUnpaidOrders();
    bool markPaid(qint64 orderId);
    // Staff add money to a resident's meal card. The request key is one per
    // tap of a top-up button: the same key again changes nothing and is true
    // (it is the same tap); an empty key is refused.
    bool topUp(qint64 residentId, qint64 amountFen, qint64 staffId, const QString &requestKey);
    // A new order taken back, in one transaction: its portions back on sale,
    // its money back (canteen_rules::canBeCancelled), why, and a slip for the
    // counter and the kitchen. A second tap finds it cancelled already.
    CancelledOrder cancel(qint64 orderId, const QString &reason, qint64 staffId);
    // A change to a card's balance that is no top-up (money counted wrong, a
    // meal paid in cash twice), with its reason and ledger row; false when
    // the card would go below zero or the reason is not one of ours.
    bool correct(qint64 residentId, qint64 amountFen, const QString &reason, qint64 staffId);

private:
    PlacedOrder placeOnce(const OrderDraft &draft);
    int lapseOnce();
    bool topUpOnce(qint64 residentId, qint64 amountFen, qint64 staffId, const QString &requestKey);
    CancelledOrder cancelOnce(qint64 orderId, const QString &reason, qint64 staffId);
    PaymentMethod *paymentFor(const OrderRecord &order) const;
    PlacedOrder fail(Canteen::Problem problem, qint64 dish = 0) const;
    // Adds the order under a pickup code no other order of its day has.
    std::optional<qint64> addWithNewPickupCode(CanteenStore &store, OrderRecord &order);
    static QString menuKey(const PeriodState &period);
    slips::CanteenOrder slipFor(const OrderRecord &order, const QList<OrderLineRecord> &lines, const QString &setName,
                                const QString &address, const QString &assistant) const;

    const QList<MealPeriodRecord> &periods();

    Database &m_db;
    const Clock &m_clock;
    PaperWidth m_paper;
    QSet<QString> m_menusMade; // "day period" whose menu exists
    std::map<Canteen::Payment, std::unique_ptr<PaymentMethod>> m_payments;
    // Read once: windows change rarely, and a change applies from the next start.
    std::optional<QList<MealPeriodRecord>> m_periods;
};

} // namespace linli
