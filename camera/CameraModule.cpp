// The linli_camera module's entry point (see CameraModule.h).
#include "CameraFeed.h"

#include <memory>

extern "C" Q_DECL_EXPORT QObject *linli_open_camera(const QString &hint, const linli::cameramodule::FrameSink &frames,
                                                    const linli::cameramodule::StateSink &state, QString *error)
{
    // The type check: this function must stay an Open.
    [[maybe_unused]] constexpr linli::cameramodule::Open self = &linli_open_camera;
    auto feed = std::make_unique<linli::CameraFeed>(frames, state);
    if (!feed->open(hint, error))
        return nullptr;
    return feed.release();
}
