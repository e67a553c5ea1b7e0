#include "DeviceSet.h"
#include "Simulators.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace linli;

class TestDevices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsAndKeepsEveryJobsBytes()
    {
        QTemporaryDir out;
        SimulatedPrinter printer;
        printer.setOutputDirectory(out.path());
        QSignalSpy printed(&printer, &ReceiptPrinter::printed);
        printer.print(7, "\x1b@first\n");
        printer.print(8, "\x1b@second\n");
        QVERIFY(printed.isEmpty()); // answers come from the event loop, never from print()
        QTRY_COMPARE(printed.count(), 2);
        QCOMPARE(printed.at(0).at(0).toLongLong(), 7);
        QCOMPARE(printer.jobs(), (QList<QByteArray>{"\x1b@first\n", "\x1b@second\n"}));
        // --printer-output: one numbered file per job, exactly the bytes.
        QTRY_VERIFY(QFile::exists(QDir(out.path()).filePath(QStringLiteral("job-0002.escpos"))));
        QFile first(QDir(out.path()).filePath(QStringLiteral("job-0001.escpos")));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), QByteArray("\x1b@first\n"));
    }

    void refusesJobsWithoutPaper()
    {
        SimulatedPrinter printer;
        QSignalSpy failed(&printer, &ReceiptPrinter::failed);
        QSignalSpy status(&printer, &Device::statusChanged);
        printer.setPaperOut(true);
        QCOMPARE(status.count(), 1);
        QCOMPARE(printer.status(), DeviceStatus::PaperOut);
        printer.print(1, "slip");
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).value<DeviceStatus::State>(), DeviceStatus::PaperOut);
        QCOMPARE(printer.jobCount(), 0);
    }

    void anUnplugMidJobFailsItAndGoesOffline()
    {
        SimulatedPrinter printer;
        QSignalSpy failed(&printer, &ReceiptPrinter::failed);
        printer.unplugDuringNextJob(3);
        printer.print(1, "0123456789");
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(printer.status(), DeviceStatus::Offline);
        QCOMPARE(printer.jobCount(), 0);
        printer.setConnected(true);
        printer.print(2, "0123456789"); // the next job goes through whole
        QTRY_COMPARE(printer.jobCount(), 1);
    }

    void scannerAndReaderDeliverFromTheEventLoopWhileConnected()
    {
        SimulatedScanner scanner;
        SimulatedCardReader reader;
        QSignalSpy scans(&scanner, &QrScanner::scanned);
        QSignalSpy taps(&reader, &CardReader::cardTapped);
        scanner.scan(QStringLiteral("LL1:D:1"));
        reader.tap(QByteArray::fromHex("04A1B2C3"));
        QVERIFY(scans.isEmpty() && taps.isEmpty());
        QTRY_COMPARE(scans.count(), 1);
        QTRY_COMPARE(taps.count(), 1);
        QCOMPARE(taps.at(0).at(0).toByteArray(), QByteArray::fromHex("04A1B2C3"));
        scanner.setConnected(false);
        scanner.scan(QStringLiteral("LL1:D:1"));
        QTest::qWait(50);
        QCOMPARE(scans.count(), 1); // an unplugged scanner reads nothing
    }

    void simulatedModeGivesThreeSimulators()
    {
        KioskConfig config;
        config.devices = KioskConfig::DeviceMode::Simulated;
        QObject owner;
        QString error;
        const auto devices = DeviceSet::create(config, &owner, &error);
        QVERIFY(devices);
        QCOMPARE(devices->printer, devices->simulatedPrinter);
        QCOMPARE(devices->scanner, devices->simulatedScanner);
        QCOMPARE(devices->cardReader, devices->simulatedCardReader);
        QVERIFY(devices->printer && devices->scanner && devices->cardReader);
    }
};

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
