#pragma once

#include "Backend.h"
#include "Worker.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace linli {

// The kiosk's link to its database: whether it is there (a street's server
// can go away and come back; a SQLite file stays) and what other kiosks on
// it changed, so that screens show their sales and returns within a second
// or two, without a restart.
class DatabaseLink : public QObject
{
    Q_OBJECT
public:
    DatabaseLink(Worker &worker, Backend *backend, QObject *parent = nullptr);

    // The database is open: listen to it and check on it from now on.
    void start();
    bool online() const { return m_online; }

Q_SIGNALS:
    void onlineChanged();
    // Another kiosk changed these tables (empty: it is not known which).
    void changed(const QStringList &tables);

private:
    void check();
    void setOnline(bool online);

    Worker &m_worker;
    Backend *m_backend;
    QTimer m_timer;
    bool m_online = true;
    bool m_checking = false;
};

// Whether a change notice concerns one of `tables`.
inline bool touches(const QStringList &changed, std::initializer_list<const char *> tables)
{
    if (changed.isEmpty())
        return true; // not known which: assume it does
    for (const char *table : tables)
        if (changed.contains(QLatin1String(table)))
            return true;
    return false;
}

} // namespace linli
