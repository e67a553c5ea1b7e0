#pragma once

#include "Synthesizer.h"
#include "VoiceModule.h"

#include <QBuffer>
#include <QScopedPointer>

class QAudioSink;

namespace linli {

// espeak-ng into a QAudioSink (22050 Hz mono 16-bit), or into memory.
class VoiceEngine : public voicemodule::Engine
{
public:
    VoiceEngine(voicemodule::Output output, voicemodule::AudioStarted started);
    ~VoiceEngine() override;

    bool open(QString *error);
    bool speak(const QString &text, bool english, int volume, QString *error) override;
    void stop() override;
    QString soundProblem() const override { return m_soundProblem; }

private:
    voicemodule::Output m_output;
    voicemodule::AudioStarted m_started;
    Synthesizer m_synth;
    QScopedPointer<QAudioSink> m_sink;
    QBuffer m_playing;
    QString m_soundProblem;
};

} // namespace linli
