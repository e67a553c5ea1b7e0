#pragma once

// The one entry point of the linli_voice module, shared by the module and
// the kiosk that loads it (which includes only this header: no espeak-ng,
// no Qt Multimedia at start-up).

#include <QString>

#include <functional>

namespace linli::voicemodule {

// Speaks prompts. Made, used and destroyed on one thread (the kiosk's voice
// thread), which runs an event loop for the audio sink.
class Engine
{
public:
    virtual ~Engine() = default;
    // Stops whatever is playing and speaks `text` (screen text: the module
    // runs it through spokenText()), after a two-note chime if asked.
    // volume: 0 to 100.
    virtual bool speak(const QString &text, bool english, int volume, bool chime, QString *error) = 0;
    virtual void stop() = 0;
    // Empty while a sound device plays the prompts; else why not, in one line.
    virtual QString soundProblem() const = 0;
};

enum class Output {
    Speaker, // the system's default audio output, through QAudioSink
    Memory,  // no sound: the PCM is handed to `audioStarted` only (tests, benchmarks)
};

// Called on the voice thread as a prompt's first samples go to the output:
// how many samples the whole prompt has, at sampleRate, and the PCM itself.
using AudioStarted = std::function<void(const QByteArray &pcm, int sampleRate)>;

using Open = Engine *(*)(Output output, const AudioStarted &started, QString *error);

inline constexpr char OpenSymbol[] = "linli_open_voice";
inline constexpr char LibraryName[] = "linli_voice";

} // namespace linli::voicemodule
