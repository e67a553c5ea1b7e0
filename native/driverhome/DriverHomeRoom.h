#pragma once

#include "CheckInFlow.h"
#include "ShellContext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The Driver Home as the shell holds it: check-in and check-out
// (Kiosk.driverHome.checkIn).
class DriverHomeRoom : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.driverHome")
    Q_PROPERTY(linli::CheckInFlow *checkIn READ checkIn CONSTANT)

public:
    explicit DriverHomeRoom(const ShellContext &shell, QObject *parent = nullptr)
        : QObject(parent)
        , m_checkIn(shell)
    {
    }

    CheckInFlow *checkIn() { return &m_checkIn; }

private:
    CheckInFlow m_checkIn;
};

} // namespace linli
