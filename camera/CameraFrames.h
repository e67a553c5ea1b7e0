#pragma once

// Camera frames to the grey image the QR decoder reads. Most cameras deliver
// YUV: the Y plane already is that image, so it is copied, not converted.

#include <QImage>
#include <QVideoFrame>

namespace linli {

// The frame's luminance as Format_Grayscale8 (a deep copy), or a null image
// when the frame cannot be mapped.
QImage lumaImage(const QVideoFrame &frame);

} // namespace linli
