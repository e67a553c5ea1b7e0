#pragma once

#include "BarberDesk.h"
#include "BarberFlow.h"
#include "SharedHouseDesk.h"
#include "SharedHouseFiguresDesk.h"
#include "SharedHouseFlow.h"
#include "ShellContext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The Shared House as the shell holds it: a neighbour's visit, to look,
// borrow or bring back (Kiosk.sharedHouse.visit), and its staff desk
// (Kiosk.sharedHouse.desk) with its figures (Kiosk.sharedHouse.figures); its barber corner, to book a haircut
// (Kiosk.sharedHouse.barber), and the barber's day list (Kiosk.sharedHouse.barberDesk).
class SharedHouseRoom : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.sharedHouse")
    Q_PROPERTY(linli::SharedHouseFlow *visit READ visit CONSTANT)
    Q_PROPERTY(linli::SharedHouseDesk *desk READ desk CONSTANT)
    Q_PROPERTY(linli::SharedHouseFiguresDesk *figures READ figures CONSTANT)
    Q_PROPERTY(linli::BarberFlow *barber READ barber CONSTANT)
    Q_PROPERTY(linli::BarberDesk *barberDesk READ barberDesk CONSTANT)

public:
    explicit SharedHouseRoom(const ShellContext &shell, QObject *parent = nullptr)
        : QObject(parent)
        , m_visit(shell)
        , m_desk(shell)
        , m_figures(shell)
        , m_barber(shell)
        , m_barberDesk(shell)
    {
    }

    SharedHouseFlow *visit() { return &m_visit; }
    SharedHouseDesk *desk() { return &m_desk; }
    SharedHouseFiguresDesk *figures() { return &m_figures; }
    BarberFlow *barber() { return &m_barber; }
    BarberDesk *barberDesk() { return &m_barberDesk; }

private:
    SharedHouseFlow m_visit;
    SharedHouseDesk m_desk;
    SharedHouseFiguresDesk m_figures;
    BarberFlow m_barber;
    BarberDesk m_barberDesk;
};

} // namespace linli
