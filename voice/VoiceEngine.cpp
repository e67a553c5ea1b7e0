#include "VoiceEngine.h"

#include "SpokenText.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>

#include <memory>

namespace linli {

VoiceEngine::VoiceEngine(voicemodule::Output output, voicemodule::AudioStarted started)
    : m_output(output)
    , m_started(std::move(started))
{
}

VoiceEngine::~VoiceEngine()
{
    stop();
}

bool VoiceEngine::open(QString *error)
{
    if (!m_synth.open(error))
        return false;
    if (m_output == voicemodule::Output::Memory)
        return true; // nothing to hear, as asked
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_soundProblem = QStringLiteral("no sound device found");
        return true; // the prompts are still made: a device may come later
    }
    QAudioFormat format;
    format.setSampleRate(m_synth.sampleRate());
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        m_soundProblem = QStringLiteral("the sound device %1 cannot play 16-bit mono at %2 Hz")
                             .arg(device.description()).arg(m_synth.sampleRate());
        return true;
    }
    m_sink.reset(new QAudioSink(device, format));
    return true;
}

bool VoiceEngine::speak(const QString &text, bool english, int volume, QString *error)
{
    stop();
    const QByteArray pcm = m_synth.synthesize(spokenText(text, english), english, error);
    if (pcm.isEmpty())
        return error->isEmpty();
    if (m_sink) {
        m_sink->setVolume(qBound(0, volume, 100) / 100.0);
        m_playing.setData(pcm);
        m_playing.open(QIODevice::ReadOnly);
        m_sink->start(&m_playing);
    }
    if (m_started)
        m_started(pcm, m_synth.sampleRate());
    return true;
}

void VoiceEngine::stop()
{
    if (m_sink)
        m_sink->stop();
    m_playing.close();
}

} // namespace linli

extern "C" Q_DECL_EXPORT linli::voicemodule::Engine *linli_open_voice(linli::voicemodule::Output output,
                                                                      const linli::voicemodule::AudioStarted &started,
                                                                      QString *error)
{
    // The type check: this function must stay an Open.
    [[maybe_unused]] constexpr linli::voicemodule::Open self = &linli_open_voice;
    auto engine = std::make_unique<linli::VoiceEngine>(output, started);
    if (!engine->open(error))
        return nullptr;
    return engine.release();
}
