// What only a street's PostgreSQL server has: its address, its two roles,
// a kiosk that waits for the installer, a server that is not there yet.
// CTest runs this program on the suite's server only.
#include "Database.h"
#include "Stores.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace linli;
using namespace linli::test;

class TestDatabaseServer : public QObject
{
    Q_OBJECT

    // The installer's step: the owner migrates and records the secret.
    static bool migrate(const TempSite &site, bool demoDay = false)
    {
        KioskConfig config = site.config();
        config.databasePath = site.databaseAddress(QStringLiteral("linli_owner"));
        config.demoData = demoDay;
        ManualClock clock(lunchTime());
        Backend installer(config, clock);
        QString error;
        const bool ok = installer.migrate(&error);
        if (!ok)
            qWarning().noquote() << error;
        return ok;
    }

private Q_SLOTS:
    void aKioskWaitsForTheInstallerToMigrate()
    {
        TempSite site;
        ManualClock clock(lunchTime());
        {
            Backend kiosk(site.config(), clock);
            QString error;
            bool retry = false;
            QVERIFY(!kiosk.start(&error, &retry));
            QVERIFY(retry);
            QVERIFY2(error.contains(QLatin1String("--migrate")), qPrintable(error));
        }
        QVERIFY(migrate(site));
        Backend kiosk(site.config(), clock);
        QString error;
        QVERIFY2(kiosk.start(&error), qPrintable(error));
        QCOMPARE(kiosk.database().schemaVersion(), Database::latestVersion());
    }

    void aKioskOlderThanItsServerSaysSoAndWaits()
    {
        TempSite site;
        QVERIFY(migrate(site));
        {
            Database owner(QStringLiteral("owner"));
            QVERIFY(owner.open(site.databaseAddress(QStringLiteral("linli_owner"))));
            QSqlQuery q(owner.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(Database::latestVersion() + 1)));
        }
        ManualClock clock(lunchTime());
        Backend kiosk(site.config(), clock);
        QString error;
        bool retry = false;
        QVERIFY(!kiosk.start(&error, &retry));
        QVERIFY(retry);
        QVERIFY2(error.contains(QLatin1String("update the kiosk software")), qPrintable(error));
    }

    void aKioskCanWriteRowsButNotChangeTheSchema()
    {
        TempSite site;
        QVERIFY(migrate(site, true));
        Database kiosk(QStringLiteral("kiosk"));
        QVERIFY(kiosk.open(site.databaseAddress()));
        QSqlQuery q(kiosk.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE menu_item SET portions = portions WHERE dish_id = 1")));
        QVERIFY(PrintJobStore(kiosk).add(QStringLiteral("test"), lunchTime(), "bytes"));
        QVERIFY(!q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(!q.exec(QStringLiteral("DROP TABLE meal_order")));
        QVERIFY(!q.exec(QStringLiteral("ALTER TABLE resident ADD COLUMN notes TEXT")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE schema_version SET version = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM installation")));
    }

    void aKioskRoleCannotMigrate()
    {
        TempSite site;
        Database kiosk(QStringLiteral("kiosk"));
        QVERIFY(kiosk.open(site.databaseAddress()));
        QVERIFY(!kiosk.migrate());
        QCOMPARE(kiosk.schemaVersion(), 0);
    }

    void aKioskWithAnotherStreetsSecretIsRefused()
    {
        TempSite site;
        QVERIFY(migrate(site));
        KioskConfig config = site.config();
        config.secretPath = site.path(QStringLiteral("other-street.key"));
        QString error;
        QVERIFY(!InstallationSecret::loadOrCreate(config.secretPath, &error).isEmpty());
        ManualClock clock(lunchTime());
        Backend kiosk(config, clock);
        bool retry = true;
        QVERIFY(!kiosk.start(&error, &retry));
        QVERIFY(!retry);
        QVERIFY2(error.contains(QLatin1String("does not belong")), qPrintable(error));
    }

    void aKioskWithoutTheSecretFileIsRefusedAndMakesNone()
    {
        TempSite site;
        QVERIFY(migrate(site));
        KioskConfig config = site.config();
        config.secretPath = site.path(QStringLiteral("missing.key"));
        ManualClock clock(lunchTime());
        Backend kiosk(config, clock);
        QString error;
        QVERIFY(!kiosk.start(&error));
        QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));
        QVERIFY(!QFile::exists(config.secretPath));
    }

    void refusesAPasswordInTheAddressAndUnknownSettings()
    {
        Database db(QStringLiteral("t"));
        QVERIFY(!db.open(QStringLiteral("postgresql://linli_kiosk:hunter2@/linli?host=%1").arg(server::socketFolder())));
        QCOMPARE(db.openError(), Database::OpenError::BadAddress);
        QVERIFY(db.errorString().contains(QLatin1String("password file")));
        QVERIFY(!db.errorString().contains(QLatin1String("hunter2")));
        QVERIFY(!db.open(QStringLiteral("postgresql://linli_kiosk@/linli?host=%1&password=x").arg(server::socketFolder())));
        QCOMPARE(db.openError(), Database::OpenError::BadAddress);
        QVERIFY(!db.open(QStringLiteral("postgresql://linli_kiosk@db.example")));
        QCOMPARE(db.openError(), Database::OpenError::BadAddress); // no database name
    }

    void aServerThatIsNotThereIsTriedAgainLater()
    {
        TempSite site;
        KioskConfig config = site.config();
        config.databasePath = QStringLiteral("postgresql://linli_kiosk@/linli?host=%1").arg(site.path(QStringLiteral("nowhere")));
        ManualClock clock(lunchTime());
        Backend kiosk(config, clock);
        QString error;
        bool retry = false;
        QVERIFY(!kiosk.start(&error, &retry));
        QVERIFY(retry);
        QVERIFY(error.contains(QLatin1String("Cannot reach")));
        QCOMPARE(kiosk.database().openError(), Database::OpenError::ServerUnavailable);
    }

    void theDemoDayGoesOnAServerOnlyWhenAsked()
    {
        TempSite plain;
        QVERIFY(migrate(plain, false));
        TempSite demo;
        QVERIFY(migrate(demo, true));
        Database a(QStringLiteral("a"));
        QVERIFY(a.open(plain.databaseAddress()));
        QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM resident")).toInt(), 0);
        Database b(QStringLiteral("b"));
        QVERIFY(b.open(demo.databaseAddress()));
        QCOMPARE(sqlValue(b, QStringLiteral("SELECT count(*) FROM resident")).toInt(), 20);
        // Ids the server makes up go on after the demo day's own.
        QSqlQuery q(b.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO driver (name, phone, plate, platform) "
                                      "VALUES ('赵师傅', '13900000000', '鄂A·X0001', '滴滴出行') RETURNING id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 6);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseServer)
#include "tst_database_server.moc"
