#pragma once

#include "SharedHouseFlow.h"
#include "ShellContext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The Shared House as the shell holds it: a neighbour's visit, to look,
// borrow or bring back (Kiosk.sharedHouse.visit).
class SharedHouseRoom : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.sharedHouse")
    Q_PROPERTY(linli::SharedHouseFlow *visit READ visit CONSTANT)

public:
    explicit SharedHouseRoom(const ShellContext &shell, QObject *parent = nullptr)
        : QObject(parent)
        , m_visit(shell)
    {
    }

    SharedHouseFlow *visit() { return &m_visit; }

private:
    SharedHouseFlow m_visit;
};

} // namespace linli
