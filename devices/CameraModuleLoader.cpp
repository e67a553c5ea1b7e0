#include "CameraModuleLoader.h"

#include "CameraModule.h"
#include "QrDecoder.h"

#include <QDir>
#include <QLibrary>
#include <QPointer>

namespace linli {

QObject *openCameraFeed(const QString &hint, CameraQrScanner *scanner, const QString &moduleDir, QString *error)
{
    scanner->setCameraStatus(DeviceStatus::Offline);
    QLibrary module(QDir(moduleDir).filePath(QString::fromLatin1(cameramodule::LibraryName)));
    auto open = reinterpret_cast<cameramodule::Open>(module.resolve(cameramodule::OpenSymbol));
    if (!open) {
        *error = QStringLiteral("camera module not loaded: %1").arg(module.errorString());
        return nullptr;
    }
    QPointer<CameraQrScanner> target(scanner);
    // Frames may arrive on a camera thread: hand them to the scanner's.
    auto frames = [target](cameramodule::LazyFrame frame) {
        QMetaObject::invokeMethod(target, [target, frame = std::move(frame)] {
            if (target)
                target->submitFrame(frame);
        }, Qt::AutoConnection);
    };
    auto state = [target](bool running, const QString &) {
        QMetaObject::invokeMethod(target, [target, running] {
            if (target)
                target->setCameraStatus(running ? DeviceStatus::Ready : DeviceStatus::Offline);
        }, Qt::AutoConnection);
    };
    QObject *feed = open(hint, frames, state, error);
    if (feed)
        feed->setParent(scanner);
    return feed; // the module stays loaded: QLibrary does not unload on destruction
}

} // namespace linli
