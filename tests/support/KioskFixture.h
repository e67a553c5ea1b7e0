#pragma once

// The whole kiosk on simulated devices, for tests of the shell and the flows.

#include "DeviceSet.h"
#include "Kiosk.h"
#include "TestSupport.h"

namespace linli::test {

// The whole kiosk controller with simulated devices and its database worker.
struct KioskFixture
{
    TempSite site;
    ManualClock clock{lunchTime()};
    QObject deviceOwner;
    DeviceSet devices;
    std::unique_ptr<Kiosk> kiosk;

    bool start(KioskConfig config = {})
    {
        if (config.databasePath.isEmpty())
            config = site.config();
        if (config.databasePath == site.config().databasePath)
            copyDemoSite(site);
        QString error;
        devices = *DeviceSet::create(config, &deviceOwner, &error);
        kiosk = std::make_unique<Kiosk>(config, devices, clock);
        kiosk->start();
        return QTest::qWaitFor([this] { return kiosk->ready() || kiosk->screen() == Kiosk::OutOfService; }, 20000)
            && kiosk->ready();
    }

    // A signed code, issued the way staff print them.
    QString code(TokenCodec::Type type, qint64 id)
    {
        QString result;
        kiosk->issueCode(type, id, [&result](const QString &code) { result = code; });
        // An empty code makes the calling test fail on its own checks.
        return QTest::qWaitFor([&result] { return !result.isEmpty(); }, 5000) ? result : QString();
    }
};

} // namespace linli::test
