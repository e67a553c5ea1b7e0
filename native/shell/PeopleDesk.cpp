#include "PeopleDesk.h"

#include "AddressOrder.h"
#include "Backend.h"
#include "DatabaseLink.h"
#include "Notice.h"
#include "SurnameInitial.h"

namespace linli {

namespace {
// The letter of a surname the table does not know.
const QString kOtherLetter = QStringLiteral("#");

QString letterOf(const QString &name)
{
    const QString letter = surnameInitial(name);
    return letter.isEmpty() ? kOtherLetter : letter;
}

QStringList sortedNaturally(QStringList list)
{
    list.removeDuplicates();
    std::sort(list.begin(), list.end(), naturalLess);
    return list;
}

QString dayText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}
} // namespace

PeopleDesk::PeopleDesk(const ShellContext &shell, QObject *parent)
    : Desk(parent)
    , m_people(shell.remote<PeopleService>(&Backend::people))
    , m_notice(shell.notice)
    , m_matches({
          {IdRole, "personId", [](const RollEntry &r) { return QVariant(r.id); }},
          {NameRole, "name", [](const RollEntry &r) { return QVariant(r.name); }},
          {AddressRole, "address", [](const RollEntry &r) {
               return QVariant(QStringList{r.building, r.unit, r.room}.join(u' ').simplified());
           }},
          {LeftAsRole, "leftAs", [](const RollEntry &r) { return QVariant(r.leftAs); }},
      })
    , m_drivers({
          {IdRole, "personId", [](const PersonEntry &d) { return QVariant(d.id); }},
          {NameRole, "name", [](const PersonEntry &d) { return QVariant(d.name); }},
          {PlateRole, "plate", [](const PersonEntry &d) { return QVariant(d.detail); }},
      })
    , m_staff({
          {IdRole, "personId", [](const StaffEntry &s) { return QVariant(s.id); }},
          {NameRole, "name", [](const StaffEntry &s) { return QVariant(s.name); }},
          {RoleRole, "role", [](const StaffEntry &s) { return QVariant(s.role); }},
          {PinPendingRole, "pinPending", [](const StaffEntry &s) { return QVariant(s.pinPending); }},
          {CardsRole, "cards", [](const StaffEntry &s) { return QVariant(s.openCards); }},
      })
    , m_slip(shell.printer)
    , m_clock(shell.clock)
{
    // People imported, changed or given cards at another kiosk of the street.
    connect(&shell.link, &DatabaseLink::changed, this, [this](const QStringList &tables) {
        if (m_staffId != 0 && touches(tables, {"resident", "staff", "card", "person_change"})) {
            refresh();
            reloadPerson();
        }
    });
}

QStringList PeopleDesk::units() const
{
    QStringList units;
    for (const RollEntry &r : m_roll)
        if (r.building == m_building)
            units.append(r.unit);
    return sortedNaturally(units);
}

void PeopleDesk::open(qint64 staffId)
{
    m_staffId = staffId;
    m_building.clear();
    m_unit.clear();
    m_letter.clear();
    closePerson();
    refresh();
}

void PeopleDesk::close()
{
    m_generation.forget();
    m_staffId = 0;
    m_busy = false;
    m_roll.clear();
    m_buildings.clear();
    m_letters.clear();
    m_drivers.setRecords({});
    m_staff.setRecords({});
    closePerson();
    filter();
}

void PeopleDesk::refresh()
{
    m_people.ask(this, m_generation, [](PeopleService &people) { return people.roll(); },
                 [this](const PeopleService::Roll &roll) { showRoll(roll); });
}

void PeopleDesk::showRoll(const PeopleService::Roll &roll)
{
    if (!roll.valid) {
        m_notice.show(Notice::SaveFailed);
        return;
    }
    m_roll = roll.residents;
    QStringList buildings, letters;
    for (const RollEntry &r : m_roll) {
        buildings.append(r.building);
        letters.append(letterOf(r.name));
    }
    m_buildings = sortedNaturally(buildings);
    m_letters = sortedNaturally(letters);
    if (m_letters.removeAll(kOtherLetter) > 0)
        m_letters.append(kOtherLetter); // 其他 last
    m_drivers.setRecords(roll.drivers);
    m_staff.setRecords(roll.staff);
    filter();
}

void PeopleDesk::filter()
{
    QList<RollEntry> shown;
    for (const RollEntry &r : m_roll) {
        const bool inUnit = !m_unit.isEmpty() && r.building == m_building && r.unit == m_unit;
        const bool ofLetter = !m_letter.isEmpty() && letterOf(r.name) == m_letter;
        if (inUnit || ofLetter)
            shown.append(r);
    }
    std::sort(shown.begin(), shown.end(), [](const RollEntry &a, const RollEntry &b) {
        return addressLess(a, b, [](const RollEntry &x, const RollEntry &y) { return x.id < y.id; });
    });
    m_matches.setRecords(shown);
    Q_EMIT changed();
}

void PeopleDesk::chooseBuilding(const QString &building)
{
    m_building = building;
    m_letter.clear();
    const QStringList inBuilding = units();
    // A building of one unit needs no second tap.
    m_unit = inBuilding.size() == 1 ? inBuilding.constFirst() : QString();
    filter();
}

void PeopleDesk::chooseUnit(const QString &unit)
{
    m_unit = unit;
    m_letter.clear();
    filter();
}

void PeopleDesk::chooseLetter(const QString &letter)
{
    m_letter = letter;
    m_building.clear();
    m_unit.clear();
    filter();
}

void PeopleDesk::openResident(qint64 id)
{
    openPerson({HolderKind::Resident, id});
}

void PeopleDesk::openDriver(qint64 id)
{
    openPerson({HolderKind::Driver, id});
}

void PeopleDesk::openStaff(qint64 id)
{
    openPerson({HolderKind::Staff, id});
}

void PeopleDesk::openPerson(CardHolder person)
{
    m_personGeneration.forget();
    m_person = {};
    m_person.person = person;
    m_awaitingCard = false;
    m_done.clear();
    m_slip.forget();
    setProblem(PeopleRegister::NoProblem);
    reloadPerson();
}

void PeopleDesk::closePerson()
{
    m_personGeneration.forget();
    m_person = {};
    m_awaitingCard = false;
    m_done.clear();
    m_slip.forget();
    setProblem(PeopleRegister::NoProblem);
    Q_EMIT personChanged();
}

void PeopleDesk::reloadPerson()
{
    if (m_person.person.id == 0)
        return;
    m_people.ask(this, m_personGeneration,
                 [person = m_person.person](PeopleService &people) { return people.person(person); },
                 [this](const PeopleService::PersonView &view) {
                     m_person = view;
                     if (!view.found)
                         m_awaitingCard = false;
                     Q_EMIT personChanged();
                     Q_EMIT changed();
                 });
}

QVariantMap PeopleDesk::person() const
{
    if (!m_person.found)
        return {};
    QVariantMap map{{QStringLiteral("id"), m_person.person.id}};
    if (m_person.person.kind == HolderKind::Driver) {
        const DriverRecord &d = m_person.driver;
        map.insert({{QStringLiteral("kind"), QStringLiteral("driver")},
                    {QStringLiteral("name"), d.name},
                    {QStringLiteral("phone"), d.phone},
                    {QStringLiteral("plate"), d.plate},
                    {QStringLiteral("platform"), d.platform},
                    {QStringLiteral("codeGeneration"), d.codeGeneration}});
        return map;
    }
    if (m_person.person.kind == HolderKind::Staff) {
        const StaffEntry &s = m_person.staff;
        map.insert({{QStringLiteral("kind"), QStringLiteral("staff")},
                    {QStringLiteral("name"), s.name},
                    {QStringLiteral("role"), s.role},
                    {QStringLiteral("pinPending"), s.pinPending}});
        return map;
    }
    const ResidentDetail &r = m_person.resident;
    map.insert({{QStringLiteral("kind"), QStringLiteral("resident")},
                {QStringLiteral("name"), r.name},
                {QStringLiteral("gender"), r.gender},
                {QStringLiteral("birthDate"), r.birthDate.toString(QStringLiteral("yyyy-MM-dd"))},
                {QStringLiteral("age"), r.birthDate.isValid() ? ageOn(r.birthDate, m_clock.now().date()) : -1},
                {QStringLiteral("address"), QStringList{r.building, r.unit, r.room}.join(u' ').simplified()},
                {QStringLiteral("phone"), r.phone},
                {QStringLiteral("idNumber"), r.idNumber}, // masked by the service
                {QStringLiteral("mobilityImpaired"), r.mobilityImpaired},
                {QStringLiteral("livesAlone"), r.livesAlone},
                {QStringLiteral("deliveryEnabled"), r.deliveryEnabled},
                {QStringLiteral("leftAs"), r.leftAs},
                {QStringLiteral("leftOn"), dayText(r.leftAt)},
                {QStringLiteral("erased"), r.erasedAt.isValid()},
                {QStringLiteral("codeGeneration"), r.codeGeneration}});
    return map;
}

QVariantList PeopleDesk::cards() const
{
    QVariantList list;
    for (const CardRecord &card : m_person.cards)
        list.append(QVariantMap{{QStringLiteral("issuedOn"), dayText(card.issuedAt)},
                                {QStringLiteral("revokedOn"), dayText(card.revokedAt)},
                                {QStringLiteral("revokedAs"), card.revokedAs},
                                {QStringLiteral("open"), !card.revokedAt.isValid()}});
    return list;
}

QVariantList PeopleDesk::history() const
{
    QVariantList list;
    for (const PersonChangeRecord &row : m_person.history)
        list.append(QVariantMap{{QStringLiteral("at"), row.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
                                {QStringLiteral("by"), row.byName},
                                {QStringLiteral("what"), changeCode(row.what)},
                                {QStringLiteral("detail"), row.detail}});
    return list;
}

void PeopleDesk::setProblem(PeopleRegister::Problem problem, const QString &holder)
{
    m_problem = problem;
    m_cardHolder = holder;
    Q_EMIT changed();
}

void PeopleDesk::change(const QString &done,
                        std::function<PeopleService::Outcome(PeopleService &, CardHolder, qint64)> change)
{
    if (m_busy || m_staffId == 0 || !m_person.found)
        return;
    m_busy = true;
    m_done.clear();
    setProblem(PeopleRegister::NoProblem);
    m_people.ask(
        this, m_personGeneration,
        [change = std::move(change), person = m_person.person, staffId = m_staffId](PeopleService &people) {
            return change(people, person, staffId);
        },
        [this, done](const PeopleService::Outcome &outcome) {
            m_busy = false;
            if (outcome.problem == PeopleRegister::StorageError)
                m_notice.show(Notice::SaveFailed);
            if (outcome.problem == PeopleRegister::NoProblem) {
                m_done = done;
                if (outcome.printJobId)
                    m_slip.follow(*outcome.printJobId);
            }
            setProblem(outcome.problem, outcome.holderName);
            reloadPerson();
            refresh();
        });
    Q_EMIT changed();
}

void PeopleDesk::setFlag(const QString &flag, bool on)
{
    if (m_person.person.kind != HolderKind::Resident)
        return;
    ResidentFlags flags{m_person.resident.mobilityImpaired, m_person.resident.livesAlone,
                        m_person.resident.deliveryEnabled};
    if (flag == QLatin1String("mobilityImpaired"))
        flags.mobilityImpaired = on;
    else if (flag == QLatin1String("livesAlone"))
        flags.livesAlone = on;
    else if (flag == QLatin1String("deliveryEnabled"))
        flags.deliveryEnabled = on;
    else
        return;
    change(QStringLiteral("flags"), [flags](PeopleService &people, CardHolder person, qint64 staffId) {
        return people.setFlags(person.id, flags, staffId);
    });
}

void PeopleDesk::markLeft(const QString &leftAs, bool eraseContact)
{
    if (m_person.person.kind != HolderKind::Resident)
        return;
    change(QStringLiteral("left"), [leftAs, eraseContact](PeopleService &people, CardHolder person, qint64 staffId) {
        return people.markLeft(person.id, leftAs, eraseContact, staffId);
    });
}

void PeopleDesk::reactivate()
{
    if (m_person.person.kind != HolderKind::Resident)
        return;
    change(QStringLiteral("reactivated"), [](PeopleService &people, CardHolder person, qint64 staffId) {
        return people.reactivate(person.id, staffId);
    });
}

void PeopleDesk::beginEnrol()
{
    if (!m_person.found || m_staffId == 0)
        return;
    m_awaitingCard = true;
    m_done.clear();
    setProblem(PeopleRegister::NoProblem);
}

void PeopleDesk::cancelEnrol()
{
    m_awaitingCard = false;
    Q_EMIT changed();
}

bool PeopleDesk::takeCard(const QByteArray &uid)
{
    if (!m_awaitingCard)
        return false;
    m_awaitingCard = false; // one card per 发卡; a refused one needs another tap of 发卡
    change(QStringLiteral("enrolled"), [uid](PeopleService &people, CardHolder person, qint64 staffId) {
        return people.enrolCard(person, uid, staffId);
    });
    return true;
}

void PeopleDesk::markLost(int index)
{
    if (index < 0 || index >= m_person.cards.size())
        return;
    const QByteArray hash = m_person.cards.at(index).uidHash;
    change(QStringLiteral("lost"), [hash](PeopleService &people, CardHolder person, qint64 staffId) {
        return people.markCardLost(person, hash, staffId);
    });
}

void PeopleDesk::reissueCode()
{
    if (m_person.person.kind == HolderKind::Staff)
        return; // staff have cards, not codes
    m_slip.forget();
    change(QStringLiteral("reissued"), [](PeopleService &people, CardHolder person, qint64 staffId) {
        return people.reissueCode(person, staffId);
    });
}


void PeopleDesk::printCode()
{
    if (m_person.person.kind == HolderKind::Staff)
        return; // staff have cards, not codes
    m_slip.forget();
    change(QStringLiteral("printed"), [](PeopleService &people, CardHolder person, qint64) {
        const std::optional<qint64> job = people.queueCodeSlip(person.kind, person.id);
        return PeopleService::Outcome{job ? PeopleRegister::NoProblem : PeopleRegister::NotActive, {}, job};
    });
}

} // namespace linli
