#pragma once

// QR codes in pictures: camera frames and image files. ZXing-C++ stays behind
// this header; the rest of the kiosk sees Qt types.

#include "Devices.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QStringList>

#include <functional>
#include <memory>

namespace linli {

namespace QrDecoder {
// One way of reading a picture, each one ZXing decode pass. ZXing's
// binarizers see different codes: LocalAverage misses a faded print that
// GlobalHistogram reads, and a dim, flat one only FixedThreshold reads; a
// half-size copy (LocalAverage again) evens out noise and large modules.
enum class Pass : quint8 { LocalAverage, GlobalHistogram, FixedThreshold, HalfSize };
inline constexpr int PassCount = 4;
// The pass for a camera's n-th frame: each in turn, so a code only one of
// them reads is read within PassCount frames, and a frame costs one pass.
Pass passFor(quint64 frame);

// Every QR code in the image, as text. Restricted to QR codes: looking for
// every barcode format costs several times more per frame.
QStringList decode(const QImage &image, Pass pass = Pass::LocalAverage);
// A still image (--scan-image): each pass in turn until one reads a code.
QStringList decodeStill(const QImage &image);
// A QR code of `text`, `size` pixels square with a quiet zone (tests, and
// codes shown on screen).
QImage render(const QString &text, int size);
} // namespace QrDecoder

// A camera as a QR scanner. Frames come in at camera speed; one at a time is
// turned into a grey image and decoded on a thread of its own. A frame that
// arrives while another is being decoded replaces the one waiting (old frames
// are dropped, never queued, and never converted), and the same code in front
// of the camera counts once until it has been away for `repeatMs`. The
// frames decoded take QrDecoder's passes in turn.
class CameraQrScanner : public QrScanner
{
    Q_OBJECT
public:
    explicit CameraQrScanner(QObject *parent = nullptr, int repeatMs = 1000);
    ~CameraQrScanner() override;
    QString name() const override { return QStringLiteral("camera"); }

    // A camera frame and how to get its grey image (run on the decoding thread).
    using LazyFrame = std::function<QImage()>;
    void submitFrame(LazyFrame frame);
    void submitFrame(const QImage &frame);
    // Ready while the camera delivers frames, Offline when it stops or fails.
    void setCameraStatus(DeviceStatus::State status) { setStatus(status); }
    int framesDecoded() const { return m_decoded; }
    int framesDropped() const { return m_dropped; }

private:
    struct Decoding;
    void decodeNext();
    void finished(const QStringList &texts);

    std::unique_ptr<Decoding> m_decoding;
    LazyFrame m_waiting;
    quint64 m_frames = 0; // frames given to the decoder: which pass comes next
    bool m_busy = false;
    int m_decoded = 0;
    int m_dropped = 0;
    int m_repeatMs;
    QHash<QString, qint64> m_lastSeenMs; // each code in view, when it was last seen
    QElapsedTimer m_clock;
};

} // namespace linli
