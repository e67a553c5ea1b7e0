#include "RidesDesk.h"

#include "Backend.h"
#include "DatabaseLink.h"
#include "Notice.h"
#include "RideRows.h"

namespace linli {

RidesDesk::RidesDesk(const ShellContext &shell, QObject *parent)
    : Desk(parent)
    , m_rides(shell.remote<RidesService>(&Backend::rides))
    , m_clock(shell.clock)
    , m_notice(shell.notice)
{
    // Requests asked, taken, given back or resolved at the other kiosks (and alerts they raised).
    connect(&shell.link, &DatabaseLink::changed, this, [this](const QStringList &tables) {
        if (m_staffId != 0 && touches(tables, {"ride_request"}))
            refresh();
    });
}

void RidesDesk::open(qint64 staffId)
{
    m_staffId = staffId;
    m_problem = Rides::NoProblem;
    refresh();
}

void RidesDesk::close()
{
    m_generation.forget();
    m_staffId = 0;
    show({});
}

void RidesDesk::setEnglish(bool english)
{
    m_english = english;
    show(m_view);
}

void RidesDesk::refresh()
{
    // The alerts due by now are raised first, so the desk never waits for housekeeping.
    m_rides.ask(
        this, m_generation,
        [](RidesService &rides) {
            rides.raiseDueAlerts();
            return rides.deskView();
        },
        [this](const RidesDeskView &view) { show(view); });
}

void RidesDesk::show(const RidesDeskView &view)
{
    m_view = view;
    const QDateTime now = m_clock.now();
    m_alerts = rideRows(view.alerts, now, m_english);
    m_requests = rideRows(view.requests, now, m_english);
    Q_EMIT changed();
}

void RidesDesk::resolve(qint64 requestId, Rides::Note note)
{
    if (m_staffId == 0)
        return;
    const qint64 staffId = m_staffId;
    m_rides.ask(
        this, m_generation,
        [requestId, staffId, note](RidesService &rides) {
            const Rides::Problem problem = rides.resolveAlert(requestId, staffId, note);
            return std::pair{problem, rides.deskView()};
        },
        [this](const std::pair<Rides::Problem, RidesDeskView> &answer) {
            m_problem = answer.first;
            if (answer.first == Rides::StorageError)
                m_notice.show(Notice::SaveFailed);
            show(answer.second);
        });
}

} // namespace linli
