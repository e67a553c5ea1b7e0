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

// Real: every role gets its USB driver, Offline until its device is plugged
// in. Auto: a role gets its USB driver when a device for it is plugged in at
// start and the driver could claim it, and a simulator otherwise (a laptop
// runs the demo; a device without permission is logged and left alone).
template<typename Driver>
Driver *usbDriverFor(UsbContext *usb, bool real, const QList<UsbDeviceSeen> &seen,
                     std::initializer_list<UsbDriverKind> kinds)
{
    if (!usb || (!real && !anyInterfaceOf(seen, kinds)))
        return nullptr;
    auto *driver = new Driver(usb, usb);
    const auto *attachment = driver->template findChild<UsbAttachment *>();
    if (real || (attachment && attachment->io()))
        return driver;
    qCWarning(lcDevices) << driver->name() << "plugged in but not usable: simulated instead";
    delete driver;
    return nullptr;
}

} // namespace

std::optional<DeviceSet> DeviceSet::create(const KioskConfig &config, QObject *owner, QString *error)
{
    DeviceSet set;
    UsbContext *usb = nullptr;
    const bool simulated = config.devices == KioskConfig::DeviceMode::Simulated;
    const bool real = config.devices == KioskConfig::DeviceMode::Real;
    if (!simulated) {
        QString usbError;
        std::unique_ptr<UsbContext> started = UsbContext::start(&usbError);
        if (!started && real) {
            *error = QStringLiteral("--devices real: %1").arg(usbError);
            return std::nullopt;
        }
        if (!started)
            qCWarning(lcDevices) << usbError << "- using simulated devices";
        usb = started.release();
        if (usb)
            usb->setParent(owner);
    }
    const QList<UsbDeviceSeen> seen = usb && !real ? usb->devices() : QList<UsbDeviceSeen>();

    if (!simulated && !config.camera.isEmpty()) {
        // A configured camera is the scanner; it shows Offline if it cannot start.
        auto *camera = new CameraQrScanner(owner, config.repeatScanMs);
        QString cameraError;
        if (!openCameraFeed(config.camera, camera, QCoreApplication::applicationDirPath(), &cameraError))
            qCWarning(lcDevices) << "camera" << config.camera << "not started:" << cameraError;
        set.scanner = camera;
    } else if (auto *scanner = usbDriverFor<UsbScanner>(usb, real, seen, {UsbDriverKind::HidKeyboardWedge,
                                                                          UsbDriverKind::HidPosScanner,
                                                                          UsbDriverKind::SerialScanner})) {
        set.scanner = scanner;
    } else {
        set.simulatedScanner = new SimulatedScanner(owner);
        set.scanner = set.simulatedScanner;
    }
    if (auto *reader = usbDriverFor<UsbCardReader>(usb, real, seen, {UsbDriverKind::CcidReader,
                                                                     UsbDriverKind::HidWedgeCardReader})) {
        set.cardReader = reader;
    } else {
        set.simulatedCardReader = new SimulatedCardReader(owner);
        set.cardReader = set.simulatedCardReader;
    }
    if (auto *printer = usbDriverFor<UsbReceiptPrinter>(usb, real, seen, {UsbDriverKind::ReceiptPrinter})) {
        set.printer = printer;
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
