// Enumeration through real libusb against devices emulated by umockdev (the
// test runs under umockdev-run with the descriptions in tests/usb/).
#include "UsbInventory.h"

#include <QTest>

using namespace linli;

class TestUsbInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seesEveryDeviceAndWhoClaimsIt()
    {
        QString error;
        const std::optional<QList<UsbDeviceSeen>> devices = listUsbDevices(&error);
        QVERIFY2(devices, qPrintable(error));
        QCOMPARE(devices->size(), 3);

        const UsbDeviceSeen &reader = devices->at(0);
        QCOMPARE(reader.vendorId, 0x072f);
        QCOMPARE(reader.productId, 0x2200);
        QCOMPARE(reader.interfaces.size(), 1);
        QVERIFY(reader.interfaces[0].match);
        QCOMPARE(reader.interfaces[0].match->kind, UsbDriverKind::CcidReader);

        const UsbDeviceSeen &printer = devices->at(1);
        QCOMPARE(printer.interfaces[0].interfaceClass, 0x07);
        QVERIFY(printer.interfaces[0].match);
        QCOMPARE(printer.interfaces[0].match->kind, UsbDriverKind::ReceiptPrinter);

        const UsbDeviceSeen &gadget = devices->at(2);
        QCOMPARE(gadget.vendorId, 0x1234);
        QVERIFY(!gadget.interfaces[0].match);
        QVERIFY(gadget.interfaces[0].noMatchReason.contains(QLatin1String("vendor specific")));
    }

    void describesOneLinePerInterface()
    {
        QString error;
        const QStringList lines = describeUsbDevices(*listUsbDevices(&error));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QLatin1String("001:001 072f:2200 #0 class 0b/00/00 -> ")));
        QVERIFY(lines[0].endsWith(QLatin1String("CCID card reader")));
        QVERIFY(lines[2].contains(QLatin1String("not claimed")));
    }
};

QTEST_GUILESS_MAIN(TestUsbInventory)
#include "tst_usb_inventory.moc"
