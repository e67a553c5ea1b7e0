#pragma once

#include "Synthesizer.h"
#include "VoiceModule.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QIODevice>
#include <QScopedPointer>
#include <QTimer>

class QAudioSink;

namespace linli {

// espeak-ng into a QAudioSink (22050 Hz mono 16-bit), or into memory.
class VoiceEngine : public voicemodule::Engine
{
public:
    VoiceEngine(voicemodule::Output output, voicemodule::AudioStarted started);
    ~VoiceEngine() override;

    bool open(QString *error);
    bool speak(const QString &text, bool english, int volume, bool chime, QString *error) override;
    void stop() override;
    QString soundProblem() const override { return m_soundProblem; }

private:
    void feed();

    voicemodule::Output m_outputKind;
    voicemodule::AudioStarted m_started;
    Synthesizer m_synth;
    QAudioDevice m_device;
    QAudioFormat m_format;
    bool m_hasDevice = false;
    QScopedPointer<QAudioSink> m_sink; // the prompt playing
    QIODevice *m_output = nullptr;     // m_sink's, while it plays
    QByteArray m_playing;
    qsizetype m_written = 0;
    QTimer m_feeder;
    QString m_soundProblem;
};

} // namespace linli
