#include "Housekeeping.h"

namespace linli {

void Housekeeping::every(std::chrono::milliseconds interval, std::function<void()> work)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(interval);
    connect(timer.get(), &QTimer::timeout, this, std::move(work));
    if (m_started)
        timer->start();
    m_timers.push_back(std::move(timer));
}

void Housekeeping::start()
{
    m_started = true;
    for (const auto &timer : m_timers)
        timer->start();
}

} // namespace linli
