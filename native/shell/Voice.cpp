#include "Voice.h"

#include <QDir>
#include <QLibrary>
#include <QLoggingCategory>

namespace linli {

Q_LOGGING_CATEGORY(lcVoice, "linli.voice")

Voice::Voice(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_thread.setObjectName(QStringLiteral("linli voice"));
    m_onThread = new QObject;
    m_onThread->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_onThread, &QObject::deleteLater);
}

Voice::~Voice()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_onThread, [this] { m_engine.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_onThread;
    }
}

void Voice::start()
{
    m_started = true;
    if (m_settings.on)
        load();
}

void Voice::load()
{
    if (m_thread.isRunning())
        return;
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_onThread, [this] {
        QLibrary module(QDir(m_settings.moduleDir).filePath(QString::fromLatin1(voicemodule::LibraryName)));
        auto open = reinterpret_cast<voicemodule::Open>(module.resolve(voicemodule::OpenSymbol));
        QString problem;
        if (!open) {
            problem = QStringLiteral("voice module not loaded: %1").arg(module.errorString());
        } else {
            auto started = [this](const QByteArray &pcm, int rate) {
                const qint64 samples = pcm.size() / 2;
                QMetaObject::invokeMethod(this, [this, samples, rate] { Q_EMIT audioStarted(samples, rate); });
            };
            m_engine.reset(open(m_settings.output, started, &problem));
            if (m_engine)
                problem = m_engine->soundProblem();
        }
        const bool loaded = m_engine != nullptr;
        QMetaObject::invokeMethod(this, [this, loaded, problem] { setEngineState(loaded, problem); });
    });
}

void Voice::setEngineState(bool loaded, const QString &problem)
{
    m_engineLoaded = loaded;
    m_engineProblem = problem;
    if (!problem.isEmpty())
        qCWarning(lcVoice).noquote() << "the kiosk speaks no prompts aloud:" << problem;
    Q_EMIT soundChanged();
}

void Voice::say(const QString &text, bool english, bool chime)
{
    m_lastPrompt = text;
    m_lastEnglish = english;
    Q_EMIT prompted(text);
    if (text.isEmpty()) {
        silence();
        return;
    }
    if (!m_started || !m_settings.on)
        return;
    const int generation = ++m_generation;
    QMetaObject::invokeMethod(m_onThread, [this, text, english, volume = m_settings.volume, chime, generation] {
        speakOnThread(text, english, volume, chime, generation);
    });
}

void Voice::speakOnThread(const QString &text, bool english, int volume, bool chime, int generation)
{
    // Prompts queued behind a newer one are skipped: only the newest is heard.
    if (!m_engine || generation != m_generation.load())
        return;
    QString error;
    if (!m_engine->speak(text, english, volume, chime, &error))
        qCWarning(lcVoice).noquote() << "prompt not spoken:" << error;
}

void Voice::repeat()
{
    say(m_lastPrompt, m_lastEnglish);
}

void Voice::silence()
{

    ++m_generation;
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_onThread, [this] {
            if (m_engine)
                m_engine->stop();
        });
}

void Voice::setOn(bool on)
{
    if (on == m_settings.on)
        return;
    m_settings.on = on;
    if (!on)
        silence();
    else if (m_started)
        load(); // a kiosk started silent loads the voice when it is turned on
    Q_EMIT settingsChanged();
    Q_EMIT soundChanged();
}

void Voice::setVolume(int volume)
{
    volume = qBound(0, volume, 100);
    if (volume == m_settings.volume)
        return;
    m_settings.volume = volume; // from the next prompt on
    Q_EMIT settingsChanged();
}

Voice::Sound Voice::sound() const
{
    if (!m_settings.on)
        return VoiceOff;
    if (m_engineProblem.isEmpty())
        return Heard; // or still loading: no news is good news
    return m_engineLoaded ? NoSoundDevice : NoVoice;
}

} // namespace linli
