// The kiosk's Voice: the module loads on the voice thread, a prompt reaches
// the output, a newer prompt wins, and a kiosk without the module or a sound
// device keeps working silently and says why.
#include "Voice.h"

#include <QtTest>

using namespace linli;

namespace {

Voice::Settings memoryVoice(const QString &moduleDir = QStringLiteral(LINLI_VOICE_MODULE_DIR))
{
    Voice::Settings settings;
    settings.output = voicemodule::Output::Memory;
    settings.moduleDir = moduleDir;
    return settings;
}

} // namespace

class VoiceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPromptReachesTheOutput()
    {
        Voice voice(memoryVoice());
        QSignalSpy audio(&voice, &Voice::audioStarted);
        QSignalSpy prompted(&voice, &Voice::prompted);
        voice.start();
        voice.say(QStringLiteral("请刷卡或扫码"), false);
        QCOMPARE(prompted.count(), 1);
        QCOMPARE(voice.lastPrompt(), QStringLiteral("请刷卡或扫码"));
        QVERIFY(audio.wait(5000));
        const qint64 samples = audio.at(0).at(0).toLongLong();
        const int rate = audio.at(0).at(1).toInt();
        QCOMPARE(rate, 22050);
        QVERIFY2(samples > rate && samples < 4 * rate, qPrintable(QString::number(samples))); // 1-4 s of speech
    }

    void repeatSaysTheLastPromptAgain()
    {
        Voice voice(memoryVoice());
        QSignalSpy audio(&voice, &Voice::audioStarted);
        voice.start();
        voice.say(QStringLiteral("在哪里用餐？"), false);
        QVERIFY(audio.wait(5000));
        voice.repeat();
        QVERIFY(audio.wait(5000));
        // The same prompt again (espeak's timing varies by a few samples).
        QVERIFY(qAbs(audio.at(1).at(0).toLongLong() - audio.at(0).at(0).toLongLong()) < 500);
    }

    void onlyTheNewestOfQuickPromptsIsSpoken()
    {
        Voice voice(memoryVoice());
        QSignalSpy audio(&voice, &Voice::audioStarted);
        voice.start();
        voice.say(QStringLiteral("请刷卡或扫码"), false);
        QVERIFY(audio.wait(5000)); // the module is loaded
        audio.clear();
        for (int i = 0; i < 20; ++i)
            voice.say(QStringLiteral("请选择服务"), false);
        voice.say(QStringLiteral("这一餐您已经订过敬老套餐了，可以按原价点菜。"), false);
        QTRY_VERIFY(!audio.isEmpty());
        QTest::qWait(300);
        QVERIFY2(audio.count() < 21, "every stale prompt was spoken");
        const qint64 last = audio.constLast().at(0).toLongLong();
        QVERIFY2(last > 3 * 22050, "the newest prompt was not the one spoken last"); // the long sentence
    }

    void voiceOffSpeaksNothingButStillPrompts()
    {
        Voice::Settings settings = memoryVoice();
        settings.on = false;
        Voice voice(settings);
        QSignalSpy audio(&voice, &Voice::audioStarted);
        QSignalSpy prompted(&voice, &Voice::prompted);
        voice.start();
        voice.say(QStringLiteral("请刷卡或扫码"), false);
        QVERIFY(!audio.wait(500));
        QCOMPARE(prompted.count(), 1);
        QCOMPARE(voice.sound(), Voice::VoiceOff);
        voice.setOn(true);
        voice.say(QStringLiteral("请刷卡或扫码"), false);
        QVERIFY(audio.wait(5000));
    }

    void withoutTheModuleTheKioskIsSilentAndSaysSo()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("speaks no prompts aloud: voice module not loaded")));
        Voice voice(memoryVoice(QStringLiteral("/nonexistent")));
        QSignalSpy sound(&voice, &Voice::soundChanged);
        voice.start();
        QVERIFY(sound.wait(5000));
        QCOMPARE(voice.sound(), Voice::NoVoice);
        voice.say(QStringLiteral("请刷卡或扫码"), false); // nothing breaks
        QCOMPARE(voice.lastPrompt(), QStringLiteral("请刷卡或扫码"));
    }

    void withoutASoundDeviceTheKioskSaysSo()
    {
        // This machine may or may not have a sound device; either way the
        // state is known and the prompt is made.
        Voice::Settings settings = memoryVoice();
        settings.output = voicemodule::Output::Speaker;
        Voice voice(settings);
        QSignalSpy sound(&voice, &Voice::soundChanged);
        QSignalSpy audio(&voice, &Voice::audioStarted);
        voice.start();
        voice.say(QStringLiteral("请刷卡或扫码"), false);
        QVERIFY(audio.wait(5000));
        QCOMPARE(sound.count(), 1);
        QVERIFY(voice.sound() == Voice::Heard || voice.sound() == Voice::NoSoundDevice);
    }
};

QTEST_MAIN(VoiceTest)
#include "tst_voice.moc"
