#pragma once

#include "CanteenStaff.h"
#include "Flow.h"
#include "RecordModel.h"
#include "Remote.h"
#include "ShellContext.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The canteen in staff mode: the period's orders board, delivery to the door
// with its run-sheet and welfare alerts, meal-card top-ups and the figures.
// Everything is read and written on the database worker; the lists here are
// what the last answer said.
class CanteenDesk : public Desk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.canteen.desk")

    Q_PROPERTY(QString periodCode READ periodCode NOTIFY changed)
    Q_PROPERTY(QStringList periods READ periods NOTIFY changed)
    Q_PROPERTY(linli::RecordListModel *orders READ orders CONSTANT)
    Q_PROPERTY(linli::RecordListModel *menu READ menu CONSTANT)
    Q_PROPERTY(linli::RecordListModel *stops READ stops CONSTANT)
    Q_PROPERTY(QString volunteer READ volunteer NOTIFY changed)
    Q_PROPERTY(QStringList volunteers READ volunteers NOTIFY changed)
    Q_PROPERTY(linli::RecordListModel *alerts READ alerts CONSTANT)
    Q_PROPERTY(QVariantMap figures READ figures NOTIFY changed)
    Q_PROPERTY(linli::RecordListModel *residents READ residents CONSTANT)
    Q_PROPERTY(linli::RecordListModel *topUps READ topUps CONSTANT)
    Q_PROPERTY(QString exportedTo READ exportedTo NOTIFY changed)
    // The resident whose meal card is open (showCard): {id, name, balance (yuan, "" without a card)}.
    Q_PROPERTY(QVariantMap card READ card NOTIFY changed)
    Q_PROPERTY(linli::RecordListModel *cardLedger READ cardLedger CONSTANT)
    // The last cancellation here: {number, refund (yuan), toCard}; empty before any.
    Q_PROPERTY(QVariantMap cancelled READ cancelled NOTIFY changed)
    // The last ledger check: {checked, mismatches: [{name, balance, ledger}]}.
    Q_PROPERTY(QVariantMap ledgerCheck READ ledgerCheck NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)

public:
    // An order's place on the board (meal_order.state in the database).
    enum OrderState { New, Cooking, Ready, Collected, Lapsed, Cancelled };
    Q_ENUM(OrderState)
    // What the volunteer found at the door (delivery_outcome).
    enum Delivery { NotYet, Delivered, NoAnswer };
    Q_ENUM(Delivery)

    enum OrderRole { OrderIdRole = Qt::UserRole + 1, NumberRole, PickupCodeRole, StateRole, NextStateRole, PaidRole,
                     CanMarkPaidRole, TotalRole, CanCancelRole };
    enum DishRole { DishIdRole = Qt::UserRole + 1, DishNameRole, CategoryRole, PortionsRole };
    enum StopRole { StopOrderRole = Qt::UserRole + 1, StopNumberRole, StopNameRole, StopAddressRole, StopPhoneRole,
                    LivesAloneRole, DishesRole, ToCollectRole, OutcomeRole };
    enum AlertRole { AlertIdRole = Qt::UserRole + 1, AlertNameRole, AlertAddressRole, AlertPhoneRole, RaisedAtRole };
    enum ResidentRole { ResidentIdRole = Qt::UserRole + 1, ResidentNameRole, DetailRole, DeliveryEnabledRole };
    enum TopUpRole { TopUpNameRole = Qt::UserRole + 1, AmountRole, StaffRole, AtRole };
    enum LedgerRole { LedgerAtRole = Qt::UserRole + 1, LedgerKindRole, LedgerAmountRole, LedgerBalanceRole,
                      LedgerOrderRole, LedgerReasonRole };

    CanteenDesk(const ShellContext &shell, QString exportFolder, QObject *parent = nullptr);

    void open(qint64 staffId) override;
    void close() override;
    void setEnglish(bool english) override;

    QString periodCode() const { return m_period; }
    QStringList periods() const { return m_periods; }
    RecordModel<OrderRecord> *orders() { return &m_orders; }
    RecordModel<MenuDish> *menu() { return &m_menu; }
    RecordModel<RunSheetStop> *stops() { return &m_stops; }
    QString volunteer() const { return m_volunteer; }
    QStringList volunteers() const { return m_volunteers; }
    RecordModel<WelfareAlert> *alerts() { return &m_alerts; }
    QVariantMap figures() const { return m_figures; }
    RecordModel<PersonEntry> *residents() { return &m_residents; }
    RecordModel<TopUpRecord> *topUps() { return &m_topUps; }
    QString exportedTo() const { return m_exportedTo; }
    QVariantMap card() const { return m_card; }
    RecordModel<LedgerEntry> *cardLedger() { return &m_cardLedger; }
    QVariantMap cancelled() const { return m_cancelled; }
    QVariantMap ledgerCheck() const { return m_ledgerCheck; }
    bool busy() const { return m_busy; }

    Q_INVOKABLE void showPeriod(const QString &code);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void advance(qint64 orderId, linli::CanteenDesk::OrderState toState);
    Q_INVOKABLE void markPaid(qint64 orderId);
    Q_INVOKABLE void reprint(qint64 orderId);
    Q_INVOKABLE void assignVolunteer(const QString &name);
    Q_INVOKABLE void recordDelivery(qint64 orderId, bool delivered);
    Q_INVOKABLE void printRunSheet();
    Q_INVOKABLE void resolveAlert(qint64 alertId, const QString &note);
    Q_INVOKABLE void topUp(qint64 residentId, int yuan);
    // Money moves: refused (with a notice) until the card and the PIN are both shown.
    Q_INVOKABLE void cancelOrder(qint64 orderId, const QString &reason);
    Q_INVOKABLE void correctCard(int fen, const QString &reason);
    // The resident's meal card page: balance and ledger; 0 closes it.
    Q_INVOKABLE void showCard(qint64 residentId);
    Q_INVOKABLE void printStatement();
    Q_INVOKABLE void checkLedger();
    Q_INVOKABLE void exportFigures();
    Q_INVOKABLE void changePortions(qint64 dishId, int change);
    Q_INVOKABLE void soldOut(qint64 dishId);
    Q_INVOKABLE void setDelivery(qint64 residentId, bool enabled);

Q_SIGNALS:
    void changed();

private:
    // Runs a change on the worker, then reloads what the screen shows; the
    // notice says so when the database refused (nothing changed then).
    // False when another change is still running.
    template<typename Service, typename Action>
    bool change(const Remote<Service> &service, Action action);
    void apply(const CanteenStaffService::DeskView &view);
    // False (and says why) when money may not move yet.
    bool mayMoveMoney();
    void loadCard();

    Remote<CanteenService> m_canteen;
    Remote<CanteenStaffService> m_canteenStaff;
    Notice &m_notice;
    const Clock &m_clock;
    bool m_english = false;
    QString m_exportFolder;
    qint64 m_staffId = 0;
    QDate m_day;
    QString m_period;
    QStringList m_periods;
    RecordModel<OrderRecord> m_orders;
    RecordModel<MenuDish> m_menu;
    RecordModel<RunSheetStop> m_stops;
    RecordModel<WelfareAlert> m_alerts;
    RecordModel<PersonEntry> m_residents;
    RecordModel<TopUpRecord> m_topUps;
    QString m_volunteer;
    QStringList m_volunteers;
    QVariantMap m_figures;
    QString m_exportedTo;
    qint64 m_cardResident = 0;
    QVariantMap m_card;
    RecordModel<LedgerEntry> m_cardLedger;
    QVariantMap m_cancelled;
    QVariantMap m_ledgerCheck;
    Generation m_generation;
    bool m_busy = false; // one change at a time
    // A double tap on a top-up button: the same resident and amount again
    // this soon is the same tap, sent with the same request key, and the
    // database tops up once, also when the first top-up is done already.
    static constexpr int RepeatTopUpMs = 2000;
    struct LastTopUp
    {
        qint64 residentId = 0;
        int yuan = 0;
        QString requestKey;
        QElapsedTimer since;
    } m_lastTopUp;
};

} // namespace linli
