// linli-bench: start-up figures of linli-kiosk next to a bare Qt Quick window
// (linli-minimal-window), the canteen's order commit next to a plain fsync'd write, and
// camera QR decoding next to bare ZXing calls. Ratios to the bare window matter more than raw times: they hardly
// depend on how fast the machine is, so runs on different machines can be compared.
// Every figure is one line "BENCH <name> <value>"; add a figure as a function that prints
// its own lines with printFigure() and call it from main().
#include "BenchSupport.h"
#include "Backend.h"
#include "Database.h"
#include "QrDecoder.h"

#include <ZXing/ReadBarcode.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

#include "FleetBench.h"
#include "VoiceBench.h"

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <optional>
#include <stdexcept>

using namespace bench;

namespace {

constexpr int childTimeoutMs = 30'000;


struct Program {
    QString path;
    QStringList arguments;
};

struct Setup {
    Program kiosk;
    Program minimal;
    int runs = 11;
};

struct FirstFrame {
    double ms = 0;
    double peakRssKb = 0;
};


QString describe(QProcess &process)
{
    const QString name = QFileInfo(process.program()).fileName();
    QString what;
    if (process.error() == QProcess::FailedToStart)
        what = QStringLiteral("%1 did not start: %2").arg(name, process.errorString());
    else if (process.state() != QProcess::NotRunning)
        what = QStringLiteral("%1 timed out after %2 s").arg(name).arg(childTimeoutMs / 1000);
    else if (process.exitStatus() == QProcess::CrashExit)
        what = QStringLiteral("%1 crashed").arg(name);
    else
        what = QStringLiteral("%1 exited with code %2").arg(name).arg(process.exitCode());
    const QByteArray errors = process.readAllStandardError().trimmed();
    return errors.isEmpty() ? what : what + QStringLiteral("; its error output:\n") + QString::fromLocal8Bit(errors);
}

// Starts the program and waits for its FIRST_FRAME line. The clock runs from just before the
// start, so it covers process creation, library loading and QML start-up: all that a person
// waits for when the kiosk is switched on.
FirstFrame runToFirstFrame(const Program &program)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);

    const QDeadlineTimer deadline(childTimeoutMs);
    QElapsedTimer clock;
    clock.start();
    process.start(program.path, program.arguments);

    static constexpr QByteArrayView prefix = "FIRST_FRAME peak_rss_kb=";
    std::optional<FirstFrame> frame;
    while (!frame && process.waitForReadyRead(int(deadline.remainingTime()))) {
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        while (!frame && process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (!line.startsWith(prefix))
                continue;
            bool ok = false;
            const qint64 kb = line.mid(prefix.size()).toLongLong(&ok);
            if (!ok || kb <= 0)
                fail(QStringLiteral("unreadable line from %1: %2").arg(program.path, QString::fromLatin1(line)));
            frame = FirstFrame{ms, double(kb)};
        }
    }
    // After the first frame the program exits by itself; a non-zero exit still fails the bench.
    if (!frame || !process.waitForFinished(int(deadline.remainingTime())) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        QString message = describe(process);
        if (!frame && process.state() == QProcess::NotRunning && process.exitCode() == 0)
            message += QStringLiteral(" without printing a FIRST_FRAME line");
        process.kill();
        process.waitForFinished();
        fail(message);
    }
    return *frame;
}

// Start-up to the first frame on screen, and the peak memory by then.
void benchFirstFrame(const Setup &setup)
{
    // One unmeasured start each: it creates the kiosk's database and fills the page cache, so the
    // runs measure the steady-state start-up that a kiosk does every morning.
    runToFirstFrame(setup.kiosk);
    runToFirstFrame(setup.minimal);

    QList<double> kioskMs, minimalMs, msRatios, kioskKb, minimalKb;
    // Interleaved, so that drift in the machine's load hits both programs alike.
    for (int i = 0; i < setup.runs; ++i) {
        const FirstFrame kiosk = runToFirstFrame(setup.kiosk);
        const FirstFrame minimal = runToFirstFrame(setup.minimal);
        kioskMs << kiosk.ms;
        minimalMs << minimal.ms;
        msRatios << kiosk.ms / minimal.ms;
        kioskKb << kiosk.peakRssKb;
        minimalKb << minimal.peakRssKb;
    }
    printFigure("startup_kiosk_ms", median(kioskMs), 1);
    printFigure("startup_minimal_ms", median(minimalMs), 1);
    printFigure("startup_ratio", median(msRatios), 3);
    printFigure("rss_kiosk_kb", median(kioskKb), 0);
    printFigure("rss_minimal_kb", median(minimalKb), 0);
    printFigure("rss_ratio", median(kioskKb) / median(minimalKb), 3);
}

} // namespace

// One canteen order (its lines, portions, payment and two print jobs: one
// transaction, WAL, synchronous=FULL) against the cheapest durable write the
// same disk can do: 4 KiB and an fsync. Interleaved, so both see the same disk.
void benchOrderCommit(int runs, const QString &folder)
{
    using namespace linli;
    KioskConfig config;
    config.databasePath = folder + QStringLiteral("/orders.db");
    config.secretPath = folder + QStringLiteral("/orders.key");
    ManualClock clock(QDateTime(QDate::currentDate(), QTime(11, 30)));
    Backend backend(config, clock);
    QString error;
    if (!backend.start(&error))
        fail(error);
    CanteenService &canteen = backend.canteen();
    canteen.menu(canteen.periodAt(clock.now()));
    QSqlQuery enough(backend.database().connection());
    if (!enough.exec(QStringLiteral("UPDATE menu_item SET portions = 1000000")))
        fail(QStringLiteral("cannot stock the menu"));

    const int fd = ::open(QFile::encodeName(folder + QStringLiteral("/plain.bin")).constData(),
                          O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        fail(QStringLiteral("cannot open a file to write"));
    const QByteArray block(4096, 'x');
    // The least any durable SQLite commit costs here: one small row, same settings.
    Database floorDb(QStringLiteral("bench-floor"));
    if (!floorDb.open(folder + QStringLiteral("/floor.db"))
        || !floorDb.execStatement(QStringLiteral("CREATE TABLE one_row (payload BLOB)")))
        fail(QStringLiteral("cannot create the floor database"));
    QList<double> ratios, floorRatios, orderMs, writeMs;
    qint64 receiptBytes = 0;
    const int samples = qMax(runs * 10, 100);
    for (int i = 0; i < samples; ++i) {
        OrderDraft draft;
        draft.dishIds = {1, 5, 9, 11};
        draft.requestKey = QStringLiteral("bench-%1").arg(i);
        QElapsedTimer timer;
        timer.start();
        const PlacedOrder placed = canteen.place(draft);
        const double order = timer.nsecsElapsed() / 1e6;
        if (placed.problem != Canteen::NoProblem)
            fail(QStringLiteral("order %1 was refused (%2)").arg(i).arg(int(placed.problem)));
        timer.restart();
        if (::pwrite(fd, block.constData(), block.size(), 0) != block.size() || ::fsync(fd) != 0)
            fail(QStringLiteral("the plain write failed"));
        const double write = timer.nsecsElapsed() / 1e6;
        timer.restart();
        {
            Transaction transaction(floorDb);
            Query insert(floorDb, QStringLiteral("INSERT INTO one_row (payload) VALUES (?)"));
            if (!insert.exec(QByteArray(600, 'x')) || !transaction.commit())
                fail(QStringLiteral("the one-row commit failed"));
        }
        const double oneRow = timer.nsecsElapsed() / 1e6;
        orderMs.append(order);
        writeMs.append(write);
        ratios.append(order / write);
        floorRatios.append(oneRow / write);
        if (i == 0)
            receiptBytes = PrintJobStore(backend.database()).job(placed.receiptJob)->payload.size();
    }
    ::close(fd);
    printFigure("order_commit_ms", median(orderMs), 3);
    printFigure("plain_fsync_write_ms", median(writeMs), 3);
    printFigure("order_commit_ratio", median(ratios), 3);
    printFigure("one_row_commit_ratio", median(floorRatios), 3);
    printFigure("receipt_bytes", double(receiptBytes), 0);
}

// Camera decoding on 1280x720 grey frames, half with a QR code: our path next
// to a bare ZXing call with QR-only hints and with ZXing's default (every
// format), frame by frame, interleaved.
void benchCameraQr(int runs)
{
    using namespace linli;
    const QImage code = QrDecoder::render(QStringLiteral("LL1:D:1:20261127:ABCDEFGHIJKLMNOPQRSTUVWX"), 260);
    // Like a camera's: a lit gradient with sensor noise, never a flat page.
    QList<QImage> frames;
    QRandomGenerator noise(2026);
    for (int i = 0; i < 20; ++i) {
        QImage frame(1280, 720, QImage::Format_Grayscale8);
        for (int y = 0; y < frame.height(); ++y) {
            uchar *line = frame.scanLine(y);
            for (int x = 0; x < frame.width(); ++x)
                line[x] = uchar(qBound(0, 90 + x / 16 + y / 12 + int(noise.bounded(24)) - 12, 255));
        }
        if (i % 2 == 0)
            QPainter(&frame).drawImage(200 + 40 * i, 100 + 10 * i, code);
        frames.append(frame);
    }
    const auto bare = [](const QImage &frame, bool qrOnly) {
        const ZXing::ImageView view(frame.constBits(), frame.width(), frame.height(), ZXing::ImageFormat::Lum,
                                    int(frame.bytesPerLine()));
        ZXing::DecodeHints hints;
        if (qrOnly)
            hints.setFormats(ZXing::BarcodeFormat::QRCode);
        return ZXing::ReadBarcodes(view, hints).size();
    };
    double ours = 0, bareQr = 0, bareAll = 0;
    int found = 0;
    QElapsedTimer timer;
    for (int round = 0; round < runs; ++round) {
        for (const QImage &frame : std::as_const(frames)) {
            // The camera takes one pass a frame, in turn: a frame costs the passes' mean.
            for (int pass = 0; pass < QrDecoder::PassCount; ++pass) {
                timer.start();
                found += int(QrDecoder::decode(frame, QrDecoder::Pass(pass)).size());
                ours += timer.nsecsElapsed() / 1e6 / QrDecoder::PassCount;
            }
            timer.start();
            bare(frame, true);
            bareQr += timer.nsecsElapsed() / 1e6;
            timer.start();
            bare(frame, false);
            bareAll += timer.nsecsElapsed() / 1e6;
        }
    }
    const int decoded = runs * int(frames.size());
    if (found != decoded / 2 * QrDecoder::PassCount)
        fail(QStringLiteral("the camera path's %1 passes read %2 codes in %3 frames, expected %4")
                 .arg(QrDecoder::PassCount)
                 .arg(found)
                 .arg(decoded)
                 .arg(decoded / 2 * QrDecoder::PassCount));
    printFigure("qr_decode_ms", ours / decoded, 3);
    printFigure("qr_vs_zxing_qr_ratio", ours / bareQr, 3);
    printFigure("qr_vs_zxing_all_ratio", ours / bareAll, 3);
    printFigure("qr_fps", 1000.0 / (ours / decoded), 1);

    // From a frame's arrival to the scan signal, through the decoding thread.
    CameraQrScanner camera(nullptr, 0);
    QList<double> latencies;
    QEventLoop loop;
    QObject::connect(&camera, &QrScanner::scanned, &loop, &QEventLoop::quit);
    for (int i = 0; i < runs * 3; ++i) {
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        timer.start();
        camera.submitFrame(frames.at(0));
        loop.exec();
        latencies.append(timer.nsecsElapsed() / 1e6);
    }
    printFigure("qr_latency_ms", median(latencies), 3);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures linli-kiosk's start-up against a bare Qt Quick window and prints BENCH lines."));
    parser.addHelpOption();
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
        QStringLiteral("linli-kiosk to measure (default: next to linli-bench)."), QStringLiteral("PATH"));
    const QCommandLineOption minimalOption(QStringLiteral("minimal"),
        QStringLiteral("linli-minimal-window to compare with (default: next to linli-bench)."), QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Measured runs of each program, at least 10 (default: 11)."), QStringLiteral("N"),
        QStringLiteral("11"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QStringLiteral("Measure one part only: startup, order, camera, voice or fleet."), QStringLiteral("PART"));
    parser.addOptions({kioskOption, minimalOption, runsOption, onlyOption});
    parser.process(app);

    const auto pathOf = [&](const QCommandLineOption &option, const QString &name) {
        return parser.isSet(option) ? parser.value(option) : QCoreApplication::applicationDirPath() + u'/' + name;
    };
    const QString kioskPath = pathOf(kioskOption, QStringLiteral("linli-kiosk"));
    const QString minimalPath = pathOf(minimalOption, QStringLiteral("linli-minimal-window"));
    bool runsOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);

    try {
        if (!runsOk || runs < 10)
            fail(QStringLiteral("--runs must be a whole number of at least 10, not '%1'").arg(parser.value(runsOption)));
        for (const QString &path : {kioskPath, minimalPath})
            if (!QFileInfo(path).isExecutable())
                fail(QStringLiteral("no program at %1 (build it, or give its path with --kiosk/--minimal)").arg(path));
        // The kiosk's own database, so measuring never touches a real one.
        QTemporaryDir data;
        if (!data.isValid())
            fail(QStringLiteral("cannot create a temporary folder: %1").arg(data.errorString()));

        Setup setup;
        setup.runs = runs;
        setup.kiosk = {kioskPath,
                       {QStringLiteral("--windowed"), QStringLiteral("--devices"), QStringLiteral("simulated"),
                        QStringLiteral("--database"), data.filePath(QStringLiteral("bench.db")),
                        QStringLiteral("--secret"), data.filePath(QStringLiteral("bench.key")),
                        QStringLiteral("--exit-after-first-frame")}};
        setup.minimal = {minimalPath, {QStringLiteral("--exit-after-first-frame")}};

        const QString only = parser.value(onlyOption);
        const auto wanted = [&only](const char *part) { return only.isEmpty() || only == QLatin1String(part); };
        if (!only.isEmpty() && !QStringList{"startup", "order", "camera", "voice", "fleet"}.contains(only))
            fail(QStringLiteral("--only must be startup, order, camera, voice or fleet, not '%1'").arg(only));
        if (wanted("startup"))
            benchFirstFrame(setup);
        if (wanted("order"))
            benchOrderCommit(runs, data.path());
        if (wanted("camera"))
            benchCameraQr(runs);
        if (wanted("voice"))
            benchVoice(runs, QCoreApplication::applicationDirPath());
        if (wanted("fleet"))
            benchFleet(data.path());
    } catch (const BenchError &error) {
        std::fprintf(stderr, "linli-bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
