#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace linli {

// Periodic work a service registers for itself (the canteen lapses unpaid
// orders once their meal is over). It runs only while the kiosk serves.
class Housekeeping : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void every(std::chrono::milliseconds interval, std::function<void()> work);
    // The database is open: the timers run from now on.
    void start();

private:
    std::vector<std::unique_ptr<QTimer>> m_timers;
    bool m_started = false;
};

} // namespace linli
