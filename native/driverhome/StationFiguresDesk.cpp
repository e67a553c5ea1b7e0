#include "StationFiguresDesk.h"

#include "Backend.h"

#include <QLocale>

namespace linli {

StationFiguresDesk::StationFiguresDesk(const ShellContext &shell, QObject *parent)
    : PeriodFiguresDesk(shell, parent)
    , m_service(shell.remote<StationFiguresService>(&Backend::stationFigures))
{
}

QVariantMap StationFiguresDesk::figures() const
{
    if (!m_figures.valid)
        return {{"valid", false}};
    const auto day = [this](const QDate &date) {
        return english() ? QLocale(QLocale::English).toString(date, QStringLiteral("MMM d"))
                         : QStringLiteral("%1月%2日").arg(date.month()).arg(date.day());
    };
    const StationCounts &c = m_figures.counts;
    return {{"valid", true},
            {"from", day(m_figures.from)},
            {"to", day(m_figures.to)},
            {"visits", c.visits},
            {"drivers", c.drivers},
            {"driverMeals", c.driverMeals},
            {"chargingSessions", m_figures.chargingSessions},
            {"chargingHours", station_figures::hours(m_figures.chargingMinutes)},
            {"chargingPastEnd", m_figures.chargingOverdue},
            {"queueJoined", c.queueJoined},
            {"queueLapsed", c.queueLapsed},
            {"restBookings", m_figures.restBookings},
            {"restHours", station_figures::hours(m_figures.restMinutes)},
            {"ridesRequested", c.ridesRequested},
            {"ridesTaken", c.ridesTaken},
            {"ridesDone", c.ridesDone},
            {"ridesNotTakenInTime", c.ridesNotTakenInTime},
            {"ridesCancelled", c.ridesCancelled}};
}

void StationFiguresDesk::fetch(const figure_periods::Days &days)
{
    m_service.ask(
        this, generation(), [days](StationFiguresService &service) { return service.figures(days.from, days.to); },
        [this](const StationFigures &figures) {
            m_figures = figures;
            Q_EMIT changed();
        });
}

QString StationFiguresDesk::exportFileName(const figure_periods::Days &days) const
{
    return station_figures::exportFileName(days.from, days.to);
}

void StationFiguresDesk::writeExport(const QString &path, const figure_periods::Days &days,
                                     std::function<void(bool)> done)
{
    m_service.ask(
        this, generation(),
        [path, days](StationFiguresService &service) {
            return makeFolderOf(path) && service.exportFigures(path, days.from, days.to);
        },
        std::move(done));
}

} // namespace linli
