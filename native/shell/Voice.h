#pragma once

#include "VoiceModule.h"

#include <QObject>
#include <QQmlEngine>
#include <QThread>

#include <atomic>
#include <memory>

namespace linli {

// The kiosk's voice: the prompt of each resident screen, spoken in the
// screen's language on a thread of its own (the linli_voice module, loaded
// there after start-up). A new prompt stops the one playing. Every prompt
// is announced by `prompted` whether or not it is heard, so tests can
// record what the kiosk would have said.
class Voice : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Kiosk.voice")
    Q_PROPERTY(QString lastPrompt READ lastPrompt NOTIFY prompted)
    Q_PROPERTY(bool on READ isOn WRITE setOn NOTIFY settingsChanged)
    Q_PROPERTY(int volume READ volume WRITE setVolume NOTIFY settingsChanged)
    Q_PROPERTY(Sound sound READ sound NOTIFY soundChanged)

public:
    // Whether the prompts are heard, and if not, why not (the status bar says so).
    enum Sound { Heard, VoiceOff, NoSoundDevice, NoVoice };
    Q_ENUM(Sound)

    struct Settings
    {
        bool on = true;
        int volume = 80; // 0 to 100
        voicemodule::Output output = voicemodule::Output::Speaker;
        QString moduleDir; // where linli_voice is
    };

    explicit Voice(Settings settings, QObject *parent = nullptr);
    ~Voice() override;

    // Loads the module on the voice thread (off the path to the first frame).
    void start();

    void say(const QString &text, bool english, bool chime = false);
    // The last prompt again (再听一遍).
    void repeat();
    void silence();

    QString lastPrompt() const { return m_lastPrompt; }
    bool isOn() const { return m_settings.on; }
    void setOn(bool on);
    int volume() const { return m_settings.volume; }
    void setVolume(int volume);
    Sound sound() const;

Q_SIGNALS:
    void prompted(const QString &text);
    // On the GUI thread, once a prompt's PCM has gone to the output.
    void audioStarted(qint64 samples, int sampleRate);
    void soundChanged();
    void settingsChanged();

private:
    void load();
    void speakOnThread(const QString &text, bool english, int volume, bool chime, int generation);
    void setEngineState(bool loaded, const QString &problem);

    Settings m_settings;
    QThread m_thread;
    QObject *m_onThread = nullptr; // lives on m_thread: the target of queued work
    std::unique_ptr<voicemodule::Engine> m_engine; // touched on m_thread only
    std::atomic<int> m_generation{0}; // a prompt older than this is not spoken
    bool m_started = false;
    bool m_engineLoaded = false;
    QString m_engineProblem;
    QString m_lastPrompt;
    bool m_lastEnglish = false;
};

} // namespace linli
