#include "StationFiguresStore.h"

#include "CanteenStore.h"
#include "Stores.h"

namespace linli {

std::optional<StationCounts> StationFiguresStore::counts(const QDateTime &from, const QDateTime &to,
                                                         const QDate &firstDay, const QDate &lastDay)
{
    Query q(m_db, QStringLiteral(
        "SELECT "
        "(SELECT count(*) FROM driver_visit WHERE checked_in_at >= ? AND checked_in_at < ?), "
        "(SELECT count(DISTINCT driver_id) FROM driver_visit WHERE checked_in_at >= ? AND checked_in_at < ?), "
        "(SELECT count(*) FROM meal_order WHERE driver_id IS NOT NULL AND %1 AND site = ? "
        " AND day >= ? AND day <= ?), "
        "(SELECT count(*) FROM charging_queue WHERE joined_at >= ? AND joined_at < ?), "
        "(SELECT count(*) FROM charging_queue WHERE joined_at >= ? AND joined_at < ? AND state = 'lapsed'), "
        "(SELECT count(*) FROM ride_request WHERE requested_at >= ? AND requested_at < ?), "
        "(SELECT count(*) FROM ride_request WHERE taken_at >= ? AND taken_at < ?), "
        "(SELECT count(*) FROM ride_request WHERE done_at >= ? AND done_at < ?), "
        // raised on every staff desk because nobody took it in time
        "(SELECT count(*) FROM ride_request WHERE alert_raised_at >= ? AND alert_raised_at < ?), "
        "(SELECT count(*) FROM ride_request WHERE cancelled_at >= ? AND cancelled_at < ?)")
                      .arg(orderCounts()));
    const QString start = toDbTime(from), end = toDbTime(to);
    return q.one([](const Query &row) {
        StationCounts c;
        c.visits = row.value(0).toInt();
        c.drivers = row.value(1).toInt();
        c.driverMeals = row.value(2).toInt();
        c.queueJoined = row.value(3).toInt();
        c.queueLapsed = row.value(4).toInt();
        c.ridesRequested = row.value(5).toInt();
        c.ridesTaken = row.value(6).toInt();
        c.ridesDone = row.value(7).toInt();
        c.ridesNotTakenInTime = row.value(8).toInt();
        c.ridesCancelled = row.value(9).toInt();
        return c;
    }, start, end, start, end, m_db.site(), dayText(firstDay), dayText(lastDay), start, end, start, end, start, end,
       start, end, start, end, start, end, start, end);
}

std::optional<StationSpans> StationFiguresStore::spans(const QDateTime &from, const QDateTime &to)
{
    // (a failed statement must not read as a period without sessions)
    const auto read = [&](const QString &table) -> std::optional<QList<StationSpan>> {
        Query q(m_db, QStringLiteral("SELECT started_at, ends_at, ended_at FROM %1 WHERE started_at >= ? AND started_at < ?")
                          .arg(table));
        if (!q.exec(toDbTime(from), toDbTime(to)))
            return std::nullopt;
        QList<StationSpan> spans;
        while (q.next())
            spans.append({fromDbTime(q.value(0)), fromDbTime(q.value(1)), fromDbTime(q.value(2))});
        return spans;
    };
    const auto charging = read(QStringLiteral("charging_session"));
    const auto rest = charging ? read(QStringLiteral("rest_booking")) : std::nullopt;
    if (!rest)
        return std::nullopt;
    return StationSpans{*charging, *rest};
}

} // namespace linli
