#include "Devices.h"

namespace linli {

void Device::setStatus(DeviceStatus::State status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace linli
