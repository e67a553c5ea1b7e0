// The USB drivers through real libusb, against devices umockdev emulates in
// this process (see EmulatedUsbDevice). Runs under umockdev-wrapper.
#include "EmulatedUsbDevice.h" // first: umockdev.h before any Qt header

#include "DeviceSet.h"
#include "EscPosEncoder.h"
#include "UsbContext.h"
#include "UsbDrivers.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace linli;
using State = DeviceStatus::State;

namespace {

constexpr int WaitMs = 15000; // umockdev answers every ioctl over a socket: slow, not stuck
constexpr int SteadyGapMs = 2000; // for tests not about the pause that ends a symbol
constexpr int PauseGapMs = 1000;  // for those about it: a loaded machine's stalls are shorter

QString description(const char *name)
{
    return QStringLiteral(LINLI_USB_DESCRIPTIONS "/") + QLatin1String(name);
}


// Boot keyboard reports typing text with a US layout: press, release.
QList<QByteArray> keystrokes(const QString &text, bool enter = true)
{
    QList<QByteArray> reports;
    auto press = [&reports](quint8 modifiers, quint8 usage) {
        reports << QByteArray::fromRawData("", 0) + char(modifiers) + char(0) + char(usage) + QByteArray(5, '\0');
        reports << QByteArray(8, '\0');
    };
    for (const QChar c : text) {
        const char ch = c.toLatin1();
        if (ch >= 'a' && ch <= 'z')
            press(0, quint8(0x04 + ch - 'a'));
        else if (ch >= 'A' && ch <= 'Z')
            press(0x02, quint8(0x04 + ch - 'A'));
        else if (ch >= '1' && ch <= '9')
            press(0, quint8(0x1E + ch - '1'));
        else if (ch == '0')
            press(0, 0x27);
        else if (ch == ':')
            press(0x02, 0x33);
        else if (ch == '|')
            press(0x02, 0x31);
        else
            qFatal("no key for %c", ch);
    }
    if (enter)
        press(0, 0x28);
    return reports;
}

// RDR_to_PC_DataBlock for slot 0.
QByteArray dataBlock(quint8 seq, const QByteArray &data, quint8 status = 0, quint8 error = 0)
{
    QByteArray frame(10, '\0');
    frame[0] = char(0x80);
    const quint32 length = quint32(data.size());
    for (int i = 0; i < 4; ++i)
        frame[1 + i] = char((length >> (8 * i)) & 0xFF);
    frame[6] = char(seq);
    frame[7] = char(status);
    frame[8] = char(error);
    return frame + data;
}

// A USB context on the testbed's devices; nullptr, with a warning saying why,
// when libusb does not start.
std::unique_ptr<UsbContext> startUsb()
{
    QString error;
    std::unique_ptr<UsbContext> usb = UsbContext::start(&error);
    if (!usb)
        qWarning("%s", qPrintable(error));
    return usb;
}

// An emulated receipt printer, and the USB context and driver on it. Members
// go in reverse order: the driver first, the model the device answers from last.
struct PrinterRig
{
    EmulatedPrinterModel model;
    EmulatedUsbDevice device;
    std::unique_ptr<UsbContext> usb;
    std::unique_ptr<UsbReceiptPrinter> driver;

    explicit PrinterRig(UMockdevTestbed *testbed)
        : device(testbed, description("receipt-printer.umockdev"))
    {
        device.locked([this] { model.install(device); });
    }

    // Starts the context and the driver; true once the driver reports
    // `expected` (what the printer says when it is claimed).
    bool start(State expected = State::Ready)
    {
        usb = startUsb();
        if (!usb)
            return false;
        driver = std::make_unique<UsbReceiptPrinter>(usb.get());
        if (QTest::qWaitFor([this, expected] { return driver->status() == expected; }, WaitMs))
            return true;
        qWarning() << "the printer says" << driver->status() << "not" << expected;
        return false;
    }

    // Changes the printer (paper, status) while the device is not answering.
    void change(const std::function<void(EmulatedPrinterModel &)> &f)
    {
        device.locked([&] { f(model); });
    }

    // Every job byte that reached the paper so far.
    QByteArray paper()
    {
        QByteArray job;
        device.locked([&] { job = model.job; });
        return job;
    }
};

// An emulated scanner or card reader, and the USB context and driver
// (UsbScanner or UsbCardReader) on it. Members go in reverse order, as in
// PrinterRig: whatever the device's handlers use is declared before the rig.
template<typename Driver>
struct ReaderRig
{
    EmulatedUsbDevice device;
    std::unique_ptr<UsbContext> usb;
    std::unique_ptr<Driver> driver;

    ReaderRig(UMockdevTestbed *testbed, const char *file)
        : device(testbed, description(file))
    {
    }

    // Starts the context and the driver, which ends a symbol after a pause
    // of gapMs; false when the context does not start. The test itself waits
    // for the driver to be Ready.
    bool start(int gapMs = DefaultSymbolGapMs)
    {
        usb = startUsb();
        if (!usb)
            return false;
        driver = std::make_unique<Driver>(usb.get(), nullptr, gapMs);
        return true;
    }

    // The device types text as a boot keyboard (interrupt IN 0x81).
    void type(const QString &text, bool enter = true)
    {
        for (const QByteArray &report : keystrokes(text, enter))
            device.queueIn(0x81, report);
    }
};
using ScannerRig = ReaderRig<UsbScanner>;
using CardReaderRig = ReaderRig<UsbCardReader>;

} // namespace

class TestUsbDrivers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void printerGetsExactlyTheEncoderBytesInChunks();
    void printerStatusFromDleEot_data();
    void printerStatusFromDleEot();
    void jobRefusedWhenPaperOutNothingSent();
    void aPrinterSlowToAnswerAtFirstStillReportsPaperOut();
    void stallMidJobResumesWithoutRepeating();
    void haltedEndpointIsClearedAndTheJobGoesOn();
    void anEndpointThatKeepsHaltingFailsTheJobAndIsClaimedAfresh();
    void unplugMidPrintFailsTheJobAndReplugComesBack();
    void wedgeScannerTypesTheSymbolAndKeyboardIsDetached();
    void wedgeScannerWithoutEnterEndsOnAPause();
    void scannerUnpluggedAndPluggedAgainAndAgain();
    void malformedWedgeReportsAreDropped();
    void hidPosScannerReadsTheWholeSymbol();
    void serialScannerReadsLinesFromTheDataInterface();
    void ccidTapGivesTheUid();
    void ccidReaderWithoutInterruptEndpointIsPolled();
    void rfidWedgeReaderTypesTheCardNumber();
    void aKnownScannerWinsOverAnyKeyboard();
    void aKnownScannerPluggedInLaterTakesOverFromAKeyboard();
    void autoModeDrivesWhatIsPluggedIn();
    void realModeWaitsForEveryDevice();
    void autoModeSimulatesADeviceItCannotClaim();
    void rescanFindsADeviceWithoutHotplug();

private:
    UMockdevTestbed *m_testbed = nullptr;
};

void TestUsbDrivers::init()
{
    m_testbed = umockdev_testbed_new();
    QVERIFY(umockdev_in_mock_environment());
}

void TestUsbDrivers::cleanup()
{
    g_object_unref(m_testbed);
    m_testbed = nullptr;
}

void TestUsbDrivers::printerGetsExactlyTheEncoderBytesInChunks()
{
    PrinterRig printer(m_testbed);
    printer.device.setKernelDriver(QStringLiteral("usblp"));
    QVERIFY(printer.start());
    QVERIFY2(!printer.device.kernelDriverBound(), "usblp is detached while the kiosk drives the printer");

    EscPosEncoder encoder(PaperWidth::Mm80);
    encoder.initialize();
    for (int line = 0; line < 300; ++line) // longer than one chunk
        encoder.line(QStringLiteral("第%1行 幸福食堂 7元老年套餐").arg(line));
    encoder.cut();
    const QByteArray job = encoder.bytes();
    QVERIFY(job.size() > 2 * UsbReceiptPrinter::ChunkSize);

    QSignalSpy printed(printer.driver.get(), &ReceiptPrinter::printed);
    QSignalSpy failed(printer.driver.get(), &ReceiptPrinter::failed);
    printer.driver->print(41, job);
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, WaitMs);
    QCOMPARE(printed[0][0].toLongLong(), 41);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(printer.paper(), job);
    QCOMPARE(printer.driver->status(), State::Ready);
}

void TestUsbDrivers::printerStatusFromDleEot_data()
{
    QTest::addColumn<int>("printerByte");
    QTest::addColumn<int>("cause");
    QTest::addColumn<int>("roll");
    QTest::addColumn<State>("expected");
    QTest::newRow("paper out") << 0x1A << 0x32 << 0x72 << State::PaperOut;
    QTest::newRow("cover open") << 0x1A << 0x36 << 0x12 << State::CoverOpen;
    QTest::newRow("paper near end") << 0x12 << 0x12 << 0x1E << State::PaperNearEnd;
}

void TestUsbDrivers::printerStatusFromDleEot()
{
    QFETCH(int, printerByte);
    QFETCH(int, cause);
    QFETCH(int, roll);
    QFETCH(State, expected);
    PrinterRig printer(m_testbed);
    QVERIFY(printer.start());
    printer.change([&](EmulatedPrinterModel &m) { m.setStatus(quint8(printerByte), quint8(cause), quint8(roll)); });
    // The idle printer is asked every two seconds.
    QTRY_COMPARE_WITH_TIMEOUT(printer.driver->status(), expected, WaitMs);
    printer.change([](EmulatedPrinterModel &m) { m.ready(); });
    QTRY_COMPARE_WITH_TIMEOUT(printer.driver->status(), State::Ready, WaitMs);
}

void TestUsbDrivers::jobRefusedWhenPaperOutNothingSent()
{
    PrinterRig printer(m_testbed);
    printer.change([](EmulatedPrinterModel &m) { m.paperOut(); });
    QVERIFY(printer.start(State::PaperOut));

    QSignalSpy failed(printer.driver.get(), &ReceiptPrinter::failed);
    printer.driver->print(7, QByteArray("\x1b@receipt\n", 10));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, WaitMs);
    QCOMPARE(failed[0][0].toLongLong(), 7);
    QCOMPARE(failed[0][1].value<State>(), State::PaperOut);
    QVERIFY(printer.paper().isEmpty());
}

void TestUsbDrivers::aPrinterSlowToAnswerAtFirstStillReportsPaperOut()
{
    PrinterRig printer(m_testbed);
    printer.change([](EmulatedPrinterModel &m) { m.unansweredRequests = 1; }); // warming up when claimed
    QVERIFY(printer.start());
    printer.change([](EmulatedPrinterModel &m) { m.paperOut(); });
    QTRY_COMPARE_WITH_TIMEOUT(printer.driver->status(), State::PaperOut, WaitMs);
}

void TestUsbDrivers::stallMidJobResumesWithoutRepeating()
{
    PrinterRig printer(m_testbed);
    QVERIFY(printer.start());

    QByteArray job;
    for (int i = 0; i < 3000; ++i)
        job += char('a' + i % 26);
    // The roll runs out after 1000 bytes (the status asked before the job
    // still said ready): the printer stops taking data and then says so.
    printer.change([](EmulatedPrinterModel &m) { m.budget = 1000; });
    QSignalSpy printed(printer.driver.get(), &ReceiptPrinter::printed);
    QSignalSpy failed(printer.driver.get(), &ReceiptPrinter::failed);
    printer.driver->print(9, job);
    QTRY_COMPARE_WITH_TIMEOUT(printer.paper().size(), 1000, WaitMs);
    printer.change([](EmulatedPrinterModel &m) { m.paperOut(); });
    QTRY_COMPARE_WITH_TIMEOUT(printer.driver->status(), State::PaperOut, 3 * WaitMs);
    QCOMPARE(printed.size(), 0);
    QCOMPARE(failed.size(), 0); // the job waits in the printer, it is not failed

    printer.change([](EmulatedPrinterModel &m) { // paper loaded
        m.budget = -1;
        m.ready();
    });
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, WaitMs);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(printer.paper(), job);
}

void TestUsbDrivers::haltedEndpointIsClearedAndTheJobGoesOn()
{
    PrinterRig printer(m_testbed);
    QVERIFY(printer.start());
    QSignalSpy printed(printer.driver.get(), &ReceiptPrinter::printed);
    QSignalSpy failed(printer.driver.get(), &ReceiptPrinter::failed);
    printer.change([](EmulatedPrinterModel &m) { m.haltingChunks = 1; });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("LIBUSB_ERROR_PIPE")));
    printer.driver->print(21, QByteArray(5000, 'h'));
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, WaitMs);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(printer.device.haltsCleared(), 1);
    QCOMPARE(printer.paper(), QByteArray(5000, 'h'));
}

void TestUsbDrivers::anEndpointThatKeepsHaltingFailsTheJobAndIsClaimedAfresh()
{
    PrinterRig printer(m_testbed);
    QVERIFY(printer.start());
    QSignalSpy failed(printer.driver.get(), &ReceiptPrinter::failed);
    QSignalSpy printed(printer.driver.get(), &ReceiptPrinter::printed);
    QSignalSpy status(printer.driver.get(), &Device::statusChanged);
    printer.change([](EmulatedPrinterModel &m) { m.haltingChunks = 100; });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("LIBUSB_ERROR_PIPE")));
    printer.driver->print(22, QByteArray(500, 'h'));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, WaitMs);
    QCOMPARE(failed[0][1].value<State>(), State::Error);
    // Let go and claimed again: Offline, then Ready.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(status.begin(), status.end(),
                                         [](const QList<QVariant> &s) { return s[0].value<State>() == State::Offline; }),
                             WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(printer.driver->status(), State::Ready, WaitMs);
    printer.change([](EmulatedPrinterModel &m) { m.haltingChunks = 0; });
    printer.driver->print(23, QByteArray(500, 'h'));
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, WaitMs);
    QCOMPARE(printer.paper(), QByteArray(500, 'h'));
}

void TestUsbDrivers::unplugMidPrintFailsTheJobAndReplugComesBack()
{
    PrinterRig printer(m_testbed);
    QVERIFY(printer.start());

    printer.change([](EmulatedPrinterModel &m) { m.budget = 500; }); // stalls mid-job
    QSignalSpy failed(printer.driver.get(), &ReceiptPrinter::failed);
    QSignalSpy printed(printer.driver.get(), &ReceiptPrinter::printed);
    printer.driver->print(12, QByteArray(2000, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(printer.paper().size(), 500, WaitMs);
    printer.device.unplug();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 3 * WaitMs);
    QCOMPARE(failed[0][0].toLongLong(), 12);
    QCOMPARE(failed[0][1].value<State>(), State::Offline);
    QTRY_COMPARE_WITH_TIMEOUT(printer.driver->status(), State::Offline, WaitMs);
    QCOMPARE(printed.size(), 0);

    // A job while unplugged fails at once: the spooler keeps it for later.
    printer.driver->print(13, QByteArray("later"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, WaitMs);
    QCOMPARE(failed[1][1].value<State>(), State::Offline);

    printer.change([](EmulatedPrinterModel &m) { // a new roll, nothing printed yet
        m.job.clear();
        m.budget = -1;
    });
    printer.device.replug();
    QTRY_COMPARE_WITH_TIMEOUT(printer.driver->status(), State::Ready, 3 * WaitMs);
    printer.driver->print(12, QByteArray(2000, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, WaitMs);
    QCOMPARE(printer.paper(), QByteArray(2000, 'x'));
}

void TestUsbDrivers::wedgeScannerTypesTheSymbolAndKeyboardIsDetached()
{
    ScannerRig scanner(m_testbed, "wedge-scanner.umockdev");
    scanner.device.setKernelDriver(QStringLiteral("usbhid"));
    QVERIFY(scanner.start(SteadyGapMs));
    QTRY_COMPARE_WITH_TIMEOUT(scanner.driver->status(), State::Ready, WaitMs);
    QVERIFY2(!scanner.device.kernelDriverBound(), "usbhid must not see the keystrokes");
    QCOMPARE(scanner.device.claimedInterfaces(), 1);

    QSignalSpy scanned(scanner.driver.get(), &QrScanner::scanned);
    const QString token = QStringLiteral("LL1:R:7:20261127:AB3CD7EFGH2JK4MN");
    scanner.type(token);
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 1, WaitMs);
    QCOMPARE(scanned[0][0].toString(), token);

    scanner.driver.reset(); // the kiosk lets go of the scanner
    QTRY_VERIFY_WITH_TIMEOUT(scanner.device.kernelDriverBound(), WaitMs); // given back when we let go
    QCOMPARE(scanner.device.claimedInterfaces(), 0);
}

void TestUsbDrivers::wedgeScannerWithoutEnterEndsOnAPause()
{
    ScannerRig scanner(m_testbed, "wedge-scanner.umockdev");
    QVERIFY(scanner.start(PauseGapMs));
    QTRY_COMPARE_WITH_TIMEOUT(scanner.driver->status(), State::Ready, WaitMs);
    QSignalSpy scanned(scanner.driver.get(), &QrScanner::scanned);
    scanner.type(QStringLiteral("A1B2"), false);
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 1, WaitMs);
    QCOMPARE(scanned[0][0].toString(), QStringLiteral("A1B2"));
}

void TestUsbDrivers::scannerUnpluggedAndPluggedAgainAndAgain()
{
    ScannerRig scanner(m_testbed, "wedge-scanner.umockdev");
    QVERIFY(scanner.start(SteadyGapMs));
    EmulatedUsbDevice &device = scanner.device;
    QSignalSpy scanned(scanner.driver.get(), &QrScanner::scanned);
    for (int cycle = 1; cycle <= 5; ++cycle) {
        QTRY_COMPARE_WITH_TIMEOUT(scanner.driver->status(), State::Ready, WaitMs);
        const QList<QByteArray> reports = keystrokes(QStringLiteral("CYCLE%1").arg(cycle));
        for (const QByteArray &report : reports)
            device.queueIn(0x81, report);
        QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), cycle, WaitMs);
        // The cable comes out with half of the next symbol still in the device:
        // it never counts, here or after the device comes back.
        device.locked([&] {
            for (qsizetype i = 0; i < reports.size() / 2; ++i)
                device.queueIn(0x81, reports[i]);
            device.unplug();
        });
        QTRY_COMPARE_WITH_TIMEOUT(scanner.driver->status(), State::Offline, WaitMs);
        device.replug();
    }
    QTRY_COMPARE_WITH_TIMEOUT(scanner.driver->status(), State::Ready, WaitMs);
    QCOMPARE(scanned.size(), 5);
    for (int cycle = 1; cycle <= 5; ++cycle)
        QCOMPARE(scanned[cycle - 1][0].toString(), QStringLiteral("CYCLE%1").arg(cycle));
}

void TestUsbDrivers::malformedWedgeReportsAreDropped()
{
    ScannerRig scanner(m_testbed, "wedge-scanner.umockdev");
    QVERIFY(scanner.start(SteadyGapMs));
    QTRY_COMPARE_WITH_TIMEOUT(scanner.driver->status(), State::Ready, WaitMs);
    QSignalSpy scanned(scanner.driver.get(), &QrScanner::scanned);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("report")));
    // A symbol broken by a short report: neither half may count as a scan.
    const QList<QByteArray> first = keystrokes(QStringLiteral("BAD1"));
    scanner.device.queueIn(0x81, first[0]);
    scanner.device.queueIn(0x81, first[1]);
    scanner.device.queueIn(0x81, QByteArray("\x00\x00\x05", 3));
    for (qsizetype i = 2; i < first.size(); ++i)
        scanner.device.queueIn(0x81, first[i]);
    scanner.type(QStringLiteral("GOOD2"));
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 1, WaitMs);
    QCOMPARE(scanned[0][0].toString(), QStringLiteral("GOOD2"));
    QTest::qWait(300);
    QCOMPARE(scanned.size(), 1);
}

void TestUsbDrivers::hidPosScannerReadsTheWholeSymbol()
{
    ScannerRig scanner(m_testbed, "hid-pos-scanner.umockdev");
    QVERIFY(scanner.start(SteadyGapMs));
    QTRY_COMPARE_WITH_TIMEOUT(scanner.driver->status(), State::Ready, WaitMs);
    QSignalSpy scanned(scanner.driver.get(), &QrScanner::scanned);

    const QByteArray symbol = "LL1:D:3:20261127:QWERTY234567ABCD";
    QByteArray report(64, '\0');
    report[0] = 0x02;
    report[1] = char(symbol.size());
    report.replace(2, 3, "]Q1");
    report.replace(5, symbol.size(), symbol);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("HID POS")));
    scanner.device.queueIn(0x81, QByteArray(63, '\x7f') + '\0'); // garbage: wrong report id
    scanner.device.queueIn(0x81, report);
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 1, WaitMs);
    QCOMPARE(scanned[0][0].toString(), QString::fromLatin1(symbol));
}

void TestUsbDrivers::serialScannerReadsLinesFromTheDataInterface()
{
    ScannerRig scanner(m_testbed, "serial-scanner.umockdev");
    scanner.device.setKernelDriver(QStringLiteral("cdc_acm"));
    QVERIFY(scanner.start(PauseGapMs));
    QTRY_COMPARE_WITH_TIMEOUT(scanner.driver->status(), State::Ready, WaitMs);
    QVERIFY2(!scanner.device.kernelDriverBound(), "cdc_acm lets go of the data interface");
    QSignalSpy scanned(scanner.driver.get(), &QrScanner::scanned);
    const QByteArray symbol = "LL1:D:3:20261127:QWERTY234567ABCD";
    scanner.device.queueIn(0x81, symbol.left(20)); // one symbol across two transfers
    scanner.device.queueIn(0x81, symbol.mid(20) + "\r\n");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("control byte")));
    scanner.device.queueIn(0x81, QByteArray("BAD\x02XX\r", 7)); // dropped whole
    scanner.device.queueIn(0x81, "NOSUFFIX");                    // ended by the pause
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 2, WaitMs);
    QCOMPARE(scanned[0][0].toString(), QString::fromLatin1(symbol));
    QCOMPARE(scanned[1][0].toString(), QStringLiteral("NOSUFFIX"));
}

void TestUsbDrivers::ccidTapGivesTheUid()
{
    const QByteArray uid = QByteArray::fromHex("04A1B2C3");
    CardReaderRig reader(m_testbed, "acr122u.umockdev");
    EmulatedUsbDevice &device = reader.device;
    device.setOutHandler([&device, uid](quint8, const QByteArray &command) -> qsizetype {
        if (command.size() < 10)
            return command.size();
        const quint8 seq = quint8(command[6]);
        if (quint8(command[0]) == 0x62) // power on: the ATR of a contactless card
            device.queueIn(0x82, dataBlock(seq, QByteArray::fromHex("3B8F8001804F0CA000000306030001000000006A")));
        else if (quint8(command[0]) == 0x6F) // GET DATA: UID and 90 00
            device.queueIn(0x82, dataBlock(seq, uid + QByteArray::fromHex("9000")));
        return command.size();
    });
    QVERIFY(reader.start());
    QTRY_COMPARE_WITH_TIMEOUT(reader.driver->status(), State::Ready, WaitMs);
    QSignalSpy tapped(reader.driver.get(), &CardReader::cardTapped);
    device.queueIn(0x83, QByteArray::fromHex("5003")); // card arrived
    QTRY_COMPARE_WITH_TIMEOUT(tapped.size(), 1, WaitMs);
    QCOMPARE(tapped[0][0].toByteArray(), uid);
    device.queueIn(0x83, QByteArray::fromHex("5002")); // card left: no tap
    QTest::qWait(500);
    QCOMPARE(tapped.size(), 1);
}

void TestUsbDrivers::ccidReaderWithoutInterruptEndpointIsPolled()
{
    const QByteArray uid = QByteArray::fromHex("04112233445566");
    bool cardOnReader = true; // left lying there before the kiosk started: no tap
    int emptyPolls = 0;       // power-ons answered "no card"
    CardReaderRig reader(m_testbed, "ccid-no-interrupt.umockdev");
    EmulatedUsbDevice &device = reader.device;
    device.setOutHandler([&device, &cardOnReader, &emptyPolls, uid](quint8, const QByteArray &command) -> qsizetype {
        if (command.size() < 10)
            return command.size();
        const quint8 seq = quint8(command[6]);
        if (quint8(command[0]) == 0x62) {
            emptyPolls += cardOnReader ? 0 : 1;
            device.queueIn(0x81, cardOnReader ? dataBlock(seq, QByteArray::fromHex("3B8F8001804F0CA0000003060300030000000068"))
                                              : dataBlock(seq, {}, 0x42, 0xFE)); // failed, no card: ICC mute
        }
        else if (quint8(command[0]) == 0x6F)
            device.queueIn(0x81, dataBlock(seq, uid + QByteArray::fromHex("9000")));
        return command.size();
    });
    QVERIFY(reader.start());
    QTRY_COMPARE_WITH_TIMEOUT(reader.driver->status(), State::Ready, WaitMs);
    QSignalSpy tapped(reader.driver.get(), &CardReader::cardTapped);
    QTest::qWait(1000); // polls go by with the old card there
    QCOMPARE(tapped.size(), 0);
    device.locked([&] { cardOnReader = false; });
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        int polls = 0;
        device.locked([&] { polls = emptyPolls; });
        return polls > 0; // the reader has seen the card gone
    }(), WaitMs);
    device.locked([&] { cardOnReader = true; }); // a tap
    QTRY_COMPARE_WITH_TIMEOUT(tapped.size(), 1, WaitMs);
    QCOMPARE(tapped[0][0].toByteArray(), uid);
    QTest::qWait(1000); // still on the reader: one tap
    QCOMPARE(tapped.size(), 1);
}

void TestUsbDrivers::rfidWedgeReaderTypesTheCardNumber()
{
    CardReaderRig reader(m_testbed, "rfid-reader.umockdev");
    reader.device.setKernelDriver(QStringLiteral("usbhid"));
    QVERIFY(reader.start(SteadyGapMs));
    QTRY_COMPARE_WITH_TIMEOUT(reader.driver->status(), State::Ready, WaitMs);
    QVERIFY(!reader.device.kernelDriverBound());
    QSignalSpy tapped(reader.driver.get(), &CardReader::cardTapped);
    reader.type(QStringLiteral("3283263748"));
    QTRY_COMPARE_WITH_TIMEOUT(tapped.size(), 1, WaitMs);
    QCOMPARE(tapped[0][0].toByteArray(), QByteArray::fromHex("04A1B2C3"));
}

void TestUsbDrivers::aKnownScannerWinsOverAnyKeyboard()
{
    // A boot keyboard on 001:003 (the class row) and a Honeywell in HID POS
    // mode on 001:005 (a vendor row): the scanner is the Honeywell.
    EmulatedUsbDevice keyboard(m_testbed, description("wedge-scanner.umockdev"));
    keyboard.setKernelDriver(QStringLiteral("usbhid"));
    ScannerRig honeywell(m_testbed, "hid-pos-scanner.umockdev");
    QVERIFY(honeywell.start());
    QTRY_COMPARE_WITH_TIMEOUT(honeywell.driver->status(), State::Ready, WaitMs);
    QCOMPARE(honeywell.device.claimedInterfaces(), 1);
    QCOMPARE(keyboard.claimedInterfaces(), 0);
    QVERIFY(keyboard.kernelDriverBound()); // the keyboard still types
}

void TestUsbDrivers::aKnownScannerPluggedInLaterTakesOverFromAKeyboard()
{
    EmulatedUsbDevice keyboard(m_testbed, description("wedge-scanner.umockdev"));
    keyboard.setKernelDriver(QStringLiteral("usbhid"));
    ScannerRig honeywell(m_testbed, "hid-pos-scanner.umockdev");
    honeywell.device.unplug(); // plugged in below
    QVERIFY(honeywell.start());
    QTRY_COMPARE_WITH_TIMEOUT(keyboard.claimedInterfaces(), 1, WaitMs); // only a keyboard: it is the scanner
    honeywell.device.replug();
    QTRY_COMPARE_WITH_TIMEOUT(honeywell.device.claimedInterfaces(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(keyboard.claimedInterfaces(), 0, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(keyboard.kernelDriverBound(), WaitMs); // given back: it types again
    QTRY_COMPARE_WITH_TIMEOUT(honeywell.driver->status(), State::Ready, WaitMs);
}

void TestUsbDrivers::autoModeDrivesWhatIsPluggedIn()
{
    EmulatedUsbDevice printer(m_testbed, description("receipt-printer.umockdev"));
    EmulatedPrinterModel model;
    printer.locked([&] { model.install(printer); });
    KioskConfig config;
    config.devices = KioskConfig::DeviceMode::Auto;
    QObject owner;
    QString error;
    const auto devices = DeviceSet::create(config, &owner, &error);
    QVERIFY2(devices, qPrintable(error));
    QVERIFY(qobject_cast<UsbReceiptPrinter *>(devices->printer));
    QVERIFY(!devices->simulatedPrinter);
    QCOMPARE(devices->scanner, devices->simulatedScanner); // nothing plugged in for these
    QCOMPARE(devices->cardReader, devices->simulatedCardReader);
    QTRY_COMPARE_WITH_TIMEOUT(devices->printer->status(), State::Ready, WaitMs);
}

void TestUsbDrivers::realModeWaitsForEveryDevice()
{
    KioskConfig config;
    config.devices = KioskConfig::DeviceMode::Real;
    QObject owner;
    QString error;
    const auto devices = DeviceSet::create(config, &owner, &error);
    QVERIFY2(devices, qPrintable(error));
    QVERIFY(qobject_cast<UsbScanner *>(devices->scanner));
    QVERIFY(qobject_cast<UsbCardReader *>(devices->cardReader));
    QVERIFY(!devices->simulatedScanner && !devices->simulatedCardReader && !devices->simulatedPrinter);
    QCOMPARE(devices->scanner->status(), State::Offline);

    // Plugged in later: hotplug brings the scanner up.
    EmulatedUsbDevice scanner(m_testbed, description("wedge-scanner.umockdev"));
    QTRY_COMPARE_WITH_TIMEOUT(devices->scanner->status(), State::Ready, WaitMs);
    QCOMPARE(devices->cardReader->status(), State::Offline);
    delete devices->scanner->parent(); // the USB context and its drivers, before the emulated device goes
}

void TestUsbDrivers::autoModeSimulatesADeviceItCannotClaim()
{
    EmulatedUsbDevice printer(m_testbed, description("receipt-printer.umockdev"));
    printer.setClaimRefused(true); // another program holds it
    KioskConfig config;
    config.devices = KioskConfig::DeviceMode::Auto;
    QObject owner;
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not usable")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("simulated instead")));
    const auto devices = DeviceSet::create(config, &owner, &error);
    QVERIFY2(devices, qPrintable(error));
    QVERIFY(devices->simulatedPrinter);
    QCOMPARE(devices->printer, devices->simulatedPrinter);
}

void TestUsbDrivers::rescanFindsADeviceWithoutHotplug()
{
    QString error;
    std::unique_ptr<UsbContext> usb = UsbContext::start(&error, UsbContext::Watch::Rescan);
    QVERIFY2(usb, qPrintable(error));
    QVERIFY(!usb->hasHotplug());
    EmulatedUsbDevice device(m_testbed, description("wedge-scanner.umockdev"));
    device.unplug(); // declared before the scanner, which must go first; plugged in below
    UsbScanner scanner(usb.get(), nullptr, SteadyGapMs);
    QCOMPARE(scanner.status(), State::Offline);
    device.replug();
    QTRY_COMPARE_WITH_TIMEOUT(scanner.status(), State::Ready, WaitMs);
    QSignalSpy scanned(&scanner, &QrScanner::scanned);
    for (const QByteArray &report : keystrokes(QStringLiteral("R3SCAN")))
        device.queueIn(0x81, report);
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 1, WaitMs);
    device.unplug();
    QTRY_COMPARE_WITH_TIMEOUT(scanner.status(), State::Offline, WaitMs);
}

QTEST_GUILESS_MAIN(TestUsbDrivers)
#include "tst_usb_drivers.moc"
