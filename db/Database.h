#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace linli {

// One SQLite connection with the kiosk's pragmas, its migrations and a cache of
// prepared statements. A connection belongs to the thread that opened it.
class Database
{
public:
    enum class OpenError { None, FolderMissing, FolderReadOnly, NotSqlite, Corrupt, NewerThanProgram, Failed };

    explicit Database(QString connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and creates) the file, refusing anything we must not touch.
    // ":memory:" opens a private in-memory database.
    bool open(const QString &path);
    // Applies every migration above the current version, each in its own
    // transaction, up to `targetVersion` (default: all of them).
    bool migrate(int targetVersion = -1);
    bool isFresh() const { return m_createdNow; }

    int schemaVersion();
    static int latestVersion();

    // Runs a whole SQL script (several statements) from our own resources.
    bool execScript(const QString &resourcePath);
    // One statement of our own text, unprepared (BEGIN, COMMIT, PRAGMA).
    bool execStatement(const QString &sql);

    // A prepared statement, compiled once per connection and reused.
    QSqlQuery &prepared(const QString &sql);
    QSqlDatabase connection() const { return m_db; }

    // Which kiosk this connection works for: print jobs are per kiosk.
    void setKioskId(const QString &id) { m_kioskId = id.isNull() ? QStringLiteral("") : id; }
    QString kioskId() const { return m_kioskId; }

    // Called on this connection's thread whenever a print job row is
    // written, so the printer looks for it once the work at hand (and its
    // commit) is done: whoever queues a slip never has to wake the printer.
    void setPrintJobListener(std::function<void()> listener) { m_printJobListener = std::move(listener); }
    void printJobAdded()
    {
        if (m_printJobListener)
            m_printJobListener();
    }

    OpenError openError() const { return m_openError; }
    QString errorString() const { return m_error; }
    void setError(const QString &message);

private:
    bool fail(OpenError kind, const QString &message);
    bool applyPragmas();

    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    OpenError m_openError = OpenError::None;
    QString m_error;
    bool m_createdNow = false;
    std::function<void()> m_printJobListener;
    QString m_kioskId = QStringLiteral(""); // empty, never null: the column is NOT NULL
};

// Binds, runs and finishes one use of a prepared statement; errors are logged
// and kept on the Database so a service can report them.
class Query
{
public:
    Query(Database &db, const QString &sql);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    template<typename... Args>
    bool exec(const Args &...args)
    {
        int index = 0;
        (m_query.bindValue(index++, QVariant::fromValue(args)), ...);
        return run();
    }
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs the statement and reads every row with `read(const Query &)`.
    // Empty both when there is no row and when the statement failed: the
    // error is on the Database.
    template<typename Read, typename... Args>
    auto rows(Read read, const Args &...args) -> QList<std::invoke_result_t<Read &, const Query &>>
    {
        QList<std::invoke_result_t<Read &, const Query &>> list;
        if (exec(args...))
            while (next())
                list.append(read(std::as_const(*this)));
        return list;
    }
    // The first row only; nullopt both when there is none and when the
    // statement failed.
    template<typename Read, typename... Args>
    auto one(Read read, const Args &...args) -> std::optional<std::invoke_result_t<Read &, const Query &>>
    {
        if (!exec(args...) || !next())
            return std::nullopt;
        return read(std::as_const(*this));
    }
    // The first column of the first row (a count, a balance), as for one().
    template<typename T, typename... Args>
    std::optional<T> scalar(const Args &...args)
    {
        return one([](const Query &row) { return row.value(0).value<T>(); }, args...);
    }

private:
    bool run();
    Database &m_db;
    QSqlQuery &m_query;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless commit() succeeded.
// IMMEDIATE takes the write lock up front, so two kiosks on one file queue
// (busy timeout) instead of failing half way through.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace linli
