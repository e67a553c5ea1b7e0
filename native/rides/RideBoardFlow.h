#pragma once

#include "Flow.h"
#include "RecordModel.h"
#include "Remote.h"
#include "Rides.h"
#include "ShellContext.h"
#include "Slip.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The station's board of ride requests. Anyone sees what waits (masked
// names, the pickup building, where to, when, waiting since). A driver of
// the 金牌服务 team who is checked in scans their driver code and taps a
// request (or taps first, then scans): it is theirs, and a slip with the
// resident's name, address and phone prints. Their rides then show with
// 已送达 and 退回. The board follows other kiosks' requests as they come.
class RideBoardFlow : public Flow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.rides.board")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    // The last thing asked that did not go through, or why the driver who scanned may not take one.
    Q_PROPERTY(linli::Rides::Problem problem READ problem NOTIFY changed)
    // The driver who scanned (masked name; empty: nobody yet), and whether they may take requests.
    Q_PROPERTY(QString driver READ driver NOTIFY changed)
    Q_PROPERTY(bool driverMayTake READ driverMayTake NOTIFY changed)
    Q_PROPERTY(QString leader READ leader NOTIFY changed)
    // The request tapped before a code was scanned (0: none).
    Q_PROPERTY(qint64 selectedId READ selectedId NOTIFY changed)
    // Requests waiting, the oldest first, and the driver's own: one role,
    // `ride`, with RideRows.h's fields. A refresh keeps the rows (a tap
    // landing on one meanwhile is not lost).
    Q_PROPERTY(linli::RecordListModel *waiting READ waiting CONSTANT)
    Q_PROPERTY(linli::RecordListModel *mine READ mine CONSTANT)
    // The request just taken (its slip is `slip`), done or given back: its row and what happened (taken, done, given_back).
    Q_PROPERTY(QVariantMap last READ last NOTIFY changed)
    Q_PROPERTY(QString lastAction READ lastAction NOTIFY changed)
    Q_PROPERTY(linli::Slip *slip READ slip CONSTANT)

public:
    enum Role { RideRole = Qt::UserRole + 1 };

    explicit RideBoardFlow(const ShellContext &shell, QObject *parent = nullptr);

    void begin(const IdentifiedPerson &person) override;
    void reset() override;
    void take(const IdentifiedPerson &person) override;
    void setEnglish(bool english) override;

    bool busy() const { return m_busy; }
    Rides::Problem problem() const { return m_problem; }
    QString driver() const;
    bool driverMayTake() const;
    QString leader() const { return m_board.leader; }
    qint64 selectedId() const { return m_selectedId; }
    RecordModel<RideListRecord> *waiting() { return &m_waiting; }
    RecordModel<RideListRecord> *mine() { return &m_mine; }
    QVariantMap last() const;
    QString lastAction() const { return m_lastAction; }
    Slip *slip() { return &m_slip; }

    // A request tapped: taken when a driver has scanned, else kept for their scan.
    Q_INVOKABLE void choose(qint64 requestId);
    Q_INVOKABLE void markDone(qint64 requestId);
    Q_INVOKABLE void giveBack(qint64 requestId);
    // 换一位司机: the driver who scanned leaves the board.
    Q_INVOKABLE void forgetDriver();

Q_SIGNALS:
    void changed();

private:
    void load();
    void show(const RideBoard &board);
    void takeRequest(qint64 requestId);
    void finish(qint64 requestId, bool done);

    Remote<RidesService> m_rides;
    const Clock &m_clock;
    Notice &m_notice;
    Slip m_slip;
    RecordModel<RideListRecord> m_waiting, m_mine;
    QTimer m_minutes; // "waiting for 12 minutes" moves on while the board is up
    bool m_open = false;
    bool m_busy = false;
    bool m_english = false;
    Rides::Problem m_problem = Rides::NoProblem;
    IdentifiedPerson m_driver;
    bool m_driverChecked = false; // the board has answered for m_driver
    RideBoard m_board;
    qint64 m_selectedId = 0;
    std::optional<RideListRecord> m_last;
    QString m_lastAction;
    Generation m_generation;
};

} // namespace linli
