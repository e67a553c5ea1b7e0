#include "UsbDeviceTable.h"

#include <QFile>
#include <QTest>

using linli::UsbDriverKind;

Q_DECLARE_METATYPE(linli::UsbDriverKind)

class TestUsbTable : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void nonMatches_data();
    void nonMatches();
    void matchHasNoReason();
    void mostSpecificRowWinsWhateverTheOrder();
    void udevRulesFileIsCurrent();
    void udevRulesCoverEveryRow();
    void tableIsConsistent();
};

void TestUsbTable::matches_data()
{
    QTest::addColumn<int>("vid");
    QTest::addColumn<int>("pid");
    QTest::addColumn<int>("cls");
    QTest::addColumn<int>("sub");
    QTest::addColumn<int>("proto");
    QTest::addColumn<UsbDriverKind>("kind");
    QTest::addColumn<QString>("description");

    QTest::newRow("ACR122U") << 0x072F << 0x2200 << 0x0B << 0x00 << 0x00 << UsbDriverKind::CcidReader
                             << "ACS ACR122U contactless reader (072f:2200) 0b/**/** -> CCID card reader";
    QTest::newRow("other ACS reader: class row") << 0x072F << 0x2224 << 0x0B << 0x00 << 0x00
                                                 << UsbDriverKind::CcidReader
                                                 << "CCID smart-card reader 0b/**/** -> CCID card reader";
    QTest::newRow("any CCID") << 0x1234 << 0x5678 << 0x0B << 0x00 << 0x00 << UsbDriverKind::CcidReader
                              << "CCID smart-card reader 0b/**/** -> CCID card reader";
    QTest::newRow("Epson TM, vendor class") << 0x04B8 << 0x0202 << 0xFF << 0xFF << 0xFF
                                            << UsbDriverKind::ReceiptPrinter
                                            << "Epson TM receipt printer (UB-U05) (04b8:0202) **/**/** -> receipt printer";
    QTest::newRow("Epson TM, printer class") << 0x04B8 << 0x0202 << 0x07 << 0x01 << 0x02
                                             << UsbDriverKind::ReceiptPrinter
                                             << "Epson TM receipt printer (UB-U05) (04b8:0202) **/**/** -> receipt printer";
    QTest::newRow("printer, unidirectional") << 0x0416 << 0x5011 << 0x07 << 0x01 << 0x01
                                             << UsbDriverKind::ReceiptPrinter
                                             << "USB printer class 07/01/** -> receipt printer";
    QTest::newRow("printer, bidirectional") << 0x1FC9 << 0x2016 << 0x07 << 0x01 << 0x02
                                            << UsbDriverKind::ReceiptPrinter
                                            << "USB printer class 07/01/** -> receipt printer";
    QTest::newRow("boot keyboard") << 0x1EAB << 0x8203 << 0x03 << 0x01 << 0x01 << UsbDriverKind::HidKeyboardWedge
                                   << "boot keyboard (wedge scanner) 03/01/01 -> keyboard-wedge scanner";
    QTest::newRow("RFID reader") << 0xFFFF << 0x0035 << 0x03 << 0x01 << 0x01 << UsbDriverKind::HidWedgeCardReader
                                 << "125 kHz RFID reader (keyboard wedge) (ffff:0035) 03/01/01 -> keyboard-wedge card reader";
    QTest::newRow("Newland serial mode") << 0x1EAB << 0x1D06 << 0x0A << 0x00 << 0x00 << UsbDriverKind::SerialScanner
                                         << "Newland scanner in USB serial mode (1eab:any) 0a/**/** -> USB serial scanner";
    QTest::newRow("Honeywell HID POS") << 0x0C2E << 0x0B87 << 0x03 << 0x00 << 0x00 << UsbDriverKind::HidPosScanner
                                       << "Honeywell scanner in HID POS mode (0c2e:any) 03/00/00 -> HID POS scanner";
    QTest::newRow("Honeywell keyboard mode") << 0x0C2E << 0x0B01 << 0x03 << 0x01 << 0x01
                                             << UsbDriverKind::HidKeyboardWedge
                                             << "boot keyboard (wedge scanner) 03/01/01 -> keyboard-wedge scanner";
}

void TestUsbTable::matches()
{
    QFETCH(int, vid);
    QFETCH(int, pid);
    QFETCH(int, cls);
    QFETCH(int, sub);
    QFETCH(int, proto);
    QFETCH(UsbDriverKind, kind);
    QFETCH(QString, description);
    const auto m = linli::matchUsbInterface(quint16(vid), quint16(pid), quint8(cls), quint8(sub), quint8(proto));
    QVERIFY(m);
    QCOMPARE(m->kind, kind);
    QVERIFY(m->entry);
    QCOMPARE(m->entry->kind, kind);
    QCOMPARE(m->description, description);
    // HID POS rows carry their report layout; Honeywell's is the one with AIM at 2.
    if (kind == UsbDriverKind::HidPosScanner)
        QCOMPARE(m->entry->posLayout, &linli::kHidPosHoneywell);
    else
        QCOMPARE(m->entry->posLayout, nullptr);
}

void TestUsbTable::nonMatches_data()
{
    QTest::addColumn<int>("vid");
    QTest::addColumn<int>("pid");
    QTest::addColumn<int>("cls");
    QTest::addColumn<int>("sub");
    QTest::addColumn<int>("proto");
    QTest::addColumn<QString>("reason");

    QTest::newRow("hub") << 0x1D6B << 0x0002 << 0x09 << 0x00 << 0x00
                         << "1d6b:0002 interface 09/00/00 (hub): not a kind of device Linli drives";
    QTest::newRow("USB stick") << 0x0781 << 0x5567 << 0x08 << 0x06 << 0x50
                               << "0781:5567 interface 08/06/50 (mass storage): not a kind of device Linli drives";
    QTest::newRow("vendor-specific") << 0x1A86 << 0x7523 << 0xFF << 0x01 << 0x02
                                     << "1a86:7523 interface ff/01/02 (vendor specific): not a kind of device Linli drives";
    QTest::newRow("unnamed class") << 0x1234 << 0x0001 << 0x42 << 0x00 << 0x00
                                   << "1234:0001 interface 42/00/00 (unknown class): not a kind of device Linli drives";
    const QString hidRows = QStringLiteral(
        "HID is driven only as: Honeywell scanner in HID POS mode (0c2e:any) 03/00/00; "
        "125 kHz RFID reader (keyboard wedge) (ffff:0035) 03/01/01; boot keyboard (wedge scanner) 03/01/01");
    QTest::newRow("mouse") << 0x046D << 0xC077 << 0x03 << 0x01 << 0x02
                           << "046d:c077 interface 03/01/02 (HID): " + hidRows;
    QTest::newRow("non-boot HID, unknown vendor") << 0x05E0 << 0x1300 << 0x03 << 0x00 << 0x00
                                                  << "05e0:1300 interface 03/00/00 (HID): " + hidRows;
    QTest::newRow("printer class, subclass 0") << 0x0416 << 0x5011 << 0x07 << 0x00 << 0x00
                                               << "0416:5011 interface 07/00/00 (printer): printer is driven only as: "
                                                  "USB printer class 07/01/**";
    QTest::newRow("ACR122U's id, vendor interface") << 0x072F << 0x2200 << 0xFF << 0x00 << 0x00
                                                    << "072f:2200 interface ff/00/00 (vendor specific): not a kind of "
                                                       "device Linli drives";
}

void TestUsbTable::nonMatches()
{
    QFETCH(int, vid);
    QFETCH(int, pid);
    QFETCH(int, cls);
    QFETCH(int, sub);
    QFETCH(int, proto);
    QFETCH(QString, reason);
    QCOMPARE(linli::matchUsbInterface(quint16(vid), quint16(pid), quint8(cls), quint8(sub), quint8(proto)).has_value(),
             false);
    QCOMPARE(linli::usbNoMatchReason(quint16(vid), quint16(pid), quint8(cls), quint8(sub), quint8(proto)), reason);
}

void TestUsbTable::matchHasNoReason()
{
    QCOMPARE(linli::usbNoMatchReason(0x072F, 0x2200, 0x0B, 0, 0), QString());
}

void TestUsbTable::mostSpecificRowWinsWhateverTheOrder()
{
    using linli::UsbAny;
    using linli::UsbDeviceEntry;
    // Generic rows first, the most specific last: order must not decide.
    const UsbDeviceEntry rows[] = {
        {0, 0, 0x0B, UsbAny, UsbAny, UsbDriverKind::CcidReader, "class"},
        {0, 0, 0x0B, 0x00, UsbAny, UsbDriverKind::CcidReader, "class and subclass"},
        {0x1111, 0, 0x0B, UsbAny, UsbAny, UsbDriverKind::CcidReader, "vendor"},
        {0x1111, 0x2222, 0x0B, UsbAny, UsbAny, UsbDriverKind::CcidReader, "vendor and product"},
        {0x1111, 0x2222, 0x0B, UsbAny, UsbAny, UsbDriverKind::ReceiptPrinter, "equal, later"},
    };
    const auto name = [&rows](quint16 vid, quint16 pid, quint8 sub) {
        const auto m = linli::matchUsbInterface(rows, vid, pid, 0x0B, sub, 0x00);
        return m ? QString::fromLatin1(m->entry->name) : QString();
    };
    QCOMPARE(name(0x1111, 0x2222, 0x00), QStringLiteral("vendor and product")); // first of equals
    QCOMPARE(name(0x1111, 0x3333, 0x00), QStringLiteral("vendor"));
    QCOMPARE(name(0x4444, 0x2222, 0x00), QStringLiteral("class and subclass"));
    QCOMPARE(name(0x4444, 0x2222, 0x01), QStringLiteral("class"));
    QCOMPARE(name(0x1111, 0x2222, 0x01), QStringLiteral("vendor and product"));
}

void TestUsbTable::udevRulesFileIsCurrent()
{
    QFile file(QStringLiteral(LINLI_UDEV_RULES));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), linli::usbUdevRules(QStringLiteral("linli")));
}

void TestUsbTable::udevRulesCoverEveryRow()
{
    const QString rules = linli::usbUdevRules(QStringLiteral("kiosk"));
    for (const linli::UsbDeviceEntry &e : linli::usbDeviceTable())
        QVERIFY2(rules.contains(QString::fromUtf8(e.name)), e.name);
    QVERIFY(rules.contains(QLatin1String("ATTR{idVendor}==\"072f\", ATTR{idProduct}==\"2200\"")));
    QVERIFY(rules.contains(QLatin1String("ENV{ID_USB_INTERFACES}==\"*:0701??:*\"")));
    QCOMPARE(rules.count(QLatin1String("GROUP=\"kiosk\"")), qsizetype(linli::usbDeviceTable().size()));
}

void TestUsbTable::tableIsConsistent()
{
    const auto table = linli::usbDeviceTable();
    QCOMPARE(table.size(), std::size_t(10));
    for (const linli::UsbDeviceEntry &e : table) {
        QVERIFY2(e.name && *e.name, "every row has a name for --list-devices");
        QVERIFY2(e.productId == 0 || e.vendorId != 0, e.name);                       // a product needs its vendor
        QVERIFY2((e.kind == UsbDriverKind::HidPosScanner) == (e.posLayout != nullptr), e.name);
        if (e.vendorId == 0) // class fallbacks must at least name the class
            QVERIFY2(e.interfaceClass != linli::UsbAny, e.name);
    }
}

QTEST_GUILESS_MAIN(TestUsbTable)
#include "tst_usb_table.moc"
