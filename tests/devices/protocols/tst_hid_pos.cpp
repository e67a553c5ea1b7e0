#include "HidPos.h"

#include <QRegularExpression>
#include <QTest>

using linli::HidPosDecoder;
using linli::HidPosLayout;
using linli::parseHidPosReport;

namespace {

// A layout without a length byte, as the usage tables allow: report id 0x03,
// AIM identifier in bytes 1-3, a zero-padded 60-byte data field. Not a real
// device's: it shows the layout struct carries such scanners as data.
constexpr HidPosLayout kPaddedLayout{0x03, -1, 4, 60, 1, -1};

// Byte 0 report id 0x02, byte 1 length, bytes 2-4 AIM, 56 data bytes from
// byte 5, byte 61 Honeywell code id, 62 reserved, 63 bit 0 "continued".
QByteArray honeywell(const QByteArray &data, bool continued = false, const QByteArray &aim = "]Q1")
{
    QByteArray r(64, '\0');
    r[0] = 0x02;
    r[1] = char(data.size());
    r.replace(2, 3, aim);
    r.replace(5, data.size(), data);
    r[61] = 's'; // Honeywell's code id for QR
    r[63] = continued ? 0x01 : 0x00;
    return r.left(64);
}

// Byte 0 report id 0x02, byte 1 length, 56 data bytes from byte 2, 58-61
// reserved, 62 code id, 63 bit 0 "continued".
QByteArray lengthFirst(const QByteArray &data, bool continued = false)
{
    QByteArray r(64, '\0');
    r[0] = 0x02;
    r[1] = char(data.size());
    r.replace(2, data.size(), data);
    r[62] = 'Q';
    r[63] = continued ? 0x01 : 0x00;
    return r.left(64);
}

QByteArray padded(const QByteArray &data)
{
    QByteArray r(64, '\0');
    r[0] = 0x03;
    r.replace(1, 3, "]Q1");
    r.replace(4, data.size(), data);
    return r.left(64);
}

const QByteArray kCode = "LL1:D:1:20261127:ABC";

void expectWarning(const char *pattern)
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QString::fromLatin1(pattern)));
}

} // namespace

class TestHidPos : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void honeywellReportBytes();
    void honeywellReport();
    void honeywellFullField();
    void honeywellContinued();
    void lengthFirstReport();
    void paddedReport();
    void paddedFullField();
    void aimTurnedOff();
    void longerTransferAccepted();
    void malformed_data();
    void malformed();
    void malformedDropsAssembledPart();
    void brokenFirstPartSkipsItsTail();
    void utf8Symbol();
    void invalidUtf8Dropped();
    void c1ControlDropped();
    void byteOrderMarkKept();
    void overlongSymbolDropped();
};

void TestHidPos::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestHidPos::honeywellReportBytes()
{
    // The builder above, checked once byte for byte so the other tests can trust it.
    const QByteArray r = honeywell("AB");
    QCOMPARE(r.size(), 64);
    QCOMPARE(r.left(8).toHex(' '), QByteArray("02 02 5d 51 31 41 42 00"));
    QCOMPARE(r.mid(59).toHex(' '), QByteArray("00 00 73 00 00"));
}

void TestHidPos::honeywellReport()
{
    const auto parsed = parseHidPosReport(honeywell(kCode), linli::kHidPosHoneywell);
    QVERIFY(parsed);
    QCOMPARE(parsed->data, kCode);
    QCOMPARE(parsed->aim, QStringLiteral("]Q1"));
    QVERIFY(!parsed->continued);

    HidPosDecoder d(linli::kHidPosHoneywell);
    QCOMPARE(d.feed(honeywell(kCode)), std::optional<QString>(QString::fromLatin1(kCode)));
    QCOMPARE(d.lastAim(), QStringLiteral("]Q1"));
}

void TestHidPos::honeywellFullField()
{
    const QByteArray data(56, 'X');
    const auto parsed = parseHidPosReport(honeywell(data), linli::kHidPosHoneywell);
    QVERIFY(parsed);
    QCOMPARE(parsed->data, data); // byte 61 (code id 's') is not data
}

void TestHidPos::honeywellContinued()
{
    const QByteArray first(56, 'A');
    const QByteArray second = "BCDE";
    HidPosDecoder d(linli::kHidPosHoneywell);
    QCOMPARE(d.feed(honeywell(first, true)), std::nullopt);
    QCOMPARE(d.feed(honeywell(second, false, QByteArray(3, '\0'))),
             std::optional<QString>(QString::fromLatin1(first + second)));
    QCOMPARE(d.lastAim(), QStringLiteral("]Q1")); // from the symbol's first report
    // The next symbol starts empty.
    QCOMPARE(d.feed(honeywell("Z")), std::optional<QString>(QStringLiteral("Z")));
}

void TestHidPos::lengthFirstReport()
{
    const auto parsed = parseHidPosReport(lengthFirst(kCode), linli::kHidPosLengthFirst);
    QVERIFY(parsed);
    QCOMPARE(parsed->data, kCode);
    QCOMPARE(parsed->aim, QString());
    QVERIFY(!parsed->continued);

    HidPosDecoder d(linli::kHidPosLengthFirst);
    QCOMPARE(d.feed(lengthFirst(QByteArray(56, '7'), true)), std::nullopt);
    QCOMPARE(d.feed(lengthFirst("89")), std::optional<QString>(QString(56, u'7') + QStringLiteral("89")));

    // Read with the Honeywell layout, the data would start three bytes late
    // and run into the zero padding: refused, not misread.
    expectWarning("control bytes");
    QCOMPARE(parseHidPosReport(lengthFirst(kCode), linli::kHidPosHoneywell).has_value(), false);
}

void TestHidPos::paddedReport()
{
    const auto parsed = parseHidPosReport(padded(kCode), kPaddedLayout);
    QVERIFY(parsed);
    QCOMPARE(parsed->data, kCode);
    QCOMPARE(parsed->aim, QStringLiteral("]Q1"));
    QVERIFY(!parsed->continued);
}

void TestHidPos::paddedFullField()
{
    const QByteArray data(60, 'Q');
    const auto parsed = parseHidPosReport(padded(data), kPaddedLayout);
    QVERIFY(parsed);
    QCOMPARE(parsed->data, data);
}

void TestHidPos::aimTurnedOff()
{
    const auto parsed = parseHidPosReport(honeywell("123", false, QByteArray(3, '\0')), linli::kHidPosHoneywell);
    QVERIFY(parsed);
    QCOMPARE(parsed->data, QByteArray("123"));
    QCOMPARE(parsed->aim, QString());
}

void TestHidPos::longerTransferAccepted()
{
    // A transport reading into a bigger buffer: bytes past the layout are not looked at.
    const auto parsed = parseHidPosReport(honeywell(kCode) + QByteArray(8, '\x7f'), linli::kHidPosHoneywell);
    QVERIFY(parsed);
    QCOMPARE(parsed->data, kCode);
}

void TestHidPos::malformed_data()
{
    QTest::addColumn<int>("layout"); // 0 Honeywell, 1 length first, 2 padded
    QTest::addColumn<QByteArray>("report");
    QTest::addColumn<QString>("warning");

    QTest::newRow("empty") << 0 << QByteArray() << "report of 0 bytes, the layout needs 64";
    QTest::newRow("one byte short") << 0 << honeywell(kCode).left(63) << "report of 63 bytes, the layout needs 64";
    QTest::newRow("padded short") << 2 << padded(kCode).left(40) << "report of 40 bytes, the layout needs 64";
    QByteArray otherId = honeywell(kCode);
    otherId[0] = 0x04;
    QTest::newRow("other report id") << 0 << otherId << "report id 4 expected 2";
    QByteArray tooLong = honeywell(kCode);
    tooLong[1] = 57;
    QTest::newRow("length beyond field") << 0 << tooLong << "claiming 57 data bytes in a field of 56";
    QByteArray maxLength = lengthFirst(kCode);
    maxLength[1] = char(0xFF);
    QTest::newRow("length 255") << 1 << maxLength << "claiming 255 data bytes";
    QTest::newRow("zero length") << 0 << honeywell(QByteArray()) << "without data";
    QTest::newRow("padded empty") << 2 << padded(QByteArray()) << "without data";
    QTest::newRow("carriage return") << 0 << honeywell("LL1\r:D") << "control bytes";
    QTest::newRow("NUL inside length") << 1 << lengthFirst(QByteArray("AB\0CD", 5)) << "control bytes";
    QTest::newRow("DEL") << 1 << lengthFirst("AB\x7f") << "control bytes";
    QTest::newRow("escape") << 2 << padded("\x1b[2J") << "control bytes";
    QByteArray garbage = padded(kCode);
    garbage[50] = 'x';
    QTest::newRow("bytes after padding") << 2 << garbage << "after its zero padding";
}

void TestHidPos::malformed()
{
    QFETCH(int, layout);
    QFETCH(QByteArray, report);
    QFETCH(QString, warning);
    const HidPosLayout layouts[] = {linli::kHidPosHoneywell, linli::kHidPosLengthFirst, kPaddedLayout};
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(warning)));
    QCOMPARE(parseHidPosReport(report, layouts[layout]).has_value(), false);
}

void TestHidPos::malformedDropsAssembledPart()
{
    HidPosDecoder d(linli::kHidPosHoneywell);
    QCOMPARE(d.feed(honeywell(QByteArray(56, 'A'), true)), std::nullopt);
    expectWarning("control bytes");
    expectWarning("assembled is dropped too");
    QCOMPARE(d.feed(honeywell("B\x01")), std::nullopt);
    // The next report is a symbol of its own, not the end of the broken one.
    QCOMPARE(d.feed(honeywell("C")), std::optional<QString>(QStringLiteral("C")));
}

void TestHidPos::brokenFirstPartSkipsItsTail()
{
    // The first part is broken but says more follows: the rest of that symbol,
    // valid as it is, must not come out as a symbol of its own.
    HidPosDecoder d(linli::kHidPosHoneywell);
    expectWarning("control bytes");
    QCOMPARE(d.feed(honeywell(QByteArray(55, '1') + '\n', true)), std::nullopt);
    QCOMPARE(d.feed(honeywell(QByteArray(56, '2'), true)), std::nullopt);
    QCOMPARE(d.feed(honeywell("333")), std::nullopt);
    QCOMPARE(d.feed(honeywell("444")), std::optional<QString>(QStringLiteral("444")));
}

void TestHidPos::utf8Symbol()
{
    HidPosDecoder d(linli::kHidPosHoneywell);
    const QString text = QStringLiteral("邻里 LL1");
    QCOMPARE(d.feed(honeywell(text.toUtf8())), std::optional<QString>(text));

    // A character split across two reports is joined before decoding.
    const QByteArray bytes = QStringLiteral("邻").toUtf8();
    QCOMPARE(d.feed(honeywell(bytes.left(1), true)), std::nullopt);
    QCOMPARE(d.feed(honeywell(bytes.mid(1))), std::optional<QString>(QStringLiteral("邻")));
}

void TestHidPos::invalidUtf8Dropped()
{
    HidPosDecoder d(linli::kHidPosHoneywell);
    expectWarning("not valid UTF-8");
    QCOMPARE(d.feed(honeywell("AB\xff\xfe")), std::nullopt);
    expectWarning("not valid UTF-8");
    QCOMPARE(d.feed(honeywell("AB\xe9")), std::nullopt); // truncated sequence at the end
    QCOMPARE(d.feed(honeywell("OK")), std::optional<QString>(QStringLiteral("OK")));
}

void TestHidPos::c1ControlDropped()
{
    HidPosDecoder d(linli::kHidPosHoneywell);
    expectWarning("C1 control");
    QCOMPARE(d.feed(honeywell("A\xc2\x9b" "2J")), std::nullopt); // U+009B, the 8-bit CSI
}

void TestHidPos::byteOrderMarkKept()
{
    // Found by fuzz_hid_pos: a lone UTF-8 byte-order mark used to come out as
    // an empty symbol. It is a character like any other: the symbol is its bytes.
    HidPosDecoder d(linli::kHidPosHoneywell);
    QCOMPARE(d.feed(honeywell("\xef\xbb\xbf")), std::optional<QString>(QStringLiteral("\uFEFF")));
    QCOMPARE(d.feed(honeywell("\xef\xbb\xbfLL1")), std::optional<QString>(QStringLiteral("\uFEFFLL1")));
}

void TestHidPos::overlongSymbolDropped()
{
    HidPosDecoder d(linli::kHidPosHoneywell);
    const QByteArray part(56, 'A');
    const int fit = int(HidPosDecoder::MaxSymbolBytes / 56); // 73 parts = 4088 bytes
    for (int i = 0; i < fit; ++i)
        QCOMPARE(d.feed(honeywell(part, true)), std::nullopt);
    expectWarning("longer than 4096 bytes");
    QCOMPARE(d.feed(honeywell(part, true)), std::nullopt);
    QCOMPARE(d.feed(honeywell("C")), std::nullopt); // the dropped symbol's last part
    QCOMPARE(d.feed(honeywell("D")), std::optional<QString>(QStringLiteral("D")));

    // Exactly 4096 bytes is still a symbol.
    for (int i = 0; i < fit; ++i)
        QCOMPARE(d.feed(honeywell(part, true)), std::nullopt);
    const QString last = *d.feed(honeywell(QByteArray(8, 'B')));
    QCOMPARE(last.size(), 4096);
}

QTEST_GUILESS_MAIN(TestHidPos)
#include "tst_hid_pos.moc"
