#include "Simulators.h"

#include <QFile>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSimulator, "linli.devices.simulator")

namespace linli {

SimulatedScanner::SimulatedScanner(QObject *parent)
    : QrScanner(parent)
{
    setStatus(DeviceStatus::Ready);
}

void SimulatedScanner::scan(const QString &text)
{
    if (status() != DeviceStatus::Ready)
        return;
    QTimer::singleShot(0, this, [this, text] { Q_EMIT scanned(text); });
}

void SimulatedScanner::setConnected(bool connected)
{
    setStatus(connected ? DeviceStatus::Ready : DeviceStatus::Offline);
}

SimulatedCardReader::SimulatedCardReader(QObject *parent)
    : CardReader(parent)
{
    setStatus(DeviceStatus::Ready);
}

void SimulatedCardReader::tap(const QByteArray &uid)
{
    if (status() != DeviceStatus::Ready)
        return;
    QTimer::singleShot(0, this, [this, uid] { Q_EMIT cardTapped(uid); });
}

void SimulatedCardReader::setConnected(bool connected)
{
    setStatus(connected ? DeviceStatus::Ready : DeviceStatus::Offline);
}

SimulatedPrinter::SimulatedPrinter(QObject *parent)
    : ReceiptPrinter(parent)
{
    setStatus(DeviceStatus::Ready);
}

void SimulatedPrinter::setOutputDirectory(const QString &dir)
{
    m_outputDir = dir;
}

void SimulatedPrinter::setPaperOut(bool out)
{
    setStatus(out ? DeviceStatus::PaperOut : DeviceStatus::Ready);
}

void SimulatedPrinter::setConnected(bool connected)
{
    setStatus(connected ? DeviceStatus::Ready : DeviceStatus::Offline);
}

void SimulatedPrinter::unplugDuringNextJob(int bytes)
{
    m_unplugAfter = bytes;
}

void SimulatedPrinter::print(qint64 jobId, const QByteArray &escPos)
{
    // Answer from the event loop: callers must not rely on a synchronous reply.
    QTimer::singleShot(0, this, [this, jobId, escPos] {
        if (status() != DeviceStatus::Ready && status() != DeviceStatus::PaperNearEnd) {
            Q_EMIT failed(jobId, status());
            return;
        }
        if (m_unplugAfter >= 0) {
            m_partial = escPos.left(m_unplugAfter);
            m_unplugAfter = -1;
            setStatus(DeviceStatus::Offline);
            qCInfo(lcSimulator) << "unplugged after" << m_partial.size() << "bytes of job" << jobId;
            Q_EMIT failed(jobId, DeviceStatus::Offline);
            return;
        }
        finish(jobId, escPos);
    });
}

void SimulatedPrinter::finish(qint64 jobId, const QByteArray &escPos)
{
    m_jobs.append(escPos);
    if (!m_outputDir.isEmpty()) {
        // One file per job for installers to inspect, written off the UI thread.
        const QString path = QDir(m_outputDir).filePath(QStringLiteral("job-%1.escpos").arg(m_jobs.size(), 4, 10, QLatin1Char('0')));
        QThreadPool::globalInstance()->start([path, escPos] {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(escPos) != escPos.size())
                qCWarning(lcSimulator) << "cannot write" << path << file.errorString();
        });
    }
    Q_EMIT jobCountChanged();
    Q_EMIT printed(jobId);
}

} // namespace linli
