// linli-bench: start-up figures of linli-kiosk next to a bare Qt Quick window
// (linli-minimal-window). Ratios to the bare window matter more than raw times: they hardly
// depend on how fast the machine is, so runs on different machines can be compared.
// Every figure is one line "BENCH <name> <value>"; add a figure as a function that prints
// its own lines with printFigure() and call it from main().
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <stdexcept>

namespace {

constexpr int childTimeoutMs = 30'000;

// Any failure ends the bench by throwing, not by exiting at once, so temporary folders are removed.
struct BenchError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const QString &message)
{
    throw BenchError(message.toStdString());
}

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

void printFigure(const char *name, double value, int decimals)
{
    std::printf("BENCH %s %.*f\n", name, decimals, value);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

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
    parser.addOptions({kioskOption, minimalOption, runsOption});
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

        benchFirstFrame(setup);
    } catch (const BenchError &error) {
        std::fprintf(stderr, "linli-bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
