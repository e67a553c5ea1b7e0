// Two kiosks on one database, as two processes: a community kiosk (a copy
// of this program, started with --community-kiosk) places a ride request,
// and the station's kiosk (this one, the whole Kiosk) shows it on its board
// within two seconds, without a restart: on a shared SQLite file by asking
// it each second (PRAGMA data_version), on a server by its change notice.
// The time it takes is printed as BENCH ride_board_ms.
#include "KioskFixture.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>

#include <cstdio>
#include <cstring>

using namespace linli;
using namespace linli::test;

namespace {

constexpr int kWithinMs = 2000;
constexpr qint64 kZhangGuihua = 1; // 82, no request in the demo

// The community kiosk: database, secret, kiosk id, outbox. It asks for a
// ride for 张桂华 to 六七二医院 now, and prints what became of it.
int requestAsCommunityKiosk(char *argv[])
{
    KioskConfig config;
    config.databasePath = QString::fromLocal8Bit(argv[2]);
    config.secretPath = QString::fromLocal8Bit(argv[3]);
    config.kioskId = QString::fromLocal8Bit(argv[4]);
    config.outboxPath = QString::fromLocal8Bit(argv[5]);
    ManualClock clock(lunchTime());
    Backend backend(config, clock);
    QString error;
    if (!backend.start(&error)) {
        std::printf("ERROR %s\n", qPrintable(error));
        return 1;
    }
    RideDraft draft;
    draft.resident = backend.identity().identifyScan(backend.identity().issueToken(TokenCodec::Type::Resident, kZhangGuihua));
    draft.destinationId = 2;
    draft.whenCode = QStringLiteral("now");
    draft.kiosk = config.kioskId;
    draft.requestKey = QStringLiteral("from-the-community-kiosk");
    const RideRequestResult made = backend.rides().request(draft);
    std::printf("RESULT %d %d\n", int(made.problem), made.request.request.number);
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestRidesLive : public QObject
{
    Q_OBJECT

    std::unique_ptr<KioskFixture> f;

    int waitingNumber(int number)
    {
        const QList<RideListRecord> &waiting = f->kiosk->rides()->board()->waiting()->records();
        return int(std::count_if(waiting.begin(), waiting.end(), [number](const RideListRecord &r) { return r.request.number == number; }));
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<KioskFixture>();
        KioskConfig config = f->site.config();
        config.kioskId = QStringLiteral("station");
        QVERIFY(f->start(config));
    }
    void cleanup() { f.reset(); }

    void aRequestAtTheCommunityKioskShowsOnTheStationBoard()
    {
        f->kiosk->open(Kiosk::RideBoard);
        RideBoardFlow *board = f->kiosk->rides()->board();
        QTRY_COMPARE(board->waiting()->count(), 2); // the demo's two
        RidesDesk *desk = f->kiosk->rides()->desk();
        desk->open(2); // and a staff desk of the street (吴海涛)

        const KioskConfig config = f->site.config();
        QProcess community;
        community.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        community.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--community-kiosk"), config.databasePath, config.secretPath,
                         QStringLiteral("community-east"), f->site.path(QStringLiteral("community-outbox.db"))});
        QVERIFY(community.waitForStarted());
        // Its answer is read as soon as it is written: the clock starts then.
        QTRY_VERIFY_WITH_TIMEOUT(community.canReadLine() || community.state() == QProcess::NotRunning, 30000);
        QElapsedTimer sinceCommitted;
        sinceCommitted.start();
        const QString answer = QString::fromLocal8Bit(community.readLine()).trimmed();
        QVERIFY2(answer.startsWith(QLatin1String("RESULT 0 ")), qPrintable(answer));
        const int number = answer.section(u' ', 2).toInt();
        QCOMPARE(number, 4);
        QTRY_COMPARE_WITH_TIMEOUT(waitingNumber(number), 1, kWithinMs);
        std::printf("BENCH ride_board_ms %lld\n", sinceCommitted.elapsed());
        QTRY_COMPARE_WITH_TIMEOUT(desk->requests().size(), 4, kWithinMs);
        QVERIFY(community.state() == QProcess::NotRunning || community.waitForFinished(10000));
        QCOMPARE(community.exitCode(), 0);
        // The request is the community kiosk's: its slip is not printed here.
        QCOMPARE(f->devices.simulatedPrinter->jobCount(), 0);
    }
};

int main(int argc, char *argv[])
{
    if (argc >= 6 && std::strcmp(argv[1], "--community-kiosk") == 0) {
        QCoreApplication app(argc, argv);
        return requestAsCommunityKiosk(argv);
    }
    QGuiApplication app(argc, argv);
    TestRidesLive test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_rides_live.moc"
