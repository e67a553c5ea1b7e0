#pragma once

// Shared fixtures: a throw-away folder with a database and a secret, a fixed
// clock, and the services on it (KioskFixture.h adds the whole kiosk).

#include "Backend.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <unistd.h>

namespace linli::test {

// Chinese text as the printer receives it.
inline QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

// The first column of the first row, read through the test's own connection.
inline QVariant sqlValue(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

// 2026-11-27 11:30 local time, a Friday lunch.
// A slip's bytes against their approved copy (tests/golden/NAME): empty when
// they match, else what differs. LINLI_UPDATE_GOLDEN=1 approves them anew.
inline QString goldenMismatch(const QString &path, const QByteArray &bytes)
{
    if (qEnvironmentVariableIsSet("LINLI_UPDATE_GOLDEN")) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return QStringLiteral("cannot write ") + path;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("no approved copy at ") + path;
    const QByteArray approved = file.readAll();
    if (approved == bytes)
        return {};
    return QStringLiteral("differs from %1:\n got      %2\n approved %3")
        .arg(path, QString::fromLatin1(bytes.toHex(' ')), QString::fromLatin1(approved.toHex(' ')));
}

// A driver as their scan identifies them (the services take the id).
inline IdentifiedPerson driverPerson(qint64 id)
{
    IdentifiedPerson driver;
    driver.kind = Identity::Driver;
    driver.personId = id;
    driver.maskedName = QStringLiteral("司机%1").arg(id);
    return driver;
}

inline QDateTime lunchTime()
{
    return QDateTime(QDate(2026, 11, 27), QTime(11, 30));
}

// The test server, when CTest runs a test on PostgreSQL: LINLI_TEST_POSTGRES
// names the folder of tests/support/postgres_cluster.sh. Otherwise the tests
// run on SQLite files.
namespace server {

inline QString socketFolder()
{
    static const QString folder = [] {
        const QString state = qEnvironmentVariable("LINLI_TEST_POSTGRES");
        if (state.isEmpty())
            return QString();
        QFile file(state + QStringLiteral("/socket"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("LINLI_TEST_POSTGRES is set but the test server is not running");
        return QString::fromUtf8(file.readAll()).trimmed();
    }();
    return folder;
}

inline bool inUse()
{
    return !socketFolder().isEmpty();
}

// linli_owner migrates, linli_kiosk is what a kiosk connects as.
inline QString address(const QString &database, const QString &role = QStringLiteral("linli_kiosk"))
{
    return QStringLiteral("postgresql://%1@/%2?host=%3").arg(role, database, socketFolder());
}

// Runs one statement as the owner in the server's own database.
inline void admin(const QString &sql)
{
    const QString name = QStringLiteral("linli-test-admin");
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    // Twice: a test that stopped and started the server left this connection dead.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!db.isOpen()) {
            db.setHostName(socketFolder());
            db.setUserName(QStringLiteral("linli_owner"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (!db.open())
                qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        }
        QSqlQuery q(db);
        if (q.exec(sql))
            return;
        if (attempt == 1)
            qFatal("test server refused %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        db.close();
    }
}

// A database of its own for each site, so tests never see each other's rows.
inline QString newDatabaseName()
{
    static QAtomicInt counter;
    return QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
}

} // namespace server

// A folder for one test: its database (a file, or a database of its own on
// the test server), its secret, its printer output.
struct TempSite
{
    QTemporaryDir dir;
    QString serverDatabase = server::inUse() ? server::newDatabaseName() : QString();
    mutable bool filled = false; // has the demo day (on the server: copied from the template)

    TempSite()
    {
        if (!serverDatabase.isEmpty())
            server::admin(QStringLiteral("CREATE DATABASE %1").arg(serverDatabase));
    }
    ~TempSite()
    {
        // (the static demo site outlives the application; the server goes with the suite)
        if (!serverDatabase.isEmpty() && QCoreApplication::instance())
            server::admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(serverDatabase));
    }
    TempSite(const TempSite &) = delete;
    TempSite &operator=(const TempSite &) = delete;

    QString path(const QString &name) const { return dir.filePath(name); }
    static QString kioskId() { return QStringLiteral("test-kiosk"); }
    // Where this site's database is, for a kiosk (or for the owner, who migrates).
    QString databaseAddress(const QString &role = QStringLiteral("linli_kiosk")) const
    {
        return serverDatabase.isEmpty() ? path(QStringLiteral("linli.db")) : server::address(serverDatabase, role);
    }
    KioskConfig config() const
    {
        KioskConfig config;
        config.databasePath = databaseAddress();
        config.outboxPath = path(QStringLiteral("outbox.db"));
        config.secretPath = path(QStringLiteral("installation.key"));
        config.devices = KioskConfig::DeviceMode::Simulated;
        config.fullscreen = false;
        config.repeatScanMs = 0; // tests scan the same code again on purpose
        config.kioskId = kioskId();
        // Prompts are made and recorded (Kiosk.voice.prompted), not heard.
        config.voiceToMemory = true;
        config.moduleDir = QStringLiteral(LINLI_MODULE_DIR);
        // Tests tap the next screen at once; the guard's own test turns it on.
        config.newScreenTapGuardMs = 0;
        return config;
    }
};

// A new database with the demo day, made once per test program and copied
// for each test: the demo staff PINs take a moment to hash, on purpose. On
// the server it is made as the installer makes it (--migrate, as the owner)
// and copied as a template.
inline void copyDemoSite(const TempSite &site)
{
    static TempSite demo;
    static const bool made = [] {
        ManualClock clock(lunchTime());
        KioskConfig config = demo.config();
        config.databasePath = demo.databaseAddress(QStringLiteral("linli_owner"));
        Backend backend(config, clock);
        QString error;
        const bool ok = backend.migrate(&error);
        if (!ok)
            qWarning().noquote() << error;
        return ok;
    }();
    if (!made)
        qFatal("cannot make the demo database");
    if (site.filled || (site.serverDatabase.isEmpty() && QFile::exists(site.path(QStringLiteral("linli.db")))))
        return; // a restart: keep what the test did to it
    site.filled = true;
    if (!site.serverDatabase.isEmpty()) {
        server::admin(QStringLiteral("DROP DATABASE %1").arg(site.serverDatabase));
        server::admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(site.serverDatabase, demo.serverDatabase));
    }
    QStringList files = {QStringLiteral("installation.key")};
    if (site.serverDatabase.isEmpty())
        files << QStringLiteral("linli.db");
    for (const QString &name : files)
        if (!QFile::copy(demo.path(name), site.path(name)))
            qFatal("cannot copy the demo database");
}

// A Backend with the demo day, used directly on the test thread.
struct BackendFixture
{
    TempSite site;
    ManualClock clock{lunchTime()};
    std::unique_ptr<Backend> backend;

    // The installation secret the backend created in the site folder.
    QByteArray secret() const
    {
        QString error;
        return InstallationSecret::loadOrCreate(site.config().secretPath, &error);
    }

    bool start(KioskConfig config = {})
    {
        if (config.databasePath.isEmpty()) {
            config = site.config();
            copyDemoSite(site);
        }
        backend = std::make_unique<Backend>(config, clock);
        QString error;
        const bool ok = backend->start(&error);
        if (!ok)
            qWarning() << error;
        return ok;
    }
};

// Runs a scope as an unprivileged user where the tests run as root, so that
// file permissions apply (root may write anywhere).
class AsUnprivilegedUser
{
public:
    AsUnprivilegedUser()
    {
        // The group too: with group root, a root-owned folder's group bits would apply.
        if (::geteuid() == 0)
            m_switched = ::setegid(65534) == 0 && ::seteuid(65534) == 0;
    }
    ~AsUnprivilegedUser()
    {
        if (m_switched && (::seteuid(0) != 0 || ::setegid(0) != 0))
            qFatal("cannot return to root");
    }

private:
    bool m_switched = false;
};

} // namespace linli::test
