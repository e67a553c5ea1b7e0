#pragma once

// The Driver Home's figures for the street office, for a period of local
// days: drivers' visits, driver meals at the station's canteen, charging
// sessions (hours, those past their end) and the queue, rest bookings, and
// the elder rides the gold-service team was asked for, took, drove, and did
// not take in time. The CSV is written like the other desks' (Exports.h).

#include "Clock.h"
#include "StationFiguresStore.h"

#include <QDate>
#include <QString>

namespace linli {

class Database;

struct StationFigures
{
    bool valid = false; // false: the database could not answer
    QDate from, to;     // local days, both included
    StationCounts counts;
    int chargingSessions = 0, chargingMinutes = 0, chargingOverdue = 0;
    int restBookings = 0, restMinutes = 0;
};

// How long sessions lasted, as tables can test.
namespace station_figures {

struct Use
{
    int sessions = 0;
    int minutes = 0; // until they ended, or until now for those still on
    int overdue = 0; // ended after their end, or still on past it
};
Use use(const QList<StationSpan> &spans, const QDateTime &now);
// 90 minutes: "1.5"; hours with one decimal, rounded down.
QString hours(int minutes);
// driver-home-2026-12-01-2026-12-31.csv, beside the other desks' exports.
QString exportFileName(const QDate &from, const QDate &to);

} // namespace station_figures

class StationFiguresService
{
public:
    StationFiguresService(Database &db, const Clock &clock);

    StationFigures figures(const QDate &from, const QDate &to);
    // RFC 4180 (CRLF): a header of English column names and the period's row.
    static QString figuresCsv(const StationFigures &figures);
    // Atomic, as every export; nothing is written when the figures are not valid.
    bool exportFigures(const QString &path, const QDate &from, const QDate &to);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace linli
