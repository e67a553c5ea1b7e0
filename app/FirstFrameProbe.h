#pragma once

// --exit-after-first-frame, shared by linli-kiosk and the bare window that
// linli-bench compares it with (header only: the bare window links nothing of ours).

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>

#include <cstdio>

namespace linli {

// After the window's first frame: print "FIRST_FRAME peak_rss_kb=N" (VmHWM,
// the kernel's peak resident memory so far) and quit.
inline void exitAfterFirstFrame(QQuickWindow *window)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [] {
        QByteArray peakKb = "0";
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    peakKb = line.mid(6).trimmed().split(' ').constFirst();
        std::printf("FIRST_FRAME peak_rss_kb=%s\n", peakKb.constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }, Qt::SingleShotConnection);
}

} // namespace linli
