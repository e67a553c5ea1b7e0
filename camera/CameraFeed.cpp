#include "CameraFeed.h"

#include "CameraFrames.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCameraFormat>
#include <QLoggingCategory>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoSink>

namespace linli {

namespace {
// The same category as the decoder's; defined here too, as the module is a library of its own.
Q_LOGGING_CATEGORY(lcCameraFeed, "linli.devices.camera")
} // namespace

CameraFeed::CameraFeed(FrameSink frames, StateSink state, QObject *parent)
    : QObject(parent)
    , m_frames(std::move(frames))
    , m_state(std::move(state))
{
}

CameraFeed::~CameraFeed() = default;

void CameraFeed::watch(QVideoSink *sink)
{
    // Only the frame is passed on: reading its pixels waits for the decoder's thread.
    connect(sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        m_frames([frame] { return lumaImage(frame); });
    });
}

bool CameraFeed::open(const QString &hint, QString *error)
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    QCameraDevice chosen;
    if (hint == QLatin1String("default")) {
        chosen = QMediaDevices::defaultVideoInput();
    } else {
        for (const QCameraDevice &camera : cameras) {
            if (QString::fromUtf8(camera.id()).contains(hint) || camera.description().contains(hint, Qt::CaseInsensitive)) {
                chosen = camera;
                break;
            }
        }
    }
    if (chosen.isNull()) {
        QStringList seen;
        for (const QCameraDevice &camera : cameras)
            seen << QStringLiteral("%1 (%2)").arg(camera.description(), QString::fromUtf8(camera.id()));
        *error = QStringLiteral("no camera matches '%1'; cameras seen: %2")
                     .arg(hint, seen.isEmpty() ? QStringLiteral("none") : seen.join(QStringLiteral(", ")));
        return false;
    }
    m_camera = std::make_unique<QCamera>(chosen);
    const QList<QCameraFormat> formats = chosen.videoFormats();
    QList<CameraMode> modes;
    for (const QCameraFormat &format : formats)
        modes.append({format.pixelFormat(), format.resolution(), format.maxFrameRate()});
    if (const int mode = chooseCameraMode(modes); mode >= 0) {
        m_camera->setCameraFormat(formats[mode]);
        qCInfo(lcCameraFeed) << "camera format" << formats[mode].pixelFormat() << formats[mode].resolution()
                             << formats[mode].maxFrameRate() << "fps";
    }
    m_session = std::make_unique<QMediaCaptureSession>();
    m_sink = std::make_unique<QVideoSink>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(m_sink.get());
    watch(m_sink.get());
    connect(m_camera.get(), &QCamera::activeChanged, this, [this](bool active) {
        m_state(active, active ? QString() : QStringLiteral("camera stopped"));
    });
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &message) {
        qCWarning(lcCameraFeed) << "camera:" << message;
        m_state(false, message);
    });
    qCInfo(lcCameraFeed) << "camera" << chosen.description() << chosen.id();
    m_camera->start();
    return true;
}

} // namespace linli
