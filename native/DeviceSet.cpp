#include "DeviceSet.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDevices, "linli.devices")

namespace linli {

std::optional<DeviceSet> DeviceSet::create(const KioskConfig &config, QObject *owner, QString *error)
{
    if (config.devices == KioskConfig::DeviceMode::Real) {
        *error = QStringLiteral("--devices real: this build has no USB device drivers yet; "
                                "use --devices simulated or auto.");
        return std::nullopt;
    }
    if (config.devices == KioskConfig::DeviceMode::Auto)
        qCInfo(lcDevices) << "no USB device drivers in this build: using simulated devices";
    DeviceSet set;
    set.simulatedScanner = new SimulatedScanner(owner);
    set.simulatedCardReader = new SimulatedCardReader(owner);
    set.simulatedPrinter = new SimulatedPrinter(owner);
    if (!config.printerOutputDir.isEmpty())
        set.simulatedPrinter->setOutputDirectory(config.printerOutputDir);
    set.scanner = set.simulatedScanner;
    set.cardReader = set.simulatedCardReader;
    set.printer = set.simulatedPrinter;
    return set;
}

} // namespace linli
