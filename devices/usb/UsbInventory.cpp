#include "UsbInventory.h"

#include "ProtocolLogging.h"

#include <libusb.h>

namespace linli {

QList<UsbDeviceSeen> enumerateUsbDevices(libusb_context *context)
{
    libusb_device **list = nullptr;
    const ssize_t count = libusb_get_device_list(context, &list);
    if (count < 0) {
        qCWarning(lcUsb) << "libusb cannot list devices:" << libusb_error_name(int(count));
        return {};
    }
    QList<UsbDeviceSeen> devices;
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device *device = list[i];
        libusb_device_descriptor descriptor{};
        if (libusb_get_device_descriptor(device, &descriptor) != LIBUSB_SUCCESS)
            continue;
        UsbDeviceSeen seen;
        seen.bus = libusb_get_bus_number(device);
        seen.address = libusb_get_device_address(device);
        seen.vendorId = descriptor.idVendor;
        seen.productId = descriptor.idProduct;
        libusb_config_descriptor *config = nullptr;
        // The active configuration is read from the descriptors; nothing is opened or claimed.
        if (libusb_get_active_config_descriptor(device, &config) == LIBUSB_SUCCESS
            || libusb_get_config_descriptor(device, 0, &config) == LIBUSB_SUCCESS) {
            for (int n = 0; n < config->bNumInterfaces; ++n) {
                const libusb_interface &interface = config->interface[n];
                if (interface.num_altsetting < 1)
                    continue;
                const libusb_interface_descriptor &alt = interface.altsetting[0];
                UsbInterfaceSeen entry{alt.bInterfaceNumber, alt.bInterfaceClass, alt.bInterfaceSubClass,
                                       alt.bInterfaceProtocol, std::nullopt, QString()};
                entry.match = matchUsbInterface(seen.vendorId, seen.productId, entry.interfaceClass,
                                                entry.interfaceSubClass, entry.interfaceProtocol);
                if (!entry.match)
                    entry.noMatchReason = usbNoMatchReason(seen.vendorId, seen.productId, entry.interfaceClass,
                                                           entry.interfaceSubClass, entry.interfaceProtocol);
                seen.interfaces.append(entry);
            }
            libusb_free_config_descriptor(config);
        }
        devices.append(seen);
    }
    libusb_free_device_list(list, 1);
    std::sort(devices.begin(), devices.end(), [](const UsbDeviceSeen &a, const UsbDeviceSeen &b) {
        return std::pair(a.bus, a.address) < std::pair(b.bus, b.address);
    });
    return devices;
}

std::optional<QList<UsbDeviceSeen>> listUsbDevices(QString *error)
{
    libusb_context *context = nullptr;
    if (const int rc = libusb_init(&context); rc != LIBUSB_SUCCESS) {
        *error = QStringLiteral("libusb cannot start: %1").arg(QString::fromLatin1(libusb_error_name(rc)));
        return std::nullopt;
    }
    QList<UsbDeviceSeen> devices = enumerateUsbDevices(context);
    libusb_exit(context);
    return devices;
}

QStringList describeUsbDevices(const QList<UsbDeviceSeen> &devices)
{
    QStringList lines;
    for (const UsbDeviceSeen &device : devices) {
        const QString id = QStringLiteral("%1:%2 %3:%4")
                               .arg(device.bus, 3, 10, QLatin1Char('0'))
                               .arg(device.address, 3, 10, QLatin1Char('0'))
                               .arg(device.vendorId, 4, 16, QLatin1Char('0'))
                               .arg(device.productId, 4, 16, QLatin1Char('0'));
        if (device.interfaces.isEmpty())
            lines << id + QStringLiteral(" (no interfaces described)");
        for (const UsbInterfaceSeen &interface : device.interfaces) {
            const QString where = QStringLiteral("%1 #%2 class %3/%4/%5")
                                      .arg(id)
                                      .arg(interface.number)
                                      .arg(interface.interfaceClass, 2, 16, QLatin1Char('0'))
                                      .arg(interface.interfaceSubClass, 2, 16, QLatin1Char('0'))
                                      .arg(interface.interfaceProtocol, 2, 16, QLatin1Char('0'));
            lines << where + (interface.match ? QStringLiteral(" -> ") + interface.match->description
                                              : QStringLiteral(" -> not claimed: ") + interface.noMatchReason);
        }
    }
    return lines;
}

} // namespace linli
