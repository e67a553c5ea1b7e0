#pragma once

#include "SharedHouseDesk.h"
#include "SharedHouseFlow.h"
#include "ShellContext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The Shared House as the shell holds it: a neighbour's visit, to look,
// borrow or bring back (Kiosk.sharedHouse.visit), and its staff desk
// (Kiosk.sharedHouse.desk).
class SharedHouseRoom : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.sharedHouse")
    Q_PROPERTY(linli::SharedHouseFlow *visit READ visit CONSTANT)
    Q_PROPERTY(linli::SharedHouseDesk *desk READ desk CONSTANT)

public:
    explicit SharedHouseRoom(const ShellContext &shell, QObject *parent = nullptr)
        : QObject(parent)
        , m_visit(shell)
        , m_desk(shell)
    {
    }

    SharedHouseFlow *visit() { return &m_visit; }
    SharedHouseDesk *desk() { return &m_desk; }

private:
    SharedHouseFlow m_visit;
    SharedHouseDesk m_desk;
};

} // namespace linli
