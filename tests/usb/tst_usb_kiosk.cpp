// The whole kiosk on a USB receipt printer emulated by umockdev: a driver
// checks in, the slip goes through the spooler and libusb to the printer,
// and a printer unplugged mid-slip loses nothing. Runs under umockdev-wrapper.
#include "EmulatedUsbDevice.h" // first: umockdev.h before any Qt header

#include "Database.h"
#include "TestSupport.h"
#include "UsbDrivers.h"

#include <QRegularExpression>
#include <QTest>

using namespace linli;
using namespace linli::test;

namespace {
constexpr int WaitMs = 20000;
}

class TestUsbKiosk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closingWaitsForTheSlipAtThePrinter()
    {
        std::unique_ptr<UMockdevTestbed, decltype(&g_object_unref)> testbedOwner(umockdev_testbed_new(), &g_object_unref);
        EmulatedUsbDevice device(testbedOwner.get(), QStringLiteral(LINLI_USB_DESCRIPTIONS "/receipt-printer.umockdev"));
        EmulatedPrinterModel printer;
        device.locked([&] { printer.install(device); });
        KioskFixture f;
        KioskConfig config = f.site.config();
        config.devices = KioskConfig::DeviceMode::Auto;
        QVERIFY(f.start(config));
        QTRY_COMPARE_WITH_TIMEOUT(f.devices.printer->status(), DeviceStatus::Ready, WaitMs);
        Database db(QStringLiteral("inspect"));
        QVERIFY(db.open(config.databasePath));

        device.locked([&] { printer.budget = 100; }); // stalls mid-slip
        f.kiosk->goHome();
        f.devices.simulatedScanner->scan(f.code(TokenCodec::Type::Driver, 1));
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            bool stalled = false;
            device.locked([&] { stalled = printer.job.size() == 100; });
            return stalled;
        }(), WaitMs);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT state FROM print_job")).toString(), QStringLiteral("printing"));

        // Paper in just as the kiosk is told to close: the slip finishes and is recorded.
        device.locked([&] { printer.budget = -1; });
        QVERIFY(f.kiosk->finishPrinting(WaitMs));
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT state FROM print_job")).toString(), QStringLiteral("printed"));
        device.locked([&] { QCOMPARE(printer.job, sqlValue(db, QStringLiteral("SELECT payload FROM print_job")).toByteArray()); });
    }

    void aPrinterErrorIsNotRetriedAtOnce()
    {
        std::unique_ptr<UMockdevTestbed, decltype(&g_object_unref)> testbedOwner(umockdev_testbed_new(), &g_object_unref);
        EmulatedUsbDevice device(testbedOwner.get(), QStringLiteral(LINLI_USB_DESCRIPTIONS "/receipt-printer.umockdev"));
        EmulatedPrinterModel printer;
        device.locked([&] { printer.install(device); });
        KioskFixture f;
        KioskConfig config = f.site.config();
        config.devices = KioskConfig::DeviceMode::Auto;
        QVERIFY(f.start(config));
        QTRY_COMPARE_WITH_TIMEOUT(f.devices.printer->status(), DeviceStatus::Ready, WaitMs);
        Database db(QStringLiteral("inspect"));
        QVERIFY(db.open(config.databasePath));

        device.locked([&] { printer.haltingChunks = 1000; }); // the endpoint halts on every slip
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("LIBUSB_ERROR_PIPE")));
        f.kiosk->goHome();
        f.devices.simulatedScanner->scan(f.code(TokenCodec::Type::Driver, 1));
        QTRY_COMPARE_WITH_TIMEOUT(sqlValue(db, QStringLiteral("SELECT state || ' ' || last_error FROM print_job")).toString(),
                                  QStringLiteral("failed Error"), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(f.devices.printer->status(), DeviceStatus::Ready, WaitMs); // claimed afresh
        QTest::qWait(3000); // the printer is ready again, but the slip waits for the retry timer
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT attempts FROM print_job")).toInt(), 1);
    }

    void slipCutShortByAnUnplugPrintsWholeWhenThePrinterIsBack()
    {
        // Declared first, so it goes last: the emulated device needs its testbed.
        std::unique_ptr<UMockdevTestbed, decltype(&g_object_unref)> testbedOwner(umockdev_testbed_new(), &g_object_unref);
        UMockdevTestbed *testbed = testbedOwner.get();
        EmulatedUsbDevice device(testbed, QStringLiteral(LINLI_USB_DESCRIPTIONS "/receipt-printer.umockdev"));
        EmulatedPrinterModel printer;
        device.locked([&] { printer.install(device); });
        {
            KioskFixture f; // goes before the device: the kiosk lets go of the printer first
            KioskConfig config = f.site.config();
            config.devices = KioskConfig::DeviceMode::Auto; // finds the printer, simulates the scanner
            QVERIFY(f.start(config));
            QVERIFY(qobject_cast<UsbReceiptPrinter *>(f.devices.printer));
            QTRY_COMPARE_WITH_TIMEOUT(f.devices.printer->status(), DeviceStatus::Ready, WaitMs);
            Database db(QStringLiteral("inspect"));
            QVERIFY(db.open(config.databasePath));
            auto sql = [&db](const char *query) { return sqlValue(db, QString::fromLatin1(query)); };

            device.locked([&] { printer.budget = 100; }); // the printer takes 100 bytes, then stalls
            f.kiosk->goHome();
            f.devices.simulatedScanner->scan(f.code(TokenCodec::Type::Driver, 1));
            QTRY_COMPARE(f.kiosk->visit(), Kiosk::CheckedIn);
            QTRY_VERIFY_WITH_TIMEOUT([&] {
                bool stalled = false;
                device.locked([&] { stalled = printer.job.size() == 100; });
                return stalled;
            }(), WaitMs);

            device.unplug();
            QTRY_COMPARE_WITH_TIMEOUT(sql("SELECT state || ' ' || last_error FROM print_job").toString(),
                                      QStringLiteral("failed Offline"), WaitMs);
            QTRY_COMPARE(f.kiosk->slip(), Kiosk::SlipNotPrinted);
            QCOMPARE(f.devices.printer->status(), DeviceStatus::Offline);

            EmulatedPrinterModel replugged;
            device.locked([&] { replugged.install(device); });
            device.replug();
            QTRY_COMPARE_WITH_TIMEOUT(sql("SELECT state || ' ' || attempts FROM print_job").toString(),
                                      QStringLiteral("printed 2"), WaitMs);
            const QByteArray slip = sql("SELECT payload FROM print_job").toByteArray();
            QVERIFY(slip.contains(gb18030(QStringLiteral("签到时间"))));
            device.locked([&] { QCOMPARE(replugged.job, slip); }); // whole, once
            QTest::qWait(500);
            device.locked([&] { QCOMPARE(replugged.job.size(), slip.size()); });
        }
    }
};

QTEST_MAIN(TestUsbKiosk)
#include "tst_usb_kiosk.moc"
