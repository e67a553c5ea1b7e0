#include "EscPosEncoder.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using linli::EscPosEncoder;
using linli::PaperWidth;

namespace {

// Decodes the text lines of a command-free byte stream so the wrap tests can
// also assert properties (width, no lost characters) on top of exact bytes.
QStringList decodedLines(const QByteArray &bytes)
{
    QStringDecoder decoder("GB18030");
    QStringList lines = QString(decoder.decode(bytes)).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();  // the final LF
    return lines;
}

// 21 distinct-enough CJK characters, each two bytes in GB18030.
constexpr char16_t kCjk[] = u"欢迎光临邻里便利店本店支持扫码支付谢谢惠顾";

} // namespace

class TestEscPos : public QObject
{
    Q_OBJECT

private slots:
    void gb18030CodecAvailable();
    void columnsForPaper();
    void initializeBytes();
    void alignBytes();
    void boldBytes();
    void doubleSizeBytes();
    void textGb18030();
    void textAsciiPassthrough();
    void textUnprintableBecomesQuestionMark();
    void lineAppendsLf();
    void qrCodeShortPayload();
    void qrCodeModuleSizeClamped();
    void qrCodeLongPayloadLengthBytes();
    void qrCodeTruncatedAtMaximum();
    void qrCodeEmptyIsNoop();
    void feedDotsIsEscJ();
    void closingBracketNeverStartsALine();
    void feedBytes();
    void cutBytes();
    void displayWidthMixed();
    void columns58();
    void columns80();
    void columnsNeedOneSpaceGap();
    void columnsOverflowWrapsLeft();
    void columnsOverflowRightOwnLine();
    void wrapChinese58();
    void wrapWordsAtSpaces();
    void wrapLongWordHardSplit();
    void wrapUnderDoubleSize();
    void wrapHonoursNewlines();
    void initializeResetsDoubleSize();
    void separatorFullLine();
    void chaining();
};

void TestEscPos::gb18030CodecAvailable()
{
    // Everything Chinese depends on ICU's GB18030 converter being present.
    QVERIFY(QStringEncoder("GB18030").isValid());
}

void TestEscPos::columnsForPaper()
{
    QCOMPARE(linli::columnsFor(PaperWidth::Mm58), 32);
    QCOMPARE(linli::columnsFor(PaperWidth::Mm80), 48);
    QCOMPARE(EscPosEncoder().columns(), 32);
    QCOMPARE(EscPosEncoder(PaperWidth::Mm80).columns(), 48);
}

void TestEscPos::initializeBytes()
{
    EscPosEncoder e;
    e.initialize();
    QCOMPARE(e.bytes(), QByteArray::fromHex("1b401c26"));
}

void TestEscPos::alignBytes()
{
    EscPosEncoder e;
    e.align(EscPosEncoder::Align::Left)
        .align(EscPosEncoder::Align::Center)
        .align(EscPosEncoder::Align::Right);
    QCOMPARE(e.bytes(), QByteArray::fromHex("1b6100" "1b6101" "1b6102"));
}

void TestEscPos::boldBytes()
{
    EscPosEncoder e;
    e.bold(true).bold(false);
    QCOMPARE(e.bytes(), QByteArray::fromHex("1b4501" "1b4500"));
}

void TestEscPos::doubleSizeBytes()
{
    EscPosEncoder e;
    e.doubleSize(true).doubleSize(false);
    QCOMPARE(e.bytes(), QByteArray::fromHex("1d2111" "1d2100"));
}

void TestEscPos::textGb18030()
{
    EscPosEncoder e;
    e.text(u"邻里");
    QCOMPARE(e.bytes(), QByteArray::fromHex("c1dac0ef"));

    EscPosEncoder mixed;
    mixed.text(u"拿铁 x2");
    QCOMPARE(mixed.bytes(), QByteArray::fromHex("c4c3ccfa" "207832"));
}

void TestEscPos::textAsciiPassthrough()
{
    EscPosEncoder e;
    e.text(u"Linli #42 ~ 12.50!");
    QCOMPARE(e.bytes(), QByteArray::fromHex("4c696e6c6920233432207e2031322e353021"));
}

void TestEscPos::textUnprintableBecomesQuestionMark()
{
    // Lone surrogate: not encodable (ICU would emit 0x1A, a control byte).
    const QChar loneHigh(char16_t(0xD800));
    EscPosEncoder e;
    e.text(QString(u'a') + loneHigh + u'b');
    QCOMPARE(e.bytes(), QByteArray::fromHex("613f62"));

    // Embedded printer commands (here GS V, a cut) must not reach the printer.
    EscPosEncoder injected;
    injected.text(QString::fromLatin1("A\x1d" "VB\x1b"));
    QCOMPARE(injected.bytes(), QByteArray::fromHex("413f56423f"));
}

void TestEscPos::lineAppendsLf()
{
    EscPosEncoder e;
    e.line(u"邻里").line();
    QCOMPARE(e.bytes(), QByteArray::fromHex("c1dac0ef0a" "0a"));
}

void TestEscPos::qrCodeShortPayload()
{
    EscPosEncoder e;
    e.qrCode("LINLI-0042");  // 10 bytes -> store length 13
    QCOMPARE(e.bytes(), QByteArray::fromHex(
                            "1d286b0400" "314132" "00"      // fn 65: model 2
                            "1d286b0300" "3143" "06"        // fn 67: module size 6
                            "1d286b0300" "3145" "31"        // fn 69: EC level M
                            "1d286b0d00" "315030"           // fn 80: store, pL=13 pH=0
                            "4c494e4c492d30303432"          //   "LINLI-0042"
                            "1d286b0300" "315130"));        // fn 81: print
}

void TestEscPos::qrCodeModuleSizeClamped()
{
    EscPosEncoder small;
    small.qrCode("1", 0);
    QCOMPARE(small.bytes().mid(9, 8), QByteArray::fromHex("1d286b0300314301"));

    EscPosEncoder big;
    big.qrCode("1", 40);
    QCOMPARE(big.bytes().mid(9, 8), QByteArray::fromHex("1d286b0300314310"));
}

void TestEscPos::qrCodeLongPayloadLengthBytes()
{
    const QByteArray data(300, 'a');  // 303 = 0x012F -> pL 2F, pH 01
    EscPosEncoder e;
    e.qrCode(data);
    const QByteArray b = e.bytes();
    QCOMPARE(b.mid(25, 8), QByteArray::fromHex("1d286b2f01315030"));
    QCOMPARE(b.mid(33, 300), data);
    QCOMPARE(b.mid(333), QByteArray::fromHex("1d286b0300315130"));
    QCOMPARE(b.size(), 25 + 8 + 300 + 8);
}

void TestEscPos::qrCodeTruncatedAtMaximum()
{
    QByteArray data(EscPosEncoder::MaxQrDataSize, '7');
    data += QByteArray(500, '9');
    EscPosEncoder e;
    e.qrCode(data);
    const QByteArray b = e.bytes();
    // 7089 + 3 = 7092 = 0x1BB4.
    QCOMPARE(b.mid(25, 8), QByteArray::fromHex("1d286bb41b315030"));
    QCOMPARE(b.mid(33, 7089), QByteArray(7089, '7'));
    QCOMPARE(b.mid(33 + 7089), QByteArray::fromHex("1d286b0300315130"));
}

void TestEscPos::qrCodeEmptyIsNoop()
{
    EscPosEncoder e;
    e.qrCode({});
    QCOMPARE(e.bytes(), QByteArray());
}

void TestEscPos::feedBytes()
{
    EscPosEncoder e;
    e.feed(3).feed(-1).feed(300);
    QCOMPARE(e.bytes(), QByteArray::fromHex("1b6403" "1b6400" "1b64ff"));
}

void TestEscPos::cutBytes()
{
    EscPosEncoder e;
    e.cut();
    QCOMPARE(e.bytes(), QByteArray::fromHex("1d564200"));
}

void TestEscPos::displayWidthMixed()
{
    QCOMPARE(linli::displayWidth(u""), 0);
    QCOMPARE(linli::displayWidth(u"Linli"), 5);
    QCOMPARE(linli::displayWidth(u"邻里"), 4);
    QCOMPARE(linli::displayWidth(u"邻里Linli"), 9);
    QCOMPARE(linli::displayWidth(u"合计: 12元"), 10);
    QCOMPARE(linli::displayWidth(u"，。"), 4);          // CJK punctuation U+FF0C, U+3002
    QCOMPARE(linli::displayWidth(u"ＡＢ"), 4);          // full-width Latin
    QCOMPARE(linli::displayWidth(u"한글"), 4);          // Hangul syllables
    QCOMPARE(linli::displayWidth(u"￥5"), 3);           // U+FFE5 full-width yen
    QCOMPARE(linli::displayWidth(u"¥5"), 2);            // U+00A5 is narrow
    QCOMPARE(linli::displayWidth(u"\U00020000a"), 3);   // surrogate pair, one wide char
}

void TestEscPos::columns58()
{
    EscPosEncoder e;  // 32 columns
    e.columns(u"Coffee", u"12.00");  // 6 + 21 spaces + 5
    QCOMPARE(e.bytes(), QByteArray::fromHex(
                            "436f66666565"
                            "202020202020202020202020202020202020202020"
                            "31322e30300a"));

    EscPosEncoder cn;
    cn.columns(u"拿铁咖啡", u"18.00");  // 8 + 19 spaces + 5
    QCOMPARE(cn.bytes(), QByteArray::fromHex(
                             "c4c3ccfabfa7b7c8"
                             "20202020202020202020202020202020202020"
                             "31382e30300a"));
}

void TestEscPos::columns80()
{
    EscPosEncoder e(PaperWidth::Mm80);  // 48 columns
    e.columns(u"Coffee", u"12.00");  // 6 + 37 spaces + 5
    QCOMPARE(e.bytes(), QByteArray::fromHex(
                            "436f66666565"
                            "20202020202020202020202020202020202020202020202020202020202020202020202020"
                            "31322e30300a"));

    EscPosEncoder cn(PaperWidth::Mm80);
    cn.columns(u"拿铁咖啡", u"18.00");  // 8 + 35 spaces + 5
    QCOMPARE(cn.bytes(), QByteArray::fromHex(
                             "c4c3ccfabfa7b7c8"
                             "2020202020202020202020202020202020202020202020202020202020202020202020"
                             "31382e30300a"));
}

void TestEscPos::columnsNeedOneSpaceGap()
{
    // 26 + 1 + 5 = 32: fits with exactly one space.
    EscPosEncoder fits;
    fits.columns(QString(26, u'a'), u"12.00");
    QCOMPARE(fits.bytes(), QByteArray::fromHex(
                               "6161616161616161616161616161616161616161616161616161"
                               "20" "31322e30300a"));

    // 27 + 5 = 32 would glue both texts together: right moves to its own line.
    EscPosEncoder glued;
    glued.columns(QString(27, u'a'), u"12.00");
    QCOMPARE(glued.bytes(), QByteArray::fromHex(
                                "6161616161616161616161616161616161616161616161616161610a"
                                "202020202020202020202020202020202020202020202020202020"
                                "31322e30300a"));
}

void TestEscPos::columnsOverflowWrapsLeft()
{
    // 18 CJK chars = 36 columns: 16 on the first line, the last 2 share the
    // line with the price, right-aligned (4 + 23 spaces + 5 = 32).
    EscPosEncoder e;
    e.columns(u"宫保鸡丁盖饭加辣加蛋再加一份米饭两碗", u"38.00");
    QCOMPARE(e.bytes(), QByteArray::fromHex(
                            "b9acb1a3bca6b6a1b8c7b7b9bcd3c0b1bcd3b5b0d4d9bcd3d2bbb7ddc3d7b7b90a"
                            "c1bdcdeb"
                            "2020202020202020202020202020202020202020202020"
                            "33382e30300a"));
}

void TestEscPos::columnsOverflowRightOwnLine()
{
    // 16 CJK chars fill the line completely, so the price gets its own line.
    EscPosEncoder e;
    e.columns(u"宫保鸡丁盖饭加辣加蛋再加一份米饭", u"38.00");
    QCOMPARE(e.bytes(), QByteArray::fromHex(
                            "b9acb1a3bca6b6a1b8c7b7b9bcd3c0b1bcd3b5b0d4d9bcd3d2bbb7ddc3d7b7b90a"
                            "202020202020202020202020202020202020202020202020202020"
                            "33382e30300a"));
}

void TestEscPos::wrapChinese58()
{
    // "A" + 20 CJK = 41 columns. After "A" + 15 CJK (31 columns) the 16th CJK
    // char would need columns 32-33: it must move whole to the next line.
    const QString input = u'A' + QStringView(kCjk).first(20).toString();
    EscPosEncoder e;
    e.wrapped(input);
    QCOMPARE(e.bytes(), QByteArray::fromHex(
                            "41bbb6d3adb9e2c1d9c1dac0efb1e3c0fbb5eab1beb5ead6a7b3d6c9a8c2eb0a"
                            "d6a7b8b6d0bbd0bbbbdd0a"));

    const QStringList lines = decodedLines(e.bytes());
    QCOMPARE(lines.size(), 2);
    for (const QString &l : lines)
        QVERIFY2(linli::displayWidth(l) <= 32, qPrintable(l));
    QCOMPARE(lines.join(QString()), input);
}

void TestEscPos::wrapWordsAtSpaces()
{
    // The first line fits exactly 32 columns; the space at the break is dropped.
    EscPosEncoder e;
    e.wrapped(u"Thank you for shopping at Linli, see you again soon!");
    QCOMPARE(e.bytes(), QByteArray::fromHex(
                            "5468616e6b20796f7520666f722073686f7070696e67206174204c696e6c692c0a"
                            "73656520796f7520616761696e20736f6f6e210a"));
}

void TestEscPos::wrapLongWordHardSplit()
{
    EscPosEncoder e;
    e.wrapped(QString(40, u'x'));
    QCOMPARE(e.bytes(), QByteArray::fromHex(
                            "78787878787878787878787878787878787878787878787878787878787878780a"
                            "78787878787878780a"));
}

void TestEscPos::wrapUnderDoubleSize()
{
    // Double size halves the budget to 16: "A" + 7 CJK (15), then 3 CJK.
    // Back to normal size, the same text fits on one 32-column line.
    const QString input = u'A' + QStringView(kCjk).first(10).toString();
    EscPosEncoder e;
    e.doubleSize(true).wrapped(input).doubleSize(false).wrapped(input);
    QCOMPARE(e.bytes(), QByteArray::fromHex(
                            "1d2111"
                            "41bbb6d3adb9e2c1d9c1dac0efb1e30a"
                            "c0fbb5eab1be0a"
                            "1d2100"
                            "41bbb6d3adb9e2c1d9c1dac0efb1e3c0fbb5eab1be0a"));

    EscPosEncoder big;
    big.doubleSize(true).wrapped(QStringView(kCjk));  // 21 CJK = 42 columns
    const QStringList lines = decodedLines(big.bytes().mid(3));
    QCOMPARE(lines.size(), 3);  // 8 + 8 + 5 characters
    for (const QString &l : lines)
        QVERIFY2(linli::displayWidth(l) <= 16, qPrintable(l));
    QCOMPARE(lines.join(QString()), QStringView(kCjk).toString());
}

void TestEscPos::wrapHonoursNewlines()
{
    EscPosEncoder e;
    e.wrapped(u"ab\n\ncd");
    QCOMPARE(e.bytes(), QByteArray::fromHex("61620a" "0a" "63640a"));
}

void TestEscPos::initializeResetsDoubleSize()
{
    // ESC @ resets the printer to normal size, so wrapping must use 32 again.
    EscPosEncoder e;
    e.doubleSize(true).initialize().wrapped(QString(20, u'x'));
    QCOMPARE(e.bytes(), QByteArray::fromHex(
                            "1d2111" "1b401c26"
                            "78787878787878787878787878787878787878780a"));
}

void TestEscPos::separatorFullLine()
{
    EscPosEncoder e58;
    e58.separator();
    QCOMPARE(e58.bytes(), QByteArray::fromHex(QByteArray("2d").repeated(32) + "0a"));

    EscPosEncoder e80(PaperWidth::Mm80);
    e80.separator(u'=');
    QCOMPARE(e80.bytes(), QByteArray::fromHex(QByteArray("3d").repeated(48) + "0a"));

    EscPosEncoder dbl;
    dbl.doubleSize(true).separator();
    QCOMPARE(dbl.bytes(), QByteArray::fromHex("1d2111" + QByteArray("2d").repeated(16) + "0a"));

    // A wide character fills the line with half as many characters.
    EscPosEncoder wide;
    wide.separator(u'＝');  // U+FF1D, GB18030 A3 BD
    QCOMPARE(wide.bytes(), QByteArray::fromHex(QByteArray("a3bd").repeated(16) + "0a"));
}

void TestEscPos::chaining()
{
    EscPosEncoder e;
    e.initialize().align(EscPosEncoder::Align::Center).bold(true).line(u"邻里").bold(false)
        .align(EscPosEncoder::Align::Left).feed(4).cut();
    QCOMPARE(e.bytes(), QByteArray::fromHex(
                            "1b401c26" "1b6101" "1b4501" "c1dac0ef0a" "1b4500"
                            "1b6100" "1b6404" "1d564200"));
}


void TestEscPos::feedDotsIsEscJ()
{
    EscPosEncoder e;
    e.feedDots(20).feedDots(999);
    QCOMPARE(e.bytes(), QByteArray::fromHex("1b4a14" "1b4aff"));
}

void TestEscPos::closingBracketNeverStartsALine()
{
    // 32 columns: sixteen wide characters fill a line, so the bracket would
    // stand alone below; it takes the last character with it instead.
    const QString tags = QStringLiteral("（") + QString(15, QChar(0x8F6F)) + QStringLiteral("）"); // 软
    EscPosEncoder e(PaperWidth::Mm58);
    e.wrapped(tags);
    const QString printed = QStringDecoder("GB18030").decode(e.bytes());
    const QStringList lines = printed.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1), QStringLiteral("软）"));
    QCOMPARE(linli::displayWidth(lines.at(0)), 30);
    // Where it fits, nothing moves.
    EscPosEncoder fits(PaperWidth::Mm58);
    fits.wrapped(QStringLiteral("（") + QString(14, QChar(0x8F6F)) + QStringLiteral("）"));
    QCOMPARE(QString(QStringDecoder("GB18030").decode(fits.bytes())).count(u'\n'), 1);
}

QTEST_APPLESS_MAIN(TestEscPos)
#include "tst_escpos.moc"
