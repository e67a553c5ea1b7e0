#pragma once

// The Shared House's catalog from a spreadsheet, for staff and installers:
// linli-kiosk --import-items adds or changes things, --import-item-names
// adds to the names intake offers per kind. A file is checked whole first:
// every bad line is reported, and nothing is written unless every line is
// right; then every line is written in one transaction.

#include "CsvFile.h"
#include "SharedHouseStore.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace linli {

class Clock;
class Database;
class IdentityService;


namespace item_import {

// The columns of an items file, by the header's names (English or Chinese,
// in any order; every one of them must be there).
enum Column { Id, Category, Name, Owner, Condition, Place, Notes, Isbn, ColumnCount };
QString columnName(Column column); // "name (名称)"
QString itemsHeader();              // id,category,name,owner,condition,place,notes,isbn

struct Header
{
    std::array<int, ColumnCount> index{}; // the field each column is in
    int fields = 0;
    QStringList problems; // why the header cannot be used
};
Header readHeader(const QStringList &fields);

// The category a line names by code, Chinese or English name.
std::optional<QString> categoryCode(const QString &text, const QList<ItemCategoryRecord> &categories);
// good / worn / needs_repair from 好 / 有磨损 / 待修 or the code itself.
std::optional<QString> conditionCode(const QString &text);
// The 13 digits of a book's barcode, without the spaces and hyphens it is often written with.
QString isbnDigits(const QString &text);

// One line of an items file, read without the database.
struct ItemLine
{
    int line = 0;
    NewItem item;         // id 0: a new thing
    QByteArray ownerCard; // the owner was given by card: its UID, resolved against the database
    QString ownerText;    // as written, for messages
    QStringList problems;
};
ItemLine readItemLine(const csv::Record &record, const Header &header, const QList<ItemCategoryRecord> &categories);

// Lines that repeat an id, or repeat a new thing word for word (two of one
// thing are told apart in their notes).
QList<ImportError> duplicates(const QList<ItemLine> &lines);

// One line of a names file: category,name.
struct NameLine
{
    int line = 0;
    QString category;
    QString name;
    QStringList problems;
};
// The names file's header: its two columns' fields, or the problems.
Header readNamesHeader(const QStringList &fields);
NameLine readNameLine(const csv::Record &record, const Header &header, const QList<ItemCategoryRecord> &categories);
QList<ImportError> duplicateNames(const QList<NameLine> &lines);

} // namespace item_import

struct ImportReport
{
    bool imported = false;     // every line written
    QList<ImportError> errors; // what is wrong with the file: nothing was written
    QString storageError;      // the database failed: nothing was written
    QList<qint64> added;       // the new things' ids
    QList<qint64> updated;
    QList<qint64> unchanged;   // lines that said what the catalog holds already
    int namesAdded = 0;
    int namesKnown = 0;        // in the list already
};

// The import itself: every line checked against the catalog, then all of
// them written in one transaction, or none.
class ItemImport
{
public:
    ItemImport(Database &db, IdentityService &identity, const Clock &clock);

    ImportReport importItems(const QByteArray &file);
    ImportReport importNames(const QByteArray &file);

private:
    // Inside the import's transaction: every row checked, and written when none is wrong.
    void checkAndWriteItems(const QList<csv::Record> &rows, const item_import::Header &header, ImportReport &report);
    void checkAndWriteNames(const QList<csv::Record> &rows, const item_import::Header &header, ImportReport &report);

    Database &m_db;
    IdentityService &m_identity;
    const Clock &m_clock;
};

} // namespace linli
