#include "CanteenRoom.h"

#include "Exports.h"

namespace linli {

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
