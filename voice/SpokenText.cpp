#include "SpokenText.h"

#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace linli {

namespace {

// espeak-ng 1.51's cmn dictionary reads these with the wrong sound; its
// cmn-latn-pinyin voice reads tone-numbered pinyin as written.
struct Reading
{
    const char16_t *word;
    const char *pinyin;
};
constexpr Reading kMisread[] = {
    {u"银行", "yin2 hang2"},
    {u"长者", "zhang3 zhe3"},
    {u"重新", "chong2 xin1"},
    {u"还款", "huan2 kuan3"},
    {u"归还", "gui1 huan2"},
    {u"还书", "huan2 shu1"},
    {u"还东西", "huan2 dong1 xi1"},
    {u"按时还", "an4 shi2 huan2"},
    {u"要还的", "yao4 huan2 de5"},
    {u"晚还了", "wan3 huan2 le5"},
};

QString spaced(const QString &code)
{
    QStringList characters;
    for (QChar c : code)
        characters.append(QString(c));
    return characters.join(u' ');
}

QString replaceEach(const QString &text, const QRegularExpression &pattern,
                    const std::function<QString(const QRegularExpressionMatch &)> &spoken)
{
    QString out;
    qsizetype last = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += spoken(m);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString spokenText(const QString &text, bool english)
{
    QString s = text;
    static const QRegularExpression eyeOnly(QStringLiteral("[✓‹›…·•|]"));
    s.replace(eyeOnly, QStringLiteral(" "));

    // Money: 12.50元 -> 12元5角, 7.00元 -> 7元; English ¥7.00 / 7.00 yuan alike.
    static const QRegularExpression price(QStringLiteral("(¥\\s?)?(\\d+)\\.(\\d)(\\d)(\\s?元| yuan)?"));
    s = replaceEach(s, price, [english](const QRegularExpressionMatch &m) {
        if (m.captured(1).isEmpty() && m.captured(5).isEmpty())
            return m.captured(0); // a plain decimal, not money
        const QString yuan = m.captured(2);
        const int jiao = m.captured(3).toInt();
        const int fen = m.captured(4).toInt();
        if (english) {
            if (jiao == 0 && fen == 0)
                return yuan + QStringLiteral(" yuan");
            return yuan + QStringLiteral(" yuan ") + QString::number(jiao * 10 + fen);
        }
        QString words = yuan + QStringLiteral("元");
        if (jiao != 0)
            words += QString::number(jiao) + QStringLiteral("角");
        if (fen != 0)
            words += QString::number(fen) + QStringLiteral("分");
        return words;
    });

    // Times of day: 11:30 -> 11点30分 (espeak reads the colon as a pause).
    if (!english) {
        static const QRegularExpression time(QStringLiteral("\\b(\\d{1,2}):(\\d{2})\\b"));
        s = replaceEach(s, time, [](const QRegularExpressionMatch &m) {
            const int minutes = m.captured(2).toInt();
            return QString::number(m.captured(1).toInt()) + QStringLiteral("点")
                   + (minutes == 0 ? QString() : QString::number(minutes) + QStringLiteral("分"));
        });
    }

    // Codes: letters with digits (A123), or four or more digits in a row.
    static const QRegularExpression code(QStringLiteral("\\b[A-Z]+\\d+\\b|\\d{4,}"));
    s = replaceEach(s, code, [](const QRegularExpressionMatch &m) { return QStringLiteral(" ") + spaced(m.captured(0)) + QStringLiteral(" "); });

    if (!english) {
        static const QRegularExpression two(QStringLiteral("(?<![\\d.])2\\s*(?=[个份位种张本次人件样])"));
        s.replace(two, QStringLiteral("两"));
        for (const Reading &r : kMisread)
            s.replace(QString::fromUtf16(r.word), QStringLiteral(" %1 ").arg(QLatin1String(r.pinyin)));
    }
    return s.simplified();
}

} // namespace linli
