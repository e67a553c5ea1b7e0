#pragma once

// The station's register of drivers: who they are, whether they are in,
// and what the register desk offers to pick from. The rules (what a phone
// number and a plate look like) live in native/driverhome/DriverRegister.

#include "Database.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace linli {

struct DriverListEntry
{
    qint64 id = 0;
    QString name; // full: staff see whom they register
    QString phone, plate, platform;
    bool unionMember = false;
    bool active = true;
    QDateTime presentSince; // checked in today; invalid: not in
};

struct NewDriverRecord
{
    QString name, phone, plate, platform;
    bool unionMember = false;
    qint64 registeredBy = 0;
    QDateTime registeredAt;
};

class DriverStore
{
public:
    explicit DriverStore(Database &db) : m_db(db) {}

    // Active drivers first (those in the station at the top), then the
    // ones no longer registered; `today` starts the day's stays.
    QList<DriverListEntry> drivers(const QDateTime &today);
    QStringList platforms();
    QStringList surnames();
    // The active driver this plate is registered to.
    std::optional<DriverListEntry> driverWithPlate(const QString &plate);

    // 0: the plate is an active driver's already (another kiosk, a second tap).
    std::optional<qint64> add(const NewDriverRecord &driver);
    bool setUnionMember(qint64 driverId, bool member);
    // 0 rows: reactivating would give a plate two active drivers.
    std::optional<bool> setActive(qint64 driverId, bool active);

private:
    Database &m_db;
};

} // namespace linli
