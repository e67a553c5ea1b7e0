#include "Synthesizer.h"

#include <QStringList>

#include <espeak-ng/speak_lib.h>

namespace linli {

namespace {

constexpr char kMandarin[] = "cmn-latn-pinyin";
constexpr char kEnglish[] = "en";
// Words per minute: a little slower than espeak's 175 for older ears.
constexpr int kRateMandarin = 150;
constexpr int kRateEnglish = 140;

int collect(short *wave, int samples, espeak_EVENT *events)
{
    if (!wave || samples <= 0)
        return 0;
    auto *chunk = static_cast<const Synthesizer::Chunk *>(events->user_data);
    const QByteArray pcm(reinterpret_cast<const char *>(wave), qsizetype(samples) * qsizetype(sizeof(short)));
    return (*chunk)(pcm) ? 0 : 1; // 1 asks espeak to stop
}

} // namespace

// espeak-ng starts once per process and is never stopped: espeak_Terminate
// waits on a thread of its own that a second espeak_Initialize leaves behind.
Synthesizer::~Synthesizer() = default;

bool Synthesizer::open(QString *error)
{
    if (isOpen())
        return true;
    static const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        *error = QStringLiteral("espeak-ng did not start (is espeak-ng-data installed?)");
        return false;
    }
    espeak_SetSynthCallback(collect);
    m_sampleRate = rate;
    m_voice = -1; // another Synthesizer may have chosen one
    return useVoice(false, error);
}

bool Synthesizer::useVoice(bool english, QString *error)
{
    const int wanted = english ? 1 : 0;
    if (m_voice == wanted)
        return true;
    if (espeak_SetVoiceByName(english ? kEnglish : kMandarin) != EE_OK) {
        *error = QStringLiteral("espeak-ng has no voice %1").arg(QLatin1String(english ? kEnglish : kMandarin));
        m_voice = -1;
        return false;
    }
    espeak_SetParameter(espeakRATE, english ? kRateEnglish : kRateMandarin, 0);
    m_voice = wanted;
    return true;
}

bool Synthesizer::synthesize(const QString &text, bool english, const Chunk &chunk, QString *error)
{
    if (!isOpen() && !open(error))
        return false;
    if (!useVoice(english, error))
        return false;
    const QByteArray utf8 = text.toUtf8();
    const espeak_ERROR result = espeak_Synth(utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER, 0,
                                             espeakCHARS_UTF8, nullptr, const_cast<Chunk *>(&chunk));
    if (result != EE_OK) {
        *error = QStringLiteral("espeak-ng could not read the prompt (error %1)").arg(int(result));
        return false;
    }
    return true;
}

QByteArray Synthesizer::synthesize(const QString &text, bool english, QString *error)
{
    QByteArray all;
    const Chunk append = [&all](const QByteArray &pcm) {
        all += pcm;
        return true;
    };
    if (!synthesize(text, english, append, error))
        return {};
    return all;
}

QString Synthesizer::phonemes(const QString &text, bool english)
{
    QString error;
    if ((!isOpen() && !open(&error)) || !useVoice(english, &error))
        return {};
    const QByteArray utf8 = text.toUtf8();
    const void *position = utf8.constData();
    QStringList clauses;
    while (position) {
        const char *clause = espeak_TextToPhonemes(&position, espeakCHARS_UTF8, 0);
        if (clause && *clause)
            clauses.append(QString::fromUtf8(clause));
    }
    return clauses.join(QStringLiteral(" | "));
}

} // namespace linli
