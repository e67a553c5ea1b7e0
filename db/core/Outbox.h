#pragma once

// A kiosk's own SQLite file beside a street's server (db/core/outbox.sql):
// what it keeps to serve drivers while the server is away, and the scans it
// took meanwhile, until they are sent.

#include "Database.h"

#include <QDateTime>
#include <optional>

namespace linli {

struct PendingScan
{
    QString key;    // sent with the scan: the server applies a key once
    qint64 driverId = 0;
    bool checkIn = true;
    QDateTime at;   // when the driver scanned, not when it was sent
};

// What the server knew when last asked, for serving without it.
struct KnownDrivers
{
    QList<std::pair<qint64, QString>> drivers;      // id, masked name
    QList<std::pair<QByteArray, qint64>> cards;     // card hash, driver id
    QList<std::pair<qint64, QDateTime>> openVisits; // driver id, checked in at
};

class Outbox
{
public:
    explicit Outbox(Database &local) : m_db(local) {}
    bool createTables();

    bool remember(const KnownDrivers &known);
    std::optional<QString> driverName(qint64 driverId);
    std::optional<qint64> driverForCard(const QByteArray &uidHash);
    // nullopt with no error: not checked in as far as this kiosk knows.
    std::optional<QDateTime> openVisit(qint64 driverId);
    std::optional<int> presentSince(const QDateTime &since);

    // What a scan on the server did to a driver's stay (no time: checked out).
    bool noteStay(qint64 driverId, const QDateTime &checkedInAt);
    // Keeps the scan and what it did to the driver's stay, in one transaction.
    bool add(const PendingScan &scan);
    QList<PendingScan> pending();
    bool sent(const QString &key);

private:
    Database &m_db;
};

} // namespace linli
