// Driver check-in end to end: scan -> identity -> visit row -> print job ->
// simulated printer -> paper, through the kiosk controller and its worker;
// a scan while checked in opens the driver's menu, 签退 on it checks out.
#include "Database.h"
#include "KioskFixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringDecoder>

using namespace linli;
using namespace linli::test;

namespace {

// Reads the kiosk's database through a connection of its own.
struct Inspector
{
    Database db{QStringLiteral("inspector")};
    explicit Inspector(const QString &path) { db.open(path); }
    QVariant one(const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
};
} // namespace

class TestCheckIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<KioskFixture> f;
    SimulatedPrinter *printer() { return f->devices.simulatedPrinter; }
    SimulatedScanner *scanner() { return f->devices.simulatedScanner; }
    Kiosk *kiosk() { return f->kiosk.get(); }
    QVariant sql(const QString &query) { return Inspector(f->site.config().databasePath).one(query); }

    void scanDriver(qint64 id = 1) { scanner()->scan(f->code(TokenCodec::Type::Driver, id)); }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<KioskFixture>();
        QVERIFY(f->start());
        kiosk()->goHome();
    }
    void cleanup() { f.reset(); }

    void checksInPrintsASlipAndChecksOut()
    {
        scanDriver();
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::CheckedIn);
        QCOMPARE(kiosk()->screen(), Kiosk::DriverHome);
        QCOMPARE(kiosk()->person()->name(), QStringLiteral("陈*军"));
        QCOMPARE(kiosk()->driverHome()->checkIn()->driversPresent(), 1);
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->slip()->state(), Slip::Printed);
        QCOMPARE(printer()->jobCount(), 1);
        const QByteArray slip = printer()->jobs().constFirst();
        QVERIFY(slip.contains(gb18030(QStringLiteral("红钢城街道网约车司机之家"))));
        QVERIFY(slip.contains(gb18030(QStringLiteral("签到时间"))));
        QVERIFY(slip.contains("2026-11-27 11:30"));
        QVERIFY(slip.contains("\x1d\x28\x6b")); // the visit's QR code
        QVERIFY(slip.contains(":V:1:"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM driver_visit WHERE checked_out_at IS NULL")).toInt(), 1);
        QCOMPARE(sql(QStringLiteral("SELECT state FROM print_job")).toString(), QStringLiteral("printed"));

        f->clock.advanceSecs(85 * 60);
        scanDriver(); // in already: their menu, nothing written
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::Present);
        QCOMPARE(kiosk()->driverHome()->checkIn()->stayMinutes(), 85);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM driver_visit WHERE checked_out_at IS NULL")).toInt(), 1);
        kiosk()->driverHome()->checkIn()->checkOut(); // 签退
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::CheckedOut);
        QCOMPARE(kiosk()->driverHome()->checkIn()->stayMinutes(), 85);
        QCOMPARE(kiosk()->driverHome()->checkIn()->driversPresent(), 0);
        QCOMPARE(printer()->jobCount(), 1); // no slip on the way out
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM driver_visit WHERE checked_out_at IS NOT NULL")).toInt(), 1);
    }

    void countsTheDriversPresentToday()
    {
        scanDriver(1);
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->driversPresent(), 1);
        f->clock.advanceSecs(60);
        scanDriver(2);
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->driversPresent(), 2);
        QCOMPARE(kiosk()->person()->name(), QStringLiteral("刘*波"));
    }

    void aStayLeftOpenYesterdayDoesNotTurnTodaysScanIntoACheckOut()
    {
        scanDriver();
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::CheckedIn);
        f->clock.advanceSecs(24 * 3600);
        scanDriver();
        QTRY_COMPARE(sql(QStringLiteral("SELECT count(*) FROM driver_visit")).toInt(), 2);
        QCOMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::CheckedIn);
        QCOMPARE(sql(QStringLiteral("SELECT auto_closed FROM driver_visit WHERE id = 1")).toInt(), 1);
    }

    void refusesForgedUnknownAndResidentCodes()
    {
        kiosk()->open(Kiosk::DriverHome);
        QString forged = f->code(TokenCodec::Type::Driver, 1);
        forged.replace(QStringLiteral(":D:1:"), QStringLiteral(":D:3:"));
        scanner()->scan(forged);
        QTRY_COMPARE(kiosk()->notice()->kind(), Notice::CodeRefused);
        QCOMPARE(kiosk()->notice()->problem(), Identity::Forged);

        scanner()->scan(QStringLiteral("https://shop.example/pay?id=8841"));
        QTRY_COMPARE(kiosk()->notice()->problem(), Identity::NotOurs);

        scanner()->scan(f->code(TokenCodec::Type::Resident, 1));
        QTRY_COMPARE(kiosk()->notice()->kind(), Notice::NotADriver);

        QCOMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::NoVisit);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM driver_visit")).toInt(), 0);
        QCOMPARE(printer()->jobCount(), 0);
    }

    void aDoubleScanChecksInOnce()
    {
        KioskConfig config = f->site.config();
        config.repeatScanMs = 3000; // as in the field
        f->kiosk.reset();
        f->kiosk = std::make_unique<Kiosk>(config, f->devices, f->clock);
        f->kiosk->start();
        QTRY_VERIFY(kiosk()->ready());
        const QString code = f->code(TokenCodec::Type::Driver, 1);
        scanner()->scan(code);
        scanner()->scan(code);
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::CheckedIn);
        scanner()->scan(code); // the scanner fires again a moment later
        f->devices.simulatedCardReader->tap(QByteArray::fromHex("04D0D0D1")); // and the same driver's card
        f->devices.simulatedCardReader->tap(QByteArray::fromHex("04D0D0D1"));
        QTRY_COMPARE(printer()->jobCount(), 1);
        QTRY_VERIFY(!kiosk()->person()->busy());
        QTest::qWait(300);
        QTRY_VERIFY(!kiosk()->person()->busy());
        // One scan and one card tap got through: in, then the menu. Never in twice.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM driver_visit")).toInt(), 1);
        QCOMPARE(printer()->jobCount(), 1);
    }

    void aHeldCardCountsOnce()
    {
        KioskConfig config = f->site.config();
        config.repeatScanMs = 3000;
        f->kiosk.reset();
        f->kiosk = std::make_unique<Kiosk>(config, f->devices, f->clock);
        f->kiosk->start();
        QTRY_VERIFY(kiosk()->ready());
        kiosk()->goHome();
        const QByteArray driverCard = QByteArray::fromHex("04D0D0D1");
        f->devices.simulatedCardReader->tap(driverCard);
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::CheckedIn);
        for (int i = 0; i < 3; ++i) { // a card left on the reader reads again and again
            f->devices.simulatedCardReader->tap(driverCard);
            QTest::qWait(100);
            QTRY_VERIFY(!kiosk()->person()->busy());
        }
        QCOMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::CheckedIn);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM driver_visit WHERE checked_out_at IS NULL")).toInt(), 1);
    }

    void outOfPaperTheCheckInStandsAndTheSlipWaits()
    {
        printer()->setPaperOut(true);
        scanDriver();
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::CheckedIn);
        QCOMPARE(kiosk()->driverHome()->checkIn()->slip()->state(), Slip::NotPrinted);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM driver_visit")).toInt(), 1);
        QCOMPARE(sql(QStringLiteral("SELECT state FROM print_job")).toString(), QStringLiteral("queued"));
        QTRY_COMPARE(kiosk()->deviceStates()->waitingPrintJobs(), 1);
        QCOMPARE(printer()->jobCount(), 0);

        printer()->setPaperOut(false); // paper loaded: the slip comes out by itself
        QTRY_COMPARE(printer()->jobCount(), 1);
        QTRY_COMPARE(sql(QStringLiteral("SELECT state FROM print_job")).toString(), QStringLiteral("printed"));
        QTRY_COMPARE(kiosk()->deviceStates()->waitingPrintJobs(), 0);
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->slip()->state(), Slip::Printed);
    }

    void unpluggedMidSlipTheJobSurvivesAndPrintsOnce()
    {
        printer()->unplugDuringNextJob(20);
        scanDriver();
        QTRY_COMPARE(kiosk()->driverHome()->checkIn()->slip()->state(), Slip::NotPrinted);
        QCOMPARE(printer()->status(), DeviceStatus::Offline);
        QTRY_COMPARE(sql(QStringLiteral("SELECT state FROM print_job")).toString(), QStringLiteral("failed"));
        QCOMPARE(sql(QStringLiteral("SELECT last_error FROM print_job")).toString(), QStringLiteral("Offline"));

        printer()->setConnected(true);
        QTRY_COMPARE(printer()->jobCount(), 1);
        QTRY_COMPARE(sql(QStringLiteral("SELECT state || ' ' || attempts FROM print_job")).toString(),
                     QStringLiteral("printed 2"));
        QTest::qWait(200);
        QCOMPARE(printer()->jobCount(), 1);
    }

    void aSlipInterruptedByARestartIsPrintedAfterIt()
    {
        const KioskConfig config = f->site.config();
        {
            Database db(QStringLiteral("setup"));
            db.setKioskId(TempSite::kioskId());
            QVERIFY(db.open(config.databasePath));
            QVERIFY(PrintJobStore(db).add(QStringLiteral("checkin_slip"), lunchTime(), "\x1b@slip\n"));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE print_job SET state = 'printing'")));
        }
        f->kiosk.reset();
        f->kiosk = std::make_unique<Kiosk>(config, f->devices, f->clock);
        f->kiosk->start();
        QTRY_VERIFY(kiosk()->ready());
        QTRY_COMPARE(printer()->jobCount(), 1);
        QCOMPARE(printer()->jobs().constFirst(), QByteArray("\x1b@slip\n"));
        QTRY_COMPARE(sql(QStringLiteral("SELECT state FROM print_job")).toString(), QStringLiteral("printed"));
        QTest::qWait(300);
        QCOMPARE(printer()->jobCount(), 1); // and only once
    }

    void aFullDiskLosesNothingAndSaysSo()
    {
        // A database that refuses writes, as a full disk does. The disk
        // fills up after the visit row, at the slip: the visit must go too.
        {
            Database db(QStringLiteral("setup"));
            QVERIFY(db.open(f->site.databaseAddress(QStringLiteral("linli_owner"))));
            QSqlQuery q(db.connection());
            if (db.engine() == Database::Engine::Sqlite) {
                QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER disk_full BEFORE INSERT ON print_job "
                                              "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
            } else {
                QVERIFY(q.exec(QStringLiteral(
                    "CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; "
                    "END $$")));
                QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER disk_full BEFORE INSERT ON print_job "
                                              "FOR EACH ROW EXECUTE FUNCTION disk_full()")));
            }
        }
        scanDriver();
        QTRY_COMPARE(kiosk()->notice()->kind(), Notice::SaveFailed);
        QCOMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::NoVisit);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM driver_visit")).toInt(), 0);
        QVERIFY(!kiosk()->person()->busy()); // and the kiosk keeps serving
    }
};

QTEST_MAIN(TestCheckIn)
#include "tst_checkin.moc"
