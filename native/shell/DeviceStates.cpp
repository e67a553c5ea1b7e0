#include "DeviceStates.h"

#include "Database.h"

namespace linli {

DeviceStates::DeviceStates(const DeviceSet &devices, PrintSpooler &spooler, const DatabaseLink &link,
                           const KioskConfig &config, QObject *parent)
    : QObject(parent)
    , m_devices(devices)
    , m_spooler(spooler)
    , m_link(link)
    , m_config(config)
    , m_onServer(Database::isServerAddress(config.databasePath))
{
    connect(&m_link, &DatabaseLink::onlineChanged, this, &DeviceStates::changed);
    for (Device *device : {static_cast<Device *>(m_devices.scanner), static_cast<Device *>(m_devices.cardReader),
                           static_cast<Device *>(m_devices.printer)})
        connect(device, &Device::statusChanged, this, &DeviceStates::changed);
    connect(&m_spooler, &PrintSpooler::waitingJobsChanged, this, &DeviceStates::waitingPrintJobsChanged);
}

} // namespace linli
