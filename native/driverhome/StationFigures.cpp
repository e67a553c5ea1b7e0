#include "StationFigures.h"

#include "Exports.h"

namespace linli {

namespace station_figures {

Use use(const QList<StationSpan> &spans, const QDateTime &now)
{
    Use use;
    for (const StationSpan &span : spans) {
        const QDateTime end = span.endedAt.isValid() ? span.endedAt : now;
        ++use.sessions;
        use.minutes += int(qMax<qint64>(0, span.startedAt.secsTo(end)) / 60);
        if (end > span.endsAt)
            ++use.overdue;
    }
    return use;
}

QString hours(int minutes)
{
    const int tenths = minutes / 6;
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

QString exportFileName(const QDate &from, const QDate &to)
{
    return QStringLiteral("driver-home-%1-%2.csv").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

} // namespace station_figures

StationFiguresService::StationFiguresService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

StationFigures StationFiguresService::figures(const QDate &from, const QDate &to)
{
    StationFigures figures;
    figures.from = from;
    figures.to = to;
    if (!from.isValid() || to < from)
        return figures;
    StationFiguresStore store(m_db);
    const QDateTime start = from.startOfDay(), end = to.addDays(1).startOfDay();
    const std::optional<StationCounts> counts = store.counts(start, end, from, to);
    const std::optional<StationSpans> spans = counts ? store.spans(start, end) : std::nullopt;
    if (!spans)
        return figures;
    const QDateTime now = m_clock.now();
    const station_figures::Use charging = station_figures::use(spans->charging, now);
    const station_figures::Use rest = station_figures::use(spans->rest, now);
    figures.counts = *counts;
    figures.chargingSessions = charging.sessions;
    figures.chargingMinutes = charging.minutes;
    figures.chargingOverdue = charging.overdue;
    figures.restBookings = rest.sessions;
    figures.restMinutes = rest.minutes;
    figures.valid = true;
    return figures;
}

QString StationFiguresService::figuresCsv(const StationFigures &f)
{
    const auto number = [](int n) { return QString::number(n); };
    const StationCounts &c = f.counts;
    return csvRecord({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("visits"), QStringLiteral("drivers"),
                      QStringLiteral("driver_meals"), QStringLiteral("charging_sessions"),
                      QStringLiteral("charging_hours"), QStringLiteral("charging_past_end"),
                      QStringLiteral("queue_joined"), QStringLiteral("queue_lapsed"), QStringLiteral("rest_bookings"),
                      QStringLiteral("rest_hours"), QStringLiteral("rides_requested"), QStringLiteral("rides_taken"),
                      QStringLiteral("rides_done"), QStringLiteral("rides_not_taken_in_time"),
                      QStringLiteral("rides_cancelled")})
        + csvRecord({f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate), number(c.visits), number(c.drivers),
                     number(c.driverMeals), number(f.chargingSessions), station_figures::hours(f.chargingMinutes),
                     number(f.chargingOverdue), number(c.queueJoined), number(c.queueLapsed), number(f.restBookings),
                     station_figures::hours(f.restMinutes), number(c.ridesRequested), number(c.ridesTaken),
                     number(c.ridesDone), number(c.ridesNotTakenInTime), number(c.ridesCancelled)});
}

bool StationFiguresService::exportFigures(const QString &path, const QDate &from, const QDate &to)
{
    const StationFigures f = figures(from, to);
    return f.valid && writeExport(path, figuresCsv(f).toUtf8());
}

} // namespace linli
