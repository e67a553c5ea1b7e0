// linli-kiosk: parses the command line and wires the pieces together.
#include "Backend.h"
#include "CanteenStore.h"
#include "Database.h"
#include "CommandLine.h"
#include "DeviceSet.h"
#include "FirstFrameProbe.h"
#include "ItemImport.h"
#include "Kiosk.h"
#include "Money.h"
#include "PeopleImport.h"
#include "PersonExport.h"
#include "QrDecoder.h"
#include "UsbInventory.h"
#include "ScreenshotTour.h"
#include "SimulatorKeys.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QGuiApplication>
#include <QSocketNotifier>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <csignal>
#include <memory>
#include <optional>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(LinliPlugin)
Q_IMPORT_QML_PLUGIN(Linli_CorePlugin)

namespace {

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// The handler's end and the event loop's end of a socket pair.
int terminationPipe[2] = {-1, -1};

// systemd stops the kiosk with SIGTERM, a person with Ctrl+C: either closes it
// like a normal quit, so the slip at the printer is recorded first. The
// handler only writes a byte; the event loop does the rest.
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, terminationPipe) != 0)
        return;
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(terminationPipe[0], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    auto *notifier = new QSocketNotifier(terminationPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(terminationPipe[1], &byte, 1);
        std::fputs("linli-kiosk: stopping\n", stderr);
        QCoreApplication::quit();
    });
}


// The embedded default: a SQLite file in the user's data folder, the secret
// beside the configuration.
void useDefaultLocations(linli::KioskConfig &config)
{
    if (config.databasePath.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        config.databasePath = QDir(folder).filePath(QStringLiteral("linli.db"));
    }
    if (config.secretPath.isEmpty())
        config.secretPath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                                .filePath(QStringLiteral("installation.key"));
    if (config.outboxPath.isEmpty() && linli::Database::isServerAddress(config.databasePath)) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        config.outboxPath = QDir(folder).filePath(QStringLiteral("outbox.db"));
    }
}

// linli-kiosk --migrate: the installer brings the database to this
// program's schema (kiosks on a server never do it themselves).
// Brings the database to this program's schema; false, said on stderr, when it cannot.
bool migrated(linli::Backend &backend)
{
    QString error;
    if (backend.migrate(&error))
        return true;
    std::fprintf(stderr, "linli-kiosk: %s\n", qPrintable(error));
    return false;
}

int migrateAndExit(int argc, char *argv[], linli::KioskConfig config)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linli"));
    useDefaultLocations(config);
    linli::Clock clock;
    linli::Backend backend(config, clock);
    if (!migrated(backend))
        return 1;
    std::printf("%s is at schema version %d\n", qPrintable(backend.database().displayName()),
                backend.database().schemaVersion());
    return 0;
}

// The database a command from staff or the installer works on: it must
// exist (a mistyped --database must not become a new database with the demo
// day in it), and is migrated first. Null, said on stderr, when not.
std::unique_ptr<linli::Backend> existingDatabase(linli::KioskConfig config, const linli::Clock &clock)
{
    QCoreApplication::setApplicationName(QStringLiteral("linli"));
    useDefaultLocations(config);
    if (!linli::Database::isServerAddress(config.databasePath) && !QFileInfo::exists(config.databasePath)) {
        std::fprintf(stderr, "linli-kiosk: there is no database at %s (give --database, or start the kiosk once)\n",
                     qPrintable(config.databasePath));
        return nullptr;
    }
    auto backend = std::make_unique<linli::Backend>(config, clock);
    if (!migrated(*backend))
        return nullptr;
    return backend;
}

// What an import works on: the database (as existingDatabase()) and the file's bytes.
struct ImportInput
{
    std::unique_ptr<linli::Backend> backend;
    QByteArray bytes;
};
std::optional<ImportInput> importInput(const linli::KioskConfig &config, const linli::Clock &clock, const QString &file)
{
    ImportInput input{existingDatabase(config, clock), {}};
    if (!input.backend)
        return std::nullopt;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "linli-kiosk: cannot read %s: %s\n", qPrintable(file), qPrintable(in.errorString()));
        return std::nullopt;
    }
    input.bytes = in.readAll();
    return input;
}

// An import that wrote nothing: every bad line, or the database's failure. 1, for the exit code.
int refusedImport(const QString &csvName, const QList<linli::ImportError> &errors, const QString &storageError)
{
    if (errors.isEmpty()) {
        std::fprintf(stderr, "linli-kiosk: nothing imported from %s: the database failed: %s\n", qPrintable(csvName),
                     qPrintable(storageError));
        return 1;
    }
    QSet<int> lines;
    for (const linli::ImportError &e : errors) {
        std::fprintf(stderr, "linli-kiosk: %s %s\n", qPrintable(csvName), qPrintable(e.text()));
        lines.insert(e.line);
    }
    std::fprintf(stderr, "linli-kiosk: nothing imported from %s: %lld %s to put right\n", qPrintable(csvName),
                 qlonglong(lines.size()), lines.size() == 1 ? "line" : "lines");
    return 1;
}

void printItemsImported(const QString &csvName, const QString &into, const linli::ImportReport &report, bool names)
{
    if (names) {
        std::printf("%s: %d names added to intake's lists, %d were there already (%s)\n", qPrintable(csvName),
                    report.namesAdded, report.namesKnown, qPrintable(into));
        return;
    }
    std::printf("%s: %lld added, %lld changed, %lld as they were (%s)\n", qPrintable(csvName),
                qlonglong(report.added.size()), qlonglong(report.updated.size()), qlonglong(report.unchanged.size()),
                qPrintable(into));
    if (!report.added.isEmpty()) {
        const qint64 first = report.added.constFirst(), last = report.added.constLast();
        QStringList numbers;
        if (last - first + 1 == report.added.size())
            numbers.append(first == last ? QString::number(first) : QStringLiteral("%1 to %2").arg(first).arg(last));
        else
            for (qint64 id : report.added)
                numbers.append(QString::number(id));
        std::printf("new things: %s %s; print their labels at the staff desk (共享小屋)\n",
                    report.added.size() == 1 ? "number" : "numbers", qPrintable(numbers.join(QStringLiteral(", "))));
    }
}

enum class ImportKind { Items, ItemNames, People };

// linli-kiosk --import-items / --import-item-names: staff or the installer
// bring the Shared House's catalog, or intake's names, from a spreadsheet;
// --import-people the street office's roll of residents, or its staff list.
// Every bad line goes to stderr and nothing is written unless all are right.
int importAndExit(int argc, char *argv[], const linli::KioskConfig &config, const QString &file, ImportKind kind)
{
    QCoreApplication app(argc, argv);
    const QString csvName = QFileInfo(file).fileName();
    linli::Clock clock;
    const std::optional<ImportInput> input = importInput(config, clock, file);
    if (!input)
        return 1;
    linli::Database &db = input->backend->database();
    if (kind == ImportKind::People) {
        const linli::PeopleImportReport report = linli::PeopleImport(db, clock).importPeople(input->bytes);
        if (!report.imported)
            return refusedImport(csvName, report.errors, report.storageError);
        std::printf("%s (%s, %s):\n", qPrintable(csvName),
                    report.kind == linli::PeopleImportReport::Kind::Staff ? "staff" : "residents",
                    qPrintable(db.displayName()));
        for (const QString &line : report.summary())
            std::printf("%s\n", qPrintable(line));
        return 0;
    }
    linli::ItemImport import(db, input->backend->identity(), clock);
    const bool names = kind == ImportKind::ItemNames;
    const linli::ImportReport report = names ? import.importNames(input->bytes) : import.importItems(input->bytes);
    if (!report.imported)
        return refusedImport(csvName, report.errors, report.storageError);
    printItemsImported(csvName, db.displayName(), report, names);
    return 0;
}

// linli-kiosk --export-person: what the register holds about one person, for them.
int exportPersonAndExit(int argc, char *argv[], const linli::KioskConfig &config, const QString &id)
{
    QCoreApplication app(argc, argv);
    linli::Clock clock;
    const std::unique_ptr<linli::Backend> backend = existingDatabase(config, clock);
    if (!backend)
        return 1;
    // The command line checked its shape.
    const linli::CardHolder person = *linli::person_export::parsePersonId(id);
    const linli::PersonExportResult result = linli::PersonExport(backend->database()).exportPerson(person);
    if (!result.found) {
        std::fprintf(stderr, "linli-kiosk: %s\n", qPrintable(result.error));
        return 1;
    }
    std::fwrite(result.json.constData(), 1, size_t(result.json.size()), stdout);
    return 0;
}

// linli-kiosk --check-ledger: every meal card's balance against its ledger,
// for the street office's audit or after a repair of the database.
int checkLedgerAndExit(int argc, char *argv[], const linli::KioskConfig &config)
{
    QCoreApplication app(argc, argv);
    linli::Clock clock;
    const std::unique_ptr<linli::Backend> backend = existingDatabase(config, clock);
    if (!backend)
        return 1;
    const auto mismatches = linli::CanteenStore(backend->database()).ledgerMismatches();
    if (!mismatches) {
        std::fprintf(stderr, "linli-kiosk: cannot read the ledger: %s\n", qPrintable(backend->database().errorString()));
        return 1;
    }
    for (const linli::LedgerMismatch &m : *mismatches)
        std::printf("resident %lld: the card holds %s yuan, its ledger adds up to %s, its last row left %s\n",
                    qlonglong(m.residentId), qPrintable(linli::yuan(m.balanceFen)), qPrintable(linli::yuan(m.ledgerFen)),
                    qPrintable(linli::yuan(m.lastRowFen)));
    std::printf("%s: %s\n", qPrintable(backend->database().displayName()),
                mismatches->isEmpty() ? "every meal card equals its ledger"
                                      : qPrintable(QStringLiteral("%1 meal cards do not equal their ledger").arg(mismatches->size())));
    return mismatches->isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    linli::CommandLine command = linli::CommandLine::parse(arguments);
    if (command.action == linli::CommandLine::Action::Exit) {
        std::fputs(qPrintable(command.output + u'\n'), command.exitCode == 0 ? stdout : stderr);
        return command.exitCode;
    }
    if (command.migrate)
        return migrateAndExit(argc, argv, command.config);
    if (!command.importItems.isEmpty())
        return importAndExit(argc, argv, command.config, command.importItems, ImportKind::Items);
    if (!command.importItemNames.isEmpty())
        return importAndExit(argc, argv, command.config, command.importItemNames, ImportKind::ItemNames);
    if (!command.importPeople.isEmpty())
        return importAndExit(argc, argv, command.config, command.importPeople, ImportKind::People);
    if (command.checkLedger)
        return checkLedgerAndExit(argc, argv, command.config);
    if (!command.exportPerson.isEmpty())
        return exportPersonAndExit(argc, argv, command.config, command.exportPerson);
    if (command.listDevices) {
        QString error;
        const auto devices = linli::listUsbDevices(&error);
        if (!devices) {
            std::fprintf(stderr, "linli-kiosk: %s\n", qPrintable(error));
            return 1;
        }
        if (devices->isEmpty())
            std::puts("no USB devices seen");
        for (const QString &line : linli::describeUsbDevices(*devices))
            std::puts(qPrintable(line));
        return 0;
    }
    if (!command.scanImages.isEmpty()) {
        // No window: images are read as camera frames are, with every pass a camera takes in turn.
        QCoreApplication app(argc, argv);
        int unreadable = 0;
        for (const QString &file : std::as_const(command.scanImages)) {
            const QImage image(file);
            if (image.isNull()) {
                std::printf("%s: cannot read this image\n", qPrintable(file));
                ++unreadable;
                continue;
            }
            const QStringList codes = linli::QrDecoder::decodeStill(image);
            std::printf("%s: %s\n", qPrintable(file),
                        codes.isEmpty() ? "no QR code found" : qPrintable(codes.join(QStringLiteral(" | "))));
        }
        return unreadable == 0 ? 0 : 1;
    }
    const bool platformGiven = arguments.contains(QStringLiteral("-platform")) || arguments.contains(QStringLiteral("--platform"));
    if (!platformGiven && !hasDisplay()) {
        std::fputs("linli-kiosk: no display found. Run it under a virtual display or off screen:\n"
                   "  xvfb-run -a -s '-screen 0 1920x1080x24' linli-kiosk --windowed\n"
                   "  linli-kiosk -platform offscreen --screenshot-tour shots/\n",
                   stderr);
        return 1;
    }

    QGuiApplication app(argc, argv);
    quitOnTerminationSignals(app);
    QGuiApplication::setApplicationName(QStringLiteral("linli"));
    QGuiApplication::setApplicationVersion(QStringLiteral(LINLI_VERSION));

    linli::KioskConfig &config = command.config;
    QTemporaryDir tourData;
    if (!command.screenshotTour.isEmpty()) {
        // The tour checks people in and out: never on a real database.
        config.databasePath = tourData.filePath(QStringLiteral("tour.db"));
        config.secretPath = tourData.filePath(QStringLiteral("tour.key"));
        config.devices = linli::KioskConfig::DeviceMode::Simulated;
        config.demoData = true;
        config.fullscreen = false;
        config.repeatScanMs = 0;
        config.idleTimeoutSeconds = 600;
        config.voiceToMemory = true;
    }
    useDefaultLocations(config);

    QObject deviceOwner;
    QString error;
    const std::optional<linli::DeviceSet> devices = linli::DeviceSet::create(config, &deviceOwner, &error);
    if (!devices) {
        std::fprintf(stderr, "linli-kiosk: %s\n", qPrintable(error));
        return 2;
    }

    // The tour stands at today's lunch and moves its own clock; the kiosk runs on the real one.
    linli::Clock realClock;
    linli::ManualClock tourClock(QDateTime(QDate::currentDate(), QTime(11, 30)));
    const bool touring = !command.screenshotTour.isEmpty();
    linli::Kiosk kiosk(config, *devices, touring ? static_cast<linli::Clock &>(tourClock) : realClock);
    linli::Kiosk::setInstance(&kiosk);
    if (devices->simulatedScanner && !config.fullscreen)
        new linli::SimulatorKeys(&kiosk);

    QQmlApplicationEngine engine;
    // Where the static Linli modules keep their qmldir: the screens in the
    // module's folders find each other through it (Qt 6.4 does not look there itself).
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Linli/shell/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (config.fullscreen)
        window->showFullScreen();
    // The database opens once the attract screen is up: the first frame waits for nothing.
    QObject::connect(window, &QQuickWindow::frameSwapped, &kiosk, &linli::Kiosk::start, Qt::SingleShotConnection);

    if (command.exitAfterFirstFrame)
        linli::exitAfterFirstFrame(window);

    std::unique_ptr<linli::ScreenshotTour> tour;
    if (!command.screenshotTour.isEmpty()) {
        tour = std::make_unique<linli::ScreenshotTour>(&kiosk, &tourClock, window, command.screenshotTour);
        QObject::connect(tour.get(), &linli::ScreenshotTour::finished, &app, [](bool ok, const QString &message) {
            std::fprintf(ok ? stdout : stderr, "screenshot tour: %s\n", qPrintable(message));
            QCoreApplication::exit(ok ? 0 : 1);
        });
        tour->start();
    }
    const int exitCode = app.exec();
    // A slip at the printer gets its outcome recorded before the devices go.
    kiosk.finishPrinting(5000);
    return exitCode;
}
