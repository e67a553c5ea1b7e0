#pragma once

#include "CheckInFlow.h"
#include "DriverDesk.h"
#include "StationFiguresDesk.h"
#include "ShellContext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The Driver Home as the shell holds it: check-in, the driver's menu and
// check-out (Kiosk.driverHome.checkIn), the station's charging spots,
// queue, rest places and love station (Kiosk.driverHome.places), and the
// staff's register of drivers (Kiosk.driverHome.drivers) with the station's
// figures (Kiosk.driverHome.figures).
class DriverHomeRoom : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.driverHome")
    Q_PROPERTY(linli::CheckInFlow *checkIn READ checkIn CONSTANT)
    Q_PROPERTY(linli::StationFlow *places READ places CONSTANT)
    Q_PROPERTY(linli::DriverDesk *drivers READ drivers CONSTANT)
    Q_PROPERTY(linli::StationFiguresDesk *figures READ figures CONSTANT)

public:
    explicit DriverHomeRoom(const ShellContext &shell, QObject *parent = nullptr)
        : QObject(parent)
        , m_places(shell)
        , m_checkIn(shell, m_places)
        , m_drivers(shell)
        , m_figures(shell)
    {
    }

    CheckInFlow *checkIn() { return &m_checkIn; }
    StationFlow *places() { return &m_places; }
    DriverDesk *drivers() { return &m_drivers; }
    StationFiguresDesk *figures() { return &m_figures; }

private:
    StationFlow m_places; // (before the check-in flow, which holds it)
    CheckInFlow m_checkIn;
    DriverDesk m_drivers;
    StationFiguresDesk m_figures;
};

} // namespace linli
