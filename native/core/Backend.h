#pragma once

#include "Canteen.h"
#include "CanteenStaff.h"
#include "Clock.h"
#include "Database.h"
#include "DriverStation.h"
#include "Identity.h"
#include "KioskConfig.h"
#include "StaffAuth.h"
#include "Stores.h"

#include <memory>

namespace linli {

// Everything that touches the database, for one connection. It lives on the
// database worker thread; the UI reaches it only through Worker::run().
class Backend
{
public:
    Backend(const KioskConfig &config, const Clock &clock);
    ~Backend();

    // Opens, migrates and (for a new database) fills the demo day.
    bool start(QString *error);

    IdentityService &identity() { return *m_identity; }
    StaffAuthService &staffAuth() { return *m_staffAuth; }
    DriverStationService &station() { return *m_station; }
    CanteenService &canteen() { return *m_canteen; }
    CanteenStaffService &canteenStaff() { return *m_canteenStaff; }
    Database &database() { return m_db; }

    // Staff mode: a person's QR code slip, queued for the printer.
    std::optional<qint64> queuePersonCode(HolderKind kind, qint64 id);
    QList<PersonEntry> people();

    // The print queue (PrintSpooler drives it).
    std::optional<PrintJobRecord> claimNextJob();
    bool jobPrinted(qint64 id);
    bool jobFailed(qint64 id, const QString &reason);
    int waitingJobs();

private:
    bool loadSecret(QString *error);
    bool loadDemoDay();

    KioskConfig m_config;
    const Clock &m_clock;
    Database m_db;
    QByteArray m_secret;
    std::unique_ptr<IdentityService> m_identity;
    std::unique_ptr<StaffAuthService> m_staffAuth;
    std::unique_ptr<DriverStationService> m_station;
    std::unique_ptr<CanteenService> m_canteen;
    std::unique_ptr<CanteenStaffService> m_canteenStaff;
};

} // namespace linli
