#pragma once

#include "Slips.h"

namespace linli::slips {

// 叫车's paper: the resident's slip (her number large, and that the driver
// will call), and the driver's (who to fetch, where, and their phone).

struct RideRequestSlip
{
    int number = 0;
    QString destination;
    QString window; // 明天 08:00-12:00
    bool companion = false;
    QString resident;  // masked
    QString building;  // where she is fetched: her building (the driver has the rest)
    QString assistant; // 代办人, if anyone
    QDateTime requestedAt;
};
QByteArray rideRequestSlip(const RideRequestSlip &slip, PaperWidth paper);

// The only paper with the resident's name, address and phone in full.
struct RideDriverSlip
{
    int number = 0;
    QDate day; // of the request's number
    QString destination;
    bool askByPhone = false; // 其他: ask where on the phone
    QString window;
    bool companion = false;
    QString resident, address, phone;
    QString driver;
    QDateTime takenAt;
};
QByteArray rideDriverSlip(const RideDriverSlip &slip, PaperWidth paper);

} // namespace linli::slips
