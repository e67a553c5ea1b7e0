// linli-minimal-window: the smallest Qt Quick window, the yardstick linli-bench measures
// linli-kiosk's start-up against. It prints the same FIRST_FRAME line as the kiosk.
#include "FirstFrameProbe.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

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

    if (exitAfterFirstFrame)
        linli::exitAfterFirstFrame(window);
    return app.exec();
}
