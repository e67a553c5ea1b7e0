#include "Notice.h"

namespace linli {

namespace {
constexpr int kShownMs = 6000;
}

Notice::Notice(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kShownMs);
    connect(&m_timer, &QTimer::timeout, this, &Notice::dismiss);
}

void Notice::show(Kind kind, Identity::Problem problem)
{
    m_kind = kind == SaveFailed && m_offline ? Offline : kind;
    m_problem = problem;
    m_timer.start();
    Q_EMIT changed();
}

void Notice::dismiss()
{
    if (m_kind == None)
        return;
    m_kind = None;
    m_problem = Identity::NoProblem;
    Q_EMIT changed();
}

} // namespace linli
