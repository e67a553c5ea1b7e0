#pragma once

#include "EscPosEncoder.h"

#include <QString>
#include <QStringList>
#include <QSysInfo>

namespace linli {

// Everything the command line and the INI file can set, with the embedded
// defaults (a SQLite file in the user's data folder, simulated devices).
struct KioskConfig
{
    enum class DeviceMode { Auto, Simulated, Real };

    QString databasePath;   // empty: $XDG_DATA_HOME/linli/linli.db
    QString secretPath;     // empty: beside the config, $XDG_CONFIG_HOME/linli/installation.key
    // On a street's server: the kiosk's own file for serving while the
    // server is away (linli-kiosk: $XDG_DATA_HOME/linli/outbox.db). Empty:
    // outbox.db beside the installation secret.
    QString outboxPath;
    bool demoData = true;   // fill a new database with the demo day
    DeviceMode devices = DeviceMode::Auto;
    // Where the card reader and the scanner sit on the kiosk's face, seen
    // from the screen: left, right, top, bottom, or a corner such as
    // bottom-right. The identify screen points there.
    QString cardReaderAt = QStringLiteral("bottom-right");
    QString scannerAt = QStringLiteral("bottom");
    QString camera;         // scan with this camera ("default" or part of its name); empty: no camera
    bool fullscreen = true;
    QString language = QStringLiteral("zh_CN");
    bool largeText = false;
    int idleTimeoutSeconds = 60;
    bool voice = true;      // spoken prompts on resident screens
    int voiceVolume = 80;   // 0 to 100
    bool voiceToMemory = false; // tests and the screenshot tour: prompts are made, not played
    // Where the linli_voice module is; empty: beside linli-kiosk.
    QString moduleDir;
    // A tap this soon after a new screen appears is the end of a double tap
    // on the screen before: it presses nothing (0: off, for tests).
    int newScreenTapGuardMs = 400;
    QString printerOutputDir;
    QString exportDir;      // empty: "exports" beside the database
    // Names this kiosk's print jobs when several kiosks share one database
    // file; empty: the machine's host name.
    QString kioskId;
    PaperWidth paper = PaperWidth::Mm58;
    QString stationName = QStringLiteral("红钢城街道网约车司机之家");
    // Where the kiosk stands (site.code in the database): its canteen cooks
    // that site's menu. And what it offers there, from knownServices();
    // empty: every service (the home screen shows each).
    QString site = QStringLiteral("main");
    QStringList services;
    // A scanner often reads the same code twice in a row; ignore a repeat
    // of the same text within this many milliseconds.
    int repeatScanMs = 3000;
};

// The services a kiosk can offer, as the configuration names them.
inline const QStringList &knownServices()
{
    static const QStringList names = {QStringLiteral("canteen"), QStringLiteral("sharedhouse"),
                                      QStringLiteral("driverhome"), QStringLiteral("rides")};
    return names;
}

// The name this kiosk goes by in the database (its print jobs, its calls for help).
inline QString kioskName(const KioskConfig &config)
{
    return config.kioskId.isEmpty() ? QSysInfo::machineHostName() : config.kioskId;
}

} // namespace linli
