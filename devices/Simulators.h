#pragma once

// Simulated devices, scriptable from tests and from the keyboard, so the kiosk
// runs on a laptop and a test can run out of paper or pull the plug mid-job.

#include "Devices.h"

#include <QDir>
#include <QList>

namespace linli {

class SimulatedScanner : public QrScanner
{
    Q_OBJECT
public:
    explicit SimulatedScanner(QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("simulated scanner"); }
    // Delivered from the event loop, like a real scan.
    Q_INVOKABLE void scan(const QString &text);
    Q_INVOKABLE void setConnected(bool connected);
};

class SimulatedCardReader : public CardReader
{
    Q_OBJECT
public:
    explicit SimulatedCardReader(QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("simulated card reader"); }
    Q_INVOKABLE void tap(const QByteArray &uid);
    Q_INVOKABLE void setConnected(bool connected);
};

class SimulatedPrinter : public ReceiptPrinter
{
    Q_OBJECT
    Q_PROPERTY(int jobCount READ jobCount NOTIFY jobCountChanged)
public:
    explicit SimulatedPrinter(QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("simulated printer"); }
    void print(qint64 jobId, const QByteArray &escPos) override;

    // Every completed job's bytes, in order; a job broken off is not here.
    QList<QByteArray> jobs() const { return m_jobs; }
    int jobCount() const { return int(m_jobs.size()); }
    // Also writes each completed job to DIR/job-0001.escpos, -0002, ...
    void setOutputDirectory(const QString &dir);

    Q_INVOKABLE void setPaperOut(bool out);
    Q_INVOKABLE void setConnected(bool connected);
    // The next job breaks off after `bytes` bytes, as if the cable was pulled;
    // the printer is then offline.
    Q_INVOKABLE void unplugDuringNextJob(int bytes);

Q_SIGNALS:
    void jobCountChanged();

private:
    void finish(qint64 jobId, const QByteArray &escPos);

    QList<QByteArray> m_jobs;
    QString m_outputDir;
    int m_unplugAfter = -1;
    QByteArray m_partial;
};

} // namespace linli
