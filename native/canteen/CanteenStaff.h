#pragma once

// The canteen's staff mode, without any UI: the orders board, delivery to the
// door with its run-sheet and welfare alerts, the period's figures for the
// street office, and the list of meal-card top-ups.

#include "Canteen.h"
#include "CanteenStaffStore.h"
#include "CanteenStore.h"
#include "Stores.h"
#include "Clock.h"
#include "EscPosEncoder.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace linli {

namespace slips {

// The sheet a volunteer carries from door to door.
struct RunSheet
{
    QDate day;
    QString periodName;        // 早餐 / 午餐 / 晚餐
    QString volunteer;         // empty: nobody assigned yet
    QList<RunSheetStop> stops; // in walking order (CanteenStaffService::runSheet)
    QDateTime printedAt;
};
QByteArray runSheet(const RunSheet &sheet, PaperWidth paper);

} // namespace slips

namespace canteen_staff {

// The board's states in order; an order moves one step at a time.
inline const QStringList &boardStates()
{
    static const QStringList states = {QStringLiteral("new"), QStringLiteral("cooking"), QStringLiteral("ready"),
                                       QStringLiteral("collected")};
    return states;
}
// The state after `state` on the board; empty for collected and lapsed.
QString nextState(const QString &state);

// 早餐 / 午餐 / 晚餐 for a period code.
QString periodName(const QString &code);

} // namespace canteen_staff

class CanteenStaffService
{
public:
    // The ordering side answers which meal period staff are looking at.
    CanteenStaffService(Database &db, const Clock &clock, PaperWidth paper, CanteenService &orders);

    // Everything the staff desk shows for a day's period (the latest one
    // begun today when `period` is empty), read in one go.
    struct DeskView
    {
        QString period;
        QStringList periods; // the day's, to choose from
        QList<OrderRecord> orders;
        QList<MenuDish> menu;
        QList<RunSheetStop> stops;
        std::optional<DeliveryRunRecord> run;
        QList<WelfareAlert> alerts;
        CanteenFigures figures;
        QList<PersonEntry> residents;
        QList<TopUpRecord> topUps;
        QStringList volunteers;
    };
    DeskView deskView(const QDate &day, const QString &period);

    // --- Orders board ---
    // Every order of the period (lapsed ones too), by order number.
    QList<OrderRecord> orders(const QDate &day, const QString &period);
    QList<OrderLineRecord> orderLines(qint64 orderId);
    // new -> cooking -> ready -> collected, one step at a time; lapsed orders
    // never move, and an unpaid order cannot be collected.
    bool advance(qint64 orderId, const QString &toState);

    // --- Delivery to the door ---
    // The period's delivery orders (not lapsed), by building, unit and room.
    QList<RunSheetStop> runSheet(const QDate &day, const QString &period);
    // nullopt: nobody assigned yet (or the database did not answer).
    std::optional<DeliveryRunRecord> deliveryRun(const QDate &day, const QString &period);
    // A later assignment replaces the earlier one.
    bool assignVolunteer(const QDate &day, const QString &period, const QString &volunteer, qint64 staffId);
    // "No answer" raises a welfare alert in the same transaction. Recording
    // the same outcome again changes nothing (and is true); a later
    // "delivered" after "no answer" is recorded but the alert stays until a
    // person resolves it; "delivered" is final.
    bool recordDelivery(qint64 orderId, bool delivered, qint64 staffId);
    // Unresolved alerts of every day, oldest first.
    QList<WelfareAlert> openAlerts();
    // The note (what the person found) is required.
    bool resolveAlert(qint64 alertId, qint64 staffId, const QString &note);
    // The run-sheet as a print job (kind run_sheet); its id.
    std::optional<qint64> queueRunSheet(const QDate &day, const QString &period);

    // --- Figures for the street office ---
    CanteenFigures figures(const QDate &day, const QString &period);
    // RFC 4180 (CRLF), a header row, money in yuan with two decimals.
    static QString figuresCsv(const QList<CanteenFigures> &figures);
    // Writes the period's CSV atomically: the old file stays whole until the new one is complete.
    bool exportFigures(const QString &path, const QDate &day, const QString &period);

    // --- Meal cards ---
    // Top-ups made on that (local) day, oldest first.
    QList<TopUpRecord> topUps(const QDate &day);
    // A resident's card as staff see it: what it holds and every row of its ledger.
    struct CardView
    {
        qint64 residentId = 0;
        QString name;
        qint64 balanceFen = -1; // -1: no meal card
        QList<LedgerEntry> ledger; // oldest first
    };
    std::optional<CardView> card(qint64 residentId);
    // The resident's statement (kind meal_card_statement): the latest rows of
    // the ledger and the balance; nullopt when there is no card or no answer.
    std::optional<qint64> queueStatement(qint64 residentId);
    static constexpr int kStatementRows = 20;
    // Cards whose balance is not their ledger (CanteenStore::ledgerMismatches), with their holders' names.
    struct Mismatch
    {
        LedgerMismatch card;
        QString name;
    };
    std::optional<QList<Mismatch>> ledgerMismatches();

    // --- Today's menu ---
    bool changePortions(const QDate &day, const QString &period, qint64 dishId, int change);
    bool soldOut(const QDate &day, const QString &period, qint64 dishId);
    // Delivery beyond the 80+ and mobility rule, for a resident staff know needs it.
    bool setDeliveryEnabled(qint64 residentId, bool enabled);

private:
    Database &m_db;
    const Clock &m_clock;
    PaperWidth m_paper;
    CanteenService &m_orders;
};

} // namespace linli
