#pragma once

#include "Barber.h"
#include "Canteen.h"
#include "CanteenStaff.h"
#include "Clock.h"
#include "Database.h"
#include "HelpCallStore.h"
#include "Outbox.h"
#include "DriverRegister.h"
#include "DriverStation.h"
#include "StationFigures.h"
#include "Identity.h"
#include "KioskConfig.h"
#include "People.h"
#include "Rides.h"
#include "SharedHouse.h"
#include "SharedHouseFigures.h"
#include "StaffAuth.h"
#include "StationPlaces.h"
#include "Stores.h"

#include <functional>
#include <memory>

namespace linli {

// Everything that touches the database, for one connection. It lives on the
// database worker thread; the UI reaches it only through Worker::run().
class Backend
{
public:
    Backend(const KioskConfig &config, const Clock &clock);
    ~Backend();

    // Opens the database. A SQLite file is migrated here and, when new,
    // filled with the demo day. A street's server is migrated only by
    // migrate() (the installer, with the owner's role): a kiosk that finds
    // it at another version refuses, and *retry says it is worth trying
    // again later, as it is when the server cannot be reached.
    bool start(QString *error, bool *retry = nullptr);
    // linli-kiosk --migrate: brings either engine to this program's schema,
    // records the installation secret's check, and fills a new database
    // with the demo day when the configuration asks for it.
    bool migrate(QString *error);

    IdentityService &identity() { return *m_identity; }
    StaffAuthService &staffAuth() { return *m_staffAuth; }
    DriverStationService &station() { return *m_station; }
    DriverRegisterService &driverRegister() { return *m_driverRegister; }
    StationFiguresService &stationFigures() { return *m_stationFigures; }
    StationPlacesService &stationPlaces() { return *m_stationPlaces; }
    CanteenService &canteen() { return *m_canteen; }
    CanteenStaffService &canteenStaff() { return *m_canteenStaff; }
    SharedHouseService &sharedHouse() { return *m_sharedHouse; }
    SharedHouseFiguresService &sharedHouseFigures() { return *m_sharedHouseFigures; }
    BarberService &barber() { return *m_barber; }
    RidesService &rides() { return *m_rides; }
    Database &database() { return m_db; }

    PeopleService &people() { return *m_people; }
    HelpCallStore &helpCalls() { return *m_helpCalls; }

    // The print queue (PrintSpooler drives it). The listener is called on
    // this thread whenever a service writes a new print job.
    void setPrintJobListener(std::function<void()> listener);
    std::optional<PrintJobRecord> claimNextJob();
    bool jobPrinted(qint64 id);
    bool jobFailed(qint64 id, const QString &reason);
    int waitingJobs();

    // The server went away (checkConnection() reconnects).
    bool connectionLost() const { return m_db.connectionLost(); }
    // Another kiosk changed these tables (empty: unknown which); called on
    // this thread. A SQLite file is asked each time pollChanges() runs.
    void setChangeListener(std::function<void(const QStringList &tables)> listener);
    // Looks for other kiosks' changes, and asks a server whether it is
    // still there (reconnecting when it was lost): true while connected.
    bool checkConnection();

private:
    enum class SecretCheck { MayRecord, MustExist };
    bool loadSecret(QString *error, SecretCheck mode);
    void makeServices();
    // A new database set up once, whenever its first start is finished: the
    // demo day loaded, or marked as not wanted.
    bool finishFirstStart(QString *error);
    // Meal cards without a ledger (the demo day's, those held before the
    // ledger began) get their opening row, before anything is charged.
    bool openMealCardLedgers(QString *error);
    bool loadDemoDay();
    // Things out on loan in the demo, relative to today: one due soon, one overdue.
    bool lendDemoItems();

    bool openOutbox(QString *error);

    KioskConfig m_config;
    const Clock &m_clock;
    Database m_db;
    // On a server only: the kiosk's own file for serving without it.
    Database m_localDb;
    std::unique_ptr<Outbox> m_outbox;
    QDateTime m_outboxRefreshed;
    QByteArray m_secret;
    std::unique_ptr<IdentityService> m_identity;
    std::unique_ptr<PeopleService> m_people;
    std::unique_ptr<StaffAuthService> m_staffAuth;
    std::unique_ptr<StationPlacesService> m_stationPlaces;
    std::unique_ptr<DriverStationService> m_station;
    std::unique_ptr<DriverRegisterService> m_driverRegister;
    std::unique_ptr<StationFiguresService> m_stationFigures;
    std::unique_ptr<CanteenService> m_canteen;
    std::unique_ptr<CanteenStaffService> m_canteenStaff;
    std::unique_ptr<SharedHouseService> m_sharedHouse;
    std::unique_ptr<SharedHouseFiguresService> m_sharedHouseFigures;
    std::unique_ptr<BarberService> m_barber;
    std::unique_ptr<RidesService> m_rides;
    std::unique_ptr<HelpCallStore> m_helpCalls;
};

} // namespace linli
