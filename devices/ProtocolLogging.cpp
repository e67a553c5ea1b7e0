#include "ProtocolLogging.h"

namespace linli {

Q_LOGGING_CATEGORY(lcHid, "linli.devices.hid")
Q_LOGGING_CATEGORY(lcCcid, "linli.devices.ccid")
Q_LOGGING_CATEGORY(lcUsb, "linli.devices.usb")

} // namespace linli
