#pragma once

#include "EscPosEncoder.h"

#include <QDateTime>
#include <QStringList>

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

struct SlipLine
{
    QString name;
    qint64 priceFen = 0;
    QStringList tags; // 软烂, 少盐, ... for the kitchen
};

struct CanteenOrder
{
    int number = 0;
    QString pickupCode;
    QString orderCode;  // what the receipt's QR code holds
    QList<SlipLine> lines;
    QString setName;    // empty for dishes at their own prices
    qint64 normalFen = 0, subsidyFen = 0, totalFen = 0;
    bool paid = false;
    QString payment;    // 饭卡 / 柜台付款
    QString service;    // 堂食 / 打包 / 送餐上门
    QString address;    // delivery only
    QDateTime at;
    bool copy = false;  // a reprint, marked as such
};
QByteArray canteenReceipt(const CanteenOrder &order, PaperWidth paper);
QByteArray kitchenTicket(const CanteenOrder &order, PaperWidth paper);

} // namespace slips
} // namespace linli
