#pragma once

// The SQL behind the Driver Home's figures for the street office. What they
// mean (a period of local days, hours of charging and rest) lives in
// native/driverhome/StationFigures.

#include "Database.h"

#include <QDateTime>
#include <optional>

namespace linli {

// Counts over a period, each in one statement's snapshot.
struct StationCounts
{
    int visits = 0, drivers = 0, driverMeals = 0;
    int queueJoined = 0, queueLapsed = 0;
    int ridesRequested = 0, ridesTaken = 0, ridesDone = 0, ridesNotTakenInTime = 0, ridesCancelled = 0;
};

// A charging session or a rest booking: when it began, was to end, and ended (invalid: still on).
struct StationSpan
{
    QDateTime startedAt, endsAt, endedAt;
};

struct StationSpans
{
    QList<StationSpan> charging, rest;
};

class StationFiguresStore
{
public:
    explicit StationFiguresStore(Database &db) : m_db(db) {}
    // From `from` up to (not including) `to`; the driver meals are those of
    // the connection's site (Database::site) on the days firstDay..lastDay.
    std::optional<StationCounts> counts(const QDateTime &from, const QDateTime &to, const QDate &firstDay,
                                        const QDate &lastDay);
    // The sessions and bookings that began in the period.
    std::optional<StationSpans> spans(const QDateTime &from, const QDateTime &to);

private:
    Database &m_db;
};

} // namespace linli
