#pragma once

// Connects a configured camera to a CameraQrScanner through the linli_camera
// module, loaded only now: a kiosk without a camera never loads Qt Multimedia.

#include <QObject>
#include <QString>

namespace linli {

class CameraQrScanner;

// Loads the module from moduleDir, opens the camera matching `hint` and feeds
// its frames to scanner, whose status follows the camera. Returns the feed
// (a child of scanner), or nullptr and *error; the scanner is then Offline.
QObject *openCameraFeed(const QString &hint, CameraQrScanner *scanner, const QString &moduleDir, QString *error);

} // namespace linli
