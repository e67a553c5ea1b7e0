#pragma once

// The spreadsheets staff and installers bring to the command line (the
// Shared House's catalog, the people register's roll): CSV files as a
// spreadsheet saves them, read into records with the line each starts on,
// so that every complaint can name its line.

#include "Database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace linli {

// One complaint about an import file, with the line it is on (1 is the
// header; 0: the file as a whole).
struct ImportError
{
    int line = 0;
    QString message;

    // "line 4: the name (名称) is empty"
    QString text() const;
    bool operator==(const ImportError &other) const { return line == other.line && message == other.message; }
};

namespace csv {

struct Record
{
    int line = 0; // where the record starts (a quoted field may hold line breaks)
    QStringList fields;
};

enum class Encoding { Utf8, Gb18030 };

struct Table
{
    QList<Record> records;           // the header first
    std::optional<ImportError> error; // the file cannot be read past this
    Encoding encoding = Encoding::Utf8;
};

// The file's text. A spreadsheet saves "CSV UTF-8" (with or without a
// byte-order mark) or, on a Chinese Windows PC, plain "CSV" in GB18030 (GBK
// is a part of it): bytes that are valid UTF-8 are read as UTF-8, any others
// as GB18030. A GBK file is almost never valid UTF-8 (its two-byte
// characters break UTF-8's patterns), so the guess is safe. The error names
// the first line that is neither.
struct Text
{
    QString text; // without the byte-order mark
    Encoding encoding = Encoding::Utf8;
    std::optional<ImportError> error;
};
Text decode(const QByteArray &bytes);

// RFC 4180 from decode()'s text: fields between commas, a record per line
// (CRLF or LF); a field in double quotes may hold commas, line breaks and ""
// for a quote. Blank lines are skipped.
Table read(const QByteArray &bytes);

// A column as a header may name it, or a value as a field may give it: in
// English (any case) or in Chinese.
struct ColumnName
{
    const char *english;
    const char *chinese;
};
QString label(const ColumnName &column); // "name (名称)"
bool matches(const ColumnName &name, const QString &text); // text trimmed first
// The English of the first of `choices` that `text` names (a code: good, F).
std::optional<QString> choose(const QString &text, const QList<ColumnName> &choices);

// Where a header line puts each of `columns`: index[i] is the field of
// columns[i], -1 when the header leaves it out. Problems: a column not
// known, one named twice, a required one missing, or no column name at all.
struct Columns
{
    QList<int> index;
    int fields = 0;
    QStringList problems;
};
Columns findColumns(const QStringList &fields, const QList<ColumnName> &columns, const QList<bool> &required);

// The field at `index`, trimmed; empty (never null: '' in the database)
// when the column is not there.
QString field(const Record &record, int index);

// "has 5 fields where the header has 8 (...)", or empty when the record has
// as many fields as the header.
QString fieldCountProblem(const Record &record, int headerFields);

// A file's records below its header, or the errors that stop it:
// `headerProblems(fields)` reads the header (the caller keeps what it
// learns) and says what is wrong with it. `columns` names the header's
// columns for a file with nothing in it.
struct Sheet
{
    QList<Record> rows;
    bool headerUsable = false;
    QList<ImportError> errors;
};
Sheet readSheet(const QByteArray &bytes, const QString &columns,
                const std::function<QStringList(const QStringList &fields)> &headerProblems);

// Errors in the order of the file's lines (the file as a whole first).
void sortByLine(QList<ImportError> &errors);

// Runs `write()`, which checks every line and writes them, in one
// transaction, and commits only when it left `errors` and `storageError`
// empty: true when committed. Rolled back, the errors are in the file's
// order, and storageError says why when there are none. The checks and the
// writes see the same database: no other kiosk writes in between.
template<typename Write>
bool writeAllOrNothing(Database &db, QList<ImportError> &errors, QString &storageError, Write write)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        storageError = db.errorString();
        return false;
    }
    write();
    if (errors.isEmpty() && storageError.isEmpty() && transaction.commit())
        return true;
    if (errors.isEmpty() && storageError.isEmpty())
        storageError = db.errorString();
    sortByLine(errors);
    return false;
}

} // namespace csv
} // namespace linli
