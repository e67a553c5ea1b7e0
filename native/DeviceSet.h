#pragma once

#include "KioskConfig.h"
#include "Simulators.h"

namespace linli {

// The three devices the kiosk runs with, and the simulators among them (for
// keyboard shortcuts and tests). Owned by the QObject passed to create().
struct DeviceSet
{
    QrScanner *scanner = nullptr;
    CardReader *cardReader = nullptr;
    ReceiptPrinter *printer = nullptr;
    SimulatedScanner *simulatedScanner = nullptr;
    SimulatedCardReader *simulatedCardReader = nullptr;
    SimulatedPrinter *simulatedPrinter = nullptr;

    // Auto and Simulated give simulators (this build has no USB drivers yet);
    // Real fails with a message saying so.
    static std::optional<DeviceSet> create(const KioskConfig &config, QObject *owner, QString *error);
};

} // namespace linli
