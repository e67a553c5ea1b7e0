#pragma once

// The Shared House's figures for the street office: what each kind of thing
// did over a period, and the barber corner's haircuts. Read only; which
// period and which day overdue is counted on are the service's to say
// (native/sharedhouse/SharedHouseFigures).

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace linli {

// One kind of thing (a tile of the Shared House) over a period.
struct SharedHouseCategoryFigures
{
    QString code; // tools, household, ...; "total" for the sum of every kind
    QString name, nameEn;
    int loans = 0;                // lent in the period
    int returns = 0;              // came back in the period, whenever they were lent
    int returnedDamaged = 0;      // of those returns: 有损坏
    int returnedMissingParts = 0; // of those returns: 缺配件
    int overdue = 0;              // out and past their due day on the day overdue is counted
    int reservationsServed = 0;   // places in line that ended in the period with the thing lent to them
    int reservationsLapsed = 0;   // holds that ran out unclaimed in the period
    int pointsEarned = 0;         // thanks points of the loans made in the period
};

// The barber corner over a period, by the day of the haircut.
struct HaircutFigures
{
    int done = 0;
    int noShows = 0;
};

struct SharedHouseFiguresRows
{
    QList<SharedHouseCategoryFigures> categories; // every kind, in the tiles' order
    HaircutFigures haircuts;
};

class SharedHouseFiguresStore
{
public:
    explicit SharedHouseFiguresStore(Database &db) : m_db(db) {}

    // Loans, returns and places in line in [from, to); overdue: loans out at
    // `outAt` whose due day is before `dueBefore`; haircuts on the days
    // firstDay to lastDay, both included. Every figure comes from one
    // statement, so from one snapshot. nullopt when the database could not answer.
    std::optional<SharedHouseFiguresRows> figures(const QDateTime &from, const QDateTime &to, const QDateTime &outAt,
                                                  const QDate &dueBefore, const QDate &firstDay, const QDate &lastDay);

private:
    Database &m_db;
};

} // namespace linli
