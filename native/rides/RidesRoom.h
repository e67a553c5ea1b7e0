#pragma once

#include "RideBoardFlow.h"
#include "RideFlow.h"
#include "RidesDesk.h"
#include "ShellContext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// 叫车 as the shell holds it: a resident asking for a ride at a community
// kiosk (Kiosk.rides.request), the station's board where gold-service
// drivers take them (Kiosk.rides.board), and the staff desk with the
// requests not taken in time (Kiosk.rides.desk).
class RidesRoom : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.rides")
    Q_PROPERTY(linli::RideFlow *request READ request CONSTANT)
    Q_PROPERTY(linli::RideBoardFlow *board READ board CONSTANT)
    Q_PROPERTY(linli::RidesDesk *desk READ desk CONSTANT)

public:
    explicit RidesRoom(const ShellContext &shell, QObject *parent = nullptr)
        : QObject(parent)
        , m_request(shell)
        , m_board(shell)
        , m_desk(shell)
    {
        // Every kiosk raises what is due, so an alert needs no one kiosk to be up;
        // the condition in the statement makes the others' runs raise nothing twice.
        const Remote<RidesService> rides = shell.remote<RidesService>(&Backend::rides);
        shell.housekeeping.every(std::chrono::seconds(30),
                                 [rides] { rides.run([](RidesService &service) { return service.raiseDueAlerts(); }); });
    }

    RideFlow *request() { return &m_request; }
    RideBoardFlow *board() { return &m_board; }
    RidesDesk *desk() { return &m_desk; }

private:
    RideFlow m_request;
    RideBoardFlow m_board;
    RidesDesk m_desk;
};

} // namespace linli
