#pragma once

#include "KioskConfig.h"

#include <QStringList>

namespace linli {

// linli-kiosk's command line and INI file, turned into a KioskConfig. Kept
// apart from main() so every option and every refusal is tested.
struct CommandLine
{
    enum class Action { Run, Exit };

    Action action = Action::Run;
    int exitCode = 0;
    QString output;          // --help / --version text, or the one-line error
    KioskConfig config;
    QString screenshotTour;  // --screenshot-tour DIR
    QStringList scanImages;  // --scan-image FILE...
    bool listDevices = false;
    bool migrate = false;    // --migrate: bring the database to this program's schema, then exit
    // --import-items FILE / --import-item-names FILE: the Shared House's
    // catalog, or intake's names per kind, from a CSV file, then exit.
    QString importItems;
    QString importItemNames;
    // --import-people FILE: residents from the roll (居民花名册), or staff from
    // their list, from a CSV file, then exit.
    QString importPeople;
    // --export-person ID: everything held about one person (12, D3, S2) as JSON on stdout, then exit.
    QString exportPerson;
    // --check-ledger: whether every meal card's balance equals its ledger, then exit.
    bool checkLedger = false;
    bool exitAfterFirstFrame = false;

    static CommandLine parse(const QStringList &arguments);
};

} // namespace linli
