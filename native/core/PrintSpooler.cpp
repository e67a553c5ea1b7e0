#include "PrintSpooler.h"

#include "Backend.h"
#include "Worker.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QMetaEnum>

Q_LOGGING_CATEGORY(lcSpooler, "linli.print")

namespace linli {

PrintSpooler::PrintSpooler(ReceiptPrinter *printer, Worker &worker, Backend *backend, QObject *parent)
    : QObject(parent)
    , m_printer(printer)
    , m_worker(worker)
    , m_backend(backend)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(RetryAfterErrorMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &PrintSpooler::kick);
    connect(m_printer, &ReceiptPrinter::printed, this, &PrintSpooler::onPrinted);
    connect(m_printer, &ReceiptPrinter::failed, this, &PrintSpooler::onFailed);
    connect(m_printer, &ReceiptPrinter::statusChanged, this, [this] {
        if (printerCanPrint())
            kick(); // while busy, it is remembered for when the spooler is idle
    });
    // A slip written by any service is looked for as soon as the work that
    // wrote it (and its commit) is done: the worker runs one thing at a time.
    m_worker.run([backend = m_backend, this] {
        backend->setPrintJobListener([this] { QMetaObject::invokeMethod(this, &PrintSpooler::kick, Qt::QueuedConnection); });
    });
}

bool PrintSpooler::printerCanPrint() const
{
    const auto status = m_printer->status();
    return status == DeviceStatus::Ready || status == DeviceStatus::PaperNearEnd;
}

bool PrintSpooler::finishCurrentJob(int timeoutMs)
{
    m_closing = true;
    if (m_busy) {
        QEventLoop wait;
        connect(this, &PrintSpooler::jobPrinted, &wait, &QEventLoop::quit);
        connect(this, &PrintSpooler::jobFailed, &wait, &QEventLoop::quit);
        connect(this, &PrintSpooler::idle, &wait, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &wait, &QEventLoop::quit);
        wait.exec();
    }
    if (m_busy)
        qCWarning(lcSpooler) << "closing with a job still at the printer: it prints again after the restart";
    return !m_busy;
}

void PrintSpooler::kick()
{
    if (m_closing)
        return;
    if (m_busy) {
        // A slip queued while a claim or a job is under way: look again once
        // it is done, or the new slip would wait for the next kick.
        m_kickWhenIdle = true;
        return;
    }
    m_kickWhenIdle = false;
    if (!printerCanPrint()) {
        refreshWaiting();
        return;
    }
    if (m_retryTimer.isActive())
        return; // a printer error a moment ago: the retry comes with the timer
    m_busy = true;
    Backend *backend = m_backend;
    m_worker.run([backend] { return backend->claimNextJob(); }).then(this, [this](std::optional<PrintJobRecord> job) {
        if (!job || m_closing) {
            // Closing meanwhile: a claimed job stays 'printing' and is requeued at the next start.
            m_busy = false;
            if (std::exchange(m_kickWhenIdle, false) && !m_closing)
                return kick();
            Q_EMIT idle();
            refreshWaiting();
            return;
        }
        qCInfo(lcSpooler) << "printing job" << job->id << job->kind << "attempt" << job->attempts + 1;
        m_printer->print(job->id, job->payload);
    });
}

void PrintSpooler::onPrinted(qint64 jobId)
{
    Backend *backend = m_backend;
    m_worker.run([backend, jobId] { return backend->jobPrinted(jobId); }).then(this, [this, jobId](bool) {
        m_busy = false;
        Q_EMIT jobPrinted(jobId);
        kick();
    });
}

void PrintSpooler::onFailed(qint64 jobId, DeviceStatus::State reason)
{
    // Paper out, cover open and unplugged end when someone acts, and the
    // printer says so; any other error could repeat at once, so the next try
    // waits a little (a printer that fails mid-slip must not print its start
    // again and again).
    if (reason != DeviceStatus::PaperOut && reason != DeviceStatus::CoverOpen && reason != DeviceStatus::Offline)
        m_retryTimer.start();
    const QString reasonText = QString::fromLatin1(QMetaEnum::fromType<DeviceStatus::State>().valueToKey(reason));
    qCWarning(lcSpooler) << "job" << jobId << "did not print:" << reasonText << "- it waits for a reprint";
    Backend *backend = m_backend;
    m_worker.run([backend, jobId, reasonText] { return backend->jobFailed(jobId, reasonText); })
        .then(this, [this, jobId](bool) {
            m_busy = false;
            Q_EMIT jobFailed(jobId);
            if (std::exchange(m_kickWhenIdle, false))
                kick();
            else
                refreshWaiting();
        });
}

void PrintSpooler::refreshWaiting()
{
    Backend *backend = m_backend;
    m_worker.run([backend] { return backend->waitingJobs(); }).then(this, [this](int waiting) {
        if (waiting == m_waiting)
            return;
        m_waiting = waiting;
        Q_EMIT waitingJobsChanged();
    });
}

} // namespace linli
