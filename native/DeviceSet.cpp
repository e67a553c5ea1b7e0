#include "DeviceSet.h"

#include "CameraModuleLoader.h"
#include "QrDecoder.h"
#include "UsbContext.h"
#include "UsbDrivers.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDevices, "linli.devices")

namespace linli {

namespace {

bool anyInterfaceOf(const QList<UsbDeviceSeen> &devices, std::initializer_list<UsbDriverKind> kinds)
{
    for (const UsbDeviceSeen &device : devices)
        for (const UsbInterfaceSeen &interface : device.interfaces)
            if (interface.match && std::find(kinds.begin(), kinds.end(), interface.match->kind) != kinds.end())
                return true;
    return false;
}

} // namespace

std::optional<DeviceSet> DeviceSet::create(const KioskConfig &config, QObject *owner, QString *error)
{
    DeviceSet set;
    UsbContext *usb = nullptr;
    if (config.devices != KioskConfig::DeviceMode::Simulated) {
        QString usbError;
        std::unique_ptr<UsbContext> started = UsbContext::start(&usbError);
        if (!started && config.devices == KioskConfig::DeviceMode::Real) {
            *error = QStringLiteral("--devices real: %1").arg(usbError);
            return std::nullopt;
        }
        if (!started)
            qCWarning(lcDevices) << usbError << "- using simulated devices";
        usb = started.release();
        if (usb)
            usb->setParent(owner);
    }

    // Real: every role gets its USB driver, Offline until its device is
    // plugged in. Auto: a role gets its USB driver when a device for it is
    // plugged in at start, and a simulator otherwise (a laptop runs the demo).
    const bool real = config.devices == KioskConfig::DeviceMode::Real;
    const QList<UsbDeviceSeen> seen = usb && !real ? usb->devices() : QList<UsbDeviceSeen>();
    auto useUsb = [&](std::initializer_list<UsbDriverKind> kinds) {
        return usb && (real || anyInterfaceOf(seen, kinds));
    };

    const bool simulated = config.devices == KioskConfig::DeviceMode::Simulated;
    if (!simulated && !config.camera.isEmpty()) {
        // A configured camera is the scanner; it shows Offline if it cannot start.
        auto *camera = new CameraQrScanner(owner, config.repeatScanMs);
        QString cameraError;
        if (!openCameraFeed(config.camera, camera, QCoreApplication::applicationDirPath(), &cameraError))
            qCWarning(lcDevices) << "camera" << config.camera << "not started:" << cameraError;
        set.scanner = camera;
    } else if (useUsb({UsbDriverKind::HidKeyboardWedge, UsbDriverKind::HidPosScanner})) {
        set.scanner = new UsbScanner(usb, usb);
    } else {
        set.simulatedScanner = new SimulatedScanner(owner);
        set.scanner = set.simulatedScanner;
    }
    if (useUsb({UsbDriverKind::CcidReader, UsbDriverKind::HidWedgeCardReader})) {
        set.cardReader = new UsbCardReader(usb, usb);
    } else {
        set.simulatedCardReader = new SimulatedCardReader(owner);
        set.cardReader = set.simulatedCardReader;
    }
    if (useUsb({UsbDriverKind::ReceiptPrinter})) {
        set.printer = new UsbReceiptPrinter(usb, usb);
    } else {
        set.simulatedPrinter = new SimulatedPrinter(owner);
        if (!config.printerOutputDir.isEmpty())
            set.simulatedPrinter->setOutputDirectory(config.printerOutputDir);
        set.printer = set.simulatedPrinter;
    }
    for (const Device *device : {static_cast<Device *>(set.scanner), static_cast<Device *>(set.cardReader),
                                 static_cast<Device *>(set.printer)})
        qCInfo(lcDevices) << "using" << device->name();
    return set;
}

} // namespace linli
