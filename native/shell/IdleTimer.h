#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace linli {

// Counts down from the last touch. In the last `warningSeconds` it publishes
// the seconds left (for the on-screen countdown); at zero it expires once.
class IdleTimer : public QObject
{
    Q_OBJECT
public:
    explicit IdleTimer(QObject *parent = nullptr);

    void setTimeoutSeconds(int seconds);
    int timeoutSeconds() const { return m_timeoutSeconds; }
    static constexpr int warningSeconds = 20;

    void start();   // (re)starts the countdown
    void stop();    // nothing to forget: no countdown (attract screen)
    void poke();    // any touch or scan: start over, if running
    bool isRunning() const { return m_running; }
    // -1 outside the warning period.
    int secondsLeftToShow() const { return m_secondsLeftToShow; }

Q_SIGNALS:
    void secondsLeftToShowChanged();
    void expired();

private:
    void tick();
    void setSecondsLeftToShow(int seconds);

    int m_timeoutSeconds = 60;
    bool m_running = false;
    int m_secondsLeftToShow = -1;
    QElapsedTimer m_sinceTouch;
    QTimer m_ticker;
};

} // namespace linli
