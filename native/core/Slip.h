#pragma once

#include "PrintSpooler.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The one slip a flow printed for the person in front of the kiosk (a
// receipt, a check-in slip), as its screen shows it: printing, printed, or
// waiting in the queue because the printer cannot print.
class Slip : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("each flow has its own")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    // AfterReconnect: recorded in the kiosk's outbox while its server is
    // away; the slip prints when the record reaches the server.
    enum State { None, Printing, Printed, NotPrinted, AfterReconnect };
    Q_ENUM(State)

    explicit Slip(PrintSpooler &printer, QObject *parent = nullptr);

    State state() const { return m_state; }
    // The job is in the queue already (the spooler wakes by itself); this
    // only says what becomes of it. What was recorded stands either way.
    void follow(qint64 printJob);
    void printsAfterReconnect();
    void forget();

Q_SIGNALS:
    void stateChanged();

private:
    void setState(State state);

    PrintSpooler &m_printer;
    qint64 m_job = 0;
    State m_state = None;
};

} // namespace linli
