// Camera QR decoding on pictures: codes we generate, turned, blurred, small,
// noisy, and frames with no code; and the camera pipeline's frame handling.
#include "QrDecoder.h"

#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTransform>

using namespace linli;

namespace {
const QString kCode = QStringLiteral("LL1:D:1:20261127:ABCDEFGHIJKLMNOPQRSTUVWX");

// A 1280x720 grey camera frame with the code somewhere in it, like a phone
// held up to the kiosk.
QImage frameWith(const QImage &code, int x = 480, int y = 180)
{
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    frame.fill(170);
    QPainter painter(&frame);
    painter.drawImage(x, y, code);
    return frame;
}

// The code with its dark modules at `dark` and its paper at `light`, as a
// faded or badly lit print shows it.
QImage printedAt(const QImage &code, int dark, int light)
{
    QImage out = code.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            line[x] = uchar(line[x] < 128 ? dark : light);
    }
    return out;
}

// Found with ZXing 1.4: each is read by one of its binarizers only.
QImage fadedPrint() { return frameWith(printedAt(QrDecoder::render(kCode, 300), 180, 255)); } // GlobalHistogram
QImage dimFlatPrint() { return frameWith(printedAt(QrDecoder::render(kCode, 300), 116, 140)); } // FixedThreshold

QImage turned(const QImage &image, qreal degrees)
{
    QImage rgb = image.convertToFormat(QImage::Format_RGB32).transformed(QTransform().rotate(degrees),
                                                                        Qt::SmoothTransformation);
    QImage filled(rgb.size(), QImage::Format_RGB32);
    filled.fill(Qt::white);
    QPainter(&filled).drawImage(0, 0, rgb);
    return filled;
}
} // namespace

class TestCameraQr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAPlainCode()
    {
        QCOMPARE(QrDecoder::decode(QrDecoder::render(kCode, 300)), QStringList{kCode});
    }

    void readsCodesAsCamerasSeeThem_data()
    {
        QTest::addColumn<QImage>("image");
        const QImage code = QrDecoder::render(kCode, 300);
        QTest::newRow("in a frame") << frameWith(code);
        QTest::newRow("upside down") << frameWith(turned(code, 180));
        QTest::newRow("turned 30 degrees") << frameWith(turned(code, 30), 420, 120);
        QTest::newRow("small") << frameWith(QrDecoder::render(kCode, 90));
        QTest::newRow("blurred") << frameWith(code.scaled(120, 120, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                                  .scaled(300, 300, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        QImage noisy = frameWith(code);
        QRandomGenerator random(27);
        for (int i = 0; i < 40000; ++i)
            noisy.setPixel(random.bounded(noisy.width()), random.bounded(noisy.height()),
                           qRgb(random.bounded(256), 0, 0));
        QTest::newRow("noisy") << noisy;
        QTest::newRow("colour") << frameWith(code).convertToFormat(QImage::Format_RGB32);
    }
    void readsCodesAsCamerasSeeThem()
    {
        QFETCH(QImage, image);
        QCOMPARE(QrDecoder::decode(image), QStringList{kCode});
    }

    void findsNothingWhereThereIsNothing()
    {
        QImage empty(1280, 720, QImage::Format_Grayscale8);
        empty.fill(170);
        QVERIFY(QrDecoder::decode(empty).isEmpty());
        QVERIFY(QrDecoder::decode(QImage()).isEmpty());
        QImage shapes(640, 480, QImage::Format_RGB32);
        shapes.fill(Qt::white);
        QPainter painter(&shapes);
        for (int i = 0; i < 30; ++i)
            painter.fillRect(i * 20, i * 15, 15, 15, Qt::black);
        QVERIFY(QrDecoder::decode(shapes).isEmpty());
    }

    void eachPassReadsWhatTheOthersMiss_data()
    {
        using P = QrDecoder::Pass;
        QTest::addColumn<QImage>("image");
        QTest::addColumn<QList<P>>("readBy");
        QTest::newRow("plain") << frameWith(QrDecoder::render(kCode, 300))
                               << QList<P>{P::LocalAverage, P::GlobalHistogram, P::FixedThreshold, P::HalfSize};
        QTest::newRow("faded print") << fadedPrint() << QList<P>{P::GlobalHistogram};
        QTest::newRow("dim, flat print") << dimFlatPrint() << QList<P>{P::FixedThreshold};
    }
    void eachPassReadsWhatTheOthersMiss()
    {
        QFETCH(QImage, image);
        QFETCH(QList<QrDecoder::Pass>, readBy);
        for (int i = 0; i < QrDecoder::PassCount; ++i) {
            const auto pass = QrDecoder::Pass(i);
            QVERIFY2(QrDecoder::decode(image, pass) == (readBy.contains(pass) ? QStringList{kCode} : QStringList{}),
                     qPrintable(QStringLiteral("pass %1").arg(i)));
        }
    }

    void theCameraTakesThePassesInTurn()
    {
        using P = QrDecoder::Pass;
        QList<P> passes;
        for (quint64 frame = 0; frame < 8; ++frame)
            passes.append(QrDecoder::passFor(frame));
        QVERIFY(passes == (QList<P>{P::LocalAverage, P::GlobalHistogram, P::FixedThreshold, P::HalfSize,
                                    P::LocalAverage, P::GlobalHistogram, P::FixedThreshold, P::HalfSize}));
    }

    void aCodeOnlyOnePassReadsIsReadWithinThreeFrames_data()
    {
        QTest::addColumn<QImage>("frame");
        QTest::addColumn<int>("readAtFrame");
        QTest::newRow("faded print") << fadedPrint() << 2;
        QTest::newRow("dim, flat print") << dimFlatPrint() << 3;
    }
    void aCodeOnlyOnePassReadsIsReadWithinThreeFrames()
    {
        QFETCH(QImage, frame);
        QFETCH(int, readAtFrame);
        CameraQrScanner camera(nullptr, 1000);
        QSignalSpy scans(&camera, &QrScanner::scanned);
        for (int i = 1; i <= QrDecoder::PassCount; ++i) {
            camera.submitFrame(frame);
            QTRY_COMPARE(camera.framesDecoded(), i);
            QCOMPARE(scans.count(), i < readAtFrame ? 0 : 1);
        }
        QCOMPARE(scans.at(0).at(0).toString(), kCode);
    }

    void aStillImageIsTriedWithEveryPass()
    {
        QCOMPARE(QrDecoder::decodeStill(fadedPrint()), QStringList{kCode});
        QCOMPARE(QrDecoder::decodeStill(dimFlatPrint()), QStringList{kCode});
        QImage empty(1280, 720, QImage::Format_Grayscale8);
        empty.fill(170);
        QVERIFY(QrDecoder::decodeStill(empty).isEmpty());
        QVERIFY(QrDecoder::decodeStill(QImage()).isEmpty());
    }

    void theSameCodeInFrontOfTheCameraCountsOnce()
    {
        CameraQrScanner camera(nullptr, 1000);
        QSignalSpy scans(&camera, &QrScanner::scanned);
        const QImage frame = frameWith(QrDecoder::render(kCode, 300));
        for (int i = 0; i < 5; ++i) {
            camera.submitFrame(frame);
            QTRY_COMPARE(camera.framesDecoded() + camera.framesDropped(), i + 1);
        }
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).toString(), kCode);
    }

    void twoCodesInViewCountOnceEach()
    {
        CameraQrScanner camera(nullptr, 1000);
        QSignalSpy scans(&camera, &QrScanner::scanned);
        const QString other = QStringLiteral("LL1:D:3:20261127:QWERTY234567ABCD");
        QImage frame = frameWith(QrDecoder::render(kCode, 300), 100, 180);
        QPainter(&frame).drawImage(800, 180, QrDecoder::render(other, 300));
        for (int i = 0; i < 4; ++i) {
            camera.submitFrame(frame);
            QTRY_COMPARE(camera.framesDecoded() + camera.framesDropped(), i + 1);
        }
        QCOMPARE(scans.count(), 2);
        QStringList seen{scans.at(0).at(0).toString(), scans.at(1).at(0).toString()};
        seen.sort();
        QStringList expected{kCode, other};
        expected.sort();
        QCOMPARE(seen, expected);
    }

    void theSameCodeCountsAgainOnceItWasAway()
    {
        CameraQrScanner camera(nullptr, 200);
        QSignalSpy scans(&camera, &QrScanner::scanned);
        const QImage frame = frameWith(QrDecoder::render(kCode, 300));
        camera.submitFrame(frame);
        QTRY_COMPARE(scans.count(), 1);
        QTest::qWait(400); // taken away for longer than the window
        camera.submitFrame(frame);
        QTRY_COMPARE(scans.count(), 2);
    }

    void framesArrivingWhileDecodingAreDroppedNotQueued()
    {
        CameraQrScanner camera;
        QSignalSpy scans(&camera, &QrScanner::scanned);
        QImage empty(1280, 720, QImage::Format_Grayscale8);
        empty.fill(170);
        const QImage withCode = frameWith(QrDecoder::render(kCode, 300));
        // A burst far faster than decoding: only the first and the newest are decoded.
        for (int i = 0; i < 30; ++i)
            camera.submitFrame(i == 29 ? withCode : empty);
        QTRY_COMPARE(scans.count(), 1);
        QCOMPARE(camera.framesDecoded(), 2);
        QCOMPARE(camera.framesDropped(), 28);
    }

    void scanImageReadsFilesThroughTheCameraPath()
    {
        QTemporaryDir dir;
        const QString withCode = dir.filePath(QStringLiteral("code.png"));
        const QString without = dir.filePath(QStringLiteral("wall.png"));
        const QString faded = dir.filePath(QStringLiteral("faded.png"));
        QVERIFY(frameWith(QrDecoder::render(kCode, 300)).save(withCode));
        QVERIFY(fadedPrint().save(faded));
        QImage wall(640, 480, QImage::Format_Grayscale8);
        wall.fill(200);
        QVERIFY(wall.save(without));
        QProcess kiosk;
        kiosk.start(QStringLiteral(LINLI_KIOSK), {QStringLiteral("--scan-image"), withCode, without, faded});
        QVERIFY(kiosk.waitForFinished(30000));
        QCOMPARE(kiosk.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(kiosk.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines, (QStringList{withCode + QStringLiteral(": ") + kCode,
                                     without + QStringLiteral(": no QR code found"),
                                     faded + QStringLiteral(": ") + kCode}));
    }
};

QTEST_MAIN(TestCameraQr)
#include "tst_camera_qr.moc"
