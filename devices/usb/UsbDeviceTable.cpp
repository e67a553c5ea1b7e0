#include "UsbDeviceTable.h"

#include <QStringList>

#include <array>

namespace linli {

namespace {

// Vendor rows first for readability; matching does not depend on the order
// except between equally specific rows.
constexpr std::array<UsbDeviceEntry, 10> kTable{{
    // Contactless reader; the UID comes from the PC/SC GET DATA pseudo-APDU.
    {0x072F, 0x2200, 0x0B, UsbAny, UsbAny, UsbDriverKind::CcidReader, "ACS ACR122U contactless reader"},
    // Epson's UB-U05 USB interface of TM receipt printers, whatever class it reports.
    {0x04B8, 0x0202, UsbAny, UsbAny, UsbAny, UsbDriverKind::ReceiptPrinter, "Epson TM receipt printer (UB-U05)"},
    // Honeywell (Metrologic) scanners switched to HID POS show a non-boot HID
    // interface; in keyboard mode they match the boot keyboard row instead.
    {0x0C2E, 0, 0x03, 0x00, 0x00, UsbDriverKind::HidPosScanner, "Honeywell scanner in HID POS mode",
     &kHidPosHoneywell},

    // Scanners switched to USB serial (CDC ACM) mode: the symbol on the data
    // interface. No class fallback: modems and boards speak CDC too.
    {0x0C2E, 0, 0x0A, UsbAny, UsbAny, UsbDriverKind::SerialScanner, "Honeywell scanner in USB serial mode"},
    {0x1EAB, 0, 0x0A, UsbAny, UsbAny, UsbDriverKind::SerialScanner, "Newland scanner in USB serial mode"},
    {0x05E0, 0, 0x0A, UsbAny, UsbAny, UsbDriverKind::SerialScanner, "Zebra (Symbol) scanner in USB serial mode"},
    // 125 kHz RFID readers sold as "USB ID card readers" (Sycreader and
    // relabelled ones): a boot keyboard typing the 10-digit card number.
    {0xFFFF, 0x0035, 0x03, 0x01, 0x01, UsbDriverKind::HidWedgeCardReader, "125 kHz RFID reader (keyboard wedge)"},

    // Class fallbacks. HID POS has none: a non-boot HID interface could be
    // anything (a UPS, a touch screen) until its report descriptor is read.
    {0, 0, 0x07, 0x01, UsbAny, UsbDriverKind::ReceiptPrinter, "USB printer class"},
    // Any other boot keyboard: on a kiosk the only ones are scanners (an RFID
    // reader not listed above needs its own row to count as a card reader).
    {0, 0, 0x03, 0x01, 0x01, UsbDriverKind::HidKeyboardWedge, "boot keyboard (wedge scanner)"},
    {0, 0, 0x0B, UsbAny, UsbAny, UsbDriverKind::CcidReader, "CCID smart-card reader"},
}};

struct ClassName
{
    int code;
    const char *name;
};

constexpr std::array<ClassName, 19> kClassNames{{
    {0x00, "per interface"}, {0x01, "audio"}, {0x02, "communications"}, {0x03, "HID"},
    {0x05, "physical"}, {0x06, "image"}, {0x07, "printer"}, {0x08, "mass storage"},
    {0x09, "hub"}, {0x0A, "CDC data"}, {0x0B, "smart card"}, {0x0D, "content security"},
    {0x0E, "video"}, {0x0F, "personal healthcare"}, {0x10, "audio/video"},
    {0xDC, "diagnostic"}, {0xE0, "wireless controller"}, {0xFE, "application specific"},
    {0xFF, "vendor specific"},
}};

QString className(int code)
{
    for (const ClassName &c : kClassNames)
        if (c.code == code)
            return QString::fromLatin1(c.name);
    return QStringLiteral("unknown class");
}

QString hex(int value, int digits)
{
    return QStringLiteral("%1").arg(value, digits, 16, QLatin1Char('0'));
}

QString field(int value)
{
    return value == UsbAny ? QStringLiteral("**") : hex(value, 2);
}

bool fieldMatches(int want, quint8 have)
{
    return want == UsbAny || want == have;
}

bool deviceMatches(const UsbDeviceEntry &e, quint16 vid, quint16 pid)
{
    return (e.vendorId == 0 || e.vendorId == vid) && (e.productId == 0 || e.productId == pid);
}

bool interfaceMatches(const UsbDeviceEntry &e, quint8 cls, quint8 sub, quint8 proto)
{
    return fieldMatches(e.interfaceClass, cls) && fieldMatches(e.interfaceSubClass, sub)
        && fieldMatches(e.interfaceProtocol, proto);
}

int specificity(const UsbDeviceEntry &e)
{
    const int device = e.productId != 0 ? 2 : e.vendorId != 0 ? 1 : 0;
    const int fields = (e.interfaceClass != UsbAny) + (e.interfaceSubClass != UsbAny)
        + (e.interfaceProtocol != UsbAny);
    return device * 4 + fields;
}

QString interfaceText(int cls, int sub, int proto)
{
    return field(cls) + u'/' + field(sub) + u'/' + field(proto);
}

// "boot keyboard (...) 03/01/01" or "Honeywell ... (0c2e:any) 03/00/00"
QString rowText(const UsbDeviceEntry &e)
{
    QString text = QString::fromLatin1(e.name);
    if (e.vendorId != 0)
        text += QStringLiteral(" (%1:%2)").arg(hex(e.vendorId, 4),
                                               e.productId ? hex(e.productId, 4) : QStringLiteral("any"));
    return text + u' ' + interfaceText(e.interfaceClass, e.interfaceSubClass, e.interfaceProtocol);
}

} // namespace

QString usbDriverKindName(UsbDriverKind kind)
{
    switch (kind) {
    case UsbDriverKind::ReceiptPrinter:
        return QStringLiteral("receipt printer");
    case UsbDriverKind::HidKeyboardWedge:
        return QStringLiteral("keyboard-wedge scanner");
    case UsbDriverKind::HidWedgeCardReader:
        return QStringLiteral("keyboard-wedge card reader");
    case UsbDriverKind::HidPosScanner:
        return QStringLiteral("HID POS scanner");
    case UsbDriverKind::SerialScanner:
        return QStringLiteral("USB serial scanner");
    case UsbDriverKind::CcidReader:
        return QStringLiteral("CCID card reader");
    }
    return {};
}

std::span<const UsbDeviceEntry> usbDeviceTable()
{
    return kTable;
}

std::optional<UsbMatch> matchUsbInterface(quint16 vendorId, quint16 productId, quint8 interfaceClass,
                                          quint8 interfaceSubClass, quint8 interfaceProtocol)
{
    return matchUsbInterface(kTable, vendorId, productId, interfaceClass, interfaceSubClass,
                             interfaceProtocol);
}

std::optional<UsbMatch> matchUsbInterface(std::span<const UsbDeviceEntry> table, quint16 vendorId,
                                          quint16 productId, quint8 interfaceClass,
                                          quint8 interfaceSubClass, quint8 interfaceProtocol)
{
    const UsbDeviceEntry *best = nullptr;
    for (const UsbDeviceEntry &e : table) {
        if (!deviceMatches(e, vendorId, productId)
            || !interfaceMatches(e, interfaceClass, interfaceSubClass, interfaceProtocol))
            continue;
        if (!best || specificity(e) > specificity(*best))
            best = &e;
    }
    if (!best)
        return std::nullopt;
    return UsbMatch{best->kind, best,
                    QStringLiteral("%1 -> %2").arg(rowText(*best), usbDriverKindName(best->kind))};
}

QString usbUdevRules(const QString &group)
{
    auto field = [](int value) { return value == UsbAny ? QStringLiteral("??") : hex(value, 2); };
    QString rules = QStringLiteral(
        "# USB devices the Linli kiosk drives through libusb: read-write for group %1.\n"
        "# Made by `linli-kiosk --udev-rules %1` from the kiosk's table of supported devices.\n").arg(group);
    for (const UsbDeviceEntry &e : kTable) {
        QString match;
        if (e.vendorId != 0) {
            match = QStringLiteral("ATTR{idVendor}==\"%1\"").arg(hex(e.vendorId, 4));
            if (e.productId != 0)
                match += QStringLiteral(", ATTR{idProduct}==\"%1\"").arg(hex(e.productId, 4));
        } else {
            match = QStringLiteral("ENV{ID_USB_INTERFACES}==\"*:%1%2%3:*\"")
                        .arg(field(e.interfaceClass), field(e.interfaceSubClass), field(e.interfaceProtocol));
        }
        rules += QStringLiteral("\n# %1 -> %2\nSUBSYSTEM==\"usb\", ENV{DEVTYPE}==\"usb_device\", %3, MODE=\"0660\", GROUP=\"%4\"\n")
                     .arg(QString::fromUtf8(e.name), usbDriverKindName(e.kind), match, group);
    }
    return rules;
}

QString usbNoMatchReason(quint16 vendorId, quint16 productId, quint8 interfaceClass,
                         quint8 interfaceSubClass, quint8 interfaceProtocol)
{
    if (matchUsbInterface(vendorId, productId, interfaceClass, interfaceSubClass, interfaceProtocol))
        return {};

    const QString what = QStringLiteral("%1:%2 interface %3 (%4)")
                             .arg(hex(vendorId, 4), hex(productId, 4),
                                  interfaceText(interfaceClass, interfaceSubClass, interfaceProtocol),
                                  className(interfaceClass));
    // The rows for this class say what would have been needed.
    QStringList wanted;
    for (const UsbDeviceEntry &e : kTable)
        if (fieldMatches(e.interfaceClass, interfaceClass) && e.interfaceClass != UsbAny)
            wanted += rowText(e);
    if (wanted.isEmpty())
        return QStringLiteral("%1: not a kind of device Linli drives").arg(what);
    return QStringLiteral("%1: %2 is driven only as: %3")
        .arg(what, className(interfaceClass), wanted.join(QStringLiteral("; ")));
}

} // namespace linli
