#include "SharedHouseFlow.h"

#include "Backend.h"
#include "PersonSession.h"

#include <QUuid>

namespace linli {

SharedHouseFlow::SharedHouseFlow(const ShellContext &shell, QObject *parent)
    : Flow(parent)
    , m_house(shell.remote<SharedHouseService>(&Backend::sharedHouse))
    , m_session(shell.person)
    , m_notice(shell.notice)
    , m_slip(shell.printer)
    , m_clock(shell.clock)
{
    connect(&m_session, &PersonSession::changed, this, &SharedHouseFlow::personChanged);
}

void SharedHouseFlow::personChanged()
{
    const qint64 resident = m_session.kind() == Identity::Resident ? m_session.person().personId : 0;
    if (resident == m_mineOf)
        return;
    m_mineGeneration.forget(); // the last person's answer is not this one's
    m_mine = {};
    m_mineOf = resident;
    Q_EMIT mineChanged();
    if (resident)
        loadMine();
}

void SharedHouseFlow::loadMine()
{
    if (!m_mineOf)
        return;
    const qint64 resident = m_mineOf;
    m_house.ask(
        this, m_mineGeneration, [resident](SharedHouseService &house) { return house.holdingsOf(resident); },
        [this](const Holdings &holdings) {
            m_mine = holdings;
            Q_EMIT mineChanged();
        });
}

void SharedHouseFlow::begin(const IdentifiedPerson &)
{
    reset();
    loadCategories();
}

void SharedHouseFlow::loadCategories()
{
    // In the background: borrowing and returning need no kinds, browsing shows them when they come.
    m_house.ask(
        this, m_generation, [](SharedHouseService &house) { return house.categories(); },
        [this](const QList<ItemCategoryRecord> &categories) {
            m_categories = categories;
            Q_EMIT changed();
        });
}

void SharedHouseFlow::reset()
{
    m_generation.forget();
    m_slip.forget();
    m_step = Start;
    m_mode = Mode::Borrow;
    m_busy = false;
    m_problem = SharedHouse::NoProblem;
    m_category.clear();
    m_items.clear();
    m_item = {};
    m_dueOn = {};
    m_daysLate = 0;
    m_toBeRepaired = false;
    m_requestKey.clear();
    m_position = 0;
    m_heldUntil = {};
    Q_EMIT changed();
}

void SharedHouseFlow::setEnglish(bool english)
{
    m_english = english;
    Q_EMIT changed(); // kinds' names and dates
}

void SharedHouseFlow::setStep(Step step)
{
    m_step = step;
    Q_EMIT changed();
}

void SharedHouseFlow::setProblem(SharedHouse::Problem problem)
{
    m_problem = problem;
    Q_EMIT changed();
}

void SharedHouseFlow::take(const IdentifiedPerson &person)
{
    if (m_busy)
        return;
    if (person.kind != Identity::Resident) {
        setProblem(SharedHouse::NotAResident); // only residents borrow
        return;
    }
    m_session.set(person);
    m_problem = SharedHouse::NoProblem;
    // Her card is what borrowing, reserving or "my things" waited for;
    // elsewhere it only says who she is.
    if (m_step == NeedCard) {
        afterCard();
        return;
    }
    Q_EMIT changed();
}

void SharedHouseFlow::afterCard()
{
    switch (m_mode) {
    case Mode::Mine: setStep(Mine); return;
    case Mode::Reserve:
        m_requestKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        setStep(ConfirmReserve);
        return;
    case Mode::Borrow:
    case Mode::Return: break;
    }
    if (m_item.id == 0) {
        setStep(ScanItem);
        return;
    }
    if (m_item.held() && m_item.heldFor != m_session.person().personId) {
        setProblem(SharedHouse::HeldForOther); // kept for the neighbour who reserved it
        return;
    }
    m_requestKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setStep(Confirm);
}

bool SharedHouseFlow::takeItem(const IdentifiedPerson &label)
{
    if (m_busy || m_step == Confirm || m_step == Condition)
        return true; // one thing at a time: a second scan of it changes nothing
    lookUp(label, false);
    return true;
}

bool SharedHouseFlow::startsFor(const IdentifiedPerson &person)
{
    if (person.kind != Identity::ItemLabel)
        return false;
    reset();
    loadCategories();
    lookUp(person, true);
    return true;
}

void SharedHouseFlow::lookUp(const IdentifiedPerson &label, bool openScreen)
{
    // Chosen on this screen: borrowing or returning. Otherwise the thing's
    // state says which (on the shelf: to borrow; out: coming back).
    const bool chosen = m_step == ScanItem || m_step == NeedCard;
    const Mode chosenMode = m_mode;
    m_busy = true;
    m_problem = SharedHouse::NoProblem;
    Q_EMIT changed();
    m_house.ask(
        this, m_generation, [label](SharedHouseService &house) { return house.find(label); },
        [this, chosen, chosenMode, openScreen](const ItemLookup &found) {
            m_busy = false;
            if (openScreen)
                Q_EMIT wantsScreen();
            if (found.problem != SharedHouse::NoProblem) {
                setProblem(found.problem);
                return;
            }
            const ItemRecord &item = found.item;
            const Mode mode = chosen ? chosenMode : item.onLoan() ? Mode::Return : Mode::Borrow;
            if (mode == Mode::Return) {
                if (!item.onLoan()) {
                    setProblem(SharedHouse::NotOnLoan);
                    return;
                }
                m_mode = Mode::Return;
                m_item = item;
                setStep(Condition);
                return;
            }
            const bool identified = m_session.kind() == Identity::Resident;
            const SharedHouse::Problem problem = shared_house_rules::mayLend(item, m_session.person().personId);
            // Kept for someone: perhaps for whoever taps their card next.
            if (problem != SharedHouse::NoProblem && (identified || problem != SharedHouse::HeldForOther)) {
                m_item = item; // the screen says which thing is out, and until when
                setProblem(problem);
                return;
            }
            m_mode = Mode::Borrow;
            m_item = item;
            m_dueOn = found.dueIfLentToday;
            if (identified) {
                m_requestKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
                setStep(Confirm);
            } else {
                setStep(NeedCard);
            }
        });
}

void SharedHouseFlow::startBorrowing()
{
    if (m_busy)
        return;
    m_mode = Mode::Borrow;
    m_item = {};
    m_problem = SharedHouse::NoProblem;
    setStep(m_session.kind() == Identity::Resident ? ScanItem : NeedCard);
}

void SharedHouseFlow::startReturning()
{
    if (m_busy)
        return;
    m_mode = Mode::Return;
    m_item = {};
    m_problem = SharedHouse::NoProblem;
    setStep(ScanItem);
}

void SharedHouseFlow::browse()
{
    if (m_busy)
        return;
    m_problem = SharedHouse::NoProblem;
    setStep(Categories);
}

void SharedHouseFlow::chooseCategory(const QString &code)
{
    if (m_busy)
        return;
    m_busy = true;
    m_category = code;
    Q_EMIT changed();
    m_house.ask(
        this, m_generation, [code](SharedHouseService &house) { return house.items(code); },
        [this](const QList<ItemRecord> &items) {
            m_busy = false;
            m_items = items;
            setStep(Items);
        });
}

// Confirming a loan or a place in line: one request, however many taps,
// and on success the thing as the service left it.
template<typename Result, typename Call, typename Done>
void SharedHouseFlow::confirmRequest(Step step, Call call, Done done)
{
    if (m_step != step || m_busy)
        return; // a second tap while the first is on its way
    const ItemRequest request{m_session.person(), m_item.id, m_requestKey, m_session.assistant()};
    m_busy = true;
    Q_EMIT changed();
    m_house.ask(
        this, m_generation, [request, call](SharedHouseService &house) { return call(house, request); },
        [this, done](const Result &result) {
            m_busy = false;
            if (result.problem != SharedHouse::NoProblem) {
                setProblem(result.problem);
                return;
            }
            m_item = result.item;
            m_problem = SharedHouse::NoProblem;
            done(result);
            loadMine();
        });
}

void SharedHouseFlow::confirmBorrow()
{
    // A loan committed after its screen was left still prints: the slip is queued with it.
    confirmRequest<BorrowResult>(
        Confirm, [](SharedHouseService &house, const ItemRequest &request) { return house.borrow(request); },
        [this](const BorrowResult &lent) {
            m_dueOn = lent.dueOn;
            if (lent.slipJob)
                m_slip.follow(lent.slipJob);
            setStep(Borrowed);
        });
}

void SharedHouseFlow::returnAs(SharedHouse::ReturnedAs returnedAs)
{
    if (m_step != Condition || m_busy)
        return;
    const qint64 itemId = m_item.id;
    m_busy = true;
    Q_EMIT changed();
    m_house.ask(
        this, m_generation, [itemId, returnedAs](SharedHouseService &house) { return house.giveBack(itemId, returnedAs); },
        [this](const ReturnResult &returned) {
            m_busy = false;
            if (returned.problem != SharedHouse::NoProblem) {
                setProblem(returned.problem);
                return;
            }
            m_item = returned.item;
            m_daysLate = returned.daysLate;
            m_toBeRepaired = returned.toBeRepaired;
            m_heldUntil = returned.heldUntil;
            m_slip.follow(returned.slipJob);
            loadMine(); // perhaps it was the person's own
            m_problem = SharedHouse::NoProblem;
            setStep(Returned);
        });
}

void SharedHouseFlow::reserve(int row)
{
    if (m_busy || m_step != Items || row < 0 || row >= m_items.size())
        return;
    m_mode = Mode::Reserve;
    m_item = m_items.at(row);
    m_problem = SharedHouse::NoProblem;
    if (m_session.kind() == Identity::Resident)
        afterCard();
    else
        setStep(NeedCard);
}

void SharedHouseFlow::confirmReserve()
{
    confirmRequest<ReserveResult>(
        ConfirmReserve, [](SharedHouseService &house, const ItemRequest &request) { return house.reserve(request); },
        [this](const ReserveResult &reserved) {
            m_position = reserved.position;
            setStep(Reserved);
        });
}

void SharedHouseFlow::showMine()
{
    if (m_busy)
        return;
    m_mode = Mode::Mine;
    m_item = {};
    m_problem = SharedHouse::NoProblem;
    if (m_session.kind() == Identity::Resident) {
        loadMine(); // afresh: another kiosk may have lent or returned since
        setStep(Mine);
    } else {
        setStep(NeedCard);
    }
}

void SharedHouseFlow::cancelReservation(qint64 reservationId)
{
    if (m_busy || m_step != Mine || !m_mineOf)
        return;
    const qint64 resident = m_mineOf;
    m_busy = true;
    Q_EMIT changed();
    m_house.ask(
        this, m_generation,
        [resident, reservationId](SharedHouseService &house) { return house.cancelReservation(resident, reservationId); },
        [this](bool cancelled) {
            m_busy = false;
            setProblem(cancelled ? SharedHouse::NoProblem : SharedHouse::StorageError);
            loadMine();
        });
}

void SharedHouseFlow::back()
{
    if (m_busy)
        return;
    m_problem = SharedHouse::NoProblem;
    switch (m_step) {
    case Items: setStep(Categories); break;
    case Confirm:
    case Condition: m_item = {}; setStep(ScanItem); break;
    case ConfirmReserve: m_item = {}; setStep(Items); break;
    case NeedCard:
        if (m_mode == Mode::Reserve) {
            m_item = {};
            setStep(Items);
            break;
        }
        [[fallthrough]];
    default: m_item = {}; setStep(Start); break;
    }
}

QVariantList SharedHouseFlow::categories() const
{
    QVariantList list;
    for (const ItemCategoryRecord &category : m_categories)
        list.append(QVariantMap{{QStringLiteral("code"), category.code},
                                {QStringLiteral("name"), m_english ? category.nameEn : category.name},
                                {QStringLiteral("loanDays"), category.loanDays}});
    return list;
}

QString SharedHouseFlow::categoryName() const
{
    for (const ItemCategoryRecord &category : m_categories)
        if (category.code == m_category)
            return m_english ? category.nameEn : category.name;
    return {};
}

QVariantList SharedHouseFlow::items() const
{
    QVariantList list;
    for (const ItemRecord &item : m_items)
        list.append(itemMap(item));
    return list;
}

QVariantMap SharedHouseFlow::item() const
{
    return m_item.id > 0 ? itemMap(m_item) : QVariantMap();
}

QVariantMap SharedHouseFlow::itemMap(const ItemRecord &item) const
{
    const QString state = shared_house_rules::stateOf(item);
    int holdHours = 24;
    for (const ItemCategoryRecord &category : m_categories)
        if (category.code == item.category)
            holdHours = category.holdHours;
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("waiting"), item.waiting},
            {QStringLiteral("holdHours"), holdHours},
            {QStringLiteral("reservable"), state != QLatin1String("shelf")},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("category"), item.category},
            {QStringLiteral("place"), item.place},
            {QStringLiteral("state"), state},
            {QStringLiteral("due"), dayText(item.dueOn)},
            {QStringLiteral("neighbours"), item.ownerResidentId > 0}};
}

QString SharedHouseFlow::dayText(const QDate &day) const
{
    return shared_house_text::day(day, m_english);
}

QString SharedHouseFlow::dueOn() const
{
    return dayText(m_dueOn);
}

QString SharedHouseFlow::heldUntil() const
{
    return shared_house_text::moment(m_heldUntil, m_english);
}

QVariantMap SharedHouseFlow::mine() const
{
    if (!m_mine.valid)
        return {};
    const QDate today = m_clock.now().toLocalTime().date();
    QVariantList loans, reservations, own;
    for (const LoanRecord &loan : m_mine.loans)
        loans.append(QVariantMap{{QStringLiteral("name"), loan.itemName},
                                 {QStringLiteral("due"), dayText(loan.dueOn)},
                                 {QStringLiteral("daysLate"), shared_house_rules::daysLate(loan.dueOn, today)}});
    for (const ReservationRecord &place : m_mine.reservations) {
        reservations.append(QVariantMap{
            {QStringLiteral("id"), place.id},
            {QStringLiteral("name"), place.itemName},
            {QStringLiteral("place"), place.place},
            {QStringLiteral("held"), place.held()},
            {QStringLiteral("heldUntil"), shared_house_text::moment(place.heldUntil, m_english)},
            {QStringLiteral("position"), place.position}});
    }
    for (const ItemRecord &item : m_mine.ownItems) {
        QVariantMap entry = itemMap(item);
        entry.insert(QStringLiteral("timesLent"), item.timesLent);
        own.append(entry);
    }
    return {{QStringLiteral("loans"), loans},
            {QStringLiteral("reservations"), reservations},
            {QStringLiteral("own"), own},
            {QStringLiteral("points"), m_mine.points}};
}

} // namespace linli
