#pragma once

// The one entry point of the linli_camera module, shared by the module and
// the kiosk that loads it (which includes only this header, no Qt Multimedia).

#include <QImage>
#include <QObject>
#include <QString>

#include <functional>

namespace linli::cameramodule {

// A frame and how to get its luminance, called where the decoder runs (not on
// the GUI thread), and only for frames that are not dropped.
using LazyFrame = std::function<QImage()>;
using FrameSink = std::function<void(LazyFrame frame)>;
// running: frames are coming; problem: why not, in one line.
using StateSink = std::function<void(bool running, const QString &problem)>;

// Opens the camera whose id or description contains `hint` ("default": the
// system's default camera). Returns the feed (the caller owns it), or nullptr
// and *error.
using Open = QObject *(*)(const QString &hint, const FrameSink &frames, const StateSink &state, QString *error);

inline constexpr char OpenSymbol[] = "linli_open_camera";
inline constexpr char LibraryName[] = "linli_camera";

} // namespace linli::cameramodule
