#pragma once

#include "Devices.h"

#include <QObject>
#include <QTimer>

namespace linli {

class Backend;
class Worker;

// Feeds the printer from the print_job table, oldest job first, one at a time.
// A job fails back into the table; the queue waits until the printer reports
// ready again (paper loaded, plugged back in) or staff ask for a reprint.
// It wakes by itself when a service writes a job (Backend's print job
// listener), so nobody who queues a slip has to kick it. The worker must be
// stopped before the spooler goes (Kiosk's destructor does).
class PrintSpooler : public QObject
{
    Q_OBJECT
public:
    // After a printer error other than paper, cover or cable, the next try waits this long.
    static constexpr int RetryAfterErrorMs = 30000;

    PrintSpooler(ReceiptPrinter *printer, Worker &worker, Backend *backend, QObject *parent = nullptr);

    void kick();
    bool printerCanPrint() const;
    // The kiosk is closing: no new job goes to the printer, and the one there
    // is waited for (events keep running) until its outcome is in the
    // database, for up to timeoutMs. A slip that printed is then never printed
    // again after a restart. False when it did not finish in time.
    bool finishCurrentJob(int timeoutMs);
    int waitingJobs() const { return m_waiting; }

Q_SIGNALS:
    void jobPrinted(qint64 jobId);
    void jobFailed(qint64 jobId);
    void waitingJobsChanged();
    void idle(); // a claim found nothing to print, or was given up for closing

private:
    void onPrinted(qint64 jobId);
    void onFailed(qint64 jobId, DeviceStatus::State reason);
    void refreshWaiting();

    ReceiptPrinter *m_printer;
    Worker &m_worker;
    Backend *m_backend;
    bool m_busy = false;
    bool m_closing = false;
    QTimer m_retryTimer;
    bool m_kickWhenIdle = false;
    int m_waiting = 0;
};

} // namespace linli
