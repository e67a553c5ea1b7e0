#include "BarberFlow.h"

#include "Backend.h"
#include "BarberSlips.h"
#include "PersonSession.h"

#include <QLocale>
#include <QUuid>

namespace linli {

namespace {
QString hoursText(int opensMinute, int closesMinute)
{
    return slips::clockTime(opensMinute) + QStringLiteral("-") + slips::clockTime(closesMinute);
}
} // namespace

BarberFlow::BarberFlow(const ShellContext &shell, QObject *parent)
    : Flow(parent)
    , m_barber(shell.remote<BarberService>(&Backend::barber))
    , m_session(shell.person)
    , m_slip(shell.printer)
{
}

void BarberFlow::begin(const IdentifiedPerson &person)
{
    reset();
    m_barber.ask(
        this, m_generation, [](BarberService &barber) { return barber.timetable(); },
        [this](const BarberService::Timetable &timetable) {
            m_timetable = timetable;
            Q_EMIT changed();
        });
    // Greeted already (or her card brought her here): straight to her days.
    if (person.kind == Identity::Resident)
        load();
}

void BarberFlow::reset()
{
    m_generation.forget();
    m_slip.forget();
    m_step = NeedCard;
    m_busy = false;
    m_problem = Barber::NoProblem;
    m_overview = {};
    m_dayIndex = -1;
    m_chosen = {};
    m_requestKey.clear();
    Q_EMIT changed();
}

void BarberFlow::setEnglish(bool english)
{
    m_english = english;
    Q_EMIT changed(); // dates
}

void BarberFlow::setStep(Step step)
{
    m_step = step;
    Q_EMIT changed();
}

void BarberFlow::setProblem(Barber::Problem problem)
{
    m_problem = problem;
    Q_EMIT changed();
}

void BarberFlow::take(const IdentifiedPerson &person)
{
    if (m_busy)
        return;
    if (person.kind != Identity::Resident) {
        setProblem(Barber::NotAResident); // a driver: only residents book
        return;
    }
    m_session.set(person);
    load();
}

void BarberFlow::load(std::optional<Step> after, Barber::Problem problem)
{
    const IdentifiedPerson person = m_session.person();
    m_busy = true;
    Q_EMIT changed();
    m_barber.ask(
        this, m_generation, [person](BarberService &barber) { return barber.overview(person); },
        [this, after, problem](const BarberOverview &overview) { show(overview, after, problem); });
}

void BarberFlow::show(const BarberOverview &overview, std::optional<Step> after, Barber::Problem problem)
{
    m_busy = false;
    if (overview.problem != Barber::NoProblem) {
        m_overview = {};
        m_dayIndex = -1;
        m_step = NeedCard; // she may leave, or another card may come
        setProblem(overview.problem);
        return;
    }
    // The day she was looking at stays chosen; else the first she may book.
    const QDate wasShown = m_dayIndex >= 0 && m_dayIndex < m_overview.days.size() ? m_overview.days.at(m_dayIndex).day : QDate();
    m_overview = overview;
    m_dayIndex = -1;
    for (int i = 0; i < m_overview.days.size(); ++i)
        if (m_overview.days.at(i).day == wasShown)
            m_dayIndex = i;
    if (m_dayIndex < 0)
        for (int i = 0; i < m_overview.days.size() && m_dayIndex < 0; ++i)
            if (m_overview.days.at(i).problem == Barber::NoProblem)
                m_dayIndex = i;
    if (m_dayIndex < 0 && !m_overview.days.isEmpty())
        m_dayIndex = 0;
    m_problem = problem;
    setStep(after ? *after : m_overview.bookings.isEmpty() ? ChooseSlot : Mine);
}

void BarberFlow::chooseDay(int index)
{
    if (m_busy || m_step != ChooseSlot || index < 0 || index >= m_overview.days.size())
        return;
    m_dayIndex = index;
    m_problem = Barber::NoProblem;
    Q_EMIT changed();
}

void BarberFlow::chooseSlot(int minute)
{
    if (m_busy || m_step != ChooseSlot || m_dayIndex < 0 || m_dayIndex >= m_overview.days.size())
        return;
    const BarberDay &day = m_overview.days.at(m_dayIndex);
    const auto slot = std::find_if(day.times.begin(), day.times.end(), [minute](const BarberSlot &s) { return s.startMinute == minute; });
    if (day.problem != Barber::NoProblem || slot == day.times.end() || !slot->free)
        return; // (its button is not there to press)
    m_chosen = {};
    m_chosen.booking.day = day.day;
    m_chosen.booking.startMinute = minute;
    m_chosen.barber = day.barber;
    m_requestKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_problem = Barber::NoProblem;
    setStep(Confirm);
}

void BarberFlow::confirm()
{
    if (m_step != Confirm || m_busy)
        return; // a second tap while the first is on its way
    BarberBookingDraft draft;
    draft.resident = m_session.person();
    draft.day = m_chosen.booking.day;
    draft.startMinute = m_chosen.booking.startMinute;
    draft.requestKey = m_requestKey;
    draft.assistant = m_session.assistant();
    m_busy = true;
    Q_EMIT changed();
    // A booking committed after its screen was left still prints: the slip is queued with it.
    m_barber.ask(
        this, m_generation, [draft](BarberService &barber) { return barber.book(draft); },
        [this](const BarberBookResult &booked) {
            m_busy = false;
            switch (booked.problem) {
            case Barber::NoProblem:
                m_chosen = {booked.booking, booked.barber};
                if (booked.slipJob)
                    m_slip.follow(booked.slipJob);
                m_problem = Barber::NoProblem;
                setStep(Booked);
                return;
            case Barber::StorageError:
                setProblem(booked.problem); // the same tap again books once
                return;
            case Barber::AlreadyThisWeek:
                load(std::nullopt, booked.problem); // her booking of that week shows
                return;
            case Barber::NotAResident:
            case Barber::TooYoung:
                load(NeedCard, booked.problem);
                return;
            default:
                // Taken at another kiosk, a day off since, or too late now: the times afresh.
                load(ChooseSlot, booked.problem);
                return;
            }
        });
}

void BarberFlow::bookAnother()
{
    if (m_busy || m_step != Mine)
        return;
    m_dayIndex = -1;
    for (int i = 0; i < m_overview.days.size() && m_dayIndex < 0; ++i)
        if (m_overview.days.at(i).problem == Barber::NoProblem)
            m_dayIndex = i;
    if (m_dayIndex < 0 && !m_overview.days.isEmpty())
        m_dayIndex = 0;
    m_problem = Barber::NoProblem;
    setStep(ChooseSlot);
}

void BarberFlow::startCancel(qint64 bookingId)
{
    if (m_busy || m_step != Mine)
        return;
    for (const BarberAppointment &appointment : std::as_const(m_overview.bookings))
        if (appointment.booking.id == bookingId) {
            m_chosen = appointment;
            m_problem = Barber::NoProblem;
            setStep(ConfirmCancel);
            return;
        }
}

void BarberFlow::confirmCancel()
{
    if (m_step != ConfirmCancel || m_busy)
        return;
    const IdentifiedPerson person = m_session.person();
    const qint64 bookingId = m_chosen.booking.id;
    m_busy = true;
    Q_EMIT changed();
    m_barber.ask(
        this, m_generation, [person, bookingId](BarberService &barber) { return barber.cancel(person, bookingId); },
        [this](Barber::Problem problem) {
            m_busy = false;
            if (problem == Barber::NoProblem)
                load(Cancelled);
            else
                load(Mine, problem);
        });
}

bool BarberFlow::back()
{
    if (m_busy)
        return true;
    m_problem = Barber::NoProblem;
    switch (m_step) {
    case Confirm: setStep(ChooseSlot); return true;
    case ConfirmCancel: setStep(Mine); return true;
    case ChooseSlot:
        if (!m_overview.bookings.isEmpty()) {
            setStep(Mine);
            return true;
        }
        return false;
    default: return false;
    }
}

QString BarberFlow::dateText(const QDate &day) const
{
    if (!day.isValid())
        return {};
    return m_english ? QLocale(QLocale::English).toString(day, QStringLiteral("ddd, MMM d")) : slips::barberDay(day);
}

QVariantList BarberFlow::schedule() const
{
    QVariantList list;
    for (const BarberScheduleRecord &session : m_timetable.schedule)
        list.append(QVariantMap{
            {QStringLiteral("weekday"), m_english ? QLocale(QLocale::English).dayName(session.weekday)
                                                  : slips::weekdayName(session.weekday)},
            {QStringLiteral("hours"), hoursText(session.opensMinute, session.closesMinute)},
            {QStringLiteral("barber"), session.barber}});
    return list;
}

QVariantList BarberFlow::windows() const
{
    QVariantList list;
    for (const BarberWindowRecord &window : m_timetable.windows)
        list.append(QVariantMap{{QStringLiteral("minAge"), window.minAge}, {QStringLiteral("daysAhead"), window.daysAhead}});
    return list;
}

QVariantList BarberFlow::days() const
{
    QVariantList list;
    for (const BarberDay &day : m_overview.days) {
        const int free = int(std::count_if(day.times.begin(), day.times.end(), [](const BarberSlot &s) { return s.free; }));
        list.append(QVariantMap{{QStringLiteral("date"), dateText(day.day)},
                                {QStringLiteral("barber"), day.barber},
                                {QStringLiteral("hours"), hoursText(day.opensMinute, day.closesMinute)},
                                {QStringLiteral("problem"), int(day.problem)},
                                {QStringLiteral("opensOn"), dateText(day.opensOn)},
                                {QStringLiteral("free"), free}});
    }
    return list;
}

QVariantList BarberFlow::times() const
{
    QVariantList list;
    if (m_dayIndex < 0 || m_dayIndex >= m_overview.days.size())
        return list;
    for (const BarberSlot &slot : m_overview.days.at(m_dayIndex).times)
        list.append(QVariantMap{{QStringLiteral("minute"), slot.startMinute},
                                {QStringLiteral("time"), slips::clockTime(slot.startMinute)},
                                {QStringLiteral("free"), slot.free}});
    return list;
}

QVariantMap BarberFlow::slotMap(const QDate &day, int minute, const QString &barber) const
{
    return {{QStringLiteral("date"), dateText(day)},
            {QStringLiteral("time"), slips::clockTime(minute)},
            {QStringLiteral("barber"), barber}};
}

QVariantList BarberFlow::bookings() const
{
    QVariantList list;
    for (const BarberAppointment &appointment : m_overview.bookings) {
        QVariantMap booking = slotMap(appointment.booking.day, appointment.booking.startMinute, appointment.barber);
        booking.insert(QStringLiteral("id"), appointment.booking.id);
        list.append(booking);
    }
    return list;
}

bool BarberFlow::canBookMore() const
{
    return std::any_of(m_overview.days.begin(), m_overview.days.end(),
                       [](const BarberDay &day) { return day.problem == Barber::NoProblem; });
}

QVariantMap BarberFlow::chosen() const
{
    if (!m_chosen.booking.day.isValid())
        return {};
    return slotMap(m_chosen.booking.day, m_chosen.booking.startMinute, m_chosen.barber);
}

} // namespace linli
