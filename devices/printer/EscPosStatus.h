#pragma once

// ESC/POS real-time status (DLE EOT n): the three questions the kiosk asks a
// receipt printer, and what its one-byte answers mean. Pure bytes; the USB
// driver sends the requests over bulk OUT and reads the answers from bulk IN.

#include "Devices.h"

#include <QByteArray>

#include <optional>

namespace linli::escpos {

enum class StatusQuery : quint8 {
    Printer = 1,      // bit 3: offline
    OfflineCause = 2, // bit 2: cover open, bit 5: stopped by paper end, bit 6: error
    RollPaper = 4,    // bits 2-3: paper near end, bits 5-6: paper out
};

// DLE EOT n: 10 04 n.
QByteArray statusRequest(StatusQuery query);

// A status byte always has bits 1 and 4 set and bits 0 and 7 clear; anything
// else is not an answer to DLE EOT (a stray byte, an ASB message) and is
// rejected.
bool isStatusByte(quint8 byte);

// What the three answers mean for the kiosk, worst first: cover open, paper
// out, offline/error, paper near end, ready. nullopt when a byte is not a
// status byte.
std::optional<DeviceStatus::State> interpretStatus(quint8 printer, quint8 offlineCause, quint8 rollPaper);

} // namespace linli::escpos
