#pragma once

// The SQL behind the canteen's staff mode: the orders board, delivery runs and
// their outcomes, welfare alerts, the period's figures and the top-up list;
// all of them the site's (Database::site) but the top-ups (meal cards are the street's).
// Rules (which state may follow which, what "no answer" raises) live in
// native/CanteenStaff.

#include "CanteenStore.h"
#include "Database.h"
#include "Stores.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace linli {

// One door on a period's delivery run.
struct RunSheetStop
{
    qint64 orderId = 0;
    int number = 0;
    QString pickupCode;
    qint64 residentId = 0;
    QString residentName; // full: staff and the volunteer need to know whom to ask for
    QString maskedName;   // what goes on paper
    QString phone;
    bool livesAlone = false;
    QString building, unit, room;
    QStringList dishes;
    qint64 totalFen = 0;
    bool paid = false;    // unpaid: the volunteer collects totalFen at the door
    QString outcome;      // empty (not yet), delivered, no_answer
    QDateTime outcomeAt;

    QString address() const { return formatAddress(building, unit, room); }
};

struct DeliveryRunRecord
{
    QDate day;
    QString period;
    QString volunteer;
    qint64 assignedBy = 0;
    QDateTime assignedAt;
};

struct WelfareAlert
{
    qint64 id = 0;
    qint64 orderId = 0;
    QDate day;
    QString period;
    int orderNumber = 0;
    qint64 residentId = 0;
    QString residentName;
    QString phone;
    bool livesAlone = false;
    QString building, unit, room;
    QDateTime raisedAt;
    QDateTime resolvedAt; // invalid while open
    qint64 resolvedBy = 0;
    QString note;

    QString address() const { return formatAddress(building, unit, room); }
};

// A meal period's figures for the street office.
struct CanteenFigures
{
    bool valid = false; // false: the database could not answer
    QDate day;
    QString period;
    // Orders that were not lapsed, by kind: a set for residents of an age,
    // a set for drivers, or dishes at their own prices.
    int seniorOrders = 0, driverOrders = 0, normalOrders = 0;
    int setsSold = 0;
    qint64 subsidyFen = 0;
    QMap<QString, qint64> revenueFen; // by payment code (meal_card, counter, ...), paid orders only
    int deliveries = 0;
    int lapsed = 0;
    int assistedOrders = 0; // 代办: ordered with a staff member or volunteer (not lapsed)

    qint64 revenueTotalFen() const
    {
        qint64 total = 0;
        for (qint64 fen : revenueFen)
            total += fen;
        return total;
    }
};

struct TopUpRecord
{
    qint64 id = 0;
    qint64 residentId = 0;
    QString residentName;
    qint64 amountFen = 0;
    qint64 staffId = 0;
    QString staffName;
    QDateTime at;
};

class CanteenStaffStore
{
public:
    explicit CanteenStaffStore(Database &db) : m_db(db) {}

    QList<OrderRecord> orders(const QDate &day, const QString &period);
    // Moves an order only from the state it is in now.
    bool changeState(qint64 orderId, const QString &from, const QString &to);

    // Delivery orders of a period that did not lapse, without their dishes
    // (CanteenStore::lines has them), in no particular order.
    QList<RunSheetStop> deliveryStops(const QDate &day, const QString &period);
    std::optional<DeliveryRunRecord> deliveryRun(const QDate &day, const QString &period);
    bool assignRun(const QDate &day, const QString &period, const QString &volunteer, qint64 staffId,
                   const QDateTime &at);
    // Empty when nothing is recorded yet; nullopt when the database cannot answer.
    std::optional<QString> outcome(qint64 orderId);
    bool setOutcome(qint64 orderId, const QString &outcome, qint64 staffId, const QDateTime &at);

    std::optional<qint64> raiseAlert(qint64 orderId, qint64 residentId, const QDateTime &at);
    QList<WelfareAlert> openAlerts();
    bool resolveAlert(qint64 alertId, qint64 staffId, const QDateTime &at, const QString &note);

    CanteenFigures figures(const QDate &day, const QString &period);
    // Staff add or take away portions of a dish (never below zero), or end it.
    bool changePortions(const QDate &day, const QString &period, qint64 dishId, int change);
    bool soldOut(const QDate &day, const QString &period, qint64 dishId);
    bool setDeliveryEnabled(qint64 residentId, bool enabled);
    // Top-ups made in [from, to).
    QList<TopUpRecord> topUps(const QDateTime &from, const QDateTime &to);

private:
    Database &m_db;
};

} // namespace linli
