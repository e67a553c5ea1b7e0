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

    // Simulated: the three simulators. Real: the USB drivers, each Offline
    // until its device is plugged in; fails when libusb cannot start. Auto:
    // the USB driver for each role whose device is plugged in at start, a
    // simulator for the others.
    static std::optional<DeviceSet> create(const KioskConfig &config, QObject *owner, QString *error);
};

} // namespace linli
