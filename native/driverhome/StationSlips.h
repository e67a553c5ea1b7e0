#pragma once

#include "Slips.h"

namespace linli::slips {

// The slip a driver takes at check-in: the station, the time, how many
// drivers are in, and the visit's code for the way out.
struct CheckIn
{
    QString stationName;
    QString driverName; // masked: a dropped slip must not name anyone
    QDateTime checkedInAt;
    int driversPresent = 0;
    QString visitCode;
};
QByteArray checkIn(const CheckIn &slip, PaperWidth paper);

} // namespace linli::slips

namespace linli::slips {

// The station's places on paper: what the driver must remember, large.

// 躺椅 2 号, 床位 1 号
QString restPlaceName(const QString &kind, int number);

// A spot taken: its number, and when to move the car.
struct ChargingSpot
{
    QString stationName;
    QString driverName; // masked
    int spot = 0;
    QDateTime startedAt;
    QDateTime endsAt;
    int maxMinutes = 0;
};
QByteArray chargingSpot(const ChargingSpot &slip, PaperWidth paper);

// A place in the charging queue: the number that will be called, and the wait.
struct ChargingQueue
{
    QString stationName;
    QString driverName; // masked
    int number = 0;
    int ahead = 0;
    int waitMinutes = 0;
    QDateTime joinedAt;
    int holdMinutes = 0; // how long a called spot is kept
};
QByteArray chargingQueue(const ChargingQueue &slip, PaperWidth paper);

// A rest place: which, and until when.
struct RestPlace
{
    QString stationName;
    QString driverName; // masked
    QString place;      // restPlaceName()
    QDateTime startedAt;
    QDateTime endsAt;
};
QByteArray restPlace(const RestPlace &slip, PaperWidth paper);

} // namespace linli::slips
