#include "CanteenFlow.h"

#include "Backend.h"
#include "Money.h"
#include "PersonSession.h"

#include <algorithm>
#include <QUuid>

namespace linli {

namespace {
}

int MenuModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dishes.size());
}

QVariant MenuModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MenuDish &dish = m_dishes.at(index.row());
    switch (role) {
    case NameRole: return m_english ? dish.nameEn : dish.name;
    case CategoryRole: return int(dish.category);
    case PriceRole: return yuan(dish.priceFen);
    case PortionsRole: return dish.portions;
    case SoldOutRole: return dish.portions <= 0;
    case ChosenRole: return m_chosen.contains(dish.dishId);
    case SoftRole: return dish.soft;
    case LowSaltRole: return dish.lowSalt;
    case LowSugarRole: return dish.lowSugar;
    case SpicyRole: return dish.spicy;
    }
    return {};
}

QHash<int, QByteArray> MenuModel::roleNames() const
{
    return {{NameRole, "name"},         {CategoryRole, "category"}, {PriceRole, "price"},
            {PortionsRole, "portions"}, {SoldOutRole, "soldOut"},   {ChosenRole, "chosen"},
            {SoftRole, "soft"},         {LowSaltRole, "lowSalt"},   {LowSugarRole, "lowSugar"},
            {SpicyRole, "spicy"}};
}

void MenuModel::setDishes(const QList<MenuDish> &dishes)
{
    m_all = dishes;
    filter();
}

void MenuModel::showOnly(const QSet<DishCategory> &categories)
{
    m_only = categories;
    filter();
}

void MenuModel::filter()
{
    QList<MenuDish> shown;
    for (const MenuDish &dish : std::as_const(m_all))
        if (m_only.isEmpty() || m_only.contains(dish.category))
            shown.append(dish);
    if (shown.size() == m_dishes.size()
        && std::equal(shown.begin(), shown.end(), m_dishes.begin(),
                      [](const MenuDish &a, const MenuDish &b) { return a.dishId == b.dishId; })) {
        m_dishes = shown; // same dishes, new portions: no reset, the grid stays put
        if (!m_dishes.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {PortionsRole, SoldOutRole});
        return;
    }
    beginResetModel();
    m_dishes = shown;
    endResetModel();
}

void MenuModel::setEnglish(bool english)
{
    if (english == m_english)
        return;
    m_english = english;
    if (!m_dishes.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {NameRole});
}

void MenuModel::setChosen(qint64 dishId, bool chosen)
{
    if (chosen)
        m_chosen.insert(dishId);
    else
        m_chosen.remove(dishId);
    for (int row = 0; row < m_dishes.size(); ++row)
        if (m_dishes[row].dishId == dishId)
            Q_EMIT dataChanged(index(row), index(row), {ChosenRole});
}

void MenuModel::clearChosen()
{
    m_chosen.clear();
    if (!m_dishes.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ChosenRole});
}

QList<MenuDish> MenuModel::chosen() const
{
    QList<MenuDish> list;
    for (const MenuDish &dish : m_dishes)
        if (m_chosen.contains(dish.dishId))
            list.append(dish);
    return list;
}

CanteenFlow::CanteenFlow(const ShellContext &shell, QObject *parent)
    : Flow(parent)
    , m_canteen(shell.remote<CanteenService>(&Backend::canteen))
    , m_session(shell.person)
    , m_clock(shell.clock)
    , m_receipt(shell.printer)
{
    // Other kiosks sell too: what they sell out shows here at once.
    connect(&shell.link, &DatabaseLink::changed, this, [this](const QStringList &tables) {
        if (m_unavailable && m_step == Closed && !m_busy)
            load(); // the database is back
        else if (m_menuShown && touches(tables, {"menu_item", "dish"}))
            refreshMenu();
    });
}

void CanteenFlow::begin(const IdentifiedPerson &person)
{
    reset();
    m_person = person;
    load();
}

void CanteenFlow::take(const IdentifiedPerson &person)
{
    if (m_placing)
        return; // an order is on its way: it belongs to the person who paid
    // (a menu still loading is simply loaded again, for this person)
    m_session.set(person);
    begin(person);
}

void CanteenFlow::reset()
{
    m_generation.forget();
    m_receipt.forget();
    m_menuShown = false;
    m_person = {};
    m_set.reset();
    m_menu.clearChosen();
    m_service = Canteen::DineIn;
    m_balanceFen = -1;
    m_requestKey.clear();
    m_placed = {};
    m_problem = Canteen::NoProblem;
    m_busy = false;
    m_placing = false;
    m_unavailable = false;
    m_step = Closed;
    Q_EMIT changed();
}

void CanteenFlow::setEnglish(bool english)
{
    m_english = english;
    m_menu.setEnglish(english);
    Q_EMIT changed(); // set names
}

void CanteenFlow::load()
{
    m_busy = true;
    Q_EMIT changed();
    const IdentifiedPerson person = m_person;
    m_canteen.ask(
        this, m_generation, [person](CanteenService &canteen) { return canteen.view(person); },
        [this](const CanteenService::View &view) {
            m_busy = false;
            m_period = view.period;
            m_allSets = view.sets;
            m_setsTaken = view.setsTaken;
            m_balanceFen = view.balanceFen;
            m_menu.setDishes(view.menu);
            m_menuShown = true;
            m_unavailable = !view.available;
            setStep(m_period.open && view.available ? ChooseSet : Closed);
        });
}

void CanteenFlow::refreshMenu()
{
    if (m_busy || !m_period.open)
        return;
    const PeriodState period = m_period;
    m_canteen.ask(
        this, m_generation, [period](CanteenService &canteen) { return canteen.menu(period); },
        [this](const QList<MenuDish> &dishes) {
            if (!dishes.isEmpty())
                m_menu.setDishes(dishes);
        });
}

void CanteenFlow::setStep(Step step)
{
    m_step = step;
    Q_EMIT changed();
}

QString CanteenFlow::opensAt() const
{
    if (!m_period.opensAt.isValid())
        return {};
    // Tomorrow's first window says so.
    const QString time = m_period.opensAt.toString(QStringLiteral("HH:mm"));
    return m_period.day == m_clock.now().date() ? time : m_period.opensAt.toString(QStringLiteral("MM-dd HH:mm"));
}

QVariantList CanteenFlow::sets() const
{
    // Only the sets this person may have: an elder sees the senior set, a
    // driver the driver set, nobody sees a button that would be refused.
    QVariantList list;
    for (const MealSetRecord &set : m_allSets)
        if (canteen_rules::eligible(set, m_person, m_period.day) && !m_setsTaken.contains(set.code)) {
            QStringList dishes;
            for (const MenuDish &dish : suggestion(set))
                dishes.append(m_english ? dish.nameEn : dish.name);
            list.append(QVariantMap{{QStringLiteral("code"), set.code},
                                    {QStringLiteral("name"), m_english ? set.nameEn : set.name},
                                    {QStringLiteral("price"), yuan(set.priceFen)},
                                    {QStringLiteral("suggestion"), dishes}});
        }
    return list;
}

QList<MenuDish> CanteenFlow::suggestion(const MealSetRecord &set) const
{
    int left[kDishCategories];
    std::copy(std::begin(set.counts), std::end(set.counts), std::begin(left));
    QList<MenuDish> picked;
    for (const MenuDish &dish : m_menu.allDishes())
        if (dish.portions > 0 && left[int(dish.category)] > 0) {
            --left[int(dish.category)];
            picked.append(dish);
        }
    if (std::any_of(std::begin(left), std::end(left), [](int n) { return n > 0; }))
        return {};
    return picked;
}

QVariantList CanteenFlow::setsForOthers() const
{
    QVariantList list;
    for (const MealSetRecord &set : m_allSets)
        if (!canteen_rules::eligible(set, m_person, m_period.day))
            list.append(QVariantMap{{QStringLiteral("name"), m_english ? set.nameEn : set.name},
                                    {QStringLiteral("price"), yuan(set.priceFen)},
                                    {QStringLiteral("minAge"), set.minAge},
                                    {QStringLiteral("forDrivers"), set.forDrivers}});
    return list;
}

bool CanteenFlow::setTakenThisMeal() const
{
    return std::any_of(m_allSets.begin(), m_allSets.end(), [this](const MealSetRecord &set) {
        return m_setsTaken.contains(set.code) && canteen_rules::eligible(set, m_person, m_period.day);
    });
}

QString CanteenFlow::setPrice() const
{
    return m_set ? yuan(m_set->priceFen) : QString();
}

QString CanteenFlow::setName() const
{
    return m_set ? (m_english ? m_set->nameEn : m_set->name) : QString();
}

int CanteenFlow::chosenIn(DishCategory category) const
{
    int count = 0;
    for (const MenuDish &dish : m_menu.chosen())
        count += dish.category == category;
    return count;
}

QVariantList CanteenFlow::needed() const
{
    QVariantList list;
    if (!m_set)
        return list;
    for (int c = 0; c < kDishCategories; ++c)
        if (m_set->counts[c] > 0)
            list.append(QVariantMap{{QStringLiteral("category"), c},
                                    {QStringLiteral("chosen"), chosenIn(DishCategory(c))},
                                    {QStringLiteral("needed"), m_set->counts[c]}});
    return list;
}

bool CanteenFlow::selectionComplete() const
{
    const QList<MenuDish> chosen = m_menu.chosen();
    return m_set ? canteen_rules::holdsExactly(*m_set, chosen) : !chosen.isEmpty();
}

bool CanteenFlow::deliveryOffered() const
{
    return canteen_rules::deliveryOffered(m_person, m_period.day);
}

canteen_rules::Price CanteenFlow::price() const
{
    // Once placed, what the order recorded; before, what the screen works out.
    if (m_step == Done)
        return m_placed.price;
    return canteen_rules::price(m_set ? &*m_set : nullptr, m_menu.chosen());
}

QVariantList CanteenFlow::lines() const
{
    QVariantList list;
    for (const MenuDish &dish : m_menu.chosen())
        list.append(QVariantMap{{QStringLiteral("name"), m_english ? dish.nameEn : dish.name},
                                {QStringLiteral("price"), yuan(dish.priceFen)}});
    return list;
}

QString CanteenFlow::normalPrice() const
{
    return yuan(price().normalFen);
}

QString CanteenFlow::subsidy() const
{
    return yuan(price().subsidyFen);
}

QString CanteenFlow::total() const
{
    return yuan(price().totalFen);
}

QString CanteenFlow::balance() const
{
    return m_balanceFen >= 0 ? yuan(m_balanceFen) : QString();
}

void CanteenFlow::chooseSet(const QString &code)
{
    if (m_step != ChooseSet || m_busy)
        return;
    m_set.reset();
    for (const MealSetRecord &set : m_allSets)
        if (set.code == code && canteen_rules::eligible(set, m_person, m_period.day))
            m_set = set;
    if (!code.isEmpty() && !m_set)
        return;
    QSet<DishCategory> kinds; // a set shows only the kinds of dish it holds
    for (int c = 0; m_set && c < kDishCategories; ++c)
        if (m_set->counts[c] > 0)
            kinds.insert(DishCategory(c));
    m_menu.showOnly(kinds);
    m_menu.clearChosen();
    m_problem = Canteen::NoProblem;
    setStep(ChooseDishes);
}

void CanteenFlow::chooseSuggested(const QString &code)
{
    if (m_step != ChooseSet || m_busy)
        return;
    std::optional<MealSetRecord> wanted;
    for (const MealSetRecord &set : m_allSets)
        if (set.code == code)
            wanted = set;
    const QList<MenuDish> dishes = wanted ? suggestion(*wanted) : QList<MenuDish>{};
    if (dishes.isEmpty())
        return;
    chooseSet(code);
    if (m_step != ChooseDishes)
        return;
    for (const MenuDish &dish : dishes)
        m_menu.setChosen(dish.dishId, true);
    setStep(ChooseService);
}

void CanteenFlow::toggleDish(int row)
{
    if (m_step != ChooseDishes || row < 0 || row >= m_menu.dishes().size())
        return;
    const MenuDish &dish = m_menu.dishes().at(row);
    if (m_menu.isChosen(dish.dishId)) {
        m_menu.setChosen(dish.dishId, false);
    } else {
        if (dish.portions <= 0)
            return;
        // In a set, a category that is full swaps its dish for the new one:
        // one tap, no need to find and untick the old one first.
        if (m_set) {
            const int limit = m_set->counts[int(dish.category)];
            if (limit == 0)
                return;
            if (chosenIn(dish.category) >= limit)
                for (const MenuDish &other : m_menu.chosen())
                    if (other.category == dish.category) {
                        m_menu.setChosen(other.dishId, false);
                        break;
                    }
        }
        m_menu.setChosen(dish.dishId, true);
    }
    m_problem = Canteen::NoProblem;
    Q_EMIT changed();
}

void CanteenFlow::toService()
{
    if (m_step == ChooseDishes && selectionComplete())
        setStep(ChooseService);
}

void CanteenFlow::chooseService(Canteen::Service service)
{
    if (m_step != ChooseService || (service == Canteen::Delivery && !deliveryOffered()))
        return;
    m_service = service;
    m_requestKey = QUuid::createUuid().toString(QUuid::WithoutBraces); // one order, however many taps on pay
    m_problem = Canteen::NoProblem;
    setStep(Review);
}

void CanteenFlow::pay(Canteen::Payment payment)
{
    if (m_step != Review || m_busy)
        return; // a second tap while the first is on its way
    OrderDraft draft;
    draft.person = m_person;
    draft.setCode = setCode();
    for (const MenuDish &dish : m_menu.chosen())
        draft.dishIds.append(dish.dishId);
    draft.service = m_service;
    draft.payment = payment;
    draft.requestKey = m_requestKey;
    draft.assistant = m_session.assistant();
    m_busy = true;
    m_placing = true;
    Q_EMIT changed();
    // An order committed after its screen was left still prints: the slips
    // are in the queue with it.
    m_canteen.ask(
        this, m_generation, [draft](CanteenService &canteen) { return canteen.place(draft); },
        [this](const PlacedOrder &placed) {
            m_busy = false;
            m_placing = false;
            m_problem = placed.problem;
            if (placed.problem == Canteen::NoProblem) {
                m_placed = placed;
                m_menuShown = false;
                // What is left on the meal card (unknown for a repeated tap's answer).
                m_balanceFen = placed.balanceAfterFen;
                if (placed.receiptJob)
                    m_receipt.follow(placed.receiptJob);
                setStep(Done);
                return;
            }
            if (placed.problem == Canteen::SoldOut) {
                m_menu.setChosen(placed.problemDish, false);
                refreshMenu();
                setStep(ChooseDishes); // choose another dish
                return;
            }
            Q_EMIT changed(); // the review says what went wrong
        });
}

void CanteenFlow::back()
{
    if (m_busy)
        return;
    m_problem = Canteen::NoProblem;
    switch (m_step) {
    case ChooseDishes: setStep(ChooseSet); break;
    case ChooseService: setStep(ChooseDishes); break;
    case Review: setStep(ChooseService); break;
    default: break;
    }
}

} // namespace linli
