#include "DatabaseLink.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLink, "linli.link")

namespace linli {

namespace {
// A lost server is noticed, and a returning one found, within this.
constexpr int kCheckMs = 1000;
} // namespace

DatabaseLink::DatabaseLink(Worker &worker, Backend *backend, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_backend(backend)
{
    m_timer.setInterval(kCheckMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseLink::check);
}

void DatabaseLink::start()
{
    Backend *backend = m_backend;
    // The listener runs on the worker; the signal is emitted here. The backend
    // (and with it the listener) is deleted before this object.
    m_worker.run([backend, this] {
        backend->setChangeListener([this](const QStringList &tables) {
            QMetaObject::invokeMethod(this, [this, tables] { Q_EMIT changed(tables); }, Qt::QueuedConnection);
        });
    });
    m_timer.start();
}

void DatabaseLink::check()
{
    if (m_checking)
        return; // a reconnect can take the connect timeout
    m_checking = true;
    Backend *backend = m_backend;
    m_worker.run([backend] { return backend->checkConnection(); }).then(this, [this](bool online) {
        m_checking = false;
        setOnline(online);
    });
}

void DatabaseLink::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online)
        qCInfo(lcLink) << "database connection back";
    else
        qCWarning(lcLink) << "database connection lost; ordering and booking wait for it";
    Q_EMIT onlineChanged();
    if (online)
        Q_EMIT changed({}); // what others did meanwhile
}

} // namespace linli
