// Camera frames from Qt Multimedia into the QR scanner: the luminance of each
// pixel format cameras deliver, frames through a QVideoSink to a scan, and
// the run-time module the kiosk loads for a configured camera.
#include "CameraFeed.h"
#include "CameraFrames.h"
#include "CameraModuleLoader.h"
#include "QrDecoder.h"

#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>

#include <QThread>

#include <atomic>
#include <cstring>

using namespace linli;
using Format = QVideoFrameFormat::PixelFormat;

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)
Q_DECLARE_METATYPE(linli::CameraMode)

namespace {

const QString Token = QStringLiteral("LL1:R:7:20261127:AB3CD7EFGH2JK4MN");

// A camera frame of `format` showing `grey` (chroma neutral).
QVideoFrame frameOf(const QImage &grey, Format format)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        qFatal("cannot map a new frame");
    const int w = grey.width(), h = grey.height();
    switch (format) {
    case Format::Format_YUYV:
    case Format::Format_UYVY:
        for (int y = 0; y < h; ++y) {
            uchar *row = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
            for (int x = 0; x < w; ++x) {
                const bool lumaFirst = format == Format::Format_YUYV;
                row[2 * x + (lumaFirst ? 0 : 1)] = grey.constScanLine(y)[x];
                row[2 * x + (lumaFirst ? 1 : 0)] = 128;
            }
        }
        break;
    case Format::Format_XRGB8888:
        for (int y = 0; y < h; ++y) {
            uchar *row = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
            for (int x = 0; x < w; ++x) {
                const uchar v = grey.constScanLine(y)[x];
                row[4 * x] = 0xFF;
                row[4 * x + 1] = row[4 * x + 2] = row[4 * x + 3] = v;
            }
        }
        break;
    default: // planar and semi-planar: Y, then neutral chroma planes
        for (int y = 0; y < h; ++y)
            std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), grey.constScanLine(y), size_t(w));
        for (int plane = 1; plane < frame.planeCount(); ++plane)
            std::memset(frame.bits(plane), 128, size_t(frame.mappedBytes(plane)));
    }
    frame.unmap();
    return frame;
}

QImage qrFrame()
{
    QImage canvas(640, 480, QImage::Format_Grayscale8);
    canvas.fill(200);
    const QImage code = QrDecoder::render(Token, 240).convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < code.height(); ++y)
        std::memcpy(canvas.scanLine(120 + y) + 200, code.constScanLine(y), size_t(code.width()));
    return canvas;
}

} // namespace

class TestCameraFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lumaOfEachFormat_data();
    void lumaOfEachFormat();
    void framesThroughAVideoSinkScan();
    void framesAreReadOnTheDecodingThread();
    void cameraModeChoice_data();
    void cameraModeChoice();
    void moduleLoadsAndSaysWhenThereIsNoCamera();
    void missingModuleLeavesTheScannerOffline();
};

void TestCameraFeed::lumaOfEachFormat_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<bool>("exact"); // the Y plane copied, not converted
    QTest::newRow("NV12") << Format::Format_NV12 << true;
    QTest::newRow("NV21") << Format::Format_NV21 << true;
    QTest::newRow("YUV420P") << Format::Format_YUV420P << true;
    QTest::newRow("YUYV") << Format::Format_YUYV << true;
    QTest::newRow("UYVY") << Format::Format_UYVY << true;
    QTest::newRow("Y8") << Format::Format_Y8 << true;
    QTest::newRow("XRGB8888 (converted)") << Format::Format_XRGB8888 << false;
}

void TestCameraFeed::lumaOfEachFormat()
{
    QFETCH(Format, format);
    QFETCH(bool, exact);
    const QImage grey = qrFrame();
    const QImage luma = lumaImage(frameOf(grey, format));
    QCOMPARE(luma.size(), grey.size());
    QCOMPARE(luma.format(), QImage::Format_Grayscale8);
    if (exact)
        QCOMPARE(luma, grey);
    QCOMPARE(QrDecoder::decode(luma), QStringList{Token});
}

void TestCameraFeed::framesThroughAVideoSinkScan()
{
    CameraQrScanner scanner(nullptr, 1000);
    QSignalSpy scanned(&scanner, &QrScanner::scanned);
    int frames = 0;
    CameraFeed feed([&](CameraQrScanner::LazyFrame frame) { ++frames; scanner.submitFrame(std::move(frame)); },
                    [](bool, const QString &) {});
    QVideoSink sink;
    feed.watch(&sink);
    const QImage picture = qrFrame();
    for (int i = 0; i < 5; ++i) // a new frame each time, as from a camera
        sink.setVideoFrame(frameOf(picture, Format::Format_NV12));
    QCOMPARE(frames, 5);
    QTRY_COMPARE(scanned.size(), 1); // the same code in front of the camera counts once
    QCOMPARE(scanned[0][0].toString(), Token);
}

void TestCameraFeed::framesAreReadOnTheDecodingThread()
{
    CameraQrScanner scanner(nullptr, 1000);
    QSignalSpy scanned(&scanner, &QrScanner::scanned);
    std::atomic<int> read{0};
    std::atomic<bool> onGuiThread{false};
    QThread *gui = QThread::currentThread();
    const QImage picture = qrFrame();
    for (int i = 0; i < 20; ++i) {
        scanner.submitFrame([&, picture] {
            ++read;
            if (QThread::currentThread() == gui)
                onGuiThread = true;
            return picture;
        });
    }
    QTRY_COMPARE(scanned.size(), 1);
    QVERIFY(!onGuiThread);
    // Frames arriving while one was decoded were dropped without being read.
    QTRY_COMPARE(scanner.framesDecoded(), read.load());
    QVERIFY2(read < 20, qPrintable(QString::number(read)));
    QCOMPARE(scanner.framesDropped() + read, 20);
}

void TestCameraFeed::cameraModeChoice_data()
{
    QTest::addColumn<QList<CameraMode>>("modes");
    QTest::addColumn<int>("chosen");
    const CameraMode mjpeg1080{Format::Format_Jpeg, QSize(1920, 1080), 30};
    const CameraMode yuyv720{Format::Format_YUYV, QSize(1280, 720), 10};
    const CameraMode yuyv480{Format::Format_YUYV, QSize(640, 480), 30};
    const CameraMode nv12_720{Format::Format_NV12, QSize(1280, 720), 30};
    const CameraMode nv12_4k{Format::Format_NV12, QSize(3840, 2160), 30};
    QTest::newRow("none") << QList<CameraMode>{} << -1;
    QTest::newRow("copy beats JPEG") << QList<CameraMode>{mjpeg1080, yuyv480} << 1;
    QTest::newRow("15 fps beats size") << QList<CameraMode>{yuyv720, yuyv480} << 1;
    QTest::newRow("nearest 720p") << QList<CameraMode>{nv12_4k, yuyv480, nv12_720} << 2;
    QTest::newRow("only JPEG") << QList<CameraMode>{mjpeg1080} << 0;
}

void TestCameraFeed::cameraModeChoice()
{
    QFETCH(QList<CameraMode>, modes);
    QFETCH(int, chosen);
    QCOMPARE(chooseCameraMode(modes), chosen);
}

void TestCameraFeed::moduleLoadsAndSaysWhenThereIsNoCamera()
{
    CameraQrScanner scanner;
    QString error;
    QObject *feed = openCameraFeed(QStringLiteral("no-such-camera-here"), &scanner, QStringLiteral(LINLI_CAMERA_MODULE_DIR), &error);
    QVERIFY(!feed);
    QVERIFY2(error.contains(QLatin1String("no camera matches 'no-such-camera-here'")), qPrintable(error));
    QCOMPARE(scanner.status(), DeviceStatus::Offline);
}

void TestCameraFeed::missingModuleLeavesTheScannerOffline()
{
    CameraQrScanner scanner;
    QString error;
    QVERIFY(!openCameraFeed(QStringLiteral("default"), &scanner, QStringLiteral("/nonexistent"), &error));
    QVERIFY2(error.startsWith(QLatin1String("camera module not loaded")), qPrintable(error));
    QCOMPARE(scanner.status(), DeviceStatus::Offline);
}

QTEST_MAIN(TestCameraFeed)
#include "tst_camera_feed.moc"
