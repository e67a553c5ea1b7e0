#include "DeviceStates.h"

namespace linli {

DeviceStates::DeviceStates(const DeviceSet &devices, PrintSpooler &spooler, QObject *parent)
    : QObject(parent)
    , m_devices(devices)
    , m_spooler(spooler)
{
    for (Device *device : {static_cast<Device *>(m_devices.scanner), static_cast<Device *>(m_devices.cardReader),
                           static_cast<Device *>(m_devices.printer)})
        connect(device, &Device::statusChanged, this, &DeviceStates::changed);
    connect(&m_spooler, &PrintSpooler::waitingJobsChanged, this, &DeviceStates::waitingPrintJobsChanged);
}

} // namespace linli
