#include "CameraFrames.h"

#include <cstring>
#include <tuple>

namespace linli {

namespace {

// Planar and semi-planar YUV formats: plane 0 is Y, one byte per pixel.
bool hasLumaPlane(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return true;
    default:
        return false;
    }
}

// Packed 4:2:2: Y is every other byte, first (YUYV) or second (UYVY).
int packedLumaOffset(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_YUYV:
        return 0;
    case QVideoFrameFormat::Format_UYVY:
        return 1;
    default:
        return -1;
    }
}

} // namespace

bool copiesLuma(QVideoFrameFormat::PixelFormat format)
{
    return hasLumaPlane(format) || packedLumaOffset(format) >= 0;
}

int chooseCameraMode(const QList<CameraMode> &modes)
{
    constexpr qint64 wantedPixels = 1280 * 720;
    auto cost = [](const CameraMode &mode) {
        const qint64 pixels = qint64(mode.resolution.width()) * mode.resolution.height();
        return std::tuple(!copiesLuma(mode.pixelFormat), mode.maxFps < 15, qAbs(pixels - wantedPixels));
    };
    int best = -1;
    for (int i = 0; i < modes.size(); ++i)
        if (best < 0 || cost(modes[i]) < cost(modes[best]))
            best = i;
    return best;
}

QImage lumaImage(const QVideoFrame &input)
{
    QVideoFrame frame(input);
    const QVideoFrameFormat::PixelFormat format = frame.pixelFormat();
    const int packedOffset = packedLumaOffset(format);
    if (!hasLumaPlane(format) && packedOffset < 0) // RGB, JPEG, ...: Qt converts
        return frame.toImage().convertToFormat(QImage::Format_Grayscale8);
    if (!frame.map(QVideoFrame::ReadOnly))
        return {};
    const int width = frame.width();
    const int height = frame.height();
    QImage luma(width, height, QImage::Format_Grayscale8);
    const uchar *source = frame.bits(0);
    const int stride = frame.bytesPerLine(0);
    for (int y = 0; y < height; ++y) {
        const uchar *row = source + qsizetype(y) * stride;
        uchar *out = luma.scanLine(y);
        if (packedOffset < 0) {
            std::memcpy(out, row, size_t(width));
        } else {
            for (int x = 0; x < width; ++x)
                out[x] = row[2 * x + packedOffset];
        }
    }
    frame.unmap();
    return luma;
}

} // namespace linli
