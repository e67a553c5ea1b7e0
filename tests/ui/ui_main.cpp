// Qt Quick Test runner for the kiosk shell: a kiosk on a throw-away database
// with simulated devices, and a "Sim" singleton for the tests to drive them.
#include "KioskFixture.h"

#include <QQmlEngine>
#include <QSqlQuery>
#include <QUuid>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(LinliPlugin)
Q_IMPORT_QML_PLUGIN(Linli_CorePlugin)

using namespace linli;

// What a person at the kiosk would do with the hardware.
class Sim : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int printedJobs READ printedJobs NOTIFY printedJobsChanged)
public:
    explicit Sim(test::KioskFixture &fixture)
        : m_fixture(fixture)
    {
        connect(fixture.devices.simulatedPrinter, &SimulatedPrinter::jobCountChanged, this, &Sim::printedJobsChanged);
    }
    int printedJobs() const { return m_fixture.devices.simulatedPrinter->jobCount(); }

    Q_INVOKABLE void scanDriverCode(int driverId) { scanCode(TokenCodec::Type::Driver, driverId); }
    Q_INVOKABLE void scanResidentCode(int residentId) { scanCode(TokenCodec::Type::Resident, residentId); }
    // A resident's code as it is now, kept in a pocket (scanned after staff reissued it).
    Q_INVOKABLE void keepResidentCode(int residentId)
    {
        m_keptCode.clear();
        m_fixture.kiosk->issueCode(TokenCodec::Type::Resident, residentId, [this](const QString &code) { m_keptCode = code; });
    }
    Q_INVOKABLE bool hasKeptCode() const { return !m_keptCode.isEmpty(); }
    Q_INVOKABLE void scanKeptCode() { m_fixture.devices.simulatedScanner->scan(m_keptCode); }
    Q_INVOKABLE void scanItemLabel(int itemId) { scanCode(TokenCodec::Type::Item, itemId); }
    Q_INVOKABLE void scanText(const QString &text) { m_fixture.devices.simulatedScanner->scan(text); }
    Q_INVOKABLE void tapCard(const QString &hexUid) { m_fixture.devices.simulatedCardReader->tap(QByteArray::fromHex(hexUid.toLatin1())); }
    Q_INVOKABLE void setPaperOut(bool out) { m_fixture.devices.simulatedPrinter->setPaperOut(out); }
    Q_INVOKABLE void setIdleTimeout(int seconds) { m_fixture.kiosk->setIdleTimeoutSeconds(seconds); }
    Q_INVOKABLE void setNewScreenTapGuard(int ms) { m_fixture.kiosk->setNewScreenTapGuardMs(ms); }
    Q_INVOKABLE void advanceClockMinutes(int minutes) { m_fixture.clock.advanceSecs(minutes * 60); }
    Q_INVOKABLE void setClock(int hour, int minute)
    {
        m_fixture.clock.set(QDateTime(test::lunchTime().date(), QTime(hour, minute)));
    }
    // An order as another kiosk's ordering screen would place it (its slips
    // print there, not on this kiosk's printer): resident by id ("" for
    // nobody), dishes by id, service and payment as the Canteen enums.
    Q_INVOKABLE bool placeOrder(const QString &residentId, const QList<int> &dishIds, int service, int payment)
    {
        const std::unique_ptr<test::BackendFixture> other = otherKiosk();
        if (!other)
            return false;
        OrderDraft draft;
        if (!residentId.isEmpty()) {
            draft.person.kind = Identity::Resident;
            draft.person.personId = residentId.toLongLong();
            const auto record = PeopleStore(other->backend->database()).resident(draft.person.personId);
            if (!record)
                return false;
            draft.person.birthDate = record->birthDate;
            draft.person.mobilityImpaired = record->mobilityImpaired;
            draft.setCode = QStringLiteral("senior");
        }
        for (int id : dishIds)
            draft.dishIds.append(id);
        draft.service = Canteen::Service(service);
        draft.payment = Canteen::Payment(payment);
        draft.requestKey = QUuid::createUuid().toString();
        return other->backend->canteen().place(draft).problem == Canteen::NoProblem;
    }
    Q_INVOKABLE bool fileExists(const QString &path) { return QFile::exists(path); }
    // A haircut booked at another kiosk (its slip prints there): the resident
    // by id, on the next day the barber comes, at minutes after midnight.
    Q_INVOKABLE bool bookHaircutElsewhere(int residentId, int startMinute)
    {
        const std::unique_ptr<test::BackendFixture> other = otherKiosk();
        if (!other)
            return false;
        const std::optional<IdentifiedPerson> resident = residentAt(*other, residentId);
        if (!resident)
            return false;
        BarberBookingDraft draft;
        draft.resident = *resident;
        draft.day = other->backend->barber().deskDay(m_fixture.clock.now().date(), 0).day;
        draft.startMinute = startMinute;
        draft.requestKey = QUuid::createUuid().toString();
        return other->backend->barber().book(draft).problem == Barber::NoProblem;
    }
    // A thing lent at another kiosk of the site (its slip prints there).
    Q_INVOKABLE bool lendElsewhere(int itemId, int residentId)
    {
        const std::unique_ptr<test::BackendFixture> other = otherKiosk();
        if (!other)
            return false;
        BorrowDraft draft;
        draft.resident.kind = Identity::Resident;
        draft.resident.personId = residentId;
        draft.itemId = itemId;
        draft.requestKey = QUuid::createUuid().toString();
        return other->backend->sharedHouse().borrow(draft).problem == SharedHouse::NoProblem;
    }
    // A driver scanned in at another kiosk of the station, who takes a spot
    // there (its slip prints there); checked out there again.
    Q_INVOKABLE bool chargeElsewhere(int driverId)
    {
        const std::unique_ptr<test::BackendFixture> other = otherKiosk();
        if (!other)
            return false;
        other->backend->station().scan(test::driverPerson(driverId));
        return other->backend->stationPlaces().startCharging({test::driverPerson(driverId), 0, QUuid::createUuid().toString()})
                   .problem == StationPlaces::NoProblem;
    }
    // The same driver resting on a place booked there.
    Q_INVOKABLE bool restElsewhere(int driverId, int placeId)
    {
        const std::unique_ptr<test::BackendFixture> other = otherKiosk();
        if (!other)
            return false;
        other->backend->station().scan(test::driverPerson(driverId));
        return other->backend->stationPlaces().bookRest({test::driverPerson(driverId), placeId, QUuid::createUuid().toString()})
                   .problem == StationPlaces::NoProblem;
    }
    Q_INVOKABLE void checkOutElsewhere(int driverId)
    {
        if (const std::unique_ptr<test::BackendFixture> other = otherKiosk())
            other->backend->station().checkOut(test::driverPerson(driverId));
    }
    // A driver's open charging sessions (0 or 1).
    Q_INVOKABLE int chargingSessions(int driverId)
    {
        return inspect(QStringLiteral("SELECT count(*) FROM charging_session WHERE ended_at IS NULL AND driver_id = %1").arg(driverId));
    }
    // A driver's open rest bookings (0 or 1).
    Q_INVOKABLE int restBookings(int driverId)
    {
        return inspect(QStringLiteral("SELECT count(*) FROM rest_booking WHERE ended_at IS NULL AND driver_id = %1").arg(driverId));
    }
    // A resident's haircuts booked and not yet had or cancelled.
    Q_INVOKABLE int haircutsBooked(int residentId)
    {
        return inspect(QStringLiteral("SELECT count(*) FROM barber_booking WHERE state = 'booked' AND resident_id = %1").arg(residentId));
    }

    // A ride asked for at another kiosk (its slip prints there): the
    // resident by id, a destination by id, a time by its code.
    Q_INVOKABLE bool requestRideElsewhere(int residentId, int destinationId, const QString &when)
    {
        const std::unique_ptr<test::BackendFixture> other = otherKiosk();
        if (!other)
            return false;
        const std::optional<IdentifiedPerson> resident = residentAt(*other, residentId);
        if (!resident)
            return false;
        RideDraft draft;
        draft.resident = *resident;
        draft.destinationId = destinationId;
        draft.whenCode = when;
        draft.kiosk = QStringLiteral("another-kiosk-of-the-site");
        draft.requestKey = QUuid::createUuid().toString();
        return other->backend->rides().request(draft).problem == Rides::NoProblem;
    }
    // A driver at another kiosk of the site takes a resident's request under way.
    Q_INVOKABLE bool takeRideElsewhere(int driverId, int residentId)
    {
        const std::unique_ptr<test::BackendFixture> other = otherKiosk();
        if (!other)
            return false;
        const qint64 id = inspect(QStringLiteral("SELECT id FROM ride_request WHERE resident_id = %1 "
                                                 "AND state IN ('open', 'given_back')").arg(residentId));
        return other->backend->rides().take(test::driverPerson(driverId), id).problem == Rides::NoProblem;
    }
    // A driver checked in or out at the station, as their scan there would (only if not already).
    Q_INVOKABLE bool setDriverAtStation(int driverId, bool atStation)
    {
        const bool there = inspect(QStringLiteral("SELECT count(*) FROM driver_visit WHERE driver_id = %1 "
                                                  "AND checked_out_at IS NULL").arg(driverId)) == 1;
        if (there == atStation)
            return true;
        const std::unique_ptr<test::BackendFixture> other = otherKiosk();
        if (!other)
            return false;
        return other->backend->station().scan(test::driverPerson(driverId)).outcome != DriverStationService::Outcome::StorageError;
    }
    // The state of a resident's latest ride request ("" if none).
    Q_INVOKABLE QString rideState(int residentId)
    {
        Database db(QStringLiteral("sim-inspector"));
        if (!db.open(m_fixture.site.config().databasePath))
            return QStringLiteral("?");
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT state FROM ride_request WHERE resident_id = %1 ORDER BY id DESC LIMIT 1").arg(residentId))
                && q.next() ? q.value(0).toString() : QString();
    }

    // Orders in the database.
    Q_INVOKABLE int ordersPlaced() { return inspect(QStringLiteral("SELECT count(*) FROM meal_order")); }
    // The open loans of a thing (0 or 1), and whether it waits for repair.
    Q_INVOKABLE int openLoans(int itemId)
    {
        return inspect(QStringLiteral("SELECT count(*) FROM loan WHERE returned_at IS NULL AND item_id = %1").arg(itemId));
    }
    Q_INVOKABLE bool needsRepair(int itemId)
    {
        return inspect(QStringLiteral("SELECT count(*) FROM item WHERE condition = 'needs_repair' AND id = %1").arg(itemId)) == 1;
    }
    // Whether a thing is out of the catalog, and how many things bear a name.
    Q_INVOKABLE bool retired(int itemId)
    {
        return inspect(QStringLiteral("SELECT count(*) FROM item WHERE retired_at IS NOT NULL AND id = %1").arg(itemId)) == 1;
    }
    Q_INVOKABLE int itemsNamed(const QString &name)
    {
        return inspect(QStringLiteral("SELECT count(*) FROM item WHERE name = '%1'").arg(name));
    }
    // A staff member as the roll's import leaves them: no PIN of their own yet.
    Q_INVOKABLE void makeStaffNew(int staffId)
    {
        inspect(QStringLiteral("UPDATE staff SET pin_pending = 1 WHERE id = %1").arg(staffId));
    }
    Q_INVOKABLE bool pinPending(int staffId)
    {
        return inspect(QStringLiteral("SELECT pin_pending FROM staff WHERE id = %1").arg(staffId)) == 1;
    }
    // The residents and drivers staff mode lists (other tests register drivers).
    Q_INVOKABLE int activePeople()
    {
        return inspect(QStringLiteral("SELECT (SELECT count(*) FROM resident WHERE active = 1) "
                                      "+ (SELECT count(*) FROM driver WHERE active = 1)"));
    }
    // Active drivers with this plate (0 or 1).
    Q_INVOKABLE int activeDriversWithPlate(const QString &plate)
    {
        return inspect(QStringLiteral("SELECT count(*) FROM driver WHERE active = 1 AND plate = '%1'").arg(plate));
    }
    // Who assisted with the last order (0: nobody).
    Q_INVOKABLE int lastOrderAssistedBy()
    {
        return inspect(QStringLiteral("SELECT coalesce(assisted_by, 0) FROM meal_order ORDER BY id DESC LIMIT 1"));
    }

Q_SIGNALS:
    void printedJobsChanged();

private:
    // Another kiosk of the site: the same database, the same moment.
    std::unique_ptr<test::BackendFixture> otherKiosk()
    {
        auto other = std::make_unique<test::BackendFixture>();
        other->clock.set(m_fixture.clock.now());
        KioskConfig elsewhere = m_fixture.site.config();
        elsewhere.kioskId = QStringLiteral("another-kiosk-of-the-site");
        if (!other->start(elsewhere))
            return nullptr;
        return other;
    }
    // A resident as their card at that kiosk would identify them.
    static std::optional<IdentifiedPerson> residentAt(test::BackendFixture &kiosk, qint64 id)
    {
        const auto record = PeopleStore(kiosk.backend->database()).resident(id);
        if (!record)
            return std::nullopt;
        IdentifiedPerson resident;
        resident.kind = Identity::Resident;
        resident.personId = id;
        resident.birthDate = record->birthDate;
        return resident;
    }
    // One number from the database, read through a connection of the test's own.
    int inspect(const QString &sql)
    {
        Database db(QStringLiteral("sim-inspector"));
        if (!db.open(m_fixture.site.config().databasePath))
            return -1;
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    void scanCode(TokenCodec::Type type, qint64 id)
    {
        SimulatedScanner *scanner = m_fixture.devices.simulatedScanner;
        m_fixture.kiosk->issueCode(type, id, [scanner](const QString &code) { scanner->scan(code); });
    }
    test::KioskFixture &m_fixture;
    QString m_keptCode;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        KioskConfig config = m_fixture.site.config();
        config.repeatScanMs = 0;
        config.idleTimeoutSeconds = 600;
        if (!m_fixture.start(config))
            qFatal("the kiosk did not start");
        Kiosk::setInstance(m_fixture.kiosk.get());
        m_sim = std::make_unique<Sim>(m_fixture);
        qmlRegisterSingletonInstance("LinliTest", 1, 0, "Sim", m_sim.get());
        engine->addImportPath(QStringLiteral("qrc:/qt/qml")); // where the static Linli modules live
    }
    // Runs after the QML engine is gone and before the application is: the
    // kiosk stops its worker while Qt is still up.
    void cleanupTestCase()
    {
        m_sim.reset();
        m_fixture.kiosk.reset();
    }

private:
    test::KioskFixture m_fixture;
    std::unique_ptr<Sim> m_sim;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_shell, Setup)
#include "ui_main.moc"
