// Power cuts and races on one SQLite file. crash_loop (a kiosk ordering,
// topping up and checking drivers in, through the real services) is killed
// with SIGKILL at random moments, alone or two at once on the same file, and
// started again; after every kill the file is checked whole: each
// acknowledged order there once with its payment, ledger rows and slips,
// portions conserved, every card equal to its ledger, one senior set per
// resident and meal. Then kiosk processes race for the last portion of a
// dish and for one resident's senior set: one wins, the others are refused
// in words, and the same checks hold.
//
// More kills with LINLI_CRASH_KILLS=500.
#include "CanteenStore.h"
#include "Database.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <csignal>

using namespace linli;
using namespace linli::test;

namespace {

int killTarget()
{
    const int asked = qEnvironmentVariableIntValue("LINLI_CRASH_KILLS");
    return asked > 0 ? asked : 54;
}

// Each dish has a handful of portions a meal, so that dishes sell out.
constexpr auto kPortionsSql = "UPDATE standard_menu SET portions = 8 + dish_id % 4";

// What the logs say was acknowledged, refused and failed.
struct Logs
{
    struct Order
    {
        QString key, payment, set;
        qint64 id = 0, totalFen = 0, residentId = 0;
    };
    QList<Order> orders;
    struct TopUp
    {
        QString key;
        qint64 id = 0, residentId = 0, amountFen = 0;
    };
    QList<TopUp> topUps;
    QList<std::pair<qint64, qint64>> checkIns, checkOuts; // visit, driver
    QMap<QString, QString> lastAnswer;                    // request key -> A or R
    QMap<QString, int> refusals;                          // problem -> how many
    QStringList errors;

    static Logs read(const QString &folder)
    {
        Logs logs;
        for (const QFileInfo &info : QDir(folder).entryInfoList({QStringLiteral("*.log")}, QDir::Files)) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
                const QStringList f = line.split(u' ');
                if (f[0] == QLatin1String("A") && f.size() == 8 && f[1] == QLatin1String("order")) {
                    logs.orders.append({f[2], f[4], f[6], f[3].toLongLong(), f[5].toLongLong(), f[7].toLongLong()});
                    logs.lastAnswer[f[2]] = QStringLiteral("A");
                } else if (f[0] == QLatin1String("A") && f.size() == 6 && f[1] == QLatin1String("topup")) {
                    logs.topUps.append({f[2], f[3].toLongLong(), f[4].toLongLong(), f[5].toLongLong()});
                    logs.lastAnswer[f[2]] = QStringLiteral("A");
                } else if (f[0] == QLatin1String("A") && f.size() == 4) {
                    (f[1] == QLatin1String("checkin") ? logs.checkIns : logs.checkOuts)
                        .append({f[2].toLongLong(), f[3].toLongLong()});
                } else if (f[0] == QLatin1String("R") && f.size() == 3) {
                    logs.lastAnswer[f[1]] = QStringLiteral("R");
                    ++logs.refusals[f[2]];
                } else if (f[0] == QLatin1String("E")) {
                    logs.errors << info.fileName() + QStringLiteral(": ") + line;
                }
            }
        }
        return logs;
    }
};

// Every row a query returns, as text: each is something broken.
QStringList rowsOf(Database &db, const QString &sql, const QString &what)
{
    QStringList found;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {QStringLiteral("cannot ask (%1): %2").arg(what, q.lastError().text())};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.record().fieldName(i) + u'=' + q.value(i).toString();
        found << what + QStringLiteral(": ") + values.join(u' ');
    }
    return found;
}

// Everything that must hold on the file, whatever moment the kiosk died at;
// empty when it all holds, else each thing broken by name.
QStringList check(const QString &path, const Logs &logs)
{
    static int connection = 0;
    Database db(QStringLiteral("crash-check-%1").arg(++connection));
    if (!db.open(path))
        return {QStringLiteral("cannot open the file: ") + db.errorString()};
    QStringList broken;
    const QString integrity = sqlValue(db, QStringLiteral("PRAGMA integrity_check")).toString();
    if (integrity != QLatin1String("ok"))
        broken << QStringLiteral("integrity_check: ") + integrity;
    broken << rowsOf(db, QStringLiteral("PRAGMA foreign_key_check"), QStringLiteral("a foreign key points nowhere"));

    // Every order on file (acknowledged or not) is whole.
    broken << rowsOf(db, QStringLiteral(
        "SELECT o.id, o.normal_fen, count(l.line) AS lines, coalesce(sum(l.price_fen), 0) AS lines_fen "
        "FROM meal_order o LEFT JOIN order_line l ON l.order_id = o.id GROUP BY o.id, o.normal_fen "
        "HAVING count(l.line) = 0 OR sum(l.price_fen) <> o.normal_fen"),
        QStringLiteral("an order without its lines"));
    broken << rowsOf(db, QStringLiteral(
        "SELECT o.id, count(*) FILTER (WHERE p.kind = 'canteen_receipt') AS receipts, "
        "count(*) FILTER (WHERE p.kind = 'kitchen_ticket') AS tickets "
        "FROM meal_order o LEFT JOIN print_job p ON p.order_id = o.id GROUP BY o.id "
        "HAVING receipts <> 1 OR tickets <> 1"),
        QStringLiteral("an order without exactly one receipt and one kitchen ticket"));
    broken << rowsOf(db, QStringLiteral(
        "SELECT o.id, o.payment, o.paid_at, o.total_fen, count(l.id) AS ledger_rows, "
        "coalesce(sum(l.amount_fen), 0) AS ledger_fen FROM meal_order o "
        "LEFT JOIN meal_card_ledger l ON l.order_id = o.id GROUP BY o.id, o.payment, o.paid_at, o.total_fen "
        "HAVING (o.payment = 'meal_card' AND (o.paid_at IS NULL OR count(l.id) <> 1 "
        "        OR sum(l.amount_fen) <> -o.total_fen OR min(l.kind) <> 'charge' OR min(l.resident_id) <> o.resident_id)) "
        "    OR (o.payment = 'counter' AND (o.paid_at IS NOT NULL OR count(l.id) <> 0))"),
        QStringLiteral("an order whose payment is not on its card's ledger as it should be"));
    broken << rowsOf(db, QStringLiteral(
        "SELECT t.id, t.resident_id, t.amount_fen, count(l.id) AS ledger_rows FROM meal_card_topup t "
        "LEFT JOIN meal_card_ledger l ON l.topup_id = t.id AND l.kind = 'top_up' AND l.amount_fen = t.amount_fen "
        "AND l.resident_id = t.resident_id GROUP BY t.id, t.resident_id, t.amount_fen HAVING count(l.id) <> 1"),
        QStringLiteral("a top-up without exactly one ledger row"));
    CanteenStore store(db);
    const std::optional<QList<LedgerMismatch>> mismatches = store.ledgerMismatches();
    if (!mismatches)
        broken << QStringLiteral("cannot read the ledger: ") + db.errorString();
    for (const LedgerMismatch &m : mismatches.value_or(QList<LedgerMismatch>{}))
        broken << QStringLiteral("resident %1's card holds %2 fen, its ledger adds up to %3, its last row left %4")
                      .arg(m.residentId)
                      .arg(m.balanceFen)
                      .arg(m.ledgerFen)
                      .arg(m.lastRowFen);

    // Portions: sold + left = offered, per dish and meal (nobody changes the
    // standard menu or a day's portions here; lapsed orders gave theirs back).
    broken << rowsOf(db, QStringLiteral(
        "SELECT m.site, m.day, m.period, m.dish_id, s.portions AS offered, m.portions AS left_, "
        "coalesce(x.sold, 0) AS sold FROM menu_item m "
        "LEFT JOIN standard_menu s ON s.site = m.site AND s.period = m.period AND s.dish_id = m.dish_id "
        "LEFT JOIN (SELECT o.site, o.day, o.period, l.dish_id, count(*) AS sold FROM order_line l "
        "           JOIN meal_order o ON o.id = l.order_id WHERE o.state <> 'lapsed' "
        "           GROUP BY o.site, o.day, o.period, l.dish_id) x "
        "  ON x.site = m.site AND x.day = m.day AND x.period = m.period AND x.dish_id = m.dish_id "
        "WHERE s.portions IS NULL OR s.portions <> m.portions + coalesce(x.sold, 0)"),
        QStringLiteral("portions not conserved"));
    broken << rowsOf(db, QStringLiteral(
        "SELECT o.id, o.day, o.period, l.dish_id FROM order_line l JOIN meal_order o ON o.id = l.order_id "
        "WHERE NOT EXISTS (SELECT 1 FROM menu_item m WHERE m.site = o.site AND m.day = o.day "
        "AND m.period = o.period AND m.dish_id = l.dish_id)"),
        QStringLiteral("a dish sold off the menu"));

    // The senior set: one per resident and meal, 60 on the day, 7 yuan.
    broken << rowsOf(db, QStringLiteral(
        "SELECT resident_id, day, period, count(*) AS sets FROM meal_order WHERE set_code = 'senior' "
        "AND state <> 'lapsed' GROUP BY resident_id, day, period HAVING count(*) > 1"),
        QStringLiteral("more than one senior set in a meal"));
    broken << rowsOf(db, QStringLiteral(
        "SELECT o.id, o.resident_id, r.birth_date, o.day, o.total_fen FROM meal_order o "
        "LEFT JOIN resident r ON r.id = o.resident_id WHERE o.set_code = 'senior' "
        "AND (r.id IS NULL OR date(r.birth_date, '+60 years') > o.day OR o.total_fen <> min(700, o.normal_fen))"),
        QStringLiteral("a senior set for someone under 60, or not at 7 yuan"));
    broken << rowsOf(db, QStringLiteral(
        "SELECT id FROM meal_order WHERE set_code = 'driver' AND (driver_id IS NULL OR total_fen <> min(1000, normal_fen))"),
        QStringLiteral("a driver set for someone not a driver, or not at 10 yuan"));

    // Every visit has its slip.
    broken << rowsOf(db, QStringLiteral(
        "SELECT v.id, v.driver_id, count(p.id) AS slips FROM driver_visit v "
        "LEFT JOIN print_job p ON p.visit_id = v.id AND p.kind = 'checkin_slip' GROUP BY v.id, v.driver_id "
        "HAVING count(p.id) <> 1"),
        QStringLiteral("a visit without exactly one check-in slip"));

    // What the kiosk acknowledged is there, once, as acknowledged.
    for (const Logs::Order &o : logs.orders) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT request_key, payment, total_fen, coalesce(set_code, '-'), "
                                 "coalesce(resident_id, 0), (SELECT count(*) FROM meal_order WHERE request_key = ?) "
                                 "FROM meal_order WHERE id = ?"));
        q.addBindValue(o.key);
        q.addBindValue(o.id);
        if (!q.exec() || !q.next()) {
            broken << QStringLiteral("acknowledged order %1 (%2) is lost").arg(o.id).arg(o.key);
            continue;
        }
        if (q.value(0).toString() != o.key || q.value(1).toString() != o.payment || q.value(2).toLongLong() != o.totalFen
            || q.value(3).toString() != o.set || q.value(4).toLongLong() != o.residentId || q.value(5).toInt() != 1)
            broken << QStringLiteral("acknowledged order %1 (%2, %3, %4 fen, set %5) is on file as %6 %7 %8 fen set %9, %10 times")
                          .arg(o.id)
                          .arg(o.key, o.payment)
                          .arg(o.totalFen)
                          .arg(o.set, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString())
                          .arg(q.value(5).toInt());
    }
    for (const Logs::TopUp &t : logs.topUps) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM meal_card_topup WHERE id = ? AND request_key = ? "
                                 "AND resident_id = ? AND amount_fen = ?"));
        q.addBindValue(t.id);
        q.addBindValue(t.key);
        q.addBindValue(t.residentId);
        q.addBindValue(t.amountFen);
        if (!q.exec() || !q.next() || q.value(0).toInt() != 1)
            broken << QStringLiteral("acknowledged top-up %1 (%2: %3 fen for resident %4) is lost")
                          .arg(t.id)
                          .arg(t.key)
                          .arg(t.amountFen)
                          .arg(t.residentId);
    }
    for (const auto &[visit, driver] : logs.checkIns)
        if (sqlValue(db, QStringLiteral("SELECT count(*) FROM driver_visit WHERE id = %1 AND driver_id = %2").arg(visit).arg(driver)).toInt() != 1)
            broken << QStringLiteral("acknowledged check-in %1 of driver %2 is lost").arg(visit).arg(driver);
    for (const auto &[visit, driver] : logs.checkOuts)
        if (sqlValue(db, QStringLiteral("SELECT count(*) FROM driver_visit WHERE id = %1 AND driver_id = %2 "
                                        "AND checked_out_at IS NOT NULL").arg(visit).arg(driver)).toInt() != 1)
            broken << QStringLiteral("acknowledged check-out %1 of driver %2 is lost").arg(visit).arg(driver);
    // A refused order or top-up left nothing behind.
    for (auto it = logs.lastAnswer.cbegin(); it != logs.lastAnswer.cend(); ++it)
        if (it.value() == QLatin1String("R")
            && sqlValue(db, QStringLiteral("SELECT (SELECT count(*) FROM meal_order WHERE request_key = '%1') + "
                                           "(SELECT count(*) FROM meal_card_topup WHERE request_key = '%1')").arg(it.key())).toInt() != 0)
            broken << QStringLiteral("refused %1, yet it is on file").arg(it.key());
    // The kiosk never failed where it should have answered (a busy file, a lost race).
    for (const QString &error : logs.errors)
        broken << QStringLiteral("the service failed: ") + error;
    return broken;
}

QString report(const QStringList &broken)
{
    QStringList shown = broken.mid(0, 20);
    if (broken.size() > 20)
        shown << QStringLiteral("... and %1 more").arg(broken.size() - 20);
    return shown.join(u'\n');
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir folder;
    const qint64 epoch = QDateTime::currentMSecsSinceEpoch(); // the kiosks' clock starts here

    QString path(const QString &name) const { return folder.filePath(name); }

    QStringList loopArguments(const QString &site, const QString &kiosk, int ops, quint64 seed) const
    {
        return {QStringLiteral("--database"), path(site + QStringLiteral("/linli.db")),
                QStringLiteral("--secret"), path(site + QStringLiteral("/installation.key")),
                QStringLiteral("--log"), path(site + QStringLiteral("/%1.log").arg(kiosk)),
                QStringLiteral("--kiosk"), kiosk, QStringLiteral("--ops"), QString::number(ops),
                QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--epoch"), QString::number(epoch)};
    }

    std::unique_ptr<QProcess> startLoop(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("linli.*.info=false"));
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(LINLI_CRASH_LOOP), arguments);
        return process;
    }

    // A new site with the demo day, a few portions of each dish a meal.
    bool makeSite(const QString &site)
    {
        if (!QDir(folder.path()).mkpath(site))
            return false;
        KioskConfig config;
        config.databasePath = path(site + QStringLiteral("/linli.db"));
        config.secretPath = path(site + QStringLiteral("/installation.key"));
        config.kioskId = QStringLiteral("setup");
        ManualClock clock(lunchTime());
        Backend backend(config, clock);
        QString error;
        if (!backend.start(&error)) {
            qWarning().noquote() << error;
            return false;
        }
        QSqlQuery q(backend.database().connection());
        return q.exec(QString::fromLatin1(kPortionsSql));
    }

    QStringList checkSite(const QString &site)
    {
        return check(path(site + QStringLiteral("/linli.db")), Logs::read(path(site)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(folder.isValid()); }

    void killedAtRandomTheFileKeepsWhatItAcknowledged()
    {
        QElapsedTimer took;
        took.start();
        const QString site = QStringLiteral("killed");
        QVERIFY(makeSite(site));
        QRandomGenerator random(quint32(qEnvironmentVariableIntValue("LINLI_CRASH_SEED") + 20261127));

        // How long a run of 100 steps takes, start-up included: the kills fall in there.
        QElapsedTimer measured;
        measured.start();
        auto first = startLoop(loopArguments(site, QStringLiteral("kiosk-a"), 100, 1));
        QVERIFY(first->waitForFinished(60000));
        QCOMPARE(first->exitCode(), 0);
        const qint64 whole = measured.elapsed();
        QStringList broken = checkSite(site);
        QVERIFY2(broken.isEmpty(), qPrintable(report(broken)));

        // Alone, or two kiosks on the file at once, each killed at its own moment.
        const int target = killTarget();
        int kills = 0, rounds = 0;
        while (kills < target) {
            const bool pair = rounds % 2 == 1;
            std::vector<std::pair<qint64, std::unique_ptr<QProcess>>> loops;
            for (const QString &kiosk : pair ? QStringList{QStringLiteral("kiosk-a"), QStringLiteral("kiosk-b")}
                                             : QStringList{QStringLiteral("kiosk-a")}) {
                const qint64 at = random.bounded(int(whole * 11 / 10) + 1);
                loops.emplace_back(at, startLoop(loopArguments(site, kiosk, 100, quint64(rounds) + 2)));
            }
            QElapsedTimer since;
            since.start();
            std::sort(loops.begin(), loops.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            QStringList when;
            for (auto &[at, loop] : loops) {
                QVERIFY(loop->waitForStarted());
                if (const qint64 wait = at - since.elapsed(); wait > 0)
                    QTest::qSleep(int(wait));
                if (loop->state() == QProcess::Running) {
                    ::kill(pid_t(loop->processId()), SIGKILL);
                    ++kills;
                    when << QStringLiteral("%1 ms").arg(at);
                }
                loop->waitForFinished();
            }
            ++rounds;
            broken = checkSite(site);
            QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("round %1, killed after %2:\n%3")
                                                      .arg(rounds)
                                                      .arg(when.join(QStringLiteral(", ")), report(broken))));
        }
        // Started once more after the last kill, each kiosk finishes in peace.
        for (const QString &kiosk : {QStringLiteral("kiosk-a"), QStringLiteral("kiosk-b")}) {
            auto last = startLoop(loopArguments(site, kiosk, 20, 99));
            QVERIFY(last->waitForFinished(60000));
            QCOMPARE(last->exitCode(), 0);
        }
        broken = checkSite(site);
        QVERIFY2(broken.isEmpty(), qPrintable(report(broken)));

        // It did what it was meant to: sold, refused, topped up and checked in.
        const Logs logs = Logs::read(path(site));
        int senior = 0, card = 0;
        for (const Logs::Order &o : logs.orders) {
            senior += o.set == QLatin1String("senior");
            card += o.payment == QLatin1String("meal_card");
        }
        qInfo().noquote() << QStringLiteral("%1 kills in %2 rounds (%3 ms for 100 steps); acknowledged %4 orders "
                                            "(%5 senior sets, %6 by meal card), %7 top-ups, %8 check-ins, %9 "
                                            "check-outs; refused %10; %11 s in all")
                                 .arg(kills)
                                 .arg(rounds)
                                 .arg(whole)
                                 .arg(logs.orders.size())
                                 .arg(senior)
                                 .arg(card)
                                 .arg(logs.topUps.size())
                                 .arg(logs.checkIns.size())
                                 .arg(logs.checkOuts.size())
                                 .arg([&] {
                                     QStringList r;
                                     for (auto it = logs.refusals.cbegin(); it != logs.refusals.cend(); ++it)
                                         r << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
                                     return r.join(QStringLiteral(", "));
                                 }())
                                 .arg(double(took.elapsed()) / 1000, 0, 'f', 1);
        QVERIFY(senior > 0 && card > 0 && !logs.topUps.isEmpty() && !logs.checkIns.isEmpty());
        QVERIFY(logs.refusals.value(QStringLiteral("SetAlreadyTaken")) > 0);
        QVERIFY(logs.refusals.value(QStringLiteral("SoldOut")) > 0);
    }

    // Kiosks on one file do not share a clock: a driver checked in at a
    // kiosk a minute ahead checks out at one a minute behind.
    void aKioskWithItsClockBehindChecksADriverOut()
    {
        const QString site = QStringLiteral("clocks");
        QVERIFY(makeSite(site));
        KioskConfig config;
        config.databasePath = path(site + QStringLiteral("/linli.db"));
        config.secretPath = path(site + QStringLiteral("/installation.key"));
        const QDateTime noon(QDate(2026, 11, 27), QTime(12, 0));
        ManualClock aheadClock(noon.addSecs(60)), behindClock(noon.addSecs(-60));
        config.kioskId = QStringLiteral("ahead");
        Backend ahead(config, aheadClock);
        config.kioskId = QStringLiteral("behind");
        Backend behind(config, behindClock);
        QString error;
        QVERIFY2(ahead.start(&error) && behind.start(&error), qPrintable(error));
        const IdentifiedPerson driver = ahead.identity().identifyScan(ahead.identity().issueToken(TokenCodec::Type::Driver, 1));
        QCOMPARE(ahead.station().scan(driver).outcome, DriverStationService::Outcome::CheckedIn);
        QCOMPARE(behind.station().checkOut(driver).outcome, DriverStationService::Outcome::CheckedOut);
        // The stay ends as it began, never before.
        QCOMPARE(sqlValue(behind.database(), QStringLiteral("SELECT checked_out_at = checked_in_at FROM driver_visit")).toInt(), 1);
        const QStringList broken = checkSite(site);
        QVERIFY2(broken.isEmpty(), qPrintable(report(broken)));
    }

    // Kiosk processes at the same moment on one file: the last portion of a
    // dish, and one resident's senior set in one meal.
    void processesRaceForTheLastPortionAndTheSeniorSet()
    {
        const QString site = QStringLiteral("race");
        QVERIFY(makeSite(site));
        constexpr int kKiosks = 3, kRounds = 3;
        const QString db = path(site + QStringLiteral("/linli.db"));
        for (int round = 0; round < kRounds; ++round) {
            // A meal of its own each round; the dish sold down to its last portion at the counter.
            const QDateTime at(QDate(2027, 1, 4).addDays(round), QTime(11, 30));
            const qint64 dish = 1 + round; // braised pork, steamed fish, kung pao chicken
            const qint64 resident = QList<qint64>{1, 3, 7}.at(round); // each 60 or over, with a meal card
            {
                KioskConfig config;
                config.databasePath = db;
                config.secretPath = path(site + QStringLiteral("/installation.key"));
                config.kioskId = QStringLiteral("counter");
                ManualClock clock(at);
                Backend backend(config, clock);
                QString error;
                QVERIFY2(backend.start(&error), qPrintable(error));
                QVERIFY(backend.canteen().topUp(resident, 5000, 1, QStringLiteral("race-top-up-%1").arg(round)));
                for (int sold = 0;; ++sold) {
                    const QList<MenuDish> menu = backend.canteen().menu(backend.canteen().periodAt(at));
                    const auto it = std::find_if(menu.begin(), menu.end(), [&](const MenuDish &d) { return d.dishId == dish; });
                    QVERIFY(it != menu.end());
                    if (it->portions == 1)
                        break;
                    OrderDraft draft;
                    draft.dishIds = {dish};
                    draft.requestKey = QStringLiteral("race-%1-sell-%2").arg(round).arg(sold);
                    QCOMPARE(backend.canteen().place(draft).problem, Canteen::NoProblem);
                }
            }
            for (const QString &race : {QStringLiteral("last_portion"), QStringLiteral("senior_set")}) {
                const qint64 goAt = QDateTime::currentMSecsSinceEpoch() + 1200; // all started by then
                std::vector<std::unique_ptr<QProcess>> kiosks;
                for (int k = 0; k < kKiosks; ++k) {
                    QStringList arguments = loopArguments(site, QStringLiteral("racer-%1").arg(k), 1, 0);
                    arguments << QStringLiteral("--race") << race << QStringLiteral("--dish") << QString::number(dish)
                              << QStringLiteral("--resident") << QString::number(resident) << QStringLiteral("--at")
                              << QString::number(at.toMSecsSinceEpoch()) << QStringLiteral("--go-at")
                              << QString::number(goAt);
                    kiosks.push_back(startLoop(arguments));
                }
                QMap<QString, int> answers;
                for (auto &kiosk : kiosks) {
                    QVERIFY(kiosk->waitForFinished(60000));
                    const QString out = QString::fromLocal8Bit(kiosk->readAllStandardOutput()).trimmed();
                    ++answers[out.startsWith(QLatin1String("RESULT ")) ? out.mid(7) : QStringLiteral("no answer: ") + out];
                }
                const QString refusal = race == QLatin1String("last_portion") ? QStringLiteral("SoldOut")
                                                                              : QStringLiteral("SetAlreadyTaken");
                QVERIFY2(answers.value(QStringLiteral("NoProblem")) == 1 && answers.value(refusal) == kKiosks - 1,
                         qPrintable(QStringLiteral("round %1, %2: %3").arg(round).arg(race, [&] {
                             QStringList a;
                             for (auto it = answers.cbegin(); it != answers.cend(); ++it)
                                 a << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
                             return a.join(QStringLiteral(", "));
                         }())));
                const QStringList broken = checkSite(site);
                QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("round %1, %2:\n%3").arg(round).arg(race, report(broken))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
