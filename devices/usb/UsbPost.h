#pragma once

// What the USB drivers' source files share; not part of the device API.

#include <QObject>

namespace linli {

// Runs f on target's thread, later; dropped if target is gone by then. The
// drivers' I/O threads report to their QObjects this way only.
template<typename F>
void postTo(QObject *target, F f)
{
    QMetaObject::invokeMethod(target, std::move(f), Qt::QueuedConnection);
}

} // namespace linli
