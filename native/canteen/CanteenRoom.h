#pragma once

#include "CanteenDesk.h"
#include "CanteenFlow.h"
#include "ShellContext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The Happiness Canteen as the shell holds it: ordering (Kiosk.canteen.order),
// the staff desk (Kiosk.canteen.desk) and the canteen's periodic work.
class CanteenRoom : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.canteen")
    Q_PROPERTY(linli::CanteenFlow *order READ order CONSTANT)
    Q_PROPERTY(linli::CanteenDesk *desk READ desk CONSTANT)

public:
    explicit CanteenRoom(const ShellContext &shell, QObject *parent = nullptr);

    CanteenFlow *order() { return &m_order; }
    CanteenDesk *desk() { return &m_desk; }

private:
    CanteenFlow m_order;
    CanteenDesk m_desk;
};

} // namespace linli
