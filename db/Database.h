#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <unordered_map>
#include <optional>
#include <type_traits>
#include <utility>

namespace linli {

// One column of one table that refers to a row of another.
struct ForeignKey
{
    QString table;
    QString column;
    QString references; // the table referred to
    bool operator==(const ForeignKey &other) const = default;
};

// One connection, to a SQLite file (one kiosk, or a few on one machine) or to
// a street's PostgreSQL server, with its migrations and a cache of prepared
// statements. A connection belongs to the thread that opened it.
//
// Stores write one SQL for both engines; the few places where the engines
// differ are here (migrations' dialect, transactions, version, change
// notices) and nowhere else.
class Database
{
public:
    enum class Engine { Sqlite, PostgreSql };
    enum class OpenError {
        None, FolderMissing, FolderReadOnly, NotSqlite, Corrupt, NewerThanProgram, BadAddress, ServerUnavailable, Failed
    };

    explicit Database(QString connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // "postgresql://USER@HOST:PORT/DBNAME?sslmode=...&passfile=..." connects
    // to a server (a socket folder goes in "host="); anything else is a SQLite
    // file, opened (and created) refusing anything we must not touch.
    // ":memory:" opens a private in-memory SQLite database.
    bool open(const QString &location);
    static bool isServerAddress(const QString &location);
    Engine engine() const { return m_engine; }
    // The location without anything secret, for the log and the screen.
    QString displayName() const { return m_displayName; }
    // Applies every migration above the current version, each in its own
    // transaction, up to `targetVersion` (default: all of them).
    bool migrate(int targetVersion = -1);

    int schemaVersion();
    static int latestVersion();
    // The versions a migration brings the schema to, in order.
    static QList<int> versions();

    // Every foreign key in the schema, from the schema itself (SQLite's
    // PRAGMA foreign_key_list, PostgreSQL's catalog), ordered by table and
    // column: what refers to a person is found, not listed by hand.
    std::optional<QList<ForeignKey>> foreignKeys();

    // Runs a whole SQL script (several statements) from our own resources.
    bool execScript(const QString &resourcePath);
    // One statement of our own text, unprepared (BEGIN, COMMIT, PRAGMA).
    bool execStatement(const QString &sql);
    // Starts a transaction that serializes writers: SQLite takes its write
    // lock at once (BEGIN IMMEDIATE); PostgreSQL stays READ COMMITTED, and a
    // statement that must see every other kiosk's work first locks a row
    // (see CanteenStore::takeOrderNumber).
    bool begin();
    // Between begin() and its COMMIT or ROLLBACK.
    bool inTransaction() const { return m_inTransaction; }
    bool endTransaction(const QString &how); // "COMMIT" or "ROLLBACK"

    // Runs `attempt` again, up to three times in all, when it failed only
    // because another kiosk wrote the same rows at the same moment (a
    // serialization failure, a deadlock, a key another kiosk just took):
    // the next attempt sees what the other kiosk committed.
    template<typename Attempt>
    auto retryingConflicts(Attempt attempt) -> std::invoke_result_t<Attempt &>
    {
        for (int tries = 1;; ++tries) {
            m_conflicted = false;
            if constexpr (std::is_void_v<std::invoke_result_t<Attempt &>>) {
                attempt();
                if (!m_conflicted || tries == 3)
                    return;
            } else {
                auto result = attempt();
                if (!m_conflicted || tries == 3)
                    return result;
            }
        }
    }
    // The server went away (PostgreSQL): statements fail until reconnect().
    bool connectionLost() const { return m_connectionLost; }
    bool reconnect();
    // A server: asks it whether it is there, reconnecting when it was lost.
    // A file is always there.
    bool checkConnection();

    // A prepared statement, compiled once per connection and reused.
    QSqlQuery &prepared(const QString &sql);
    QSqlDatabase connection() const { return m_db; }

    // Which kiosk this connection works for: print jobs are per kiosk.
    void setKioskId(const QString &id) { m_kioskId = id.isNull() ? QStringLiteral("") : id; }
    QString kioskId() const { return m_kioskId; }
    // The site this kiosk stands at (site.code): its canteen's menu and
    // orders are that site's.
    void setSite(const QString &code) { m_site = code; }
    QString site() const { return m_site; }

    // Called on this connection's thread whenever a print job row is
    // written, so the printer looks for it once the work at hand (and its
    // commit) is done: whoever queues a slip never has to wake the printer.
    void setPrintJobListener(std::function<void()> listener) { m_printJobListener = std::move(listener); }
    void printJobAdded()
    {
        if (m_printJobListener)
            m_printJobListener();
    }

    // Called on this connection's thread when another kiosk changed the
    // database, with the tables it changed (empty: unknown which). PostgreSQL
    // tells at once (LISTEN/NOTIFY); a SQLite file is asked by pollChanges().
    void setChangeListener(std::function<void(const QStringList &tables)> listener);
    // SQLite: a cheap check (PRAGMA data_version) for another connection's commit.
    void pollChanges();

    OpenError openError() const { return m_openError; }
    QString errorString() const { return m_error; }
    void setError(const QString &message);
    // A statement failed: records why, and whether it lost a race or the server.
    void statementFailed(const QString &what, const QSqlError &error);

private:
    bool fail(OpenError kind, const QString &message);
    bool openSqlite(const QString &path);
    bool openPostgreSql(const QString &address);
    bool connectPostgreSql();
    bool applyPragmas();
    bool listenForChanges();
    bool setSchemaVersion(int version);
    bool applyMigrations(int targetVersion);
    // After a migration: no row points at a row that is not there (SQLite).
    bool foreignKeysHold();

    QString m_name;
    Engine m_engine = Engine::Sqlite;
    QString m_displayName;
    bool m_conflicted = false;
    bool m_inTransaction = false;
    bool m_connectionLost = false;
    std::function<void(const QStringList &)> m_changeListener;
    qint64 m_dataVersion = -1;
    QSqlDatabase m_db;
    struct Statement
    {
        QSqlQuery query;
        bool isPrepared;
    };
    // Node-based, so a Query's reference to its statement stays valid when
    // another statement is added (a QHash moves its items as it grows).
    std::unordered_map<QString, Statement> m_statements;
    OpenError m_openError = OpenError::None;
    QString m_error;
    std::function<void()> m_printJobListener;
    QString m_kioskId = QStringLiteral(""); // empty, never null: the column is NOT NULL
    QString m_site = QStringLiteral("main");
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
    // Binds a list whose length the SQL was written for (a VALUES row per item).
    bool execWith(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values[i]);
        return run();
    }
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // The answer's column names, in order.
    QStringList columnNames() const;

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

// Database::begin() ... COMMIT; rolls back unless commit() succeeded.
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
