// The voice's text layer and espeak-ng into memory: what the kiosk says is
// Mandarin throughout, at a pace and level an older ear can follow.
#include "SpokenText.h"
#include "Synthesizer.h"

#include <QtTest>

#include <cmath>

using namespace linli;

namespace {

double seconds(const QByteArray &pcm, int rate)
{
    return double(pcm.size() / 2) / rate;
}

double rms(const QByteArray &pcm)
{
    const auto *samples = reinterpret_cast<const qint16 *>(pcm.constData());
    const qsizetype n = pcm.size() / 2;
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += double(samples[i]) * samples[i];
    return n ? std::sqrt(sum / double(n)) : 0;
}

int hanCount(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        n += c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
    return n;
}

} // namespace

class SpeechTest : public QObject
{
    Q_OBJECT

    Synthesizer m_synth;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_synth.open(&error), qPrintable(error));
        QCOMPARE(m_synth.sampleRate(), 22050);
    }

    void codesAreReadDigitByDigit()
    {
        QCOMPARE(spokenText(QStringLiteral("您的取餐码是 A123"), false), QStringLiteral("您的取餐码是 A 1 2 3"));
        QCOMPARE(spokenText(QStringLiteral("取餐码 4768"), false), QStringLiteral("取餐码 4 7 6 8"));
        // Espeak reads the code as a number (一百二十三) unless it is spaced.
        QVERIFY(m_synth.phonemes(QStringLiteral("A123"), false).contains(QLatin1String("pai")));
        QVERIFY(!m_synth.phonemes(spokenText(QStringLiteral("A123"), false), false).contains(QLatin1String("pai")));
        // Small numbers stay numbers: 订单 37 号, 3 人.
        QCOMPARE(spokenText(QStringLiteral("订单 37 号"), false), QStringLiteral("订单 37 号"));
    }

    void pricesAreWholeYuan()
    {
        QCOMPARE(spokenText(QStringLiteral("应付 7.00元"), false), QStringLiteral("应付 7元"));
        QCOMPARE(spokenText(QStringLiteral("余额 143.50元"), false), QStringLiteral("余额 143元5角"));
        QCOMPARE(spokenText(QStringLiteral("12.05元"), false), QStringLiteral("12元5分"));
        QCOMPARE(spokenText(QStringLiteral("Total ¥7.00"), true), QStringLiteral("Total 7 yuan"));
        QCOMPARE(spokenText(QStringLiteral("Total 12.50 yuan"), true), QStringLiteral("Total 12 yuan 50"));
        // Without spokenText espeak says 七零零元.
        QVERIFY(m_synth.phonemes(QStringLiteral("7.00元"), false).contains(QLatin1String("li35N")));
        QVERIFY(!m_synth.phonemes(spokenText(QStringLiteral("7.00元"), false), false).contains(QLatin1String("li35N")));
    }

    void twoBeforeAMeasureWordIsLiang()
    {
        QCOMPARE(spokenText(QStringLiteral("请选 2 个素菜"), false), QStringLiteral("请选 两个素菜"));
        QCOMPARE(spokenText(QStringLiteral("只剩 2 份"), false), QStringLiteral("只剩 两份"));
        QCOMPARE(spokenText(QStringLiteral("12 个"), false), QStringLiteral("12 个"));
    }

    void timesOfDayAreHoursAndMinutes()
    {
        QCOMPARE(spokenText(QStringLiteral("11:30 已签到"), false), QStringLiteral("11点30分 已签到"));
        QCOMPARE(spokenText(QStringLiteral("下次开始点餐：17:00"), false), QStringLiteral("下次开始点餐：17点"));
    }

    void misreadWordsGoAsPinyin_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("wrongSound"); // what espeak says without the table
        QTest::newRow("银行") << QStringLiteral("银行") << QStringLiteral("S;'i35N");
        QTest::newRow("还书") << QStringLiteral("还书") << QStringLiteral("X'ai35");
        QTest::newRow("归还") << QStringLiteral("归还") << QStringLiteral("X'ai35");
        QTest::newRow("要还的") << QStringLiteral("请扫要还的东西") << QStringLiteral("X'ai35");
        QTest::newRow("晚还了") << QStringLiteral("晚还了 2 天") << QStringLiteral("X'ai35");
    }
    void misreadWordsGoAsPinyin()
    {
        QFETCH(QString, word);
        QFETCH(QString, wrongSound);
        QVERIFY(m_synth.phonemes(word, false).contains(wrongSound));
        const QString phonemes = m_synth.phonemes(spokenText(word, false), false);
        QVERIFY2(!phonemes.contains(wrongSound), qPrintable(phonemes));
        QVERIFY2(!phonemes.contains(QLatin1String("(en)")), qPrintable(phonemes));
    }

    void everyPromptIsMandarinAtAnEasyPace_data()
    {
        QTest::addColumn<QString>("prompt");
        for (const char *prompt : {"请刷卡或扫码", "请选择服务", "敬老套餐 7.00元，请选 1 个荤菜、1 个素菜",
                                   "您的取餐码是 4768。已用饭卡付款 7.00元，饭卡余额 143.00元", "在哪里用餐？",
                                   "应付 12.00元，请选择付款方式", "二维码无效，请到服务台重新领取。",
                                   "这一餐您已经订过敬老套餐了，可以按原价点菜。", "欢迎您，王师傅。11:30 已签到 · 今天在站司机 3 人",
                                   "工作人员马上就来，请稍等", "请到银行卡还款"})
            QTest::newRow(prompt) << QString::fromUtf8(prompt);
    }
    void everyPromptIsMandarinAtAnEasyPace()
    {
        QFETCH(QString, prompt);
        const QString spoken = spokenText(prompt, false);
        const QString phonemes = m_synth.phonemes(spoken, false);
        QVERIFY2(!phonemes.isEmpty(), "no phonemes");
        QVERIFY2(!phonemes.contains(QLatin1String("(en)")), qPrintable(phonemes));
        QString error;
        const QByteArray pcm = m_synth.synthesize(spoken, false, &error);
        QVERIFY2(!pcm.isEmpty(), qPrintable(error));
        const int syllables = hanCount(prompt) + int(prompt.count(QRegularExpression(QStringLiteral("\\d"))));
        const double perSyllable = seconds(pcm, m_synth.sampleRate()) / syllables;
        QVERIFY2(perSyllable > 0.15 && perSyllable < 0.45, qPrintable(QString::number(perSyllable)));
        const double level = rms(pcm);
        QVERIFY2(level > 1500 && level < 12000, qPrintable(QString::number(level)));
    }

    void englishPromptsAreEnglish()
    {
        const QString spoken = spokenText(QStringLiteral("Your pickup code is A123. Paid ¥7.00 by meal card"), true);
        QCOMPARE(spoken, QStringLiteral("Your pickup code is A 1 2 3 . Paid 7 yuan by meal card"));
        QString error;
        const QByteArray pcm = m_synth.synthesize(spoken, true, &error);
        QVERIFY2(!pcm.isEmpty(), qPrintable(error));
        QVERIFY(seconds(pcm, m_synth.sampleRate()) > 2.0);
        QVERIFY(!m_synth.phonemes(spoken, true).contains(QLatin1String("(cmn)")));
    }

    void synthesisCanStopHalfway()
    {
        int chunks = 0;
        QString error;
        QVERIFY(m_synth.synthesize(QStringLiteral("这一餐您已经订过敬老套餐了，可以按原价点菜。"), false,
                                   [&chunks](const QByteArray &) { return ++chunks < 2; }, &error));
        QCOMPARE(chunks, 2);
    }
};

QTEST_GUILESS_MAIN(SpeechTest)
#include "tst_speech.moc"
