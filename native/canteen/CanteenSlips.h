#pragma once

#include "Slips.h"

namespace linli::slips {

// The canteen's receipt for the customer and ticket for the kitchen.
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
    QString assistant;  // 代办人: who ordered with the resident, if anyone
    QDateTime at;
    bool copy = false;  // a reprint, marked as such
};
QByteArray canteenReceipt(const CanteenOrder &order, PaperWidth paper);
QByteArray kitchenTicket(const CanteenOrder &order, PaperWidth paper);

} // namespace linli::slips
