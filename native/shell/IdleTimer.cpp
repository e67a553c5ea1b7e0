#include "IdleTimer.h"

#include <cmath>

namespace linli {

IdleTimer::IdleTimer(QObject *parent)
    : QObject(parent)
{
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &IdleTimer::tick);
}

void IdleTimer::setTimeoutSeconds(int seconds)
{
    m_timeoutSeconds = qMax(1, seconds);
}

void IdleTimer::start()
{
    m_running = true;
    m_sinceTouch.start();
    setSecondsLeftToShow(-1);
    m_ticker.start();
}

void IdleTimer::stop()
{
    m_running = false;
    m_ticker.stop();
    setSecondsLeftToShow(-1);
}

void IdleTimer::poke()
{
    if (m_running)
        start();
}

void IdleTimer::tick()
{
    const qint64 leftMs = qint64(m_timeoutSeconds) * 1000 - m_sinceTouch.elapsed();
    if (leftMs <= 0) {
        stop();
        Q_EMIT expired();
        return;
    }
    const int left = int(std::ceil(leftMs / 1000.0));
    setSecondsLeftToShow(left <= warningSeconds ? left : -1);
}

void IdleTimer::setSecondsLeftToShow(int seconds)
{
    if (seconds == m_secondsLeftToShow)
        return;
    m_secondsLeftToShow = seconds;
    Q_EMIT secondsLeftToShowChanged();
}

} // namespace linli
