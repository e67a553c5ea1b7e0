#pragma once

#include "Database.h"
#include "PeopleRegisterStore.h"
#include "Stores.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace linli {

// A resident the roll's import may mean, by name and birth date.
struct RollMatch
{
    qint64 id = 0;
    QString idNumber; // empty: none on file
};

struct RollStaff
{
    qint64 id = 0;
    QString role;
    bool active = true;
};

// The register's SQL for whole files: the roll's import (居民花名册, the staff
// list) and everything held about one person, for their export. A resident's
// own row is read with PeopleRegisterStore::resident().
class RollStore
{
public:
    explicit RollStore(Database &db)
        : m_db(db)
    {
    }

    // The resident holding an ID number (0 or 1 of them: the unique index).
    std::optional<QList<qint64>> residentsWithIdNumber(const QString &idNumber);
    // Every resident of this name and birth date, active or not.
    std::optional<QList<RollMatch>> residentsNamed(const QString &name, const QDate &birthDate);
    // A new active resident's id; empty phone and ID number are NULL.
    std::optional<qint64> addResident(const ResidentDetail &resident);
    // The roll's columns: name, gender, birth date, door, phone, flags, ID number.
    bool updateResident(const ResidentDetail &resident);

    std::optional<QList<RollStaff>> staffNamed(const QString &name);
    // A staff member whose PIN is pending (chosen at first use); their id.
    std::optional<qint64> addStaff(const StaffRecord &staff);
    bool setStaffRole(qint64 id, const QString &role);

    // Every row of `table` whose `column` holds `id`, as column -> value,
    // in the order of the table's first column. `table` and `column` come
    // from the schema Database::foreignKeys(), never from input.
    std::optional<QList<QVariantMap>> rowsReferring(const ForeignKey &reference, qint64 id);
    // The person's own row, every column.
    std::optional<QList<QVariantMap>> personRow(const QString &table, qint64 id);

private:
    std::optional<QList<QVariantMap>> rowsWhere(const QString &table, const QString &column, qint64 id);
    Database &m_db;
};

} // namespace linli
