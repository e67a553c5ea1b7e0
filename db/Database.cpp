#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDb, "linli.db")

namespace linli {

namespace {

struct Migration
{
    int version;
    QString path;
};

// db/migrations/NNNN_name.sql, compiled into the program, in version order.
QList<Migration> migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> found;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        const QDir dir(QStringLiteral(":/db/migrations"));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = pattern.match(file);
            if (match.hasMatch())
                found.append({match.captured(1).toInt(), dir.filePath(file)});
        }
        for (int i = 0; i < found.size(); ++i)
            Q_ASSERT_X(found[i].version == i + 1, "migrations", "versions must be 1, 2, 3... without gaps");
        return found;
    }();
    return list;
}

// Asks with the effective user, the one that will open the file (QFileInfo
// asks with the real user).
bool writable(const QString &path)
{
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

Database::Database(QString connectionName)
    : m_name(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

int Database::latestVersion()
{
    return int(migrations().size());
}

bool Database::fail(OpenError kind, const QString &message)
{
    m_openError = kind;
    setError(message);
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    return false;
}

void Database::setError(const QString &message)
{
    m_error = message;
    qCWarning(lcDb).noquote() << message;
}

bool Database::open(const QString &path)
{
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo file(path);
        const QFileInfo folder(file.absolutePath());
        if (!folder.isDir())
            return fail(OpenError::FolderMissing, QStringLiteral("The database folder %1 does not exist.").arg(folder.filePath()));
        // WAL keeps -wal and -shm files beside the database, so the folder must be writable too.
        if (!writable(folder.filePath()))
            return fail(OpenError::FolderReadOnly, QStringLiteral("The database folder %1 is read-only.").arg(folder.filePath()));
        if (file.exists()) {
            if (!writable(file.filePath()))
                return fail(OpenError::FolderReadOnly, QStringLiteral("The database file %1 is read-only.").arg(file.filePath()));
            QFile probe(path);
            if (!probe.open(QIODevice::ReadOnly))
                return fail(OpenError::Failed, QStringLiteral("Cannot read %1: %2").arg(path, probe.errorString()));
            const QByteArray header = probe.read(16);
            if (file.size() > 0 && header != QByteArray("SQLite format 3\0", 16))
                return fail(OpenError::NotSqlite, QStringLiteral("%1 is not a SQLite database; it was left untouched.").arg(path));
        }
        m_createdNow = !file.exists() || file.size() == 0;
    } else {
        m_createdNow = true;
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(OpenError::Failed, QStringLiteral("Cannot open %1: %2").arg(path, m_db.lastError().text()));

    // Read-only checks first: a database we refuse must not be changed, not
    // even switched to WAL.
    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
        return fail(OpenError::Corrupt, QStringLiteral("%1 cannot be read (%2); it was left untouched.").arg(path, check.lastError().text()));
    if (check.value(0).toString() != QLatin1String("ok"))
        return fail(OpenError::Corrupt, QStringLiteral("%1 is damaged (%2); it was left untouched.").arg(path, check.value(0).toString()));
    check.finish();
    const int version = schemaVersion();
    if (version < 0)
        return fail(OpenError::Corrupt, QStringLiteral("%1 cannot be read; it was left untouched.").arg(path));
    if (version > latestVersion())
        return fail(OpenError::NewerThanProgram,
                    QStringLiteral("%1 has schema version %2 but this program knows only up to %3; "
                                   "update the kiosk software. The file was left untouched.")
                        .arg(path)
                        .arg(version)
                        .arg(latestVersion()));
    if (!applyPragmas())
        return fail(OpenError::Failed, QStringLiteral("Cannot configure %1: %2").arg(path, m_error));
    m_openError = OpenError::None;
    return true;
}

bool Database::applyPragmas()
{
    QSqlQuery q(m_db);
    // WAL: readers never block the writer; FULL: a committed order survives power loss.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QLatin1String(pragma))) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return true;
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::execScript(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(QStringLiteral("Missing SQL script %1").arg(resourcePath));
        return false;
    }
    sqlite3 *handle = handleOf(m_db);
    if (!handle) {
        setError(QStringLiteral("No SQLite handle for %1").arg(m_name));
        return false;
    }
    char *message = nullptr;
    if (sqlite3_exec(handle, file.readAll().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        setError(QStringLiteral("%1: %2").arg(resourcePath, QString::fromUtf8(message)));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool Database::migrate(int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    for (const Migration &migration : migrations()) {
        if (migration.version <= schemaVersion() || migration.version > targetVersion)
            continue;
        Transaction transaction(*this);
        if (!transaction.isActive())
            return false;
        // user_version lives in the file header and is part of the transaction.
        if (!execScript(migration.path)
            || !execStatement(QStringLiteral("PRAGMA user_version=%1").arg(migration.version))
            || !transaction.commit()) {
            setError(QStringLiteral("Migration %1 failed: %2").arg(migration.path, m_error));
            return false;
        }
        qCInfo(lcDb) << "applied migration" << migration.path;
    }
    m_statements.clear(); // the schema changed: recompile on next use
    return true;
}

bool Database::execStatement(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        setError(q.lastError().text());
        return false;
    }
    return true;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_db));
        if (!it->prepare(sql))
            setError(QStringLiteral("Cannot prepare \"%1\": %2").arg(sql, it->lastError().text()));
    }
    return *it;
}

Query::Query(Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.prepared(sql))
{
}

Query::~Query()
{
    m_query.finish();
}

bool Query::run()
{
    if (m_query.exec())
        return true;
    m_db.setError(QStringLiteral("SQL failed \"%1\": %2").arg(m_query.lastQuery(), m_query.lastError().text()));
    return false;
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_active = m_db.execStatement(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.execStatement(QStringLiteral("ROLLBACK"));
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.execStatement(QStringLiteral("COMMIT")))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

} // namespace linli
