#include "CanteenRoom.h"

#include "Database.h"

#include <QFileInfo>

namespace linli {

namespace {
// Default: "exports" beside the kiosk's own files (its SQLite file; on a
// street's server, its outbox).
QString exportFolder(const KioskConfig &config)
{
    if (!config.exportDir.isEmpty())
        return config.exportDir;
    const QString beside = !Database::isServerAddress(config.databasePath) ? config.databasePath
                         : !config.outboxPath.isEmpty()                    ? config.outboxPath
                                                                           : config.secretPath;
    return QFileInfo(beside).absolutePath() + QStringLiteral("/exports");
}
} // namespace

CanteenRoom::CanteenRoom(const ShellContext &shell, QObject *parent)
    : QObject(parent)
    , m_order(shell)
    , m_desk(shell, exportFolder(shell.config))
{
    // Unpaid counter orders lapse once their period is over; a minute late is soon enough.
    const Remote<CanteenService> canteen = shell.remote<CanteenService>(&Backend::canteen);
    shell.housekeeping.every(std::chrono::minutes(1),
                             [canteen] { canteen.run([](CanteenService &service) { return service.lapseUnpaidOrders(); }); });
}

} // namespace linli
