#pragma once

// Everything the register holds about one person, for the person who asks
// for it (linli-kiosk --export-person): their row, their cards, their
// history and every row of any table that refers to them, as indented UTF-8
// JSON. The tables that refer to a person are read from the schema's
// foreign keys, so a table added later is exported without a change here.

#include "Database.h"
#include "Stores.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace linli {

namespace person_export {

// "12" a resident, "D3" a driver, "S2" a staff member (either case).
std::optional<CardHolder> parsePersonId(const QString &text);
QString personId(CardHolder person); // "12", "D3", "S2"
// resident, driver, staff: the person's own table.
QString tableOf(HolderKind kind);
// Columns never exported: what opens a card or a PIN is no one's to take home.
bool isSecret(const QString &table, const QString &column);

} // namespace person_export

struct PersonExportResult
{
    bool found = false;
    QByteArray json;      // when found
    QString error;        // not found, or the database failed
};

class PersonExport
{
public:
    explicit PersonExport(Database &db)
        : m_db(db)
    {
    }
    PersonExportResult exportPerson(CardHolder person);
    // Every column of the schema that refers to a person of `kind`'s table.
    std::optional<QList<ForeignKey>> references(HolderKind kind);

private:
    Database &m_db;
};

} // namespace linli
