#include "Canteen.h"

#include "Database.h"
#include "CanteenSlips.h"
#include "Stores.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcCanteen, "linli.canteen")

namespace linli {

namespace canteen_rules {

bool eligible(const MealSetRecord &set, const IdentifiedPerson &person, const QDate &day)
{
    if (set.forDrivers)
        return person.kind == Identity::Driver;
    // Age counts on the day of the order: 60 today is 60.
    return person.kind == Identity::Resident && ageOn(person.birthDate, day) >= set.minAge;
}

bool deliveryOffered(const IdentifiedPerson &person, const QDate &day)
{
    return person.kind == Identity::Resident
        && (ageOn(person.birthDate, day) >= kDeliveryAge || person.mobilityImpaired || person.deliveryEnabled);
}

bool holdsExactly(const MealSetRecord &set, const QList<MenuDish> &dishes)
{
    int counts[kDishCategories] = {};
    for (const MenuDish &dish : dishes)
        ++counts[int(dish.category)];
    return std::equal(std::begin(counts), std::end(counts), std::begin(set.counts));
}

bool canBePaid(const OrderRecord &order)
{
    return !order.paidAt.isValid() && order.state != QLatin1String("lapsed")
        && order.state != QLatin1String("cancelled");
}

bool canBeCancelled(const OrderRecord &order)
{
    return order.state == QLatin1String("new");
}

const QStringList &cancelReasons()
{
    static const QStringList reasons = {QStringLiteral("changed_mind"), QStringLiteral("wrong_order"),
                                        QStringLiteral("cannot_cook"), QStringLiteral("other")};
    return reasons;
}

const QStringList &correctionReasons()
{
    static const QStringList reasons = {QStringLiteral("counted_wrong"), QStringLiteral("paid_cash"),
                                        QStringLiteral("cash_back"), QStringLiteral("other")};
    return reasons;
}

Price price(const MealSetRecord *set, const QList<MenuDish> &dishes)
{
    Price price;
    for (const MenuDish &dish : dishes)
        price.normalFen += dish.priceFen;
    price.totalFen = set ? qMin(set->priceFen, price.normalFen) : price.normalFen;
    price.subsidyFen = price.normalFen - price.totalFen;
    return price;
}

} // namespace canteen_rules

namespace {

QString serviceCode(Canteen::Service service)
{
    switch (service) {
    case Canteen::DineIn: return QStringLiteral("dine_in");
    case Canteen::TakeAway: return QStringLiteral("take_away");
    case Canteen::Delivery: return QStringLiteral("delivery");
    }
    return {};
}

QString serviceText(const QString &code)
{
    if (code == QLatin1String("take_away"))
        return QStringLiteral("打包");
    if (code == QLatin1String("delivery"))
        return QStringLiteral("送餐上门");
    return QStringLiteral("堂食");
}

QStringList kitchenTags(const OrderLineRecord &line)
{
    QStringList tags;
    if (line.soft)
        tags << QStringLiteral("软烂");
    if (line.lowSalt)
        tags << QStringLiteral("少盐");
    if (line.lowSugar)
        tags << QStringLiteral("少糖");
    if (line.spicy)
        tags << QStringLiteral("辣");
    return tags;
}

// Where a delivery goes, for its slips; nullopt when the resident cannot be read.
std::optional<QString> deliveryAddress(Database &db, qint64 residentId)
{
    const std::optional<ResidentRecord> resident = PeopleStore(db).resident(residentId);
    if (!resident)
        return std::nullopt;
    return formatAddress(resident->building, resident->unit, resident->room);
}

// Stored value on the resident's meal card, taken off in the order's transaction.
class MealCardPayment : public PaymentMethod
{
public:
    QString code() const override { return QStringLiteral("meal_card"); }
    QString receiptName() const override { return QStringLiteral("饭卡"); }
    Canteen::Problem settle(CanteenStore &store, const IdentifiedPerson &person, OrderRecord &order,
                            const QDateTime &now, qint64 *balanceAfterFen) override
    {
        if (person.kind != Identity::Resident)
            return Canteen::NeedsResident;
        const std::optional<qint64> balance = store.mealCardBalance(person.personId);
        if (!balance)
            return Canteen::NoMealCard;
        if (!store.charge(person.personId, order.totalFen))
            return Canteen::NotEnoughBalance;
        *balanceAfterFen = *balance - order.totalFen;
        order.paidAt = now;
        return Canteen::NoProblem;
    }
    bool record(CanteenStore &store, const OrderRecord &order, const QDateTime &now) override
    {
        return store.addLedgerRow({order.residentId, QStringLiteral("charge"), -order.totalFen, now, order.id, 0});
    }
    bool refund(CanteenStore &store, const OrderRecord &order, const QDateTime &now) override
    {
        return store.credit(order.residentId, order.paidFen)
            && store.addLedgerRow({order.residentId, QStringLiteral("refund"), order.paidFen, now, order.id, 0});
    }
    bool refundsToCard() const override { return true; }
};

// Recorded unpaid; staff mark it paid at the counter, or it lapses.
class CounterPayment : public PaymentMethod
{
public:
    QString code() const override { return QStringLiteral("counter"); }
    QString receiptName() const override { return QStringLiteral("柜台付款"); }
    Canteen::Problem settle(CanteenStore &, const IdentifiedPerson &, OrderRecord &, const QDateTime &,
                            qint64 *) override
    {
        return Canteen::NoProblem;
    }
};

} // namespace

CanteenService::CanteenService(Database &db, const Clock &clock, PaperWidth paper)
    : m_db(db)
    , m_clock(clock)
    , m_paper(paper)
{
    m_payments[Canteen::MealCard] = std::make_unique<MealCardPayment>();
    m_payments[Canteen::AtCounter] = std::make_unique<CounterPayment>();
}

CanteenService::~CanteenService() = default;

QStringList CanteenService::periodCodes()
{
    QStringList codes;
    for (const MealPeriodRecord &period : periods())
        codes.append(period.code);
    return codes;
}

const QList<MealPeriodRecord> &CanteenService::periods()
{
    if (!m_periods || m_periods->isEmpty())
        m_periods = CanteenStore(m_db).periods(); // sorted by opening time
    return *m_periods;
}

PeriodState CanteenService::periodAt(const QDateTime &now)
{
    const QList<MealPeriodRecord> &periods = this->periods();
    PeriodState state;
    if (periods.isEmpty())
        return state;
    const QTime time = now.time();
    for (const MealPeriodRecord &period : periods) {
        if (time < period.closes) {
            state.code = period.code;
            state.open = time >= period.opens;
            state.day = now.date();
            state.opensAt = QDateTime(state.day, period.opens);
            state.closesAt = QDateTime(state.day, period.closes);
            return state;
        }
    }
    // After the last window: tomorrow's first.
    state.code = periods.constFirst().code;
    state.day = now.date().addDays(1);
    state.opensAt = QDateTime(state.day, periods.constFirst().opens);
    state.closesAt = QDateTime(state.day, periods.constFirst().closes);
    return state;
}

QString CanteenService::latestPeriodToday(const QDateTime &now)
{
    const QList<MealPeriodRecord> &periods = this->periods();
    QString latest = periods.isEmpty() ? QString() : periods.constFirst().code;
    for (const MealPeriodRecord &period : periods)
        if (now.time() >= period.opens)
            latest = period.code;
    return latest;
}

QList<MenuDish> CanteenService::menu(const PeriodState &period)
{
    CanteenStore store(m_db);
    // A period's menu is copied from the standard one once; later orders only
    // read it. A copy made inside a transaction is remembered only once that
    // is surely committed: by the next call outside one.
    const QString made = menuKey(period);
    if (m_menusMade.contains(made))
        return store.menu(period.day, period.code);
    if (!store.ensureMenu(period.day, period.code))
        return {};
    QList<MenuDish> dishes = store.menu(period.day, period.code);
    if (!dishes.isEmpty() && !m_db.inTransaction())
        m_menusMade.insert(made);
    return dishes;
}

QList<MealSetRecord> CanteenService::sets()
{
    return CanteenStore(m_db).sets();
}

CanteenService::View CanteenService::view(const IdentifiedPerson &person)
{
    View view;
    view.period = periodAt(m_clock.now());
    if (view.period.open)
        view.menu = menu(view.period);
    view.sets = sets();
    CanteenStore store(m_db);
    if (person.kind == Identity::Resident)
        view.balanceFen = store.mealCardBalance(person.personId).value_or(-1);
    const qint64 residentId = person.kind == Identity::Resident ? person.personId : 0;
    const qint64 driverId = person.kind == Identity::Driver ? person.personId : 0;
    if (residentId || driverId)
        for (const MealSetRecord &set : view.sets)
            if (set.onePerPeriod && store.setsTaken(set.code, residentId, driverId, view.period.day, view.period.code).value_or(0) > 0)
                view.setsTaken.insert(set.code);
    // No meal periods, or an open one without dishes: nothing could be read.
    view.available = !periods().isEmpty() && (!view.period.open || !view.menu.isEmpty()) && !m_db.connectionLost();
    return view;
}

PlacedOrder CanteenService::fail(Canteen::Problem problem, qint64 dish) const
{
    PlacedOrder result;
    result.problem = problem;
    result.problemDish = dish;
    if (problem != Canteen::StorageError)
        qCInfo(lcCanteen) << "order refused:" << problem << (dish ? QStringLiteral("dish %1").arg(dish) : QString());
    return result;
}

std::optional<qint64> CanteenService::addWithNewPickupCode(CanteenStore &store, OrderRecord &order)
{
    // Random, so that a code cannot be guessed from the one before it; the
    // insert itself tells when the day has it already.
    for (int attempt = 0; attempt < 50; ++attempt) {
        order.pickupCode = QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(10000), 4, 10, QLatin1Char('0'));
        const std::optional<qint64> id = store.addOrder(order);
        if (!id || *id > 0)
            return id;
    }
    return std::nullopt;
}

QString CanteenService::menuKey(const PeriodState &period)
{
    return dayText(period.day) + u' ' + period.code;
}

PlacedOrder CanteenService::place(const OrderDraft &draft)
{
    return m_db.retryingConflicts([&] { return placeOnce(draft); });
}

PlacedOrder CanteenService::placeOnce(const OrderDraft &draft)
{
    using namespace canteen_rules;
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(Canteen::StorageError);
    CanteenStore store(m_db);

    // A second tap on "pay" finds the order the first tap placed.
    if (const std::optional<OrderRecord> earlier = store.orderByRequestKey(draft.requestKey)) {
        PlacedOrder result;
        result.problem = Canteen::NoProblem;
        result.order = *earlier;
        result.price = {earlier->normalFen, earlier->subsidyFen, earlier->totalFen};
        result.repeated = true;
        return result;
    }

    const PeriodState period = periodAt(now);
    if (!period.open)
        return fail(Canteen::Closed);
    // First, so that everything below sees the orders other kiosks placed
    // before this one (gapless too: a refused order gives its number back).
    const std::optional<int> number = store.takeOrderNumber(period.day);
    if (!number)
        return fail(Canteen::StorageError);
    // Each dish once: the screens choose a dish or leave it.
    if (draft.dishIds.isEmpty() || QSet<qint64>(draft.dishIds.begin(), draft.dishIds.end()).size() != draft.dishIds.size())
        return fail(Canteen::WrongDishes);
    if (!m_menusMade.contains(menuKey(period)) && menu(period).isEmpty())
        return fail(Canteen::StorageError);
    // The portions first, in one statement that also reads the dishes: a
    // refusal below rolls them back with the rest.
    const std::optional<QList<MenuDish>> taken = store.takePortions(period.day, period.code, draft.dishIds);
    if (!taken)
        return fail(Canteen::StorageError);
    QHash<qint64, MenuDish> onMenu;
    for (const MenuDish &dish : *taken)
        onMenu.insert(dish.dishId, dish);
    qint64 soldOut = 0; // reported after every other problem, as a sold-out dish can be swapped
    if (taken->size() != draft.dishIds.size()) {
        // Not on the menu at all, or no portion left: the menu tells which.
        for (const MenuDish &dish : menu(period))
            onMenu.insert(dish.dishId, dish);
        for (qint64 id : draft.dishIds) {
            if (!onMenu.contains(id))
                return fail(Canteen::UnknownDish, id);
            if (!soldOut && std::none_of(taken->begin(), taken->end(), [id](const MenuDish &d) { return d.dishId == id; }))
                soldOut = id;
        }
    }
    QList<MenuDish> chosen;
    for (qint64 id : draft.dishIds)
        chosen.append(onMenu.value(id));

    std::optional<MealSetRecord> set;
    if (!draft.setCode.isEmpty()) {
        for (const MealSetRecord &candidate : store.sets())
            if (candidate.code == draft.setCode)
                set = candidate;
        if (!set || !holdsExactly(*set, chosen))
            return fail(Canteen::WrongDishes);
        if (!eligible(*set, draft.person, period.day))
            return fail(Canteen::NotEligible);
    }
    const bool isResident = draft.person.kind == Identity::Resident;
    const qint64 residentId = isResident ? draft.person.personId : 0;
    const qint64 driverId = draft.person.kind == Identity::Driver ? draft.person.personId : 0;
    if (set && set->onePerPeriod) {
        const std::optional<int> taken = store.setsTaken(set->code, residentId, driverId, period.day, period.code);
        if (!taken)
            return fail(Canteen::StorageError);
        if (*taken > 0)
            return fail(Canteen::SetAlreadyTaken);
    }
    QString address;
    if (draft.service == Canteen::Delivery) {
        if (!deliveryOffered(draft.person, period.day))
            return fail(Canteen::DeliveryNotOffered);
        const std::optional<QString> door = deliveryAddress(m_db, residentId);
        if (!door)
            return fail(Canteen::StorageError);
        address = *door;
    }
    const auto payment = m_payments.find(draft.payment);
    if (payment == m_payments.end())
        return fail(Canteen::StorageError);
    if (draft.payment == Canteen::MealCard && !isResident)
        return fail(Canteen::NeedsResident); // before any portion is taken

    if (soldOut)
        return fail(Canteen::SoldOut, soldOut); // the transaction gives back what was taken

    PlacedOrder result;
    result.price = price(set ? &*set : nullptr, chosen);
    OrderRecord &order = result.order;
    order.day = period.day;
    order.period = period.code;
    order.residentId = residentId;
    order.driverId = driverId;
    order.setCode = set ? set->code : QString();
    order.onePerPeriod = set && set->onePerPeriod;
    order.service = serviceCode(draft.service);
    order.normalFen = result.price.normalFen;
    order.subsidyFen = result.price.subsidyFen;
    order.totalFen = result.price.totalFen;
    order.payment = payment->second->code();
    order.createdAt = now;
    order.state = QStringLiteral("new");
    order.requestKey = draft.requestKey;
    order.site = m_db.site(); // cooked where it is ordered
    // 代办 is for residents: whoever helps a driver or a walk-in is not recorded.
    const bool assisted = isResident && draft.assistant.kind == Identity::Staff;
    order.assistedBy = assisted ? draft.assistant.personId : 0;

    if (const Canteen::Problem problem = payment->second->settle(store, draft.person, order, now, &result.balanceAfterFen);
        problem != Canteen::NoProblem)
        return fail(problem);

    order.number = *number;
    const std::optional<qint64> orderId = addWithNewPickupCode(store, order);
    if (!orderId)
        return fail(Canteen::StorageError);
    order.id = *orderId;
    QList<OrderLineRecord> lines;
    for (const MenuDish &dish : chosen)
        lines.append({dish.dishId, dish.name, dish.priceFen, dish.soft, dish.lowSalt, dish.lowSugar, dish.spicy});
    if (!store.addLines(order.id, lines) || !payment->second->record(store, order, now))
        return fail(Canteen::StorageError);

    const slips::CanteenOrder slip =
        slipFor(order, lines, set ? set->name : QString(), address, assisted ? draft.assistant.fullName : QString());
    const std::optional<QList<qint64>> jobs = PrintJobStore(m_db).add(
        {{QStringLiteral("canteen_receipt"), slips::canteenReceipt(slip, m_paper)},
         {QStringLiteral("kitchen_ticket"), slips::kitchenTicket(slip, m_paper)}},
        now, {SlipFor::Order, order.id});
    if (!jobs || !transaction.commit())
        return fail(Canteen::StorageError);
    result.receiptJob = jobs->at(0);
    result.kitchenJob = jobs->at(1);
    result.problem = Canteen::NoProblem;
    qCInfo(lcCanteen) << "order" << order.number << "placed," << order.totalFen << "fen by" << order.payment;
    return result;
}

slips::CanteenOrder CanteenService::slipFor(const OrderRecord &order, const QList<OrderLineRecord> &lines,
                                            const QString &setName, const QString &address,
                                            const QString &assistant) const
{
    slips::CanteenOrder slip;
    slip.number = order.number;
    slip.pickupCode = order.pickupCode;
    slip.orderCode = QStringLiteral("LLO:%1:%2:%3")
                         .arg(order.day.toString(QStringLiteral("yyyyMMdd")))
                         .arg(order.number)
                         .arg(order.pickupCode);
    for (const OrderLineRecord &line : lines)
        slip.lines.append({line.name, line.priceFen, kitchenTags(line)});
    slip.setName = setName;
    slip.normalFen = order.normalFen;
    slip.subsidyFen = order.subsidyFen;
    slip.totalFen = order.totalFen;
    slip.paid = order.paidAt.isValid();
    if (const PaymentMethod *method = paymentFor(order))
        slip.payment = method->receiptName();
    slip.service = serviceText(order.service);
    slip.address = address;
    slip.assistant = assistant;
    slip.at = order.createdAt.toLocalTime(); // stored in UTC, printed as the kiosk's clock reads
    return slip;
}

std::optional<qint64> CanteenService::queueReceiptCopy(qint64 orderId)
{
    CanteenStore store(m_db);
    const std::optional<OrderRecord> order = store.order(orderId);
    if (!order)
        return std::nullopt;
    QString setName;
    for (const MealSetRecord &set : store.sets())
        if (set.code == order->setCode)
            setName = set.name;
    QString address;
    if (order->service == QLatin1String("delivery"))
        address = deliveryAddress(m_db, order->residentId).value_or(QString());
    QString assistant;
    if (order->assistedBy)
        if (const std::optional<StaffRecord> staff = PeopleStore(m_db).staff(order->assistedBy))
            assistant = staff->name;
    slips::CanteenOrder slip = slipFor(*order, store.lines(orderId), setName, address, assistant);
    slip.copy = true;
    return PrintJobStore(m_db).add(QStringLiteral("canteen_receipt"), m_clock.now(), slips::canteenReceipt(slip, m_paper),
                                   {SlipFor::Order, orderId});
}

int CanteenService::lapseUnpaidOrders()
{
    return m_db.retryingConflicts([this] { return lapseOnce(); });
}

int CanteenService::lapseOnce()
{
    const QDateTime now = m_clock.now();
    const PeriodState current = periodAt(now);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return 0;
    CanteenStore store(m_db);
    int lapsed = 0;
    for (const OrderRecord &order : store.unpaidCounterOrders()) {
        // Still its period (open, or not yet begun): it may be paid yet.
        if (order.day == current.day && order.period == current.code)
            continue;
        if (order.day > now.date())
            continue;
        const std::optional<bool> lapsedNow = store.lapse(order.id);
        if (!lapsedNow)
            return 0;
        if (!*lapsedNow)
            continue; // another kiosk lapsed it, and gave its portions back
        for (const OrderLineRecord &line : store.lines(order.id))
            if (!store.returnPortion(order, line.dishId))
                return 0;
        ++lapsed;
    }
    if (!transaction.commit())
        return 0;
    if (lapsed > 0)
        qCInfo(lcCanteen) << lapsed << "unpaid orders lapsed; their portions are back on the menu";
    return lapsed;
}

bool CanteenService::markPaid(qint64 orderId)
{
    // The rule decides; the statement's own condition keeps a second kiosk
    // that paid it a moment ago from paying it twice.
    Transaction transaction(m_db);
    CanteenStore store(m_db);
    const std::optional<OrderRecord> order = store.order(orderId);
    return transaction.isActive() && order && canteen_rules::canBePaid(*order)
        && store.markPaid(orderId, m_clock.now()) && transaction.commit();
}

bool CanteenService::topUp(qint64 residentId, qint64 amountFen, qint64 staffId, const QString &requestKey)
{
    if (amountFen <= 0 || requestKey.isEmpty())
        return false;
    return m_db.retryingConflicts([&] { return topUpOnce(residentId, amountFen, staffId, requestKey); });
}

bool CanteenService::topUpOnce(qint64 residentId, qint64 amountFen, qint64 staffId, const QString &requestKey)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    CanteenStore store(m_db);
    // A second tap finds the top-up the first one made.
    const std::optional<bool> made = store.topUpRecorded(requestKey);
    if (!made)
        return false;
    if (*made) {
        qCInfo(lcCanteen) << "top-up tapped again for resident" << residentId << "- made once";
        return true;
    }
    return store.topUp(residentId, amountFen, staffId, m_clock.now(), requestKey) && transaction.commit();
}

PaymentMethod *CanteenService::paymentFor(const OrderRecord &order) const
{
    for (const auto &[kind, method] : m_payments)
        if (method->code() == order.payment)
            return method.get();
    return nullptr;
}

CancelledOrder CanteenService::cancel(qint64 orderId, const QString &reason, qint64 staffId)
{
    if (!canteen_rules::cancelReasons().contains(reason))
        return {};
    return m_db.retryingConflicts([&] { return cancelOnce(orderId, reason, staffId); });
}

CancelledOrder CanteenService::cancelOnce(qint64 orderId, const QString &reason, qint64 staffId)
{
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {};
    CanteenStore store(m_db);
    const std::optional<OrderRecord> order = store.order(orderId);
    PaymentMethod *payment = order ? paymentFor(*order) : nullptr;
    if (!payment)
        return {};
    CancelledOrder result;
    result.number = order->number;
    if (order->state == QLatin1String("cancelled")) {
        result.outcome = CancelledOrder::AlreadyCancelled; // a second tap
        return result;
    }
    if (!canteen_rules::canBeCancelled(*order)) {
        result.outcome = CancelledOrder::NotCancellable;
        return result;
    }
    result.refundFen = order->paidAt.isValid() ? order->paidFen : 0;
    result.refundToCard = result.refundFen > 0 && payment->refundsToCard();
    if (!store.cancel(orderId, staffId, reason, result.refundFen, now))
        return {};
    for (const OrderLineRecord &line : store.lines(orderId))
        if (!store.returnPortion(*order, line.dishId))
            return {};
    if (result.refundFen > 0 && !payment->refund(store, *order, now))
        return {};
    const std::optional<StaffRecord> staff = PeopleStore(m_db).staff(staffId);
    const slips::CancelledOrderSlip slip{order->number, order->pickupCode, slips::cancelReasonText(reason), result.refundFen,
                                         result.refundToCard, staff ? staff->name : QString(), now.toLocalTime()};
    const std::optional<qint64> job = PrintJobStore(m_db).add(
        QStringLiteral("canteen_cancelled"), now, slips::cancelledOrder(slip, m_paper), {SlipFor::Order, orderId});
    if (!job || !transaction.commit())
        return {};
    result.slipJob = *job;
    result.outcome = CancelledOrder::Cancelled;
    qCInfo(lcCanteen) << "order" << order->number << "cancelled by staff" << staffId << "(" << reason << "),"
                      << result.refundFen << "fen back";
    return result;
}

bool CanteenService::correct(qint64 residentId, qint64 amountFen, const QString &reason, qint64 staffId)
{
    if (amountFen == 0 || !canteen_rules::correctionReasons().contains(reason))
        return false;
    return m_db.retryingConflicts([&] {
        Transaction transaction(m_db);
        return transaction.isActive()
            && CanteenStore(m_db).correct(residentId, amountFen, staffId, reason, m_clock.now())
            && transaction.commit();
    });
}

} // namespace linli
