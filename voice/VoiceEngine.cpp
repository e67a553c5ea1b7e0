#include "VoiceEngine.h"

#include "SpokenText.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>

#include <cmath>
#include <memory>

namespace linli {

namespace {
constexpr int kFeedMs = 20; // the sink holds far more than this
} // namespace

VoiceEngine::VoiceEngine(voicemodule::Output output, voicemodule::AudioStarted started)
    : m_outputKind(output)
    , m_started(std::move(started))
{
    m_feeder.setInterval(kFeedMs);
    QObject::connect(&m_feeder, &QTimer::timeout, [this] { feed(); });
}

VoiceEngine::~VoiceEngine()
{
    stop();
}

bool VoiceEngine::open(QString *error)
{
    if (!m_synth.open(error))
        return false;
    if (m_outputKind == voicemodule::Output::Memory)
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
    m_device = device;
    m_format = format;
    m_hasDevice = true;
    return true;
}

namespace {

// The volume goes into the samples: QAudioSink::setVolume on Qt 6.4's
// PulseAudio backend delays and cuts the prompts that follow.
void scale(QByteArray &pcm, int volume)
{
    const int percent = qBound(0, volume, 100);
    auto *samples = reinterpret_cast<qint16 *>(pcm.data());
    for (qsizetype i = 0, n = pcm.size() / 2; i < n; ++i)
        samples[i] = qint16(int(samples[i]) * percent / 100);
}

// Ding-dong: two soft notes, so heads turn before the words.
QByteArray chimeNotes(int sampleRate)
{
    QByteArray pcm;
    for (const double hertz : {880.0, 660.0}) {
        const int samples = sampleRate * 2 / 5;
        QByteArray note(samples * 2, Qt::Uninitialized);
        auto *out = reinterpret_cast<qint16 *>(note.data());
        for (int i = 0; i < samples; ++i) {
            const double fade = 1.0 - double(i) / samples; // a bell dies away
            out[i] = qint16(9000.0 * fade * std::sin(2.0 * M_PI * hertz * i / sampleRate));
        }
        pcm += note;
    }
    return pcm;
}

} // namespace

bool VoiceEngine::speak(const QString &text, bool english, int volume, bool chime, QString *error)
{
    stop();
    QByteArray pcm = m_synth.synthesize(spokenText(text, english), english, error);
    if (pcm.isEmpty())
        return error->isEmpty();
    if (chime)
        pcm.prepend(chimeNotes(m_synth.sampleRate()));
    scale(pcm, volume);
    if (m_hasDevice) {
        // A sink of its own for each prompt, fed as it asks: Qt 6.4's
        // PulseAudio sink reading a short buffer by itself repeats and cuts it.
        m_sink.reset(new QAudioSink(m_device, m_format));
        m_playing = pcm;
        m_written = 0;
        m_output = m_sink->start();
        feed();
        m_feeder.start();
    }
    if (m_started)
        m_started(pcm, m_synth.sampleRate());
    return true;
}

void VoiceEngine::feed()
{
    if (!m_sink || !m_output) {
        m_feeder.stop();
        return;
    }
    const qsizetype room = qMin<qsizetype>(m_sink->bytesFree(), m_playing.size() - m_written);
    if (room > 0) {
        const qint64 wrote = m_output->write(m_playing.constData() + m_written, room);
        if (wrote > 0)
            m_written += wrote;
    }
    if (m_written >= m_playing.size())
        m_feeder.stop(); // the sink plays out what it holds
}

void VoiceEngine::stop()
{
    m_feeder.stop();
    if (m_sink)
        m_sink->stop();
    m_sink.reset();
    m_output = nullptr;
    m_playing.clear();
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
