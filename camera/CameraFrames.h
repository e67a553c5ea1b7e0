#pragma once

// Camera frames to the grey image the QR decoder reads. Most cameras deliver
// YUV: the Y plane already is that image, so it is copied, not converted.

#include <QImage>
#include <QVideoFrame>

namespace linli {

// The frame's luminance as Format_Grayscale8 (a deep copy), or a null image
// when the frame cannot be mapped.
QImage lumaImage(const QVideoFrame &frame);

// True when lumaImage() copies the frame's bytes instead of converting it.
bool copiesLuma(QVideoFrameFormat::PixelFormat format);

// One of the formats a camera offers.
struct CameraMode
{
    QVideoFrameFormat::PixelFormat pixelFormat;
    QSize resolution;
    float maxFps;
};

// The mode to ask the camera for, as an index into modes (-1: none offered):
// one whose luminance is copied rather than converted (no JPEG to decode),
// then at least 15 frames per second, then the resolution nearest 1280x720,
// where a code held a hand's width from the lens is sharp enough and a frame
// decodes in a few milliseconds.
int chooseCameraMode(const QList<CameraMode> &modes);

} // namespace linli
