// The database on either engine: migrations, print jobs per kiosk,
// transactions. CTest runs this program on SQLite files and on PostgreSQL.
#include "Database.h"
#include "Stores.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace linli;
using namespace linli::test;

namespace {

// Every table, column, index, constraint and trigger as the engine stores it.
QStringList schemaOf(Database &db)
{
    QStringList schema;
    QSqlQuery q(db.connection());
    if (db.engine() == Database::Engine::Sqlite) {
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
    } else {
        q.exec(QStringLiteral(
            "SELECT 'column', table_name || '.' || column_name, data_type || ' ' || is_nullable || ' ' || "
            "coalesce(column_default, '') FROM information_schema.columns WHERE table_schema = 'public' "
            "UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
            "UNION ALL SELECT 'constraint', conrelid::regclass || '.' || conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
            "UNION ALL SELECT 'trigger', tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal "
            "ORDER BY 1, 2"));
    }
    while (q.next())
        schema << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
    return schema;
}

// The engine's own record of the schema version, set behind the program's back.
void forceSchemaVersion(Database &db, int version)
{
    QSqlQuery q(db.connection());
    const bool ok = db.engine() == Database::Engine::Sqlite
        ? q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version))
        : q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(version));
    if (!ok)
        qFatal("cannot set the schema version");
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
        QVERIFY(db.open(site.databaseAddress(QStringLiteral("linli_owner"))));
        QCOMPARE(db.schemaVersion(), 0);
        QVERIFY(db.migrate());
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QVERIFY(Database::latestVersion() >= 9);
        QVERIFY(schemaOf(db).join(u'\n').contains(QLatin1String("driver_visit")));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("startVersion");
        QTest::addRow("from 0") << 0;
        for (int v : Database::versions())
            if (v < Database::latestVersion())
                QTest::addRow("from %d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, startVersion);
        TempSite freshSite;
        TempSite oldSite;
        const QString owner = QStringLiteral("linli_owner");
        QStringList freshSchema;
        {
            Database fresh(QStringLiteral("fresh"));
            QVERIFY(fresh.open(freshSite.databaseAddress(owner)));
            QVERIFY(fresh.migrate());
            freshSchema = schemaOf(fresh);
        }
        {
            Database old(QStringLiteral("old"));
            QVERIFY(old.open(oldSite.databaseAddress(owner)));
            QVERIFY(old.migrate(startVersion));
            QCOMPARE(old.schemaVersion(), startVersion);
            if (startVersion >= 1) {
                QSqlQuery q(old.connection());
                QVERIFY(q.exec(QStringLiteral("INSERT INTO resident (id, name, birth_date, building, unit, room) "
                                              "VALUES (7, '王秀英', '1938-06-20', '5栋', '3单元', '101')")));
            }
        }
        Database upgraded(QStringLiteral("upgraded"));
        QVERIFY(upgraded.open(oldSite.databaseAddress(owner)));
        QVERIFY(upgraded.migrate());
        QCOMPARE(upgraded.schemaVersion(), Database::latestVersion());
        QCOMPARE(schemaOf(upgraded), freshSchema);
        if (startVersion >= 1) {
            const auto resident = PeopleStore(upgraded).resident(7);
            QVERIFY(resident);
            QCOMPARE(resident->name, QStringLiteral("王秀英"));
        }
    }

    void ordersAndWhatPointsAtThemOutliveTheOrderTablesRebuild()
    {
        // Migration 25 builds meal_order again on SQLite (a CHECK cannot be
        // changed in place): its rows, and the ledger rows and slips that
        // point at them, come through whole.
        TempSite site;
        Database db(QStringLiteral("t"));
        QVERIFY(db.open(site.databaseAddress(QStringLiteral("linli_owner"))));
        QVERIFY(db.migrate(24));
        QSqlQuery q(db.connection());
        for (const char *sql : {
                 "INSERT INTO resident (id, name, birth_date, building, unit, room) "
                 "VALUES (7, '王秀英', '1938-06-20', '5栋', '3单元', '101')",
                 "INSERT INTO meal_card (resident_id, balance_fen) VALUES (7, 9300)",
                 "INSERT INTO meal_order (id, day, period, number, pickup_code, resident_id, set_code, service, "
                 "normal_fen, subsidy_fen, total_fen, payment, paid_at, state, created_at, request_key, one_per_period) "
                 "VALUES (41, '2026-11-27', 'lunch', 3, '4821', 7, 'senior', 'dine_in', 2200, 1500, 700, 'meal_card', "
                 "'2026-11-27T03:40:00Z', 'collected', '2026-11-27T03:40:00Z', 'k41', 1)",
                 "INSERT INTO meal_card_ledger (resident_id, at, kind, amount_fen, balance_fen, order_id) "
                 "VALUES (7, '2026-11-27T03:40:00Z', 'charge', -700, 9300, 41)",
                 "INSERT INTO print_job (kind, created_at, payload, order_id) "
                 "VALUES ('canteen_receipt', '2026-11-27T03:40:00Z', '', 41)"})
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
        QVERIFY(db.migrate());
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT paid_fen FROM meal_order WHERE id = 41")).toInt(), 700);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT state FROM meal_order WHERE id = 41")).toString(),
                 QStringLiteral("collected"));
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT o.number FROM meal_card_ledger l JOIN meal_order o "
                                             "ON o.id = l.order_id")).toInt(), 3);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM print_job WHERE order_id = 41")).toInt(), 1);
        if (db.engine() == Database::Engine::Sqlite) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY(!q.next());
            QCOMPARE(sqlValue(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1); // on again after migrating
        }
        // The rebuilt table keeps its one senior set per resident and meal.
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO meal_order (day, period, number, pickup_code, resident_id, set_code, service, normal_fen, "
            "subsidy_fen, total_fen, payment, state, created_at, request_key, one_per_period) "
            "SELECT day, period, 4, '4822', 7, set_code, service, normal_fen, subsidy_fen, total_fen, payment, "
            "'new', created_at, 'k42', 1 FROM meal_order WHERE id = 41")));
    }

    void refusesRowsThatBreakTheSchemasRules()
    {
        TempSite site;
        Database db(QStringLiteral("t"));
        QVERIFY(db.open(site.databaseAddress(QStringLiteral("linli_owner"))));
        QVERIFY(db.migrate());
        QSqlQuery q(db.connection());
        QVERIFY2(!q.exec(QStringLiteral("INSERT INTO driver_visit (driver_id, checked_in_at) VALUES (999, 'x')")),
                 "a visit for a driver that does not exist must be refused");
        QVERIFY2(!q.exec(QStringLiteral("INSERT INTO resident (name, birth_date, building, unit, room) "
                                        "VALUES ('王秀英', '20.6.1938', '5栋', '3单元', '101')")),
                 "a birth date not written YYYY-MM-DD must be refused");
        QVERIFY(q.exec(QStringLiteral("INSERT INTO resident (id, name, birth_date, building, unit, room) "
                                      "VALUES (1, '王秀英', '1938-06-20', '5栋', '3单元', '101')")));
        QVERIFY2(!q.exec(QStringLiteral("INSERT INTO card (uid_hash, issued_at) VALUES (%1, 'x')")
                             .arg(db.engine() == Database::Engine::Sqlite ? QStringLiteral("zeroblob(32)")
                                                                          : QStringLiteral("'\\x%1'::bytea").arg(QString(64, u'0')))),
                 "a card without a holder must be refused");
    }

    void refusesADatabaseNewerThanTheProgram()
    {
        TempSite site;
        const QString address = site.databaseAddress(QStringLiteral("linli_owner"));
        {
            Database db(QStringLiteral("w"));
            QVERIFY(db.open(address));
            QVERIFY(db.migrate());
            forceSchemaVersion(db, Database::latestVersion() + 1);
        }
        Database db(QStringLiteral("r"));
        QVERIFY(!db.open(address));
        QCOMPARE(db.openError(), Database::OpenError::NewerThanProgram);
        QVERIFY(db.errorString().contains(QLatin1String("update the kiosk software")));
    }

    void eachKioskPrintsOnlyItsOwnJobs()
    {
        TempSite site;
        Database canteen(QStringLiteral("canteen-kiosk"));
        canteen.setKioskId(QStringLiteral("canteen"));
        QVERIFY(canteen.open(site.databaseAddress(QStringLiteral("linli_owner"))));
        QVERIFY(canteen.migrate());
        Database station(QStringLiteral("station-kiosk"));
        station.setKioskId(QStringLiteral("station"));
        QVERIFY(station.open(site.databaseAddress()));

        const auto receipt = PrintJobStore(canteen).add(QStringLiteral("canteen_receipt"), lunchTime(), "receipt");
        QVERIFY(receipt);
        QVERIFY(!PrintJobStore(station).nextWaiting()); // not the station's to print
        QCOMPARE(PrintJobStore(station).waitingCount(), std::optional<int>(0));
        QCOMPARE(PrintJobStore(canteen).nextWaiting()->id, *receipt);
        QCOMPARE(PrintJobStore(canteen).job(*receipt)->payload, QByteArray("receipt"));
        QVERIFY(PrintJobStore(canteen).markPrinting(*receipt));
        // The station starting up leaves the canteen's slip, on its printer now, alone.
        QVERIFY(PrintJobStore(station).failInterrupted());
        QCOMPARE(PrintJobStore(canteen).job(*receipt)->state, QStringLiteral("printing"));
        QVERIFY(PrintJobStore(canteen).failInterrupted());
        QCOMPARE(PrintJobStore(canteen).job(*receipt)->state, QStringLiteral("failed"));
        // Ids come from the database on both engines.
        const auto next = PrintJobStore(station).add(QStringLiteral("checkin_slip"), lunchTime(), "slip");
        QVERIFY(next);
        QVERIFY(*next > *receipt);
    }

    void hearsOfAnotherKiosksChangeWithinTwoSeconds()
    {
        TempSite site;
        Database canteen(QStringLiteral("canteen-kiosk"));
        QVERIFY(canteen.open(site.databaseAddress(QStringLiteral("linli_owner"))));
        QVERIFY(canteen.migrate());
        Database station(QStringLiteral("station-kiosk"));
        QVERIFY(station.open(site.databaseAddress()));
        QStringList heard;
        bool told = false;
        station.setChangeListener([&](const QStringList &tables) {
            heard = tables;
            told = true;
        });
        station.pollChanges(); // a file: the version it starts from
        QSqlQuery q(canteen.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO dish (id, name, name_en, category, price_fen) "
                                      "VALUES (1, '清蒸鱼', 'Steamed fish', 'meat', 1000)")));
        // A file is asked (the kiosk asks every second), a server tells.
        QTRY_VERIFY_WITH_TIMEOUT((station.pollChanges(), told), 2000);
        if (station.engine() == Database::Engine::PostgreSql)
            QCOMPARE(heard, QStringList{QStringLiteral("dish")});
        else
            QVERIFY(heard.isEmpty()); // a file does not say which
        // What a kiosk did itself, it knows: no notice for its own change.
        told = false;
        QSqlQuery own(station.connection());
        QVERIFY(own.exec(QStringLiteral("UPDATE dish SET price_fen = 900 WHERE id = 1")));
        QTest::qWait(300);
        station.pollChanges();
        QVERIFY(!told);
    }

    void rollsBackATransactionThatIsNotCommitted()
    {
        TempSite site;
        Database db(QStringLiteral("t"));
        QVERIFY(db.open(site.databaseAddress(QStringLiteral("linli_owner"))));
        QVERIFY(db.migrate());
        {
            Transaction transaction(db);
            QVERIFY(transaction.isActive());
            QVERIFY(PrintJobStore(db).add(QStringLiteral("test"), lunchTime(), "bytes"));
        }
        QCOMPARE(PrintJobStore(db).waitingCount(), std::optional<int>(0));
    }

    // Statements are prepared once and kept; a query still being read keeps
    // working while many others are prepared after it (the store of
    // statements grows under it).
    void aQueryBeingReadSurvivesNewStatements()
    {
        TempSite site;
        Database db(QStringLiteral("t"));
        QVERIFY(db.open(site.databaseAddress(QStringLiteral("linli_owner"))));
        QVERIFY(db.migrate());
        Query reading(db, QStringLiteral("SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3"));
        QVERIFY(reading.exec());
        QVERIFY(reading.next());
        QCOMPARE(reading.value(0).toInt(), 1);
        for (int n = 0; n < 500; ++n) {
            Query other(db, QStringLiteral("SELECT %1").arg(n));
            QCOMPARE(other.scalar<int>(), std::optional<int>(n));
        }
        QVERIFY(reading.next());
        QCOMPARE(reading.value(0).toInt(), 2);
        QVERIFY(reading.next());
        QCOMPARE(reading.value(0).toInt(), 3);
        QVERIFY(!reading.next());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
