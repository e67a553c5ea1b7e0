#include "CommandLine.h"

#include "Database.h"
#include "PersonExport.h"
#include "SimulatorKeys.h"
#include "UsbDeviceTable.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace linli {

namespace {

CommandLine refuse(const QString &message)
{
    CommandLine result;
    result.action = CommandLine::Action::Exit;
    result.exitCode = 2;
    result.output = QStringLiteral("linli-kiosk: %1 (see --help)").arg(message);
    return result;
}

std::optional<KioskConfig::DeviceMode> deviceMode(const QString &value)
{
    if (value == QLatin1String("auto"))
        return KioskConfig::DeviceMode::Auto;
    if (value == QLatin1String("simulated"))
        return KioskConfig::DeviceMode::Simulated;
    if (value == QLatin1String("real"))
        return KioskConfig::DeviceMode::Real;
    return std::nullopt;
}

std::optional<PaperWidth> paperWidth(const QString &value)
{
    if (value == QLatin1String("58"))
        return PaperWidth::Mm58;
    if (value == QLatin1String("80"))
        return PaperWidth::Mm80;
    return std::nullopt;
}

std::optional<int> idleSeconds(const QString &value)
{
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (!ok || seconds < 10 || seconds > 3600)
        return std::nullopt;
    return seconds;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Linli (邻里) community self-service kiosk: Happiness Canteen, Shared House, Driver Home.\n\n")
        + SimulatorKeys::help());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("SQLite database file (default: $XDG_DATA_HOME/linli/linli.db), or a street's server: "
                       "postgresql://USER@HOST:PORT/DBNAME[?sslmode=require&passfile=FILE]."),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("INI file with [kiosk] settings."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption devices(QStringLiteral("devices"),
        QStringLiteral("simulated, real or auto (default: auto, simulated where no hardware is found)."),
        QStringLiteral("MODE"));
    const QCommandLineOption camera(QStringLiteral("camera"),
        QStringLiteral("Scan QR codes with a camera: 'default' or part of its name (default: none)."),
        QStringLiteral("NAME"));
    const QCommandLineOption windowed(QStringLiteral("windowed"), QStringLiteral("Run in a window."));
    const QCommandLineOption fullscreen(QStringLiteral("fullscreen"), QStringLiteral("Run full screen (default)."));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("zh_CN (default) or en."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption largeText(QStringLiteral("large-text"), QStringLiteral("Start in large-text mode."));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds without a touch before the kiosk returns to the start (10-3600, default 60)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption tour(QStringLiteral("screenshot-tour"),
        QStringLiteral("Render every screen in both languages and text sizes to DIR/*.png on a throw-away "
                       "database, then exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption printerOutput(QStringLiteral("printer-output"),
        QStringLiteral("Simulated printer: also write each job's ESC/POS bytes to DIR."), QStringLiteral("DIR"));
    const QCommandLineOption paper(QStringLiteral("paper"), QStringLiteral("Receipt paper width in mm: 58 or 80."),
                                   QStringLiteral("MM"));
    const QCommandLineOption secret(QStringLiteral("secret"),
        QStringLiteral("Installation secret file (default: $XDG_CONFIG_HOME/linli/installation.key)."),
        QStringLiteral("FILE"));
    const QCommandLineOption scanImage(QStringLiteral("scan-image"),
        QStringLiteral("Read the QR codes in image files through the camera's decoder, print one line per file, "
                       "and exit (for installers whose codes do not scan). Files follow the option."));
    const QCommandLineOption listDevices(QStringLiteral("list-devices"),
        QStringLiteral("Print every USB device seen, and which driver would claim it or why none does, then exit."));
    const QCommandLineOption udevRules(QStringLiteral("udev-rules"),
        QStringLiteral("Print udev rules giving GROUP access to the USB devices the kiosk drives, then exit."),
        QStringLiteral("GROUP"));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"), QStringLiteral("Do not fill a new database with demo data."));
    const QCommandLineOption migrate(QStringLiteral("migrate"),
                                     QStringLiteral("Bring the database to this program's schema and record the "
                                                    "installation secret, then exit (the installer, as the owner role)."));
    const QCommandLineOption demoDay(QStringLiteral("demo-day"),
                                     QStringLiteral("With --migrate on a server: fill a new database with the demo day."));
    const QCommandLineOption importItems(QStringLiteral("import-items"),
        QStringLiteral("Add or change Shared House things from a UTF-8 CSV file with the header "
                       "id,category,name,owner,condition,place,notes,isbn (see README), then exit. Every bad line "
                       "is reported and nothing is written unless every line is right."),
        QStringLiteral("FILE"));
    const QCommandLineOption importItemNames(QStringLiteral("import-item-names"),
        QStringLiteral("Add to the names intake offers per category from a UTF-8 CSV file with the header "
                       "category,name, then exit (all lines or none, as --import-items)."),
        QStringLiteral("FILE"));
    const QCommandLineOption importPeople(QStringLiteral("import-people"),
        QStringLiteral("Add or update residents from the roll (居民花名册), or staff from their list (a file with "
                       "a role column), from a UTF-8 or GB18030 CSV file (see README), then exit. Every bad line is "
                       "reported and nothing is written unless every line is right; nobody is deactivated."),
        QStringLiteral("FILE"));
    const QCommandLineOption checkLedger(QStringLiteral("check-ledger"),
        QStringLiteral("Check that every meal card's balance equals the sum of its ledger, list those that do not, "
                       "then exit (1 when any does not)."));
    const QCommandLineOption exportPerson(QStringLiteral("export-person"),
        QStringLiteral("Print everything held about one person as JSON (for the person who asks), then exit: "
                       "a resident's number (12), D and a driver's (D3), S and a staff member's (S2)."),
        QStringLiteral("ID"));
    const QCommandLineOption site(QStringLiteral("site"),
        QStringLiteral("The site this kiosk stands at, as the database's site table names it (default: main). "
                       "Its canteen sells that site's menu."),
        QStringLiteral("CODE"));
    const QCommandLineOption services(QStringLiteral("services"),
        QStringLiteral("The services this kiosk offers, comma-separated: %1 (default: all). A kiosk with one "
                       "service opens it directly.").arg(knownServices().join(QStringLiteral(", "))),
        QStringLiteral("LIST"));
    const QCommandLineOption platform(QStringLiteral("platform"), QStringLiteral("Qt platform plugin, e.g. offscreen."),
                                      QStringLiteral("NAME"));
    QCommandLineOption firstFrame(QStringLiteral("exit-after-first-frame"),
                                  QStringLiteral("Print start-up figures after the first frame and exit (benchmark)."));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({help, version, database, config, devices, camera, windowed, fullscreen, language, largeText, idle,
                       tour, printerOutput, paper, secret, scanImage, listDevices, udevRules, noDemo, migrate, demoDay,
                       importItems, importItemNames, importPeople, exportPerson, checkLedger, site, services, platform, firstFrame});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Image files, with --scan-image."),
                                 QStringLiteral("[FILE...]"));

    // Qt's own "-platform offscreen" style must not read as eight short options.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    CommandLine result;
    if (!parser.parse(arguments))
        return refuse(parser.errorText());
    if (parser.isSet(udevRules)) {
        result.action = Action::Exit;
        result.output = usbUdevRules(parser.value(udevRules)).trimmed();
        return result;
    }
    if (parser.isSet(listDevices)) {
        result.listDevices = true;
        return result;
    }
    if (parser.isSet(scanImage)) {
        if (parser.positionalArguments().isEmpty())
            return refuse(QStringLiteral("--scan-image needs at least one image file"));
        result.scanImages = parser.positionalArguments();
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return refuse(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(help) || parser.isSet(version)) {
        result.action = Action::Exit;
        result.output = parser.isSet(help) ? parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("linli-kiosk"))
                                           : QStringLiteral("linli-kiosk %1").arg(QStringLiteral(LINLI_VERSION));
        return result;
    }
    if (parser.isSet(windowed) && parser.isSet(fullscreen))
        return refuse(QStringLiteral("--windowed and --fullscreen exclude each other"));

    // The INI file first, then the command line on top of it.
    KioskConfig &c = result.config;
    QString devicesValue = QStringLiteral("auto");
    QString paperValue = QStringLiteral("58");
    QString idleValue = QString::number(c.idleTimeoutSeconds);
    QString volumeValue = QString::number(c.voiceVolume);
    QStringList servicesValue;
    if (parser.isSet(config)) {
        const QString file = parser.value(config);
        if (!QFileInfo(file).isReadable())
            return refuse(QStringLiteral("cannot read config file %1").arg(file));
        QSettings ini(file, QSettings::IniFormat);
        if (ini.status() != QSettings::NoError)
            return refuse(QStringLiteral("config file %1 is not a valid INI file").arg(file));
        ini.beginGroup(QStringLiteral("kiosk"));
        c.databasePath = ini.value(QStringLiteral("database"), c.databasePath).toString();
        c.secretPath = ini.value(QStringLiteral("secret"), c.secretPath).toString();
        c.outboxPath = ini.value(QStringLiteral("outbox"), c.outboxPath).toString();
        devicesValue = ini.value(QStringLiteral("devices"), devicesValue).toString();
        c.camera = ini.value(QStringLiteral("camera"), c.camera).toString();
        c.cardReaderAt = ini.value(QStringLiteral("card_reader_at"), c.cardReaderAt).toString();
        c.scannerAt = ini.value(QStringLiteral("scanner_at"), c.scannerAt).toString();
        c.language = ini.value(QStringLiteral("language"), c.language).toString();
        c.largeText = ini.value(QStringLiteral("large_text"), c.largeText).toBool();
        c.fullscreen = ini.value(QStringLiteral("fullscreen"), c.fullscreen).toBool();
        idleValue = ini.value(QStringLiteral("idle_timeout"), idleValue).toString();
        c.voice = ini.value(QStringLiteral("voice"), c.voice).toBool();
        volumeValue = ini.value(QStringLiteral("voice_volume"), volumeValue).toString();
        c.printerOutputDir = ini.value(QStringLiteral("printer_output"), c.printerOutputDir).toString();
        c.exportDir = ini.value(QStringLiteral("export_dir"), c.exportDir).toString();
        c.kioskId = ini.value(QStringLiteral("kiosk_id"), c.kioskId).toString();
        paperValue = ini.value(QStringLiteral("paper"), paperValue).toString();
        c.stationName = ini.value(QStringLiteral("station_name"), c.stationName).toString();
        c.demoData = ini.value(QStringLiteral("demo_data"), c.demoData).toBool();
        c.site = ini.value(QStringLiteral("site"), c.site).toString();
        // QSettings reads "a,b" as a list already
        servicesValue = ini.value(QStringLiteral("services")).toStringList();
    }
    if (parser.isSet(database))
        c.databasePath = parser.value(database);
    if (parser.isSet(secret))
        c.secretPath = parser.value(secret);
    if (parser.isSet(devices))
        devicesValue = parser.value(devices);
    if (parser.isSet(camera))
        c.camera = parser.value(camera);
    if (parser.isSet(language))
        c.language = parser.value(language);
    if (parser.isSet(largeText))
        c.largeText = true;
    if (parser.isSet(windowed))
        c.fullscreen = false;
    if (parser.isSet(fullscreen))
        c.fullscreen = true;
    if (parser.isSet(idle))
        idleValue = parser.value(idle);
    if (parser.isSet(printerOutput))
        c.printerOutputDir = parser.value(printerOutput);
    if (parser.isSet(paper))
        paperValue = parser.value(paper);
    if (parser.isSet(noDemo))
        c.demoData = false;
    if (parser.isSet(site))
        c.site = parser.value(site);
    if (parser.isSet(services))
        servicesValue = parser.value(services).split(QLatin1Char(','));
    result.migrate = parser.isSet(migrate);
    result.checkLedger = parser.isSet(checkLedger);
    if (result.checkLedger && result.migrate)
        return refuse(QStringLiteral("--check-ledger goes alone: leave out --migrate"));
    if (parser.isSet(demoDay) && !result.migrate)
        return refuse(QStringLiteral("--demo-day goes with --migrate"));
    const QList<std::pair<const QCommandLineOption *, QString *>> fileTasks = {
        {&importItems, &result.importItems}, {&importItemNames, &result.importItemNames},
        {&importPeople, &result.importPeople}, {&exportPerson, &result.exportPerson}};
    if (std::count_if(fileTasks.begin(), fileTasks.end(), [&](const auto &task) { return parser.isSet(*task.first); }) > 1)
        return refuse(QStringLiteral("--import-items, --import-item-names, --import-people and --export-person go one "
                                     "at a time"));
    for (const auto &[option, value] : fileTasks) {
        if (!parser.isSet(*option))
            continue;
        if (result.migrate)
            return refuse(QStringLiteral("--%1 migrates the database itself: leave out --migrate").arg(option->names().constFirst()));
        *value = parser.value(*option);
        if (option == &exportPerson) {
            if (!person_export::parsePersonId(*value))
                return refuse(QStringLiteral("--export-person takes a resident's number (12), D and a driver's (D3) "
                                             "or S and a staff member's (S2), not '%1'").arg(*value));
        } else if (!QFileInfo(*value).isFile() || !QFileInfo(*value).isReadable()) {
            return refuse(QStringLiteral("cannot read the CSV file %1").arg(*value));
        }
    }
    // A street's server never gets made-up residents unless asked.
    if (Database::isServerAddress(c.databasePath))
        c.demoData = result.migrate && parser.isSet(demoDay);

    const auto mode = deviceMode(devicesValue);
    if (!mode)
        return refuse(QStringLiteral("--devices must be simulated, real or auto, not '%1'").arg(devicesValue));
    c.devices = *mode;
    if (c.language != QLatin1String("zh_CN") && c.language != QLatin1String("en"))
        return refuse(QStringLiteral("--language must be zh_CN or en, not '%1'").arg(c.language));
    const auto seconds = idleSeconds(idleValue);
    if (!seconds)
        return refuse(QStringLiteral("--idle-timeout must be a whole number of seconds from 10 to 3600, not '%1'").arg(idleValue));
    c.idleTimeoutSeconds = *seconds;
    static const QStringList places = {QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("top"),
                                       QStringLiteral("bottom"), QStringLiteral("top-left"), QStringLiteral("top-right"),
                                       QStringLiteral("bottom-left"), QStringLiteral("bottom-right")};
    for (const QString *place : {&c.cardReaderAt, &c.scannerAt})
        if (!places.contains(*place))
            return refuse(QStringLiteral("card_reader_at and scanner_at must be one of %1, not '%2'")
                              .arg(places.join(QStringLiteral(", ")), *place));
    bool volumeIsNumber = false;
    c.voiceVolume = volumeValue.toInt(&volumeIsNumber);
    if (!volumeIsNumber || c.voiceVolume < 0 || c.voiceVolume > 100)
        return refuse(QStringLiteral("voice_volume must be a whole number from 0 to 100, not '%1'").arg(volumeValue));
    for (const QString &service : std::as_const(servicesValue)) {
        const QString name = service.trimmed();
        if (!knownServices().contains(name))
            return refuse(QStringLiteral("services must name some of %1, not '%2'")
                              .arg(knownServices().join(QStringLiteral(", ")), name));
        if (!c.services.contains(name))
            c.services.append(name);
    }
    if (c.site.isEmpty() || c.site.contains(QLatin1Char(' ')))
        return refuse(QStringLiteral("--site must be a site's code, such as main, not '%1'").arg(c.site));
    const auto width = paperWidth(paperValue);
    if (!width)
        return refuse(QStringLiteral("--paper must be 58 or 80, not '%1'").arg(paperValue));
    c.paper = *width;
    if (!c.printerOutputDir.isEmpty() && !QFileInfo(c.printerOutputDir).isDir())
        return refuse(QStringLiteral("--printer-output folder %1 does not exist").arg(c.printerOutputDir));
    result.screenshotTour = parser.value(tour);
    result.exitAfterFirstFrame = parser.isSet(firstFrame);
    return result;
}

} // namespace linli
