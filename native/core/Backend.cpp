#include "Backend.h"

#include "CanteenStore.h"

#include "Crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <QAtomicInt>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBackend, "linli.backend")

namespace linli {

namespace {
// How old the outbox's list of drivers may grow while the server is there.
constexpr int kOutboxRefreshSeconds = 60;

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("linli-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Backend::Backend(const KioskConfig &config, const Clock &clock)
    : m_config(config)
    , m_clock(clock)
    , m_db(uniqueConnectionName())
    , m_localDb(uniqueConnectionName())
{
}

Backend::~Backend() = default;

bool Backend::start(QString *error, bool *retry)
{
    bool retryLater = false;
    const bool ok = [&] {
        m_db.setKioskId(kioskName(m_config));
        m_db.setSite(m_config.site);
        if (!m_db.open(m_config.databasePath)) {
            *error = m_db.errorString();
            // A server not there yet, or already migrated for a newer program:
            // the kiosk waits on its 暂停服务 screen (a file never changes by itself).
            retryLater = m_db.openError() == Database::OpenError::ServerUnavailable
                || (Database::isServerAddress(m_config.databasePath)
                    && m_db.openError() == Database::OpenError::NewerThanProgram);
            return false;
        }
        const bool server = m_db.engine() == Database::Engine::PostgreSql;
        const int version = m_db.schemaVersion();
        if (server && version != Database::latestVersion()) {
            // Kiosks share it: only the installer changes its schema.
            *error = QStringLiteral("The database %1 is at schema version %2 and this program needs %3: the "
                                    "installer runs linli-kiosk --migrate. Waiting for it.")
                         .arg(m_db.displayName())
                         .arg(version)
                         .arg(Database::latestVersion());
            retryLater = true;
            return false;
        }
        if (!server && !m_db.migrate()) {
            *error = m_db.errorString();
            return false;
        }
        if (!loadSecret(error, server ? SecretCheck::MustExist : SecretCheck::MayRecord))
            return false;
        if (server && !openOutbox(error))
            return false;
        makeServices();
        if (!server && (!finishFirstStart(error) || !openMealCardLedgers(error)))
            return false;
        const QStringList sites = InstallationStore(m_db).siteCodes();
        if (!sites.contains(m_config.site)) {
            *error = QStringLiteral("This kiosk's site '%1' is not in the database %2; its sites are: %3.")
                         .arg(m_config.site, m_db.displayName(), sites.join(QStringLiteral(", ")));
            return false;
        }
        PrintJobStore(m_db).failInterrupted();
        checkConnection(); // scans left in the outbox from before a restart
        return true;
    }();
    if (retry)
        *retry = retryLater;
    return ok;
}

bool Backend::migrate(QString *error)
{
    if (!m_db.open(m_config.databasePath)) {
        *error = m_db.errorString();
        return false;
    }
    if (!m_db.migrate() || !loadSecret(error, SecretCheck::MayRecord)) {
        if (error->isEmpty())
            *error = m_db.errorString();
        return false;
    }
    makeServices();
    if (!finishFirstStart(error) || !openMealCardLedgers(error))
        return false;
    qCInfo(lcBackend).noquote() << m_db.displayName() << "is at schema version" << m_db.schemaVersion();
    return true;
}

bool Backend::openOutbox(QString *error)
{
    const QString path = !m_config.outboxPath.isEmpty()
        ? m_config.outboxPath
        : QFileInfo(m_config.secretPath).absoluteDir().filePath(QStringLiteral("outbox.db"));
    if (!m_localDb.open(path)) {
        *error = QStringLiteral("Cannot open the kiosk's outbox %1: %2").arg(path, m_localDb.errorString());
        return false;
    }
    m_outbox = std::make_unique<Outbox>(m_localDb);
    if (!m_outbox->createTables()) {
        *error = QStringLiteral("Cannot prepare the kiosk's outbox %1: %2").arg(path, m_localDb.errorString());
        return false;
    }
    return true;
}

void Backend::makeServices()
{
    m_identity = std::make_unique<IdentityService>(m_db, m_secret, m_clock, m_outbox.get());
    m_people = std::make_unique<PeopleService>(m_db, *m_identity, m_clock, m_config.paper);
    m_staffAuth = std::make_unique<StaffAuthService>(m_db, m_clock);
    m_stationPlaces = std::make_unique<StationPlacesService>(m_db, m_clock, m_config.stationName, m_config.paper);
    m_station = std::make_unique<DriverStationService>(m_db, *m_identity, *m_stationPlaces, m_clock,
                                                       m_config.stationName, m_config.paper, m_outbox.get());
    m_driverRegister = std::make_unique<DriverRegisterService>(m_db, *m_people, m_clock);
    m_stationFigures = std::make_unique<StationFiguresService>(m_db, m_clock);
    m_canteen = std::make_unique<CanteenService>(m_db, m_clock, m_config.paper);
    m_canteenStaff = std::make_unique<CanteenStaffService>(m_db, m_clock, m_config.paper, *m_canteen);
    m_helpCalls = std::make_unique<HelpCallStore>(m_db);
    m_sharedHouse = std::make_unique<SharedHouseService>(m_db, *m_identity, m_clock, m_config.paper);
    m_sharedHouseFigures = std::make_unique<SharedHouseFiguresService>(m_db, m_clock);
    m_barber = std::make_unique<BarberService>(m_db, m_clock, m_config.paper);
    m_rides = std::make_unique<RidesService>(m_db, m_clock, m_config.paper);
}

bool Backend::checkConnection()
{
    m_db.pollChanges();
    const bool wasLost = m_db.connectionLost();
    if (!m_db.checkConnection())
        return false;
    if (m_outbox) {
        // Scans taken without the server first, then what to know next time.
        m_station->sendOffline();
        const QDateTime now = m_clock.now();
        if (wasLost || !m_outboxRefreshed.isValid() || m_outboxRefreshed.secsTo(now) >= kOutboxRefreshSeconds) {
            if (m_station->refreshOffline())
                m_outboxRefreshed = now;
        }
    }
    return !m_db.connectionLost();
}

void Backend::setChangeListener(std::function<void(const QStringList &)> listener)
{
    m_db.setChangeListener(std::move(listener));
}

bool Backend::loadSecret(QString *error, SecretCheck mode)
{
    InstallationStore installation(m_db);
    const std::optional<QByteArray> recorded = installation.secretCheck();
    if (!recorded) {
        *error = m_db.errorString();
        return false;
    }
    // A database that already knows its secret never gets a new one made up:
    // its cards and printed codes would all stop working.
    if (!recorded->isEmpty() && !QFile::exists(m_config.secretPath)) {
        *error = QStringLiteral("The installation secret %1 is missing; restore it from the backup taken with "
                                "the database.").arg(m_config.secretPath);
        return false;
    }
    // Kiosks of a street share the secret the installer recorded with --migrate.
    if (recorded->isEmpty() && mode == SecretCheck::MustExist) {
        *error = QStringLiteral("The database %1 has no installation secret recorded yet: the installer runs "
                                "linli-kiosk --migrate with the street's secret first.").arg(m_db.displayName());
        return false;
    }
    m_secret = InstallationSecret::loadOrCreate(m_config.secretPath, error);
    if (m_secret.isEmpty())
        return false;
    const QByteArray check = crypto::hmacSha256(m_secret, QByteArrayLiteral("linli secret check"));
    if (recorded->isEmpty()) {
        if (!installation.setSecretCheck(check)) {
            *error = m_db.errorString();
            return false;
        }
        return true;
    }
    if (!crypto::constantTimeEquals(check, *recorded)) {
        *error = QStringLiteral("The installation secret %1 does not belong to the database %2.")
                     .arg(m_config.secretPath, m_db.displayName());
        return false;
    }
    return true;
}

bool Backend::finishFirstStart(QString *error)
{
    // Decided by a row, not by the schema version before migrating: a first
    // start killed after its migrations committed is finished here next time.
    InstallationStore installation(m_db);
    const std::optional<bool> done = installation.firstStartDone();
    bool finished = done.has_value();
    if (done && !*done)
        finished = m_config.demoData ? loadDemoDay() : installation.markFirstStartDone(false, m_clock.now());
    if (!finished)
        *error = QStringLiteral("Cannot set the new database up: %1").arg(m_db.errorString());
    return finished;
}

bool Backend::openMealCardLedgers(QString *error)
{
    if (CanteenStore(m_db).openLedgers(m_clock.now()))
        return true;
    *error = QStringLiteral("Cannot open the meal cards' ledger: %1").arg(m_db.errorString());
    return false;
}

bool Backend::loadDemoDay()
{
    Transaction transaction(m_db);
    DemoStore demo(m_db);
    PeopleStore people(m_db);
    if (!transaction.isActive() || !demo.loadScript())
        return false;
    for (auto [staff, pin] : demo.staffWithPins()) {
        StaffAuthService::setPin(staff, pin);
        if (!people.addStaff(staff))
            return false;
    }
    const QDateTime now = m_clock.now();
    for (const auto &[uid, holder] : demo.cards())
        if (!people.addCard(m_identity->cardHash(QByteArray::fromHex(uid.toLatin1())), holder, now))
            return false;
    if (!m_barber->addDemoBookings() || !m_rides->addDemoRequests())
        return false;
    if (!demo.dropTemporaryTables() || !lendDemoItems()
        || !InstallationStore(m_db).markFirstStartDone(true, m_clock.now()) || !transaction.commit())
        return false;
    qCInfo(lcBackend) << "new database filled with the demo day";
    return true;
}

bool Backend::lendDemoItems()
{
    struct DemoLoan
    {
        qint64 itemId, residentId;
        int daysAgo, loanDays;
    };
    // 李建国 has the drill neighbour 杨志强 lends, due in two days; 周凤英
    // borrowed 红楼梦 twenty days ago (fourteen days' loan): six days overdue.
    const QList<DemoLoan> loans = {{1, 2, 1, 3}, {31, 9, 20, 14}, {19, 3, 3, 30}};
    SharedHouseStore store(m_db);
    const QDateTime now = m_clock.now();
    for (const DemoLoan &demo : loans) {
        LoanRecord loan;
        loan.itemId = demo.itemId;
        loan.residentId = demo.residentId;
        loan.borrowedAt = now.addDays(-demo.daysAgo);
        loan.dueOn = loan.borrowedAt.toLocalTime().date().addDays(demo.loanDays);
        loan.requestKey = QStringLiteral("demo-loan-%1").arg(demo.itemId);
        if (store.addLoan(loan).value_or(0) == 0)
            return false;
    }
    // 孙福生 waits for the wheelchair 王秀英 has; the blood-pressure meter
    // came back this morning and is kept for 周凤英 until tomorrow morning.
    struct DemoReservation
    {
        qint64 itemId, residentId;
        int heldForHours; // 0: the thing is still out
    };
    const QList<DemoReservation> reservations = {{19, 12, 0}, {24, 9, 20}};
    for (const DemoReservation &demo : reservations) {
        ReservationRecord place;
        place.itemId = demo.itemId;
        place.residentId = demo.residentId;
        place.reservedAt = now.addDays(-2);
        place.requestKey = QStringLiteral("demo-reservation-%1").arg(demo.itemId);
        const qint64 id = store.addReservation(place, 0).value_or(0);
        if (id == 0 || (demo.heldForHours > 0 && !store.hold(id, now.addSecs(demo.heldForHours * 3600))))
            return false;
    }
    return true;
}

void Backend::setPrintJobListener(std::function<void()> listener)
{
    m_db.setPrintJobListener(std::move(listener));
}

std::optional<PrintJobRecord> Backend::claimNextJob()
{
    Transaction transaction(m_db);
    PrintJobStore jobs(m_db);
    std::optional<PrintJobRecord> job = jobs.nextWaiting();
    if (!job || !jobs.markPrinting(job->id) || !transaction.commit())
        return std::nullopt;
    return job;
}

bool Backend::jobPrinted(qint64 id)
{
    return PrintJobStore(m_db).markPrinted(id, m_clock.now());
}

bool Backend::jobFailed(qint64 id, const QString &reason)
{
    return PrintJobStore(m_db).markFailed(id, reason);
}

int Backend::waitingJobs()
{
    return PrintJobStore(m_db).waitingCount().value_or(0);
}

} // namespace linli
