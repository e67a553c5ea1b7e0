#include "CommandLine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace linli;

namespace {
CommandLine parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("linli-kiosk"));
    return CommandLine::parse(arguments);
}

// Refused as a mistake on the command line (exit code 2), saying `says`.
bool refused(const CommandLine &c, const char *says)
{
    return c.action == CommandLine::Action::Exit && c.exitCode == 2 && c.output.contains(QLatin1String(says));
}

// A file in `dir` with these bytes; its path (empty when it cannot be written).
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasEmbeddedDefaults()
    {
        const CommandLine c = parse({});
        QCOMPARE(c.action, CommandLine::Action::Run);
        QVERIFY(c.config.databasePath.isEmpty()); // main() puts it in $XDG_DATA_HOME/linli
        QCOMPARE(c.config.devices, KioskConfig::DeviceMode::Auto);
        QCOMPARE(c.config.language, QStringLiteral("zh_CN"));
        QCOMPARE(c.config.idleTimeoutSeconds, 60);
        QVERIFY(c.config.fullscreen);
        QVERIFY(!c.config.largeText);
        QCOMPARE(c.config.site, QStringLiteral("main"));
        QVERIFY(c.config.services.isEmpty()); // every service
    }

    void readsEveryOption()
    {
        QTemporaryDir out;
        const CommandLine c = parse({QStringLiteral("--database"), QStringLiteral("/tmp/x.db"),
                                     QStringLiteral("--devices"), QStringLiteral("simulated"),
                                     QStringLiteral("--windowed"), QStringLiteral("--language"), QStringLiteral("en"),
                                     QStringLiteral("--large-text"), QStringLiteral("--idle-timeout"), QStringLiteral("90"),
                                     QStringLiteral("--printer-output"), out.path(), QStringLiteral("--paper"),
                                     QStringLiteral("80"), QStringLiteral("--screenshot-tour"), QStringLiteral("shots"),
                                     QStringLiteral("-platform"), QStringLiteral("offscreen")});
        QCOMPARE(c.action, CommandLine::Action::Run);
        QCOMPARE(c.config.databasePath, QStringLiteral("/tmp/x.db"));
        QCOMPARE(c.config.devices, KioskConfig::DeviceMode::Simulated);
        QVERIFY(!c.config.fullscreen);
        QCOMPARE(c.config.language, QStringLiteral("en"));
        QVERIFY(c.config.largeText);
        QCOMPARE(c.config.idleTimeoutSeconds, 90);
        QCOMPARE(c.config.printerOutputDir, out.path());
        QCOMPARE(c.config.paper, PaperWidth::Mm80);
        QCOMPARE(c.screenshotTour, QStringLiteral("shots"));
    }

    void readsTheIniFileAndLetsTheCommandLineWin()
    {
        QTemporaryDir dir;
        const QString ini = writeFile(dir, QStringLiteral("kiosk.ini"),
                                      "[kiosk]\ndatabase=/srv/linli/linli.db\nlanguage=en\nidle_timeout=120\npaper=80\n"
                                      "station_name=Luonan Driver Home\nvoice=false\nvoice_volume=55\ncard_reader_at=left\n");
        QVERIFY(!ini.isEmpty());
        const CommandLine c = parse({QStringLiteral("--config"), ini, QStringLiteral("--language"), QStringLiteral("zh_CN")});
        QCOMPARE(c.action, CommandLine::Action::Run);
        QCOMPARE(c.config.databasePath, QStringLiteral("/srv/linli/linli.db"));
        QCOMPARE(c.config.language, QStringLiteral("zh_CN"));
        QCOMPARE(c.config.idleTimeoutSeconds, 120);
        QCOMPARE(c.config.paper, PaperWidth::Mm80);
        QCOMPARE(c.config.stationName, QStringLiteral("Luonan Driver Home"));
        QVERIFY(!c.config.voice);
        QCOMPARE(c.config.voiceVolume, 55);
        QCOMPARE(c.config.cardReaderAt, QStringLiteral("left"));
        QCOMPARE(c.config.scannerAt, QStringLiteral("bottom")); // the default
        QVERIFY(parse({}).config.voice); // on by default
    }

    void namesTheSiteAndTheServicesOffered()
    {
        QTemporaryDir dir;
        const QString station = writeFile(dir, QStringLiteral("station.ini"),
                                          "[kiosk]\nsite=station\nservices=driverhome,canteen\n");
        const CommandLine fromIni = parse({QStringLiteral("--config"), station});
        QCOMPARE(fromIni.config.site, QStringLiteral("station"));
        QCOMPARE(fromIni.config.services, (QStringList{QStringLiteral("driverhome"), QStringLiteral("canteen")}));
        const QString one = writeFile(dir, QStringLiteral("one.ini"), "[kiosk]\nservices=sharedhouse\n");
        QCOMPARE(parse({QStringLiteral("--config"), one}).config.services, QStringList{QStringLiteral("sharedhouse")});
        const CommandLine fromLine = parse({QStringLiteral("--config"), station, QStringLiteral("--site"),
                                            QStringLiteral("main"), QStringLiteral("--services"),
                                            QStringLiteral("canteen, rides,canteen")});
        QCOMPARE(fromLine.config.site, QStringLiteral("main"));
        QCOMPARE(fromLine.config.services, (QStringList{QStringLiteral("canteen"), QStringLiteral("rides")}));
    }

    void refusesBadInputWithOneLineAndExitCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("bad devices") << QStringList{QStringLiteral("--devices"), QStringLiteral("usb")};
        QTest::newRow("bad language") << QStringList{QStringLiteral("--language"), QStringLiteral("fr")};
        QTest::newRow("idle not a number") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("soon")};
        QTest::newRow("idle too short") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("3")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("--database")};
        QTest::newRow("bad paper") << QStringList{QStringLiteral("--paper"), QStringLiteral("57")};
        QTest::newRow("both window modes") << QStringList{QStringLiteral("--windowed"), QStringLiteral("--fullscreen")};
        QTest::newRow("missing config") << QStringList{QStringLiteral("--config"), QStringLiteral("/no/such.ini")};
        QTest::newRow("missing printer folder") << QStringList{QStringLiteral("--printer-output"), QStringLiteral("/no/such")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("please")};
        QTest::newRow("demo day without migrate") << QStringList{QStringLiteral("--demo-day")};
        QTest::newRow("unknown service") << QStringList{QStringLiteral("--services"), QStringLiteral("canteen,karaoke")};
        QTest::newRow("empty site") << QStringList{QStringLiteral("--site"), QString()};
    }
    void refusesAVolumeOutOfRange()
    {
        QTemporaryDir dir;
        const QString ini = writeFile(dir, QStringLiteral("kiosk.ini"), "[kiosk]\nvoice_volume=150\n");
        QVERIFY(!ini.isEmpty());
        const CommandLine c = parse({QStringLiteral("--config"), ini});
        QCOMPARE(c.exitCode, 2);
        QVERIFY(c.output.contains(QLatin1String("voice_volume")));
    }
    void refusesBadInputWithOneLineAndExitCode2()
    {
        QFETCH(QStringList, arguments);
        const CommandLine c = parse(arguments);
        QCOMPARE(c.action, CommandLine::Action::Exit);
        QCOMPARE(c.exitCode, 2);
        QVERIFY(c.output.startsWith(QLatin1String("linli-kiosk: ")));
        QVERIFY(!c.output.contains(u'\n'));
    }

    void aServerGetsTheDemoDayOnlyWhenTheInstallerAsks()
    {
        const QString server = QStringLiteral("postgresql://linli_owner@db.street.local:5432/linli?sslmode=require");
        const CommandLine kiosk = parse({QStringLiteral("--database"), server});
        QCOMPARE(kiosk.config.databasePath, server);
        QVERIFY(!kiosk.migrate);
        QVERIFY(!kiosk.config.demoData);
        const CommandLine install = parse({QStringLiteral("--migrate"), QStringLiteral("--database"), server});
        QVERIFY(install.migrate);
        QVERIFY(!install.config.demoData);
        const CommandLine trial = parse({QStringLiteral("--migrate"), QStringLiteral("--demo-day"),
                                         QStringLiteral("--database"), server});
        QVERIFY(trial.config.demoData);
        // A file keeps its embedded default: a new one gets the demo day.
        QVERIFY(parse({QStringLiteral("--migrate"), QStringLiteral("--database"), QStringLiteral("/tmp/x.db")}).config.demoData);
    }

    void importsTakeAReadableCsvFile()
    {
        QTemporaryDir dir;
        const QString csv = writeFile(dir, QStringLiteral("items.csv"), "id,category,name,owner,condition,place,notes,isbn\n");
        QVERIFY(!csv.isEmpty());

        const CommandLine items = parse({QStringLiteral("--import-items"), csv, QStringLiteral("--database"),
                                         QStringLiteral("/tmp/x.db")});
        QCOMPARE(items.action, CommandLine::Action::Run);
        QCOMPARE(items.importItems, csv);
        QVERIFY(items.importItemNames.isEmpty());
        QVERIFY(!items.migrate);
        QCOMPARE(items.config.databasePath, QStringLiteral("/tmp/x.db"));
        const CommandLine names = parse({QStringLiteral("--import-item-names"), csv});
        QCOMPARE(names.action, CommandLine::Action::Run);
        QCOMPARE(names.importItemNames, csv);
        QVERIFY(names.importItems.isEmpty());
        QVERIFY(parse({}).importItems.isEmpty());

        QVERIFY(refused(parse({QStringLiteral("--import-items"), dir.filePath(QStringLiteral("none.csv"))}),
                        "cannot read the CSV file"));
        QVERIFY(refused(parse({QStringLiteral("--import-item-names"), dir.path()}), "cannot read the CSV file"));
        QVERIFY(refused(parse({QStringLiteral("--import-items")}), "Missing value"));
        QVERIFY(refused(parse({QStringLiteral("--import-items"), csv, QStringLiteral("--import-item-names"), csv}),
                        "one at a time"));
        QVERIFY(refused(parse({QStringLiteral("--import-items"), csv, QStringLiteral("--migrate")}), "leave out --migrate"));
        const CommandLine help = parse({QStringLiteral("--help")});
        QVERIFY(help.output.contains(QLatin1String("--import-items")));
        QVERIFY(help.output.contains(QLatin1String("--import-item-names")));
    }

    void peopleImportAndExportTakeAFileAndAPerson()
    {
        QTemporaryDir dir;
        const QString csv = writeFile(dir, QStringLiteral("roll.csv"), "姓名,性别,出生日期,楼栋,单元,房号\n");
        QVERIFY(!csv.isEmpty());
        const CommandLine people = parse({QStringLiteral("--import-people"), csv, QStringLiteral("--database"),
                                          QStringLiteral("/tmp/x.db")});
        QCOMPARE(people.action, CommandLine::Action::Run);
        QCOMPARE(people.importPeople, csv);
        QVERIFY(people.importItems.isEmpty() && people.exportPerson.isEmpty());
        QCOMPARE(people.config.databasePath, QStringLiteral("/tmp/x.db"));
        for (const char *id : {"12", "D3", "s2"}) {
            const CommandLine exported = parse({QStringLiteral("--export-person"), QString::fromLatin1(id)});
            QCOMPARE(exported.action, CommandLine::Action::Run);
            QCOMPARE(exported.exportPerson, QString::fromLatin1(id));
            QVERIFY(exported.importPeople.isEmpty());
        }
        QVERIFY(parse({}).importPeople.isEmpty() && parse({}).exportPerson.isEmpty());

        QVERIFY(refused(parse({QStringLiteral("--import-people"), dir.filePath(QStringLiteral("none.csv"))}),
                        "cannot read the CSV file"));
        QVERIFY(refused(parse({QStringLiteral("--import-people")}), "Missing value"));
        QVERIFY(refused(parse({QStringLiteral("--import-people"), csv, QStringLiteral("--migrate")}), "leave out --migrate"));
        QVERIFY(refused(parse({QStringLiteral("--import-people"), csv, QStringLiteral("--import-items"), csv}),
                        "one at a time"));
        QVERIFY(refused(parse({QStringLiteral("--export-person"), QStringLiteral("12"), QStringLiteral("--import-people"), csv}),
                        "one at a time"));
        for (const char *bad : {"X3", "0", "D", "12a", ""})
            QVERIFY2(refused(parse({QStringLiteral("--export-person"), QString::fromLatin1(bad)}),
                             "--export-person takes a resident's number (12)"),
                     bad);
        const CommandLine help = parse({QStringLiteral("--help")});
        QVERIFY(help.output.contains(QLatin1String("--import-people")));
        QVERIFY(help.output.contains(QLatin1String("--export-person")));
    }

    void checksTheLedgerAlone()
    {
        QVERIFY(parse({QStringLiteral("--check-ledger")}).checkLedger);
        QVERIFY(!parse({}).checkLedger);
        QVERIFY(refused(parse({QStringLiteral("--check-ledger"), QStringLiteral("--migrate")}), "leave out --migrate"));
        QVERIFY(parse({QStringLiteral("--help")}).output.contains(QLatin1String("--check-ledger")));
    }

    void scanImageTakesFiles()
    {
        const CommandLine c = parse({QStringLiteral("--scan-image"), QStringLiteral("a.png"), QStringLiteral("b.jpg")});
        QCOMPARE(c.action, CommandLine::Action::Run);
        QCOMPARE(c.scanImages, (QStringList{QStringLiteral("a.png"), QStringLiteral("b.jpg")}));
        QCOMPARE(parse({QStringLiteral("--scan-image")}).exitCode, 2);
    }

    void printsHelpAndVersion()
    {
        const CommandLine help = parse({QStringLiteral("--help")});
        QCOMPARE(help.action, CommandLine::Action::Exit);
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--database", "--config", "--devices", "--windowed", "--fullscreen", "--language",
                                   "--large-text", "--idle-timeout", "--screenshot-tour", "--printer-output", "--version"})
            QVERIFY2(help.output.contains(QLatin1String(option)), option);
        QVERIFY(help.output.contains(QLatin1String("F3")));
        const CommandLine version = parse({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.output.startsWith(QLatin1String("linli-kiosk ")));
    }
};

QTEST_APPLESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
