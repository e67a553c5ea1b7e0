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
