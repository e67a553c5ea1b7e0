#pragma once

// What is plugged in: every USB device libusb sees, each interface, and which
// of our drivers would claim it (or why none does). For `--list-devices` and,
// later, for choosing drivers with --devices auto.

#include "UsbDeviceTable.h"

#include <QList>
#include <QString>
#include <optional>

struct libusb_context;

namespace linli {

struct UsbInterfaceSeen
{
    int number = 0;
    quint8 interfaceClass = 0, interfaceSubClass = 0, interfaceProtocol = 0;
    std::optional<UsbMatch> match;
    QString noMatchReason; // when nothing claims it
};

struct UsbDeviceSeen
{
    int bus = 0, address = 0;
    quint16 vendorId = 0, productId = 0;
    QList<UsbInterfaceSeen> interfaces;
};

// Every device the context knows, sorted by bus and address.
QList<UsbDeviceSeen> enumerateUsbDevices(libusb_context *context);

// Enumerates through a libusb context of its own. nullopt (and *error) when
// libusb cannot start; an empty list when nothing is plugged in.
std::optional<QList<UsbDeviceSeen>> listUsbDevices(QString *error);

// One line per interface: "001:002 072f:2200 #0 class 0b/00/00 -> ...".
QStringList describeUsbDevices(const QList<UsbDeviceSeen> &devices);

} // namespace linli
