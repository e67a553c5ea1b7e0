#include "QrDecoder.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcCamera, "linli.devices.camera")

namespace linli {

namespace QrDecoder {

Pass passFor(quint64 frame)
{
    return Pass(frame % PassCount);
}

QStringList decode(const QImage &image, Pass pass)
{
    if (image.isNull())
        return {};
    // Luminance only: what ZXing reads, and a quarter of the bytes of RGB.
    QImage gray = image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    switch (pass) {
    case Pass::LocalAverage:
        break; // ZXing's default
    case Pass::GlobalHistogram:
        hints.setBinarizer(ZXing::Binarizer::GlobalHistogram);
        break;
    case Pass::FixedThreshold:
        hints.setBinarizer(ZXing::Binarizer::FixedThreshold);
        break;
    case Pass::HalfSize:
        // Only the half-size copy: a quarter of the pixels, no further downscaling.
        gray = gray.scaled(gray.width() / 2, gray.height() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        hints.setTryDownscale(false);
        break;
    }
    if (gray.isNull())
        return {};
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    QStringList texts;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints))
        if (result.isValid())
            texts.append(QString::fromStdString(result.text()));
    return texts;
}

QStringList decodeStill(const QImage &image)
{
    for (int pass = 0; pass < PassCount; ++pass)
        if (const QStringList texts = decode(image, Pass(pass)); !texts.isEmpty())
            return texts;
    return {};
}

QImage render(const QString &text, int size)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(4);
    const ZXing::BitMatrix bits = writer.encode(text.toStdString(), size, size);
    QImage image(bits.width(), bits.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < bits.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < bits.width(); ++x)
            line[x] = bits.get(x, y) ? 0 : 255;
    }
    return image;
}

} // namespace QrDecoder

// The decoding thread and the object living on it (destroyed first, once the
// thread has stopped).
struct CameraQrScanner::Decoding
{
    QThread thread;
    QObject context;
};

CameraQrScanner::CameraQrScanner(QObject *parent, int repeatMs)
    : QrScanner(parent)
    , m_decoding(std::make_unique<Decoding>())
    , m_repeatMs(repeatMs)
{
    m_decoding->thread.setObjectName(QStringLiteral("linli-camera"));
    m_decoding->context.moveToThread(&m_decoding->thread);
    m_decoding->thread.start();
    m_clock.start();
    setStatus(DeviceStatus::Ready);
}

CameraQrScanner::~CameraQrScanner()
{
    // A frame being decoded finishes first; its answer to this object is dropped with it.
    m_decoding->thread.quit();
    m_decoding->thread.wait();
}

void CameraQrScanner::submitFrame(const QImage &frame)
{
    submitFrame([frame] { return frame; });
}

void CameraQrScanner::submitFrame(LazyFrame frame)
{
    if (m_busy) {
        if (m_waiting)
            ++m_dropped; // the older waiting frame is dropped, never queued
        m_waiting = std::move(frame);
        return;
    }
    m_waiting = std::move(frame);
    decodeNext();
}

void CameraQrScanner::decodeNext()
{
    if (!m_waiting)
        return;
    m_busy = true;
    LazyFrame frame = std::exchange(m_waiting, nullptr);
    const QrDecoder::Pass pass = QrDecoder::passFor(m_frames++);
    QMetaObject::invokeMethod(&m_decoding->context, [this, pass, frame = std::move(frame)] {
        const QImage grey = frame();
        const QStringList texts = grey.isNull() ? QStringList() : QrDecoder::decode(grey, pass);
        QMetaObject::invokeMethod(this, [this, texts] { finished(texts); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void CameraQrScanner::finished(const QStringList &texts)
{
    m_busy = false;
    ++m_decoded;
    const qint64 now = m_clock.elapsed();
    // Codes gone from view for longer than the window are forgotten.
    m_lastSeenMs.removeIf([this, now](const auto &seen) { return now - seen.value() >= m_repeatMs; });
    for (const QString &text : texts) {
        const bool inView = m_lastSeenMs.contains(text);
        m_lastSeenMs.insert(text, now); // still in front of the camera: the window starts again
        if (!inView)
            Q_EMIT scanned(text);
    }
    decodeNext();
}

} // namespace linli
