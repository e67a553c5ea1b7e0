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

// Reason codes as printed (canteen_rules::cancelReasons, correctionReasons).
QString cancelReasonText(const QString &code);
QString correctionReasonText(const QString &code);

// An order staff cancelled: for the kitchen (do not cook it) and the resident
// (what came back, and where).
struct CancelledOrderSlip
{
    int number = 0;
    QString pickupCode;
    QString reason;     // as printed
    qint64 refundFen = 0;
    bool refundToCard = false;
    QString staff;      // who cancelled it
    QDateTime at;
};
QByteArray cancelledOrder(const CancelledOrderSlip &slip, PaperWidth paper);

// A resident's meal card: its latest rows and what it holds now.
struct StatementLine
{
    QDateTime at;
    QString what;       // 充值, 消费 12号, ...
    qint64 amountFen = 0;
    qint64 balanceFen = 0;
};
struct MealCardStatement
{
    QString name;       // masked: a slip left in the tray names nobody
    qint64 balanceFen = 0;
    QList<StatementLine> lines; // oldest first
    int earlierRows = 0;        // rows before the first printed one
    QDateTime at;
};
QByteArray mealCardStatement(const MealCardStatement &statement, PaperWidth paper);

} // namespace linli::slips
