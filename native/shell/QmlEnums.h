#pragma once

// The enums of the devices and services, which are plain C++ and know nothing
// of QML, made visible to it: DeviceStatus.PaperOut, Identity.Driver,
// Canteen.MealCard, ...

#include "Canteen.h"
#include "Devices.h"
#include "Identity.h"
#include "SharedHouse.h"

#include <QtQml/qqmlregistration.h>

namespace linli {

namespace DeviceStatusForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(linli::DeviceStatus)
QML_NAMED_ELEMENT(DeviceStatus)
} // namespace DeviceStatusForeign

namespace IdentityForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(linli::Identity)
QML_NAMED_ELEMENT(Identity)
} // namespace IdentityForeign

namespace CanteenForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(linli::Canteen)
QML_NAMED_ELEMENT(Canteen)
} // namespace CanteenForeign

namespace SharedHouseForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(linli::SharedHouse)
QML_NAMED_ELEMENT(SharedHouse)
} // namespace SharedHouseForeign

} // namespace linli
