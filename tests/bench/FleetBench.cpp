#include "FleetBench.h"

#include "Backend.h"
#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <memory>
#include <vector>

using namespace bench;
using namespace linli;

namespace {

constexpr int kKiosks = 20;
constexpr int kOrdersPerKiosk = 40;
constexpr int kRatioSamples = 200;
// A lunch of meat, greens, soup and rice, the meat changing from order to order.
const QList<qint64> kMeats = {1, 2, 3, 4};
constexpr qint64 kGreens = 5, kSoup = 10, kRice = 11;

void cluster(const QString &action, const QString &state)
{
    QProcess script;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LINLI_SERVER_DURABLE"), QStringLiteral("1"));
    script.setProcessEnvironment(environment);
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(QStringLiteral(LINLI_CLUSTER_SCRIPT), {action, state});
    if (!script.waitForFinished(60000) || script.exitCode() != 0)
        fail(QStringLiteral("the bench's PostgreSQL server did not %1").arg(action));
}

QString socketOf(const QString &state)
{
    QFile file(state + QStringLiteral("/socket"));
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("the bench's PostgreSQL server has no socket"));
    return QString::fromUtf8(file.readAll()).trimmed();
}

OrderDraft lunch(int kiosk, int i)
{
    OrderDraft draft;
    draft.dishIds = {kMeats[(kiosk + i) % kMeats.size()], kGreens, kSoup, kRice};
    draft.requestKey = QStringLiteral("fleet-%1-%2").arg(kiosk).arg(i);
    return draft;
}

// The server's cheapest durable write, beside the order on the same server.
double roundTripMs(QSqlDatabase &db, int i)
{
    QSqlQuery q(db);
    QElapsedTimer timer;
    timer.start();
    if (!q.exec(QStringLiteral("BEGIN")) || !q.exec(QStringLiteral("INSERT INTO bench_round_trip (n) VALUES (%1)").arg(i))
        || !q.exec(QStringLiteral("COMMIT")))
        fail(QStringLiteral("the bare insert failed: %1").arg(q.lastError().text()));
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

void benchFleet(const QString &folder)
{
    const QString state = folder + QStringLiteral("/fleet-server");
    cluster(QStringLiteral("start"), state);
    struct StopServer {
        QString state;
        ~StopServer() { cluster(QStringLiteral("stop"), state); }
    } stopServer{state};
    const QString socket = socketOf(state);
    {
        // A database of the street's: made from template1, which gives the kiosk role its rights.
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setHostName(socket);
        admin.setUserName(QStringLiteral("linli_owner"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open() || !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE street")))
            fail(QStringLiteral("cannot create the bench's database"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    const auto address = [&](const char *role) {
        return QStringLiteral("postgresql://%1@/street?host=%2").arg(QLatin1String(role), socket);
    };

    ManualClock clock(QDateTime(QDate::currentDate(), QTime(11, 30)));
    KioskConfig config;
    config.secretPath = folder + QStringLiteral("/fleet.key");
    config.outboxPath = folder + QStringLiteral("/fleet-outbox.db");
    config.databasePath = address("linli_owner");
    config.demoData = true;
    Backend installer(config, clock);
    QString error;
    if (!installer.migrate(&error))
        fail(error);
    installer.canteen().menu(installer.canteen().periodAt(clock.now()));
    QSqlQuery setup(installer.database().connection());
    if (!setup.exec(QStringLiteral("UPDATE menu_item SET portions = 1000000"))
        || !setup.exec(QStringLiteral("CREATE TABLE bench_round_trip (n BIGINT)")))
        fail(QStringLiteral("cannot prepare the bench's server"));

    // 20 kiosks, each on its own thread and connection, starting together.
    config.databasePath = address("linli_kiosk");
    QMutex mutex;
    QList<double> latencies;
    int refused = 0;
    QSemaphore connected, go;
    std::vector<std::unique_ptr<QThread>> kiosks;
    for (int k = 0; k < kKiosks; ++k) {
        kiosks.emplace_back(QThread::create([&, k] {
            KioskConfig own = config;
            own.kioskId = QStringLiteral("kiosk-%1").arg(k);
            own.outboxPath = folder + QStringLiteral("/fleet-outbox-%1.db").arg(k);
            Backend kiosk(own, clock);
            QString startError;
            const bool started = kiosk.start(&startError);
            connected.release();
            go.acquire();
            if (!started)
                return;
            QList<double> mine;
            int mineRefused = 0;
            for (int i = 0; i < kOrdersPerKiosk; ++i) {
                QElapsedTimer timer;
                timer.start();
                const bool placed = kiosk.canteen().place(lunch(k, i)).problem == Canteen::NoProblem;
                mine.append(timer.nsecsElapsed() / 1e6);
                mineRefused += placed ? 0 : 1;
            }
            QMutexLocker lock(&mutex);
            latencies += mine;
            refused += mineRefused;
        }));
        kiosks.back()->start();
    }
    connected.acquire(kKiosks);
    QElapsedTimer wall;
    wall.start();
    go.release(kKiosks);
    for (auto &kiosk : kiosks)
        kiosk->wait();
    const double seconds = wall.nsecsElapsed() / 1e9;
    if (latencies.size() != kKiosks * kOrdersPerKiosk || refused > 0)
        fail(QStringLiteral("%1 of %2 fleet orders were refused or not placed")
                 .arg(refused + kKiosks * kOrdersPerKiosk - int(latencies.size()))
                 .arg(kKiosks * kOrdersPerKiosk));
    printFigure("fleet_orders_per_s", double(latencies.size()) / seconds, 1);
    printFigure("fleet_order_p99_ms", percentile(latencies, 0.99), 2);

    // One kiosk alone: an order against BEGIN + INSERT + COMMIT, interleaved.
    QList<double> ratios, orders, trips;
    QSqlDatabase bare = installer.database().connection();
    for (int i = 0; i < kRatioSamples; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (installer.canteen().place(lunch(kKiosks, i)).problem != Canteen::NoProblem)
            fail(QStringLiteral("a single order was refused"));
        const double order = timer.nsecsElapsed() / 1e6;
        const double trip = roundTripMs(bare, i);
        orders.append(order);
        trips.append(trip);
        ratios.append(order / trip);
    }
    printFigure("pg_order_ms", median(orders), 3);
    printFigure("pg_insert_commit_ms", median(trips), 3);
    printFigure("pg_order_vs_roundtrip_ratio", median(ratios), 2);
}
