#pragma once

// A camera through Qt Multimedia, handing each frame's luminance on. Built
// into the linli_camera module, which the kiosk loads only when a camera is
// configured: Qt Multimedia and its audio and codec libraries stay out of
// every other start-up.

#include "CameraModule.h"

#include <functional>
#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace linli {

class CameraFeed : public QObject
{
    Q_OBJECT
public:
    using FrameSink = cameramodule::FrameSink;
    using StateSink = cameramodule::StateSink;

    CameraFeed(FrameSink frames, StateSink state, QObject *parent = nullptr);
    ~CameraFeed() override;

    // Opens the camera whose id or description contains `hint` ("default":
    // the system's default camera) and starts it. False (and *error) when
    // there is no such camera.
    bool open(const QString &hint, QString *error);

    // Takes frames from this sink (open() uses the capture session's own).
    void watch(QVideoSink *sink);

private:
    FrameSink m_frames;
    StateSink m_state;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QVideoSink> m_sink;
};

} // namespace linli
