#pragma once

// Logging categories of the pure protocol code (HID, CCID, the USB table), so
// an installer can turn on one device family: QT_LOGGING_RULES="linli.devices.hid.debug=true".

#include <QLoggingCategory>

namespace linli {

Q_DECLARE_LOGGING_CATEGORY(lcHid)  // linli.devices.hid
Q_DECLARE_LOGGING_CATEGORY(lcCcid) // linli.devices.ccid
Q_DECLARE_LOGGING_CATEGORY(lcUsb)  // linli.devices.usb

} // namespace linli
