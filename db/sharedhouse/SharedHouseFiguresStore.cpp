#include "SharedHouseFiguresStore.h"

#include "Stores.h"

namespace linli {

std::optional<SharedHouseFiguresRows> SharedHouseFiguresStore::figures(const QDateTime &from, const QDateTime &to,
                                                                       const QDateTime &outAt, const QDate &dueBefore,
                                                                       const QDate &firstDay, const QDate &lastDay)
{
    // The haircuts' one row joined to every kind: one statement, and the
    // haircuts are there even for a catalog without kinds.
    Query q(m_db, QStringLiteral(
        "SELECT c.code, c.name, c.name_en, coalesce(l.loans, 0), coalesce(l.returns, 0), coalesce(l.damaged, 0), "
        "coalesce(l.missing, 0), coalesce(l.overdue, 0), CAST(coalesce(l.points, 0) AS BIGINT), "
        "coalesce(r.served, 0), coalesce(r.lapsed, 0), b.done, b.no_shows "
        "FROM (SELECT count(*) FILTER (WHERE state = 'done') AS done, "
        "      count(*) FILTER (WHERE state = 'no_show') AS no_shows "
        "      FROM barber_booking WHERE day >= ? AND day <= ?) b "
        "LEFT JOIN item_category c ON 1 = 1 "
        "LEFT JOIN (SELECT i.category AS category, "
        "      count(*) FILTER (WHERE n.borrowed_at >= ? AND n.borrowed_at < ?) AS loans, "
        "      count(*) FILTER (WHERE n.returned_at >= ? AND n.returned_at < ?) AS returns, "
        "      count(*) FILTER (WHERE n.returned_at >= ? AND n.returned_at < ? AND n.returned_as = 'damaged') AS damaged, "
        "      count(*) FILTER (WHERE n.returned_at >= ? AND n.returned_at < ? "
        "                       AND n.returned_as = 'missing_parts') AS missing, "
        // out at that moment: lent before it, and not back by then (or not back at all)
        "      count(*) FILTER (WHERE n.borrowed_at < ? AND (n.returned_at IS NULL OR n.returned_at >= ?) "
        "                       AND n.due_on < ?) AS overdue, "
        // points are earned when a thing is lent
        "      sum(n.points) FILTER (WHERE n.borrowed_at >= ? AND n.borrowed_at < ?) AS points "
        "      FROM loan n JOIN item i ON i.id = n.item_id GROUP BY i.category) l ON l.category = c.code "
        "LEFT JOIN (SELECT i.category AS category, "
        "      count(*) FILTER (WHERE e.ended_as = 'borrowed') AS served, "
        "      count(*) FILTER (WHERE e.ended_as = 'lapsed') AS lapsed "
        "      FROM reservation e JOIN item i ON i.id = e.item_id "
        "      WHERE e.ended_at >= ? AND e.ended_at < ? GROUP BY i.category) r ON r.category = c.code "
        "ORDER BY c.position"));
    const QString start = toDbTime(from), end = toDbTime(to), out = toDbTime(outAt);
    if (!q.exec(dayText(firstDay), dayText(lastDay), start, end, start, end, start, end, start, end, out, out,
                dayText(dueBefore), start, end, start, end))
        return std::nullopt;
    SharedHouseFiguresRows rows;
    while (q.next()) {
        rows.haircuts = {q.value(11).toInt(), q.value(12).toInt()};
        if (q.value(0).isNull())
            continue; // no kinds at all: the haircuts alone
        SharedHouseCategoryFigures kind;
        kind.code = q.value(0).toString();
        kind.name = q.value(1).toString();
        kind.nameEn = q.value(2).toString();
        kind.loans = q.value(3).toInt();
        kind.returns = q.value(4).toInt();
        kind.returnedDamaged = q.value(5).toInt();
        kind.returnedMissingParts = q.value(6).toInt();
        kind.overdue = q.value(7).toInt();
        kind.pointsEarned = q.value(8).toInt();
        kind.reservationsServed = q.value(9).toInt();
        kind.reservationsLapsed = q.value(10).toInt();
        rows.categories.append(kind);
    }
    return rows;
}

} // namespace linli
