#pragma once

#include "EscPosEncoder.h"

#include <QDateTime>

namespace linli {

// The layouts of the slips the kiosk prints, as ESC/POS bytes. Text is Chinese:
// it is what residents take home.
namespace slips {

struct CheckIn
{
    QString stationName;
    QString driverName; // masked: a dropped slip must not name anyone
    QDateTime checkedInAt;
    int driversPresent = 0;
    QString visitCode;
};
QByteArray checkIn(const CheckIn &slip, PaperWidth paper);

struct PersonCode
{
    QString title; // 居民身份码 / 司机身份码
    QString maskedName;
    QDate issuedOn;
    QString code;
};
QByteArray personCode(const PersonCode &slip, PaperWidth paper);

} // namespace slips
} // namespace linli
