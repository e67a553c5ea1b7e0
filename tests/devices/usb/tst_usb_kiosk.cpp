// The whole kiosk on a USB receipt printer emulated by umockdev: a driver
// checks in, the slip goes through the spooler and libusb to the printer,
// and a printer unplugged mid-slip loses nothing. Runs under umockdev-wrapper.
#include "EmulatedUsbDevice.h" // first: umockdev.h before any Qt header

#include "Database.h"
#include "KioskFixture.h"
#include "UsbDrivers.h"

#include <QRegularExpression>
#include <QTest>

using namespace linli;
using namespace linli::test;

namespace {

constexpr int WaitMs = 20000;

// The kiosk (--devices auto) with an emulated USB printer, and a database
// connection of the test's own. Members go in reverse order: the kiosk lets
// go of the printer before the device and its testbed go.
struct KioskOnUsbPrinter
{
    std::unique_ptr<UMockdevTestbed, decltype(&g_object_unref)> testbed{umockdev_testbed_new(), &g_object_unref};
    EmulatedPrinterModel printer;
    EmulatedUsbDevice device{testbed.get(), QStringLiteral(LINLI_USB_DESCRIPTIONS "/receipt-printer.umockdev")};
    KioskFixture f;
    Database db{QStringLiteral("inspect")};

    // True once the kiosk runs with the USB printer ready.
    bool start()
    {
        device.locked([this] { printer.install(device); });
        KioskConfig config = f.site.config();
        config.devices = KioskConfig::DeviceMode::Auto; // finds the printer, simulates the scanner
        return f.start(config) && qobject_cast<UsbReceiptPrinter *>(f.devices.printer)
            && QTest::qWaitFor([this] { return f.devices.printer->status() == DeviceStatus::Ready; }, WaitMs)
            && db.open(config.databasePath);
    }

    void change(const std::function<void(EmulatedPrinterModel &)> &how)
    {
        device.locked([&] { how(printer); });
    }

    QByteArray paper()
    {
        QByteArray job;
        device.locked([&] { job = printer.job; });
        return job;
    }

    QVariant sql(const char *query) { return sqlValue(db, QString::fromLatin1(query)); }

    // A driver checks in at the home screen: the kiosk prints a slip.
    void checkInADriver()
    {
        f.kiosk->goHome();
        f.devices.simulatedScanner->scan(f.code(TokenCodec::Type::Driver, 1));
    }
};

} // namespace

class TestUsbKiosk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closingWaitsForTheSlipAtThePrinter()
    {
        KioskOnUsbPrinter k;
        QVERIFY(k.start());
        k.change([](EmulatedPrinterModel &p) { p.budget = 100; }); // stalls mid-slip
        k.checkInADriver();
        QTRY_COMPARE_WITH_TIMEOUT(k.paper().size(), 100, WaitMs);
        QCOMPARE(k.sql("SELECT state FROM print_job").toString(), QStringLiteral("printing"));

        // Paper in just as the kiosk is told to close: the slip finishes and is recorded.
        k.change([](EmulatedPrinterModel &p) { p.budget = -1; });
        QVERIFY(k.f.kiosk->finishPrinting(WaitMs));
        QCOMPARE(k.sql("SELECT state FROM print_job").toString(), QStringLiteral("printed"));
        QCOMPARE(k.paper(), k.sql("SELECT payload FROM print_job").toByteArray());
    }

    void aPrinterErrorIsNotRetriedAtOnce()
    {
        KioskOnUsbPrinter k;
        QVERIFY(k.start());
        k.change([](EmulatedPrinterModel &p) { p.haltingChunks = 1000; }); // the endpoint halts on every slip
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("LIBUSB_ERROR_PIPE")));
        k.checkInADriver();
        QTRY_COMPARE_WITH_TIMEOUT(k.sql("SELECT state || ' ' || last_error FROM print_job").toString(),
                                  QStringLiteral("failed Error"), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(k.f.devices.printer->status(), DeviceStatus::Ready, WaitMs); // claimed afresh
        QTest::qWait(3000); // the printer is ready again, but the slip waits for the retry timer
        QCOMPARE(k.sql("SELECT attempts FROM print_job").toInt(), 1);
    }

    void slipCutShortByAnUnplugPrintsWholeWhenThePrinterIsBack()
    {
        KioskOnUsbPrinter k;
        QVERIFY(k.start());
        k.change([](EmulatedPrinterModel &p) { p.budget = 100; }); // the printer takes 100 bytes, then stalls
        k.checkInADriver();
        QTRY_COMPARE(k.f.kiosk->driverHome()->checkIn()->visit(), CheckInFlow::CheckedIn);
        QTRY_COMPARE_WITH_TIMEOUT(k.paper().size(), 100, WaitMs);

        k.device.unplug();
        QTRY_COMPARE_WITH_TIMEOUT(k.sql("SELECT state || ' ' || last_error FROM print_job").toString(),
                                  QStringLiteral("failed Offline"), WaitMs);
        QTRY_COMPARE(k.f.kiosk->driverHome()->checkIn()->slip()->state(), Slip::NotPrinted);
        QCOMPARE(k.f.devices.printer->status(), DeviceStatus::Offline);

        k.change([](EmulatedPrinterModel &p) { // a new roll, nothing printed on it yet
            p.job.clear();
            p.budget = -1;
        });
        k.device.replug();
        QTRY_COMPARE_WITH_TIMEOUT(k.sql("SELECT state || ' ' || attempts FROM print_job").toString(),
                                  QStringLiteral("printed 2"), WaitMs);
        const QByteArray slip = k.sql("SELECT payload FROM print_job").toByteArray();
        QVERIFY(slip.contains(gb18030(QStringLiteral("签到时间"))));
        QCOMPARE(k.paper(), slip); // whole, once
        QTest::qWait(500);
        QCOMPARE(k.paper().size(), slip.size());
    }
};

QTEST_MAIN(TestUsbKiosk)
#include "tst_usb_kiosk.moc"
