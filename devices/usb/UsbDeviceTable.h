#pragma once

// Which driver claims a USB interface, as data (like Mixxx's bulksupported.h):
// one row per known device or device class, matched on vendor/product id and
// the interface's class, subclass and protocol. No I/O.

#include "HidPos.h"

#include <QString>

#include <optional>
#include <span>

namespace linli {

enum class UsbDriverKind {
    ReceiptPrinter,   // ESC/POS over the USB printer class (0x07) or a vendor interface
    HidKeyboardWedge, // scanners typing as a boot keyboard (03/01/01)
    HidWedgeCardReader, // RFID readers typing the card number as a boot keyboard
    HidPosScanner,    // HID POS barcode scanner (usage page 0x8C)
    SerialScanner,    // scanner in USB serial mode: the CDC data interface (0x0A)
    CcidReader,       // smart-card reader (0x0B), contactless ones read card UIDs
};

QString usbDriverKindName(UsbDriverKind kind);

inline constexpr int UsbAny = -1; // for interface class, subclass and protocol

struct UsbDeviceEntry
{
    quint16 vendorId;  // 0: any vendor
    quint16 productId; // 0: any product of the vendor
    int interfaceClass;
    int interfaceSubClass;
    int interfaceProtocol;
    UsbDriverKind kind;
    const char *name;
    const HidPosLayout *posLayout = nullptr; // for HidPosScanner rows
};

// The rows; the most specific matching row wins (see matchUsbInterface).
std::span<const UsbDeviceEntry> usbDeviceTable();

struct UsbMatch
{
    UsbDriverKind kind;
    const UsbDeviceEntry *entry;
    QString description; // "ACS ACR122U contactless reader (072f:2200) -> CCID card reader"
};

// The driver for one interface of a device, or nullopt. When several rows
// match, the most specific one wins: vendor and product, then vendor only, then
// class rows; then the row naming more of class/subclass/protocol; then the
// earlier row. So a vendor row never loses to a generic class fallback,
// wherever it stands in the table.
std::optional<UsbMatch> matchUsbInterface(quint16 vendorId, quint16 productId, quint8 interfaceClass,
                                          quint8 interfaceSubClass, quint8 interfaceProtocol);

// The same over another table (tests, or rows read from a configuration file).
std::optional<UsbMatch> matchUsbInterface(std::span<const UsbDeviceEntry> table, quint16 vendorId,
                                          quint16 productId, quint8 interfaceClass,
                                          quint8 interfaceSubClass, quint8 interfaceProtocol);

// Why matchUsbInterface() found nothing, in one line for --list-devices, e.g.
// "interface class 09 (hub) is not a kind of device Linli drives". Empty when
// it does match.
QString usbNoMatchReason(quint16 vendorId, quint16 productId, quint8 interfaceClass,
                         quint8 interfaceSubClass, quint8 interfaceProtocol);

// udev rules that give `group` read-write access to every USB device the
// table drives, so the kiosk runs as an ordinary user (one rule per row;
// class rows match on the interfaces udev lists for the device).
QString usbUdevRules(const QString &group);

} // namespace linli
