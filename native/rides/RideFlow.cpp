#include "RideFlow.h"

#include "Backend.h"
#include "DatabaseLink.h"
#include "PersonSession.h"
#include "RideRows.h"

#include <QUuid>

namespace linli {

RideFlow::RideFlow(const ShellContext &shell, QObject *parent)
    : Flow(parent)
    , m_rides(shell.remote<RidesService>(&Backend::rides))
    , m_session(shell.person)
    , m_config(shell.config)
    , m_clock(shell.clock)
    , m_slip(shell.printer)
{
    // Her request taken, given back or cancelled elsewhere while she looks at it.
    connect(&shell.link, &DatabaseLink::changed, this, [this](const QStringList &tables) {
        if (m_step == Mine && !m_busy && touches(tables, {"ride_request"}))
            load(Mine);
    });
}

void RideFlow::begin(const IdentifiedPerson &person)
{
    reset();
    // Greeted already (or her card brought her here): straight to her choices.
    if (person.kind == Identity::Resident)
        load();
    else if (person.kind == Identity::Driver)
        setProblem(Rides::NotAResident);
}

void RideFlow::reset()
{
    m_generation.forget();
    m_slip.forget();
    m_step = NeedCard;
    m_busy = false;
    m_problem = Rides::NoProblem;
    m_overview = {};
    m_destinationId = 0;
    m_whenCode.clear();
    m_companion.reset();
    m_request.reset();
    m_requestKey.clear();
    Q_EMIT changed();
}

void RideFlow::setEnglish(bool english)
{
    m_english = english;
    Q_EMIT changed(); // destinations and windows
}

void RideFlow::setStep(Step step)
{
    m_step = step;
    Q_EMIT changed();
}

void RideFlow::setProblem(Rides::Problem problem)
{
    m_problem = problem;
    Q_EMIT changed();
}

void RideFlow::take(const IdentifiedPerson &person)
{
    if (m_busy)
        return;
    if (person.kind != Identity::Resident) {
        setProblem(Rides::NotAResident); // a driver: the rides are for residents
        return;
    }
    m_session.set(person);
    load();
}

void RideFlow::load(std::optional<Step> after, Rides::Problem problem)
{
    const IdentifiedPerson person = m_session.person();
    m_busy = true;
    Q_EMIT changed();
    m_rides.ask(
        this, m_generation, [person](RidesService &rides) { return rides.overview(person); },
        [this, after, problem](const RideOverview &overview) { show(overview, after, problem); });
}

void RideFlow::show(const RideOverview &overview, std::optional<Step> after, Rides::Problem problem)
{
    m_busy = false;
    if (overview.problem != Rides::NoProblem) {
        m_overview = {};
        m_step = NeedCard; // she may leave, or another card may come
        setProblem(overview.problem);
        return;
    }
    m_overview = overview;
    if (overview.underWay)
        m_request = overview.underWay;
    else if (m_step != Requested)
        m_request.reset();
    m_problem = problem;
    // Her request under way comes first: one at a time.
    if (overview.underWay && (!after || *after == ChooseDestination))
        after = Mine;
    if (!overview.underWay && after == Mine)
        after = ChooseDestination; // done, or cancelled at another kiosk
    setStep(after ? *after : ChooseDestination);
}

void RideFlow::chooseDestination(qint64 id)
{
    if (m_busy || m_step != ChooseDestination || destinationName(id).isEmpty())
        return;
    m_destinationId = id;
    m_problem = Rides::NoProblem;
    setStep(ChooseTime);
}

void RideFlow::chooseTime(const QString &code)
{
    const RideTimeChoice *choice = timeChoice(code);
    if (m_busy || m_step != ChooseTime || !choice || choice->problem != Rides::NoProblem)
        return; // (its button is not there to press)
    m_whenCode = code;
    m_problem = Rides::NoProblem;
    setStep(ChooseCompanion);
}

void RideFlow::chooseCompanion(bool companion)
{
    if (m_busy || m_step != ChooseCompanion)
        return;
    m_companion = companion;
    m_requestKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_problem = Rides::NoProblem;
    setStep(Confirm);
}

void RideFlow::confirm()
{
    if (m_step != Confirm || m_busy)
        return; // a second tap while the first is on its way
    RideDraft draft;
    draft.resident = m_session.person();
    draft.destinationId = m_destinationId;
    draft.whenCode = m_whenCode;
    draft.companion = m_companion.value_or(false);
    draft.kiosk = kioskName(m_config);
    draft.requestKey = m_requestKey;
    draft.assistant = m_session.assistant();
    m_busy = true;
    Q_EMIT changed();
    // A request committed after its screen was left still prints: the slip is queued with it.
    m_rides.ask(
        this, m_generation, [draft](RidesService &rides) { return rides.request(draft); },
        [this](const RideRequestResult &made) {
            m_busy = false;
            switch (made.problem) {
            case Rides::NoProblem:
                m_request = made.request;
                if (made.slipJob)
                    m_slip.follow(made.slipJob);
                m_problem = Rides::NoProblem;
                setStep(Requested);
                return;
            case Rides::StorageError:
                setProblem(made.problem); // the same tap again asks once
                return;
            case Rides::AlreadyRequested:
                load(Mine, made.problem); // her request from another kiosk shows
                return;
            case Rides::NotAResident:
            case Rides::TooYoung:
                load(NeedCard, made.problem);
                return;
            default:
                // A time gone meanwhile, a destination no longer offered: choose again.
                load(made.problem == Rides::TimeGone ? ChooseTime : ChooseDestination, made.problem);
                return;
            }
        });
}

void RideFlow::startCancel()
{
    if (m_busy || m_step != Mine || !m_request)
        return;
    m_problem = Rides::NoProblem;
    setStep(ConfirmCancel);
}

void RideFlow::confirmCancel()
{
    if (m_step != ConfirmCancel || m_busy || !m_request)
        return;
    const IdentifiedPerson person = m_session.person();
    const qint64 requestId = m_request->request.id;
    m_busy = true;
    Q_EMIT changed();
    m_rides.ask(
        this, m_generation, [person, requestId](RidesService &rides) { return rides.cancel(person, requestId); },
        [this](Rides::Problem problem) {
            m_busy = false;
            if (problem == Rides::NoProblem) {
                m_request.reset();
                load(Cancelled);
            } else {
                load(Mine, problem);
            }
        });
}

bool RideFlow::back()
{
    if (m_busy)
        return true;
    m_problem = Rides::NoProblem;
    switch (m_step) {
    case ChooseTime: setStep(ChooseDestination); return true;
    case ChooseCompanion: setStep(ChooseTime); return true;
    case Confirm: setStep(ChooseCompanion); return true;
    case ConfirmCancel: setStep(Mine); return true;
    default: return false;
    }
}

QString RideFlow::destinationName(qint64 id) const
{
    for (const RideDestinationRecord &d : m_overview.destinations)
        if (d.id == id)
            return m_english ? d.nameEn : d.nameZh;
    return {};
}

const RideTimeChoice *RideFlow::timeChoice(const QString &code) const
{
    for (const RideTimeChoice &choice : m_overview.times)
        if (choice.time.code == code)
            return &choice;
    return nullptr;
}

QVariantList RideFlow::destinations() const
{
    QVariantList list;
    for (const RideDestinationRecord &d : m_overview.destinations)
        list.append(QVariantMap{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), m_english ? d.nameEn : d.nameZh}});
    return list;
}

QVariantList RideFlow::times() const
{
    QVariantList list;
    const QDate today = m_clock.now().toLocalTime().date();
    for (const RideTimeChoice &c : m_overview.times)
        list.append(QVariantMap{{QStringLiteral("code"), c.time.code},
                                {QStringLiteral("window"), ride_rules::windowText(c.time.code, c.start, c.end, today, m_english)},
                                {QStringLiteral("problem"), int(c.problem)}});
    return list;
}

QVariantMap RideFlow::chosen() const
{
    const RideTimeChoice *time = timeChoice(m_whenCode);
    const QDate today = m_clock.now().toLocalTime().date();
    return {{QStringLiteral("destination"), destinationName(m_destinationId)},
            {QStringLiteral("window"), time ? ride_rules::windowText(time->time.code, time->start, time->end, today, m_english)
                                            : QString()},
            {QStringLiteral("companion"), m_companion.value_or(false)},
            {QStringLiteral("chosen"), m_companion.has_value()}};
}

QVariantMap RideFlow::request() const
{
    return m_request ? rideRow(*m_request, m_clock.now(), m_english) : QVariantMap();
}

} // namespace linli
