// linli-minimal-window: the smallest Qt Quick window, the yardstick linli-bench measures
// linli-kiosk's start-up against. It prints the same FIRST_FRAME line as the kiosk.
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

namespace {

// Peak resident memory so far, from the kernel; read the same way as in linli-kiosk.
QByteArray peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').constFirst();
    return "0";
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    // Any other kiosk option is ignored, so both programs can be started with the same line.
    const bool exitAfterFirstFrame = QCoreApplication::arguments().contains(QStringLiteral("--exit-after-first-frame"));

    // Same size and the same CJK text as the kiosk, so font loading is part of both figures.
    QQmlApplicationEngine engine;
    engine.loadData(QByteArrayLiteral(R"(
import QtQuick
Window {
    width: 1920; height: 1080; visible: true
    Text { anchors.centerIn: parent; text: "邻里"; font.pixelSize: 48 }
}
)"));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;

    if (exitAfterFirstFrame) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
            std::printf("FIRST_FRAME peak_rss_kb=%s\n", peakRssKb().constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        }, Qt::SingleShotConnection);
    }
    return app.exec();
}
