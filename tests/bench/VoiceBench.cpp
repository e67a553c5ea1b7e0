#include "VoiceBench.h"

#include "BenchSupport.h"
#include "Voice.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace bench {

namespace {

// The prompts of one order at the canteen, in the order they come.
const char *const kPrompts[] = {
    "请选择服务", "请刷卡或扫码", "您好，张*华", "请选择套餐，或按原价点菜",
    "敬老套餐 7.00元，请选 1 个荤菜、1 个素菜、1 个汤", "请选 1 个素菜、1 个汤", "选好了，请按下一步",
    "在哪里用餐？", "应付 7.00元，请选择付款方式", "您的取餐码是 4768。已用饭卡付款 7.00元，饭卡余额 143.00元",
};

} // namespace

void benchVoice(int runs, const QString &moduleDir)
{
    using linli::Voice;
    Voice::Settings settings;
    settings.moduleDir = moduleDir;
    Voice voice(settings);

    QElapsedTimer sinceAsked;
    QEventLoop loop;
    QObject::connect(&voice, &Voice::audioStarted, &loop, &QEventLoop::quit);
    const auto sayAndWait = [&](const char *prompt) {
        QTimer::singleShot(5000, &loop, [&loop] { loop.exit(1); });
        sinceAsked.start();
        voice.say(QString::fromUtf8(prompt), false);
        if (loop.exec() != 0)
            fail(QStringLiteral("no audio for \"%1\" within 5 s (is the linli_voice module in %2?)")
                     .arg(QString::fromUtf8(prompt), moduleDir));
        return double(sinceAsked.nsecsElapsed()) / 1e6;
    };

    voice.start();
    printFigure("voice_cold_first_audio_ms", sayAndWait(kPrompts[0]), 2);

    // The GUI thread's longest gap between 1 ms ticks while the prompts are made.
    QElapsedTimer sinceTick;
    double longestGap = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (sinceTick.isValid())
            longestGap = std::max(longestGap, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.start();
    });
    ticker.start();

    QList<double> firstAudio;
    for (int round = 0; round < runs; ++round)
        for (const char *prompt : kPrompts)
            firstAudio.append(sayAndWait(prompt));
    ticker.stop();
    printFigure("voice_first_audio_ms", median(firstAudio), 2);
    printFigure("voice_first_audio_p99_ms", percentile(firstAudio, 0.99), 2);
    // The tick itself takes 1 ms: what is beyond it is the stall.
    printFigure("voice_ui_stall_ms", std::max(0.0, longestGap - 1.0), 2);
}

} // namespace bench
