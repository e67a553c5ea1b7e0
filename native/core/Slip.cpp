#include "Slip.h"

namespace linli {

Slip::Slip(PrintSpooler &printer, QObject *parent)
    : QObject(parent)
    , m_printer(printer)
{
    connect(&m_printer, &PrintSpooler::jobPrinted, this, [this](qint64 id) {
        if (m_job && id == m_job)
            setState(Printed);
    });
    connect(&m_printer, &PrintSpooler::jobFailed, this, [this](qint64 id) {
        if (m_job && id == m_job)
            setState(NotPrinted);
    });
}

void Slip::follow(qint64 printJob)
{
    m_job = printJob;
    setState(m_printer.printerCanPrint() ? Printing : NotPrinted);
}

void Slip::printsAfterReconnect()
{
    m_job = 0;
    setState(AfterReconnect);
}

void Slip::forget()
{
    m_job = 0;
    setState(None);
}

void Slip::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace linli
