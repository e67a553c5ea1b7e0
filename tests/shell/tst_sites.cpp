// Which kiosk offers what: a kiosk's services (services=) decide its home
// screen, which screens open and whether a driver's scan checks in; its site
// (site=) decides whose menu its canteen sells.
#include "KioskFixture.h"

using namespace linli;
using namespace linli::test;

class TestSites : public QObject
{
    Q_OBJECT

    std::unique_ptr<KioskFixture> f;
    Kiosk *kiosk() { return f->kiosk.get(); }

    bool startOffering(const QStringList &services, const QString &site = QStringLiteral("main"))
    {
        f = std::make_unique<KioskFixture>();
        KioskConfig config = f->site.config();
        config.services = services;
        config.site = site;
        copyDemoSite(f->site);
        return f->start(config);
    }
    void scanDriver() { f->devices.simulatedScanner->scan(f->code(TokenCodec::Type::Driver, 1)); }

    // Every spot taken and one driver waiting, at another kiosk on the same
    // file; then a session ends there and the waiting driver is called.
    void callSomeoneToASpotElsewhere()
    {
        BackendFixture other;
        QVERIFY(other.start(f->site.config()));
        for (qint64 id = 1; id <= 5; ++id)
            QCOMPARE(other.backend->station().scan(driverPerson(id)).outcome, DriverStationService::Outcome::CheckedIn);
        for (qint64 id = 1; id <= 4; ++id)
            QCOMPARE(other.backend->stationPlaces().startCharging({driverPerson(id), 0, QStringLiteral("spot-%1").arg(id)}).problem,
                     StationPlaces::NoProblem);
        QCOMPARE(other.backend->stationPlaces().joinQueue({driverPerson(5), 0, QStringLiteral("queue-5")}).problem,
                 StationPlaces::NoProblem);
        QCOMPARE(other.backend->stationPlaces().endCharging(driverPerson(1)), StationPlaces::NoProblem);
    }

private Q_SLOTS:
    void cleanup() { f.reset(); }

    void everyServiceByDefault()
    {
        QVERIFY(startOffering({}));
        for (Kiosk::Screen screen : {Kiosk::Canteen, Kiosk::SharedHouse, Kiosk::Barber, Kiosk::DriverHome})
            QVERIFY(kiosk()->offers(screen));
        kiosk()->goHome();
        QCOMPARE(kiosk()->screen(), Kiosk::Home);
    }

    void aCommunityKioskHasNoDriverHome()
    {
        QVERIFY(startOffering({QStringLiteral("canteen"), QStringLiteral("sharedhouse")}));
        QVERIFY(kiosk()->offers(Kiosk::Canteen));
        QVERIFY(kiosk()->offers(Kiosk::Barber)); // part of the Shared House
        QVERIFY(!kiosk()->offers(Kiosk::DriverHome));
        kiosk()->goHome();
        QCOMPARE(kiosk()->screen(), Kiosk::Home);
        kiosk()->open(Kiosk::DriverHome);
        QCOMPARE(kiosk()->screen(), Kiosk::Home); // not offered: nothing opens

        // A driver's scan greets them; it does not check them in here.
        scanDriver();
        QTRY_COMPARE(kiosk()->screen(), Kiosk::Greeting);
        QCOMPARE(kiosk()->person()->kind(), Identity::Driver);
        QCOMPARE(kiosk()->driverHome()->checkIn()->visit(), CheckInFlow::NoVisit);
    }

    void aKioskWithOneServiceOpensIt()
    {
        QVERIFY(startOffering({QStringLiteral("canteen")}));
        kiosk()->goHome(); // what a tap on the attract screen does
        QCOMPARE(kiosk()->screen(), Kiosk::Canteen);
        QVERIFY(!kiosk()->offers(Kiosk::SharedHouse));
        kiosk()->open(Kiosk::SharedHouse);
        QCOMPARE(kiosk()->screen(), Kiosk::Canteen);
        // Staff mode ends on the service, not on a home screen with one tile.
        kiosk()->beginStaffEntry();
        QCOMPARE(kiosk()->screen(), Kiosk::StaffEntry);
        kiosk()->staff()->leave();
        QCOMPARE(kiosk()->screen(), Kiosk::Canteen);
    }

    void theStationChecksDriversInAndSellsItsOwnMenu()
    {
        QVERIFY(startOffering({QStringLiteral("driverhome"), QStringLiteral("canteen")}, QStringLiteral("station")));
        kiosk()->goHome();
        QCOMPARE(kiosk()->screen(), Kiosk::Home); // two services: two tiles
        scanDriver();
        QTRY_COMPARE(kiosk()->screen(), Kiosk::DriverHome);
        kiosk()->open(Kiosk::Canteen);
        CanteenFlow *order = kiosk()->canteen()->order();
        QTRY_VERIFY(order->menu()->rowCount() > 0);
        QCOMPARE(order->menu()->rowCount(), 8); // the station kitchen's lunch (db/demo/demo_day.sql)
    }

    void anIdleStationKioskShowsWhoIsCalled()
    {
        QVERIFY(startOffering({QStringLiteral("driverhome"), QStringLiteral("canteen")}, QStringLiteral("station")));
        QCOMPARE(kiosk()->screen(), Kiosk::Attract);
        callSomeoneToASpotElsewhere();
        // Nobody touches this kiosk: the board comes with the change notice or the next tidying.
        QTRY_COMPARE_WITH_TIMEOUT(kiosk()->driverHome()->places()->callUps().size(), 1, 40000);
        // Still watched after someone used the kiosk and it went idle again.
        kiosk()->goHome();
        kiosk()->resetToAttract();
        QTRY_COMPARE(kiosk()->driverHome()->places()->callUps().size(), 1);
    }

    void aCommunityKioskDoesNotWatchTheStation()
    {
        QVERIFY(startOffering({QStringLiteral("canteen"), QStringLiteral("rides")}));
        callSomeoneToASpotElsewhere();
        kiosk()->resetToAttract();
        QTest::qWait(2000); // a station kiosk had shown it by now
        QVERIFY(kiosk()->driverHome()->places()->callUps().isEmpty());
    }

    void anUnknownSiteIsOutOfServiceSayingWhy()
    {
        QVERIFY(!startOffering({}, QStringLiteral("harbour")));
        QCOMPARE(kiosk()->screen(), Kiosk::OutOfService);
        QVERIFY(kiosk()->outOfServiceReason().contains(QStringLiteral("main, station")));
    }
};

QTEST_MAIN(TestSites)
#include "tst_sites.moc"
