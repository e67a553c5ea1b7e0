#pragma once

#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>

namespace linli {

// Where "now" comes from. Services take a Clock so a test can stand on any day
// and hour (a birthday, 23:59, a stay across midnight).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTime(); }
};

// A clock that moves only when told; safe to read from the database worker
// while a test moves it.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void set(const QDateTime &time)
    {
        QMutexLocker lock(&m_mutex);
        m_now = time;
    }
    void advanceSecs(qint64 seconds)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addSecs(seconds);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace linli
