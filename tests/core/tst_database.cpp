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

// Every table, index and trigger as SQLite stores it.
QStringList schemaOf(Database &db)
{
    QStringList schema;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        schema << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
    return schema;
}

QString pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    q.next();
    return q.value(0).toString();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesAnEmptyDatabaseToTheLatestVersion()
    {
        TempSite site;
        Database db(QStringLiteral("t"));
        QVERIFY(db.open(site.path(QStringLiteral("a.db"))));
        QCOMPARE(db.schemaVersion(), 0);
        QVERIFY(db.migrate());
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QVERIFY(Database::latestVersion() >= 3);
        QVERIFY(schemaOf(db).join(u'\n').contains(QLatin1String("table driver_visit")));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int v = 0; v < Database::latestVersion(); ++v)
            QTest::addRow("from %d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, startVersion);
        TempSite site;
        QStringList freshSchema;
        {
            Database fresh(QStringLiteral("fresh"));
            QVERIFY(fresh.open(site.path(QStringLiteral("fresh.db"))));
            QVERIFY(fresh.migrate());
            freshSchema = schemaOf(fresh);
        }
        const QString path = site.path(QStringLiteral("old.db"));
        {
            Database old(QStringLiteral("old"));
            QVERIFY(old.open(path));
            QVERIFY(old.migrate(startVersion));
            QCOMPARE(old.schemaVersion(), startVersion);
            if (startVersion >= 1) {
                QSqlQuery q(old.connection());
                QVERIFY(q.exec(QStringLiteral("INSERT INTO resident (id, name, birth_date, building, unit, room) "
                                              "VALUES (7, '王秀英', '1938-06-20', '5栋', '3单元', '101')")));
            }
        }
        Database upgraded(QStringLiteral("upgraded"));
        QVERIFY(upgraded.open(path));
        QVERIFY(upgraded.migrate());
        QCOMPARE(upgraded.schemaVersion(), Database::latestVersion());
        QCOMPARE(schemaOf(upgraded), freshSchema);
        if (startVersion >= 1) {
            const auto resident = PeopleStore(upgraded).resident(7);
            QVERIFY(resident);
            QCOMPARE(resident->name, QStringLiteral("王秀英"));
        }
    }

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

    void eachKioskPrintsOnlyItsOwnJobs()
    {
        TempSite site;
        const QString path = site.path(QStringLiteral("shared.db"));
        Database canteen(QStringLiteral("canteen-kiosk"));
        canteen.setKioskId(QStringLiteral("canteen"));
        QVERIFY(canteen.open(path));
        QVERIFY(canteen.migrate());
        Database station(QStringLiteral("station-kiosk"));
        station.setKioskId(QStringLiteral("station"));
        QVERIFY(station.open(path));

        const auto receipt = PrintJobStore(canteen).add(QStringLiteral("canteen_receipt"), lunchTime(), "receipt");
        QVERIFY(receipt);
        QVERIFY(!PrintJobStore(station).nextWaiting()); // not the station's to print
        QCOMPARE(PrintJobStore(station).waitingCount(), std::optional<int>(0));
        QCOMPARE(PrintJobStore(canteen).nextWaiting()->id, *receipt);
        QVERIFY(PrintJobStore(canteen).markPrinting(*receipt));
        // The station starting up leaves the canteen's slip, on its printer now, alone.
        QVERIFY(PrintJobStore(station).failInterrupted());
        QCOMPARE(PrintJobStore(canteen).job(*receipt)->state, QStringLiteral("printing"));
        QVERIFY(PrintJobStore(canteen).failInterrupted());
        QCOMPARE(PrintJobStore(canteen).job(*receipt)->state, QStringLiteral("failed"));
    }

    void rollsBackATransactionThatIsNotCommitted()
    {
        TempSite site;
        Database db(QStringLiteral("t"));
        QVERIFY(db.open(site.path(QStringLiteral("a.db"))));
        QVERIFY(db.migrate());
        {
            Transaction transaction(db);
            QVERIFY(transaction.isActive());
            QVERIFY(PrintJobStore(db).add(QStringLiteral("test"), lunchTime(), "bytes"));
        }
        QCOMPARE(PrintJobStore(db).waitingCount(), std::optional<int>(0));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
