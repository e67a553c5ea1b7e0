#include "CameraFrames.h"

#include <cstring>

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
