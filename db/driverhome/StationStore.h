#pragma once

// The Driver Home's SQL: a driver's stays at the station. The rules (one scan
// in, the next out, a stay left open closes with its day) live in
// native/driverhome/DriverStation.

#include "Database.h"

#include <QDateTime>
#include <optional>

namespace linli {

struct VisitRecord
{
    qint64 id = 0;
    qint64 driverId = 0;
    QDateTime checkedInAt;
    QDateTime checkedOutAt;
};

class StationStore
{
public:
    explicit StationStore(Database &db) : m_db(db) {}
    // nullopt with no error: the driver has no open stay.
    std::optional<VisitRecord> openVisit(qint64 driverId);
    std::optional<qint64> checkIn(qint64 driverId, const QDateTime &at);
    // Ends the stay at `at`, or at its check-in if that is later (another
    // kiosk's clock ahead of this one's).
    bool checkOut(qint64 visitId, const QDateTime &at, bool autoClosed);
    std::optional<int> presentSince(const QDateTime &since);
    // Open stays that began at or after `since`: driver id, checked in at.
    QList<std::pair<qint64, QDateTime>> openVisitsSince(const QDateTime &since);

    // Records a scan a kiosk took while its server was away: false when its
    // key was recorded before (the scan was applied already).
    std::optional<bool> recordOfflineScan(const QString &key, const QString &kiosk, const QDateTime &madeAt,
                                          const QDateTime &appliedAt);

private:
    Database &m_db;
};

} // namespace linli
