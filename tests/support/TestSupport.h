#pragma once

// Shared fixtures: a throw-away folder with a database and a secret, a fixed
// clock, and the services on it (KioskFixture.h adds the whole kiosk).

#include "Backend.h"

#include <QFile>
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
inline QDateTime lunchTime()
{
    return QDateTime(QDate(2026, 11, 27), QTime(11, 30));
}

// A folder for one test: its database, its secret, its printer output.
struct TempSite
{
    QTemporaryDir dir;

    QString path(const QString &name) const { return dir.filePath(name); }
    static QString kioskId() { return QStringLiteral("test-kiosk"); }
    KioskConfig config() const
    {
        KioskConfig config;
        config.databasePath = path(QStringLiteral("linli.db"));
        config.secretPath = path(QStringLiteral("installation.key"));
        config.devices = KioskConfig::DeviceMode::Simulated;
        config.fullscreen = false;
        config.repeatScanMs = 0; // tests scan the same code again on purpose
        config.kioskId = kioskId();
        return config;
    }
};

// A new database with the demo day, made once per test program and copied
// for each test: the demo staff PINs take a moment to hash, on purpose.
inline void copyDemoSite(const TempSite &site)
{
    static TempSite demo;
    static const bool made = [] {
        ManualClock clock(lunchTime());
        Backend backend(demo.config(), clock);
        QString error;
        return backend.start(&error);
    }();
    if (!made)
        qFatal("cannot make the demo database");
    if (QFile::exists(site.path(QStringLiteral("linli.db"))))
        return; // a restart: keep what the test did to it
    for (const QString &name : {QStringLiteral("linli.db"), QStringLiteral("installation.key")})
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
