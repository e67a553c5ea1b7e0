#include "People.h"

#include "Slips.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPeople, "linli.people")

namespace linli {

QString maskIdNumber(const QString &idNumber)
{
    if (idNumber.size() <= 8)
        return QString(idNumber.size(), u'*');
    return idNumber.left(4) + QString(idNumber.size() - 8, u'*') + idNumber.right(4);
}

PeopleService::PeopleService(Database &db, IdentityService &identity, const Clock &clock, PaperWidth paper)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock)
    , m_paper(paper)
{
}

QList<PersonEntry> PeopleService::residentsAndDrivers()
{
    return PeopleStore(m_db).residentsAndDrivers();
}

std::optional<qint64> PeopleService::queueCodeSlip(HolderKind kind, qint64 id)
{
    PeopleStore people(m_db);
    QString name;
    TokenCodec::Type type = TokenCodec::Type::Resident;
    QString title;
    int generation = 1;
    if (kind == HolderKind::Resident) {
        const auto resident = people.resident(id);
        if (!resident)
            return std::nullopt;
        name = resident->name;
        generation = resident->codeGeneration;
        title = QStringLiteral("居民身份码");
    } else if (kind == HolderKind::Driver) {
        const auto driver = people.driver(id);
        if (!driver)
            return std::nullopt;
        name = driver->name;
        generation = driver->codeGeneration;
        type = TokenCodec::Type::Driver;
        title = QStringLiteral("司机身份码");
    } else {
        return std::nullopt;
    }
    const QString code = m_identity.issueToken(type, id);
    if (code.isEmpty())
        return std::nullopt;
    const QDateTime now = m_clock.now();
    const QByteArray slip = slips::personCode({title, maskName(name), now.date(), code, generation}, m_paper);
    return PrintJobStore(m_db).add(QStringLiteral("person_code"), now, slip);
}

PeopleService::Roll PeopleService::roll()
{
    PeopleRegisterStore store(m_db);
    const auto residents = store.roll();
    const auto staff = store.activeStaff();
    if (!residents || !staff)
        return {};
    QList<PersonEntry> drivers = PeopleStore(m_db).residentsAndDrivers();
    if (m_db.connectionLost())
        return {};
    drivers.removeIf([](const PersonEntry &p) { return p.kind != HolderKind::Driver; });
    return Roll{*residents, drivers, *staff, true};
}

PeopleService::PersonView PeopleService::person(CardHolder person)
{
    PersonView view;
    view.person = person;
    PeopleRegisterStore store(m_db);
    if (person.kind == HolderKind::Resident) {
        const std::optional<ResidentDetail> resident = store.resident(person.id);
        if (!resident)
            return view;
        view.resident = *resident;
        view.resident.idNumber = maskIdNumber(resident->idNumber);
    } else if (person.kind == HolderKind::Driver) {
        const std::optional<DriverRecord> driver = PeopleStore(m_db).driver(person.id);
        if (!driver)
            return view;
        view.driver = *driver;
    } else if (person.kind == HolderKind::Staff) {
        const auto staff = store.activeStaff();
        const auto found = staff ? std::find_if(staff->begin(), staff->end(),
                                                [&](const StaffEntry &s) { return s.id == person.id; })
                                 : QList<StaffEntry>::const_iterator();
        if (!staff || found == staff->end())
            return view;
        view.staff = *found;
    } else {
        return view;
    }
    const auto cards = store.cards(person);
    const auto history = PersonHistoryStore(m_db).history(person);
    if (!cards || !history)
        return view;
    view.cards = *cards;
    view.history = *history;
    view.found = true;
    return view;
}

PeopleService::Outcome PeopleService::recorded(CardHolder person, qint64 staffId, PersonChange what,
                                               const std::function<Outcome(QString &detail)> &change)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {};
    QString detail;
    Outcome outcome = change(detail);
    if (outcome.problem != PeopleRegister::NoProblem)
        return outcome;
    if (!PersonHistoryStore(m_db).record(person, m_clock.now(), staffId, what, detail) || !transaction.commit())
        return {};
    qCInfo(lcPeople) << "person" << int(person.kind) << person.id << "changed:" << int(what) << "by staff" << staffId;
    return outcome;
}

namespace {
PeopleService::Outcome outcomeOf(std::optional<bool> changed, PeopleRegister::Problem ifNotChanged)
{
    if (!changed)
        return {};
    return {*changed ? PeopleRegister::NoProblem : ifNotChanged, {}, {}};
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("是") : QStringLiteral("否");
}
} // namespace

PeopleService::Outcome PeopleService::setFlags(qint64 residentId, const ResidentFlags &flags, qint64 staffId)
{
    const CardHolder person{HolderKind::Resident, residentId};
    return recorded(person, staffId, PersonChange::Flags, [&](QString &detail) {
        PeopleRegisterStore store(m_db);
        const std::optional<ResidentDetail> before = store.resident(residentId);
        if (!before)
            return Outcome{m_db.connectionLost() ? PeopleRegister::StorageError : PeopleRegister::NotFound, {}, {}};
        // What changed, in the words of the desk's switches.
        const std::pair<QString, std::pair<bool, bool>> switches[] = {
            {QStringLiteral("行动不便"), {before->mobilityImpaired, flags.mobilityImpaired}},
            {QStringLiteral("独居"), {before->livesAlone, flags.livesAlone}},
            {QStringLiteral("送餐上门"), {before->deliveryEnabled, flags.deliveryEnabled}},
        };
        QStringList changes;
        for (const auto &[name, values] : switches)
            if (values.first != values.second)
                changes << QStringLiteral("%1：%2→%3").arg(name, yesNo(values.first), yesNo(values.second));
        detail = changes.join(QStringLiteral("，"));
        return outcomeOf(store.setFlags(residentId, flags), PeopleRegister::NotActive);
    });
}

PeopleService::Outcome PeopleService::markLeft(qint64 residentId, const QString &leftAs, bool eraseContact,
                                               qint64 staffId)
{
    if (leftAs != QLatin1String("moved") && leftAs != QLatin1String("deceased"))
        return {};
    const CardHolder person{HolderKind::Resident, residentId};
    const QDateTime now = m_clock.now();
    Outcome left = recorded(person, staffId, PersonChange::Left, [&](QString &detail) {
        PeopleRegisterStore store(m_db);
        detail = leftAs == QLatin1String("moved") ? QStringLiteral("迁出") : QStringLiteral("去世");
        const Outcome marked = outcomeOf(store.markLeft(residentId, leftAs, now), PeopleRegister::NotActive);
        if (marked.problem != PeopleRegister::NoProblem)
            return marked;
        return store.revokeCards(person, QStringLiteral("left"), now, staffId) ? marked : Outcome{};
    });
    if (left.problem != PeopleRegister::NoProblem || !eraseContact)
        return left;
    return recorded(person, staffId, PersonChange::Erased, [&](QString &detail) {
        PeopleRegisterStore store(m_db);
        const std::optional<ResidentDetail> resident = store.resident(residentId);
        if (!resident)
            return Outcome{};
        detail = QStringLiteral("电话、身份证号、房号已删除");
        return outcomeOf(store.eraseContact(residentId, maskName(resident->name), now), PeopleRegister::NotActive);
    });
}

PeopleService::Outcome PeopleService::reactivate(qint64 residentId, qint64 staffId)
{
    return recorded(CardHolder{HolderKind::Resident, residentId}, staffId, PersonChange::Updated,
                    [&](QString &detail) {
                        detail = QStringLiteral("迁回，恢复登记");
                        return outcomeOf(PeopleRegisterStore(m_db).reactivate(residentId), PeopleRegister::NotActive);
                    });
}

QString PeopleService::activeName(CardHolder holder)
{
    PeopleStore people(m_db);
    switch (holder.kind) {
    case HolderKind::Resident: {
        const auto resident = people.resident(holder.id);
        return resident ? resident->name : QString();
    }
    case HolderKind::Driver: {
        const auto driver = people.driver(holder.id);
        return driver ? driver->name : QString();
    }
    case HolderKind::Staff: {
        const auto staff = people.staff(holder.id);
        return staff ? staff->name : QString();
    }
    }
    return {};
}

PeopleService::Outcome PeopleService::enrolCard(CardHolder person, const QByteArray &uid, qint64 staffId)
{
    const QByteArray hash = m_identity.cardHash(uid);
    return recorded(person, staffId, PersonChange::CardEnrolled, [&](QString &) {
        PeopleRegisterStore store(m_db);
        const auto known = store.card(hash);
        if (!known)
            return Outcome{};
        if (*known) {
            const CardState &card = **known;
            if (card.revoked)
                return Outcome{PeopleRegister::CardRevoked, {}, {}};
            if (card.holder.kind == person.kind && card.holder.id == person.id)
                return Outcome{PeopleRegister::CardIsTheirs, {}, {}};
            return Outcome{PeopleRegister::CardTaken, maskName(activeName(card.holder)), {}};
        }
        if (activeName(person).isEmpty())
            return Outcome{m_db.connectionLost() ? PeopleRegister::StorageError : PeopleRegister::NotActive, {}, {}};
        const bool added = PeopleStore(m_db).addCard(hash, person, m_clock.now(), staffId);
        return Outcome{added ? PeopleRegister::NoProblem : PeopleRegister::StorageError, {}, {}};
    });
}

PeopleService::Outcome PeopleService::markCardLost(CardHolder person, const QByteArray &uidHash, qint64 staffId)
{
    return recorded(person, staffId, PersonChange::CardLost, [&](QString &) {
        return outcomeOf(PeopleRegisterStore(m_db).revokeCard(uidHash, person, QStringLiteral("lost"), m_clock.now(),
                                                              staffId),
                         PeopleRegister::NotFound);
    });
}

PeopleService::Outcome PeopleService::reissueCode(CardHolder person, qint64 staffId)
{
    if (person.kind == HolderKind::Staff)
        return {PeopleRegister::NotFound, {}, {}};
    return recorded(person, staffId, PersonChange::CodeReissued, [&](QString &detail) {
        const std::optional<int> generation = PeopleRegisterStore(m_db).nextCodeGeneration(person);
        if (!generation)
            return Outcome{m_db.connectionLost() ? PeopleRegister::StorageError : PeopleRegister::NotActive, {}, {}};
        detail = QStringLiteral("第 %1 版身份码，旧码作废").arg(*generation);
        const std::optional<qint64> job = queueCodeSlip(person.kind, person.id);
        return job ? Outcome{PeopleRegister::NoProblem, {}, job} : Outcome{};
    });
}

} // namespace linli
