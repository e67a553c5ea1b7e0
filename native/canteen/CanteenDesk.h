#pragma once

#include "CanteenStaff.h"
#include "Flow.h"
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
    Q_PROPERTY(QVariantList orders READ orders NOTIFY changed)
    Q_PROPERTY(QVariantList menu READ menu NOTIFY changed)
    Q_PROPERTY(QVariantList stops READ stops NOTIFY changed)
    Q_PROPERTY(QString volunteer READ volunteer NOTIFY changed)
    Q_PROPERTY(QStringList volunteers READ volunteers NOTIFY changed)
    Q_PROPERTY(QVariantList alerts READ alerts NOTIFY changed)
    Q_PROPERTY(QVariantMap figures READ figures NOTIFY changed)
    Q_PROPERTY(QVariantList residents READ residents NOTIFY changed)
    Q_PROPERTY(QVariantList topUps READ topUps NOTIFY changed)
    Q_PROPERTY(QString exportedTo READ exportedTo NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)

public:
    CanteenDesk(const ShellContext &shell, QString exportFolder, QObject *parent = nullptr);

    void open(qint64 staffId) override;
    void close() override;
    void setEnglish(bool english) override;

    QString periodCode() const { return m_period; }
    QVariantList orders() const { return m_orders; }
    QVariantList menu() const { return m_menu; }
    QVariantList stops() const { return m_stops; }
    QString volunteer() const { return m_volunteer; }
    QStringList volunteers() const { return m_volunteers; }
    QVariantList alerts() const { return m_alerts; }
    QVariantMap figures() const { return m_figures; }
    QVariantList residents() const { return m_residents; }
    QVariantList topUps() const { return m_topUps; }
    QString exportedTo() const { return m_exportedTo; }
    bool busy() const { return m_busy; }

    Q_INVOKABLE void showPeriod(const QString &code);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void advance(qint64 orderId, const QString &toState);
    Q_INVOKABLE void markPaid(qint64 orderId);
    Q_INVOKABLE void reprint(qint64 orderId);
    Q_INVOKABLE void assignVolunteer(const QString &name);
    Q_INVOKABLE void recordDelivery(qint64 orderId, bool delivered);
    Q_INVOKABLE void printRunSheet();
    Q_INVOKABLE void resolveAlert(qint64 alertId, const QString &note);
    Q_INVOKABLE void topUp(qint64 residentId, int yuan);
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
    template<typename Service>
    bool change(const Remote<Service> &service, std::function<bool(Service &)> action);
    void apply(const CanteenStaffService::DeskView &view);

    Remote<CanteenService> m_canteen;
    Remote<CanteenStaffService> m_canteenStaff;
    Notice &m_notice;
    const Clock &m_clock;
    CanteenStaffService::DeskView m_view; // the last answer, shown in the language of the screen
    bool m_english = false;
    QString m_exportFolder;
    qint64 m_staffId = 0;
    QDate m_day;
    QString m_period;
    QVariantList m_orders, m_menu, m_stops, m_alerts, m_residents, m_topUps;
    QString m_volunteer;
    QStringList m_volunteers;
    QVariantMap m_figures;
    QString m_exportedTo;
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
