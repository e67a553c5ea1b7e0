#pragma once

#include <QDir>
#include <QObject>
#include <QTimer>
#include <functional>

class QQuickWindow;

namespace linli {

class Kiosk;
class ManualClock;

// --screenshot-tour DIR: walks every screen through the real flows with the
// simulated devices, in both languages and both text sizes, and saves
// DIR/<screen>_<language>_<size>.png, and fails if any shows a touch target
// or a price out of view (LayoutCheck). Run it on a throw-away database.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    // The tour sets the kiosk's clock (lunch, then an afternoon with the canteen closed).
    ScreenshotTour(Kiosk *kiosk, ManualClock *clock, QQuickWindow *window, const QString &directory);
    void start();
    QStringList written() const { return m_written; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    struct Step
    {
        QString name; // empty: an action without a picture
        std::function<void()> action;
        std::function<bool()> done;
    };
    void buildSteps();
    void next();
    void poll();
    void clickItem(const char *objectName);
    bool itemVisible(const char *objectName) const;
    QObject *findItem(const char *objectName) const;

    Kiosk *m_kiosk;
    ManualClock *m_clock;
    QQuickWindow *m_window;
    QDir m_dir;
    QList<Step> m_steps;
    qsizetype m_index = -1;
    QString m_suffix;
    QTimer m_poll;
    int m_waitedMs = 0;
    QStringList m_written;
    QStringList m_layoutProblems;
};

} // namespace linli
