// The station's register of drivers: what a phone number and a plate look
// like as tables; registering (with the code slip in the same transaction),
// a plate registered twice, union membership and taking a driver off,
// against a real database.
#include "Backend.h"
#include "DriverRegister.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace linli;
using namespace linli::test;

namespace {

NewDriver newDriver()
{
    NewDriver d;
    d.surname = QStringLiteral("孙");
    d.phone = QStringLiteral("13807155555");
    d.province = QStringLiteral("鄂");
    d.plateRest = QStringLiteral("AD55555");
    d.platform = QStringLiteral("滴滴出行");
    d.unionMember = true;
    return d;
}

constexpr qint64 kStaff = 1;

} // namespace

class TestDriverRegister : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;
    DriverRegisterService &desk() { return fixture->backend->driverRegister(); }
    Database &db() { return fixture->backend->database(); }
    int count(const QString &sql) { return sqlValue(db(), sql).toInt(); }
    const DriverListEntry *listed(const QString &plate)
    {
        static DriverRegisterService::View view;
        view = desk().view();
        for (const DriverListEntry &d : std::as_const(view.drivers))
            if (d.plate == plate)
                return &d;
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    void phoneNumbers_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("a mobile number") << "13907200001" << true;
        QTest::newRow("199") << "19912345678" << true;
        QTest::newRow("ten digits") << "1390720000" << false;
        QTest::newRow("twelve digits") << "139072000011" << false;
        QTest::newRow("a landline") << "02786001234" << false;
        QTest::newRow("12 is no mobile prefix") << "12907200001" << false;
        QTest::newRow("letters") << "1390720000a" << false;
    }
    void phoneNumbers()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QCOMPARE(driver_rules::validPhone(digits), valid);
    }

    void plates_data()
    {
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("rest");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ordinary") << "鄂" << "A12345" << true;
        QTest::newRow("ordinary with letters") << "鄂" << "AF2B45" << true;
        QTest::newRow("new energy") << "鄂" << "AD12345" << true;
        QTest::newRow("Beijing") << "京" << "B12345" << true;
        QTest::newRow("too short") << "鄂" << "A1234" << false;
        QTest::newRow("too long") << "鄂" << "AD123456" << false;
        QTest::newRow("a digit for the city") << "鄂" << "112345" << false;
        QTest::newRow("no I") << "鄂" << "AI2345" << false;
        QTest::newRow("no O") << "鄂" << "O12345" << false;
        QTest::newRow("no province") << "" << "A12345" << false;
        QTest::newRow("not a province") << "汉" << "A12345" << false;
    }
    void plates()
    {
        QFETCH(QString, province);
        QFETCH(QString, rest);
        QFETCH(bool, valid);
        QCOMPARE(driver_rules::validPlate(province, rest), valid);
    }

    void whatTheFormLacks()
    {
        const QStringList surnames{QStringLiteral("孙")}, platforms{QStringLiteral("滴滴出行")};
        QCOMPARE(driver_rules::check(newDriver(), surnames, platforms), DriverRegister::NoProblem);
        NewDriver d = newDriver();
        d.surname = QStringLiteral("欧阳"); // not on the list
        QCOMPARE(driver_rules::check(d, surnames, platforms), DriverRegister::NoSurname);
        d = newDriver();
        d.phone.chop(1);
        QCOMPARE(driver_rules::check(d, surnames, platforms), DriverRegister::BadPhone);
        d = newDriver();
        d.plateRest = QStringLiteral("A");
        QCOMPARE(driver_rules::check(d, surnames, platforms), DriverRegister::BadPlate);
        d = newDriver();
        d.platform.clear();
        QCOMPARE(driver_rules::check(d, surnames, platforms), DriverRegister::NoPlatform);
        QCOMPARE(driver_rules::plateText(QStringLiteral("鄂"), QStringLiteral("AD55555")), QStringLiteral("鄂A·D55555"));
        QCOMPARE(driver_rules::callName(QStringLiteral("孙")), QStringLiteral("孙师傅"));
    }

    void theListsComeFromTheDatabase()
    {
        const DriverRegisterService::View view = desk().view();
        QVERIFY(view.valid);
        QCOMPARE(view.surnames.constFirst(), QStringLiteral("王"));
        QVERIFY(view.surnames.contains(QStringLiteral("陈")));
        QCOMPARE(view.platforms.constFirst(), QStringLiteral("滴滴出行"));
        QCOMPARE(view.drivers.size(), 5); // db/demo/demo_day.sql
    }

    void registersADriverWithTheirCodeSlip()
    {
        const DriverRegisterService::Registered r = desk().registerDriver(newDriver(), kStaff);
        QCOMPARE(r.problem, DriverRegister::NoProblem);
        QVERIFY(r.driverId > 5);
        const std::optional<DriverRecord> driver = PeopleStore(db()).driver(r.driverId);
        QVERIFY(driver);
        QCOMPARE(driver->name, QStringLiteral("孙师傅"));
        QCOMPARE(driver->plate, QStringLiteral("鄂A·D55555"));
        QCOMPARE(driver->phone, QStringLiteral("13807155555"));
        QCOMPARE(driver->platform, QStringLiteral("滴滴出行"));
        QVERIFY(driver->unionMember);
        QCOMPARE(count(QStringLiteral("SELECT registered_by FROM driver WHERE id = %1").arg(r.driverId)), int(kStaff));
        const std::optional<PrintJobRecord> slip = PrintJobStore(db()).job(r.printJobId);
        QVERIFY(slip);
        QCOMPARE(slip->kind, QStringLiteral("person_code"));
        QVERIFY(slip->payload.contains(gb18030(QStringLiteral("孙*傅"))));
        QCOMPARE(listed(QStringLiteral("鄂A·D55555"))->name, QStringLiteral("孙师傅"));
    }

    void aPlateIsRegisteredOnceAndNothingIsPrintedForTheSecond()
    {
        QCOMPARE(desk().registerDriver(newDriver(), kStaff).problem, DriverRegister::NoProblem);
        const int jobs = count(QStringLiteral("SELECT count(*) FROM print_job"));
        NewDriver again = newDriver();
        again.surname = QStringLiteral("王");
        const DriverRegisterService::Registered second = desk().registerDriver(again, kStaff);
        QCOMPARE(second.problem, DriverRegister::PlateTaken);
        QCOMPARE(second.holderName, QStringLiteral("孙*傅"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM driver WHERE plate = '鄂A·D55555'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM print_job")), jobs);
        // A demo driver's plate too.
        NewDriver demoPlate = newDriver();
        demoPlate.plateRest = QStringLiteral("AD12345");
        QCOMPARE(desk().registerDriver(demoPlate, kStaff).problem, DriverRegister::PlateTaken);
    }

    void badFormsAreRefusedWithoutARow()
    {
        NewDriver d = newDriver();
        d.phone = QStringLiteral("110");
        QCOMPARE(desk().registerDriver(d, kStaff).problem, DriverRegister::BadPhone);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM driver")), 5);
    }

    void unionMembershipAndTakingADriverOff()
    {
        const qint64 wang = 3; // 王志勇, not a member
        QCOMPARE(desk().setUnionMember(wang, true), DriverRegister::NoProblem);
        QVERIFY(PeopleStore(db()).driver(wang)->unionMember);
        QCOMPARE(desk().setUnionMember(999, true), DriverRegister::UnknownDriver);

        QCOMPARE(desk().setActive(wang, false), DriverRegister::NoProblem);
        QVERIFY(!PeopleStore(db()).driver(wang)); // an inactive driver is not identified
        QVERIFY(!listed(QStringLiteral("鄂A·F23456"))->active); // kept, for the figures
        // Their plate may go to a new driver; then the old one cannot come back.
        NewDriver successor = newDriver();
        successor.plateRest = QStringLiteral("AF23456");
        QCOMPARE(desk().registerDriver(successor, kStaff).problem, DriverRegister::NoProblem);
        QCOMPARE(desk().setActive(wang, true), DriverRegister::PlateTaken);
        QCOMPARE(desk().setActive(4, false), DriverRegister::NoProblem);
        QCOMPARE(desk().setActive(4, true), DriverRegister::NoProblem);
    }

    void driversInTheStationComeFirst()
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO driver_visit (driver_id, checked_in_at) VALUES (4, '%1')")
                           .arg(toDbTime(fixture->clock.now().addSecs(-600)))));
        const DriverRegisterService::View view = desk().view();
        QCOMPARE(view.drivers.constFirst().id, 4);
        QVERIFY(view.drivers.constFirst().presentSince.isValid());
        QVERIFY(!view.drivers.at(1).presentSince.isValid());
    }
};

QTEST_GUILESS_MAIN(TestDriverRegister)
#include "tst_driver_register.moc"
