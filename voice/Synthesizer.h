#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace linli {

// espeak-ng's library, synthesizing into memory: 16-bit mono PCM at
// sampleRate(). espeak-ng keeps its state in globals, so a process has one
// Synthesizer, used from one thread.
class Synthesizer
{
public:
    Synthesizer() = default;
    ~Synthesizer();
    Synthesizer(const Synthesizer &) = delete;
    Synthesizer &operator=(const Synthesizer &) = delete;

    // Loads espeak-ng and its data (20-40 ms, about 4 MB).
    bool open(QString *error);
    bool isOpen() const { return m_sampleRate > 0; }
    int sampleRate() const { return m_sampleRate; }

    // Mandarin through the cmn-latn-pinyin voice (the voices cmn, zh and
    // zh-cmn of espeak-ng 1.51 read Chinese with English rules), or English.
    // `text` is read as given: run it through spokenText() first.
    // `chunk` gets the PCM as espeak makes it; returning false stops.
    using Chunk = std::function<bool(const QByteArray &pcm)>;
    bool synthesize(const QString &text, bool english, const Chunk &chunk, QString *error);
    QByteArray synthesize(const QString &text, bool english, QString *error);

    // The phonemes espeak would speak, clause after clause; a switch to
    // another language shows as "(en)".
    QString phonemes(const QString &text, bool english);

private:
    bool useVoice(bool english, QString *error);

    int m_sampleRate = 0;
    int m_voice = -1; // 0 Mandarin, 1 English, -1 none chosen yet
};

} // namespace linli
