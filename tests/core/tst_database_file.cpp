#include "Database.h"
#include "Stores.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

using namespace linli;
using namespace linli::test;

namespace {
QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    q.next();
    return q.value(0).toString();
}
} // namespace

// What only a SQLite file has: its pragmas, and the files a kiosk must
// refuse and leave untouched.
class TestDatabaseFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usesWalFullSyncAndForeignKeys()
    {
        TempSite site;
        Database db(QStringLiteral("t"));
        QVERIFY(db.open(site.path(QStringLiteral("a.db"))));
        QCOMPARE(pragma(db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(db, "synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(db, "foreign_keys"), QStringLiteral("1"));
        QVERIFY(db.migrate());
        QSqlQuery q(db.connection());
        QVERIFY2(!q.exec(QStringLiteral("INSERT INTO driver_visit (driver_id, checked_in_at) VALUES (999, 'x')")),
                 "a visit for a driver that does not exist must be refused");
    }

    void refusesADatabaseNewerThanTheProgram()
    {
        TempSite site;
        const QString path = site.path(QStringLiteral("newer.db"));
        {
            Database db(QStringLiteral("w"));
            QVERIFY(db.open(path));
            QVERIFY(db.migrate());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        }
        const QByteArray before = fileDigest(path);
        Database db(QStringLiteral("r"));
        QVERIFY(!db.open(path));
        QCOMPARE(db.openError(), Database::OpenError::NewerThanProgram);
        QVERIFY(db.errorString().contains(QLatin1String("update the kiosk software")));
        QCOMPARE(fileDigest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAFileThatIsNotSqlite()
    {
        TempSite site;
        const QString path = site.path(QStringLiteral("notes.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are the canteen's notes, not a database\n");
        file.close();
        const QByteArray before = fileDigest(path);
        Database db(QStringLiteral("t"));
        QVERIFY(!db.open(path));
        QCOMPARE(db.openError(), Database::OpenError::NotSqlite);
        QCOMPARE(fileDigest(path), before);
    }

    void refusesADamagedDatabase()
    {
        TempSite site;
        const QString path = site.path(QStringLiteral("damaged.db"));
        {
            Database db(QStringLiteral("w"));
            QVERIFY(db.open(path));
            QVERIFY(db.migrate());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        }
        // Keep the header, scribble over the pages after it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(int(file.size()) - 100, '\xee'));
        file.close();
        const QByteArray before = fileDigest(path);
        Database db(QStringLiteral("t"));
        QVERIFY(!db.open(path));
        QCOMPARE(db.openError(), Database::OpenError::Corrupt);
        QCOMPARE(fileDigest(path), before);
    }

    void refusesAMissingFolder()
    {
        TempSite site;
        Database db(QStringLiteral("t"));
        QVERIFY(!db.open(site.path(QStringLiteral("no/such/folder/linli.db"))));
        QCOMPARE(db.openError(), Database::OpenError::FolderMissing);
        QVERIFY(!QFile::exists(site.path(QStringLiteral("no"))));
    }

    void refusesAReadOnlyFolder()
    {
        TempSite site;
        // Others (the unprivileged user below) may look into the test folder.
        QVERIFY(QFile::setPermissions(site.dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                           | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                           | QFileDevice::ExeOther));
        const QString folder = site.path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                  | QFileDevice::ExeOther));
        Database db(QStringLiteral("t"));
        bool opened = true;
        {
            AsUnprivilegedUser unprivileged;
            opened = db.open(folder + QStringLiteral("/linli.db"));
        }
        QVERIFY(!opened);
        QCOMPARE(db.openError(), Database::OpenError::FolderReadOnly);
        QVERIFY(!QFile::exists(folder + QStringLiteral("/linli.db")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_database_file.moc"
