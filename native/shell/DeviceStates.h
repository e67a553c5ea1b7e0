#pragma once

#include "DatabaseLink.h"
#include "DeviceSet.h"
#include "KioskConfig.h"
#include "PrintSpooler.h"
#include "QmlEnums.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The devices as the status bar shows them, and the slips waiting for the
// printer (staff print them again from here).
class DeviceStates : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.devices")
    Q_PROPERTY(linli::DeviceStatus::State scanner READ scanner NOTIFY changed)
    Q_PROPERTY(linli::DeviceStatus::State cardReader READ cardReader NOTIFY changed)
    Q_PROPERTY(linli::DeviceStatus::State printer READ printer NOTIFY changed)
    Q_PROPERTY(int waitingPrintJobs READ waitingPrintJobs NOTIFY waitingPrintJobsChanged)
    // A street's server can go away (a file cannot): the bar says so.
    Q_PROPERTY(bool onServer READ onServer CONSTANT)
    Q_PROPERTY(bool databaseOnline READ databaseOnline NOTIFY changed)
    // Where the card reader and the scanner sit (KioskConfig), for the identify screen's arrows.
    Q_PROPERTY(QString cardReaderAt READ cardReaderAt CONSTANT)
    Q_PROPERTY(QString scannerAt READ scannerAt CONSTANT)

public:
    DeviceStates(const DeviceSet &devices, PrintSpooler &spooler, const DatabaseLink &link, const KioskConfig &config,
                 QObject *parent = nullptr);

    DeviceStatus::State scanner() const { return m_devices.scanner->status(); }
    DeviceStatus::State cardReader() const { return m_devices.cardReader->status(); }
    DeviceStatus::State printer() const { return m_devices.printer->status(); }
    int waitingPrintJobs() const { return m_spooler.waitingJobs(); }
    bool onServer() const { return m_onServer; }
    bool databaseOnline() const { return m_link.online(); }
    QString cardReaderAt() const { return m_config.cardReaderAt; }
    QString scannerAt() const { return m_config.scannerAt; }
    Q_INVOKABLE void reprintWaiting() { m_spooler.kick(); }

Q_SIGNALS:
    void changed();
    void waitingPrintJobsChanged();

private:
    const DeviceSet &m_devices;
    PrintSpooler &m_spooler;
    const DatabaseLink &m_link;
    const KioskConfig &m_config;
    bool m_onServer;
};

} // namespace linli
