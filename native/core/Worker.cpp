#include "Worker.h"

namespace linli {

Worker::Worker()
    : m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("linli-db"));
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

Worker::~Worker()
{
    stop();
}

void Worker::stop()
{
    if (!m_thread.isRunning())
        return;
    // Queued behind the jobs already posted, so they all run before the thread ends.
    QMetaObject::invokeMethod(m_context, [this] { m_thread.quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

} // namespace linli
