#include "SharedHouseDesk.h"

#include "Backend.h"
#include "DatabaseLink.h"
#include "Identity.h"
#include "Notice.h"

namespace linli {

SharedHouseDesk::SharedHouseDesk(const ShellContext &shell, QObject *parent)
    : Desk(parent)
    , m_house(shell.remote<SharedHouseService>(&Backend::sharedHouse))
    , m_people(shell.remote<PeopleService>(&Backend::people))
    , m_notice(shell.notice)
    , m_items({
          {NameRole, "name", [](const ItemRecord &i) { return QVariant(i.name); }},
          {IdRole, "itemId", [](const ItemRecord &i) { return QVariant(i.id); }},
          {PlaceRole, "place", [](const ItemRecord &i) { return QVariant(i.place); }},
          {OwnerRole, "owner", [](const ItemRecord &i) { return QVariant(i.ownerResidentId ? maskName(i.ownerName) : QString()); }},
          {StateRole, "state", [](const ItemRecord &i) { return QVariant(shared_house_rules::stateOf(i)); }},
          {DueRole, "due", [this](const ItemRecord &i) { return QVariant(shared_house_text::day(i.dueOn, m_english)); }},
          {WaitingRole, "waiting", [](const ItemRecord &i) { return QVariant(i.waiting); }},
          {CategoryRole, "category", [](const ItemRecord &i) { return QVariant(i.category); }},
          {NeedsRepairRole, "needsRepair", [](const ItemRecord &i) { return QVariant(i.condition == QLatin1String("needs_repair")); }},
          {OwnedRole, "owned", [](const ItemRecord &i) { return QVariant(i.ownerResidentId != 0); }},
          {OnLoanRole, "onLoan", [](const ItemRecord &i) { return QVariant(i.onLoan()); }},
      })
    , m_alerts({
          {NameRole, "name", [](const ItemAlertRecord &a) { return QVariant(a.itemName); }},
          {KindRole, "kind", [](const ItemAlertRecord &a) { return QVariant(a.kind); }},
          {PlaceRole, "place", [](const ItemAlertRecord &a) { return QVariant(a.place); }},
          {AtRole, "at", [this](const ItemAlertRecord &a) { return QVariant(shared_house_text::moment(a.raisedAt, m_english)); }},
      })
    , m_overdue({
          {NameRole, "name", [](const OverdueRecord &o) { return QVariant(o.itemName); }},
          {PersonRole, "person", [](const OverdueRecord &o) { return QVariant(o.residentName); }},
          {DueRole, "due", [this](const OverdueRecord &o) { return QVariant(shared_house_text::day(o.dueOn, m_english)); }},
          {AddressRole, "address", [](const OverdueRecord &o) { return QVariant(o.address); }},
          {PhoneRole, "phone", [](const OverdueRecord &o) { return QVariant(o.phone); }},
      })
    , m_movements({
          {NameRole, "name", [](const MovementRecord &m) { return QVariant(m.itemName); }},
          {PersonRole, "person", [](const MovementRecord &m) { return QVariant(m.residentName); }},
          {AtRole, "at", [](const MovementRecord &m) { return QVariant(m.at.toLocalTime().toString(QStringLiteral("HH:mm"))); }},
          {ReturnedRole, "returned", [](const MovementRecord &m) { return QVariant(m.returned); }},
          {KindRole, "kind", [](const MovementRecord &m) { return QVariant(m.returnedAs); }},
      })
    , m_reservations({
          {NameRole, "name", [](const ReservationRecord &r) { return QVariant(r.itemName); }},
          {PersonRole, "person", [](const ReservationRecord &r) { return QVariant(r.residentName); }},
          {HeldRole, "held", [](const ReservationRecord &r) { return QVariant(r.held()); }},
          {AtRole, "at", [this](const ReservationRecord &r) { return QVariant(shared_house_text::moment(r.heldUntil, m_english)); }},
          {PositionRole, "position", [](const ReservationRecord &r) { return QVariant(r.position); }},
      })
    , m_owners({
          {NameRole, "name", [](const PersonEntry &p) { return QVariant(p.name); }},
          {AddressRole, "address", [](const PersonEntry &p) { return QVariant(p.detail); }},
      })
{
    // Loans, returns and repairs at other kiosks of the site.
    connect(&shell.link, &DatabaseLink::changed, this, [this](const QStringList &tables) {
        if (m_staffId != 0 && touches(tables, {"item", "loan", "item_alert", "reservation"}))
            refresh();
    });
}

void SharedHouseDesk::open(qint64 staffId)
{
    m_staffId = staffId;
    refresh();
    m_house.ask(
        this, m_generation, [](SharedHouseService &house) { return house.categories(); },
        [this](const QList<ItemCategoryRecord> &kinds) {
            m_categories.clear();
            for (const ItemCategoryRecord &kind : kinds)
                m_categories.append(QVariantMap{{"code", kind.code}, {"name", kind.name}, {"nameEn", kind.nameEn}});
            emit intakeChanged();
        });
    m_people.ask(
        this, m_generation, [](PeopleService &people) { return people.residentsAndDrivers(); },
        [this](QList<PersonEntry> people) {
            people.removeIf([](const PersonEntry &p) { return p.kind != HolderKind::Resident; });
            m_owners.setRecords(people);
        });
}

void SharedHouseDesk::setEnglish(bool english)
{
    m_english = english;
    if (m_staffId != 0)
        refresh(); // dates in the other language
}

void SharedHouseDesk::close()
{
    m_generation.forget();
    m_staffId = 0;
    m_busy = false;
    m_awaitingOwner = false;
    m_draft = {};
    m_ownerName.clear();
    m_choices = {};
    m_categories.clear();
    m_outcome.clear();
    m_owners.setRecords({});
    show({});
    emit intakeChanged();
    emit outcomeChanged();
}

void SharedHouseDesk::refresh()
{
    m_house.ask(
        this, m_generation, [](SharedHouseService &house) { return house.deskView(); },
        [this](const SharedHouseService::DeskView &view) { show(view); });
}

void SharedHouseDesk::show(const SharedHouseService::DeskView &view)
{
    m_items.setRecords(view.items);
    m_alerts.setRecords(view.alerts);
    m_overdue.setRecords(view.overdue);
    m_movements.setRecords(view.movements);
    m_reservations.setRecords(view.reservations);
}

void SharedHouseDesk::setOutcome(SharedHouse::Problem problem, const QString &name, qint64 itemId)
{
    m_outcome = {{"problem", int(problem)}, {"name", name}, {"itemId", itemId}};
    emit outcomeChanged();
}

void SharedHouseDesk::change(std::function<SharedHouse::Problem(SharedHouseService &)> change, const QString &name)
{
    if (m_busy)
        return;
    m_busy = true;
    m_house.ask(
        this, m_generation,
        [change](SharedHouseService &house) { return std::pair{change(house), house.deskView()}; },
        [this, name](const std::pair<SharedHouse::Problem, SharedHouseService::DeskView> &answer) {
            m_busy = false;
            setOutcome(answer.first, name);
            show(answer.second);
        });
}

void SharedHouseDesk::printLabel(int row)
{
    if (m_staffId == 0 || row < 0 || row >= m_items.count() || m_busy)
        return;
    const qint64 itemId = m_items.records().at(row).id;
    m_busy = true;
    m_house.ask(
        this, m_generation, [itemId](SharedHouseService &house) { return house.queueLabel(itemId); },
        [this](std::optional<qint64> job) {
            m_busy = false;
            m_notice.show(job ? Notice::LabelQueued : Notice::SaveFailed);
        });
}

void SharedHouseDesk::printReminder(int row)
{
    if (m_staffId == 0 || row < 0 || row >= m_overdue.count() || m_busy)
        return;
    const qint64 loanId = m_overdue.records().at(row).loanId;
    m_busy = true;
    m_house.ask(
        this, m_generation, [loanId](SharedHouseService &house) { return house.queueReminder(loanId); },
        [this](std::optional<qint64> job) {
            m_busy = false;
            m_notice.show(job ? Notice::ReminderQueued : Notice::SaveFailed);
        });
}

void SharedHouseDesk::markRepaired(int row)
{
    if (m_staffId == 0 || row < 0 || row >= m_items.count())
        return;
    const ItemRecord item = m_items.records().at(row);
    const qint64 staffId = m_staffId;
    change([id = item.id, staffId](SharedHouseService &house) {
        return house.markRepaired(id, staffId) ? SharedHouse::NoProblem : SharedHouse::StorageError;
    }, item.name);
}

void SharedHouseDesk::retire(int row)
{
    takeOut(row, SharedHouse::RetiredAs);
}

void SharedHouseDesk::withdraw(int row)
{
    takeOut(row, SharedHouse::WithdrawnAs);
}

void SharedHouseDesk::takeOut(int row, SharedHouse::TakenOutAs as)
{
    if (m_staffId == 0 || row < 0 || row >= m_items.count())
        return;
    const ItemRecord item = m_items.records().at(row);
    const qint64 staffId = m_staffId;
    change([id = item.id, as, staffId](SharedHouseService &house) { return house.takeOut(id, as, staffId); }, item.name);
}

void SharedHouseDesk::resolveAlert(int row, int outcome)
{
    if (m_staffId == 0 || row < 0 || row >= m_alerts.count() || outcome < SharedHouse::Repaired
        || outcome > SharedHouse::BeyondRepair)
        return;
    const ItemAlertRecord alert = m_alerts.records().at(row);
    const qint64 staffId = m_staffId;
    change([id = alert.id, staffId, outcome](SharedHouseService &house) {
        return house.resolveAlert(id, staffId, SharedHouse::AlertOutcome(outcome)) ? SharedHouse::NoProblem
                                                                                  : SharedHouse::StorageError;
    }, alert.itemName);
}

QVariantMap SharedHouseDesk::intake() const
{
    return {{"category", m_draft.category},
            {"name", m_draft.name},
            {"ownerId", m_draft.ownerResidentId},
            {"ownerName", m_ownerName},
            {"condition", m_draft.condition},
            {"place", m_draft.place},
            {"names", m_choices.names},
            {"places", m_choices.places},
            {"ready", !m_draft.category.isEmpty() && !m_draft.name.isEmpty() && !m_draft.place.isEmpty()}};
}

void SharedHouseDesk::chooseCategory(const QString &code)
{
    if (m_staffId == 0 || code == m_draft.category)
        return;
    // A new kind: its names and places are another list.
    m_draft.category = code;
    m_draft.name.clear();
    m_draft.place.clear();
    m_choices = {};
    emit intakeChanged();
    m_house.ask(
        this, m_generation, [code](SharedHouseService &house) { return house.intakeChoices(code); },
        [this, code](const SharedHouseService::IntakeChoices &choices) {
            if (code != m_draft.category)
                return;
            m_choices = choices;
            emit intakeChanged();
        });
}

void SharedHouseDesk::chooseName(const QString &name)
{
    m_draft.name = name;
    emit intakeChanged();
}

void SharedHouseDesk::chooseOwner(int row)
{
    if (row >= m_owners.count())
        return;
    const bool community = row < 0;
    m_draft.ownerResidentId = community ? 0 : m_owners.records().at(row).id;
    m_ownerName = community ? QString() : m_owners.records().at(row).name;
    emit intakeChanged();
}

bool SharedHouseDesk::takePerson(const IdentifiedPerson &person)
{
    if (m_staffId == 0 || !m_awaitingOwner || person.kind != Identity::Resident)
        return false;
    m_draft.ownerResidentId = person.personId;
    m_ownerName = person.fullName;
    m_awaitingOwner = false;
    emit intakeChanged();
    emit ownerChosen();
    return true;
}

void SharedHouseDesk::chooseCondition(const QString &condition)
{
    m_draft.condition = condition;
    emit intakeChanged();
}

void SharedHouseDesk::choosePlace(const QString &place)
{
    m_draft.place = place;
    emit intakeChanged();
}

void SharedHouseDesk::takeIn()
{
    if (m_staffId == 0 || m_busy || !intake().value("ready").toBool())
        return;
    m_busy = true;
    const NewItem draft = m_draft;
    m_house.ask(
        this, m_generation,
        [draft](SharedHouseService &house) { return std::pair{house.takeIn(draft), house.deskView()}; },
        [this, name = draft.name](const std::pair<SharedHouseService::IntakeResult, SharedHouseService::DeskView> &answer) {
            m_busy = false;
            setOutcome(answer.first.problem, name, answer.first.itemId);
            show(answer.second);
            if (answer.first.problem != SharedHouse::NoProblem)
                return;
            // The next thing is often one more of the same kind on the same shelf.
            m_draft.name.clear();
            m_draft.notes.clear();
            emit intakeChanged();
        });
}

} // namespace linli
