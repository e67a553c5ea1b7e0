#pragma once

// The Shared House's figures for the street office, for a period of local
// days: per kind of thing its loans, returns (damaged, short of parts),
// what is overdue, the places in line served and lapsed, and the thanks
// points earned; and the barber corner's haircuts and no-shows. The CSV is
// written like the canteen's (CanteenStaffService::figuresCsv).

#include "Clock.h"
#include "SharedHouseFiguresStore.h"

#include <QDate>
#include <QList>
#include <QString>

namespace linli {

class Database;

struct SharedHouseFigures
{
    bool valid = false; // false: the database could not answer (or the period was no period)
    QDate from, to;     // local days, both included
    // The day overdue is counted on: the period's last day, or today while
    // the period runs on. A loan counts when it was out at that day's close
    // (today: when it is still out) and due before that day.
    QDate overdueOn;
    QList<SharedHouseCategoryFigures> categories; // every kind, in the tiles' order
    HaircutFigures haircuts;                      // by the day of the haircut

    // Every kind's figures added up (code "total", 合计 / Total).
    SharedHouseCategoryFigures total() const;
};

// The file an export goes to.
namespace shared_house_figures {

// shared-house-2026-12-01-2026-12-31.csv, named like the canteen's
// canteen-2026-11-27-lunch.csv; it goes in exportFolder(config) as theirs does.
QString exportFileName(const QDate &from, const QDate &to);

} // namespace shared_house_figures

class SharedHouseFiguresService
{
public:
    SharedHouseFiguresService(Database &db, const Clock &clock);

    // The figures of the days from `from` to `to`, both included; not valid
    // when the database did not answer or `to` comes before `from`.
    SharedHouseFigures figures(const QDate &from, const QDate &to);
    // RFC 4180 (CRLF): a header row of English column names, one row per
    // kind in the tiles' order, then the total row. Haircuts belong to no
    // kind: only the total row has them, the kinds' rows leave them empty.
    static QString figuresCsv(const SharedHouseFigures &figures);
    // Writes the period's CSV atomically: the old file stays whole until the
    // new one is complete; nothing is written when the figures are not valid.
    bool exportFigures(const QString &path, const QDate &from, const QDate &to);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace linli
