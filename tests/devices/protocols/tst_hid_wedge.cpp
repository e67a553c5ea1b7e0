#include "HidKeyboard.h"

#include <QRegularExpression>
#include <QTest>

#include <initializer_list>

using linli::HidWedgeDecoder;

namespace {

// Keyboard page usages, written out here rather than taken from the decoder so
// a wrong table entry there cannot hide behind the same entry here.
constexpr quint8 A = 0x04, B = 0x05, C = 0x06, D = 0x07, L = 0x0F, O = 0x12, K = 0x0E;
constexpr quint8 N1 = 0x1E, N2 = 0x1F, N6 = 0x23, N7 = 0x24, N0 = 0x27;
constexpr quint8 Enter = 0x28, Escape = 0x29, Backspace = 0x2A, Tab = 0x2B;
constexpr quint8 Semicolon = 0x33, F1 = 0x3A, KeypadEnter = 0x58;
constexpr quint8 LeftCtrl = 0x01, LeftShift = 0x02, LeftAlt = 0x04, RightShift = 0x20;

QByteArray report(quint8 modifiers, std::initializer_list<quint8> keys = {})
{
    QByteArray r(8, '\0');
    r[0] = char(modifiers);
    int slot = 2;
    for (const quint8 k : keys)
        r[slot++] = char(k);
    return r;
}

QByteArray up() { return report(0); }

// Feeds every report and records each symbol with the index of the report
// that produced it, so a symbol emitted too early or late shows up.
QStringList feedAll(HidWedgeDecoder &decoder, const QList<QByteArray> &reports)
{
    QStringList out;
    for (qsizetype i = 0; i < reports.size(); ++i)
        if (const auto symbol = decoder.feed(reports[i]))
            out << QStringLiteral("@%1:%2").arg(i).arg(*symbol);
    return out;
}

// Press and release of one usage, for tests about things other than layout.
QList<QByteArray> tap(quint8 usage, quint8 modifiers = 0)
{
    return {report(modifiers, {usage}), up()};
}

QList<QByteArray> digits(int count)
{
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i)
        out << tap(quint8(N1 + i % 10));
    return out;
}

void expectWarning(const char *pattern)
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QString::fromLatin1(pattern)));
}

} // namespace

class TestHidWedge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void kioskCodeWithShiftHeldAndOverlappingKeys();
    void heldKeyCountsOnce();
    void releasedAndPressedAgainCountsTwice();
    void newKeysInSlotOrder();
    void usLayout_data();
    void usLayout();
    void keypadEnterEndsSymbol();
    void enterAloneIsNoSymbol();
    void controlKeysAndShortcutsNeverEmitted();
    void reservedByteIgnored();
    void flushEndsSymbolWithoutEnter();
    void phantomStateDropsSymbol();
    void phantomThenGapResumes();
    void overlongSymbolDropped();
    void longestSymbolAccepted();
    void wrongLengthDropped_data();
    void wrongLengthDropped();
    void resetForgetsEverything();
    void typedCardNumber_data();
    void typedCardNumber();
};

void TestHidWedge::init()
{
    // Any warning not announced by the test itself is a failure.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestHidWedge::kioskCodeWithShiftHeldAndOverlappingKeys()
{
    // "LL1:D:1:20261127:ABC" as a scanner sends it: Shift held over several
    // keys, left and right Shift, the first L held across two reports, and
    // '2' still down when '0' goes down.
    HidWedgeDecoder d;
    const QList<QByteArray> reports = {
        report(LeftShift, {L}), report(LeftShift, {L}), report(LeftShift), // L (held: once)
        report(LeftShift, {L}), up(),                                      // L
        report(0, {N1}), up(),                                             // 1
        report(RightShift, {Semicolon}), up(),                             // :
        report(LeftShift, {D}), up(),                                      // D
        report(LeftShift, {Semicolon}), up(),                              // :
        report(0, {N1}), up(),                                             // 1
        report(LeftShift, {Semicolon}), up(),                              // :
        report(0, {N2}), report(0, {N2, N0}), report(0, {N0}), up(),       // 2 0 (overlap)
        report(0, {N2}), up(),                                             // 2
        report(0, {N6}), up(),                                             // 6
        report(0, {N1}), up(),                                             // 1
        report(0, {N1}), up(),                                             // 1
        report(0, {N2}), up(),                                             // 2
        report(0, {N7}), up(),                                             // 7
        report(LeftShift, {Semicolon}), up(),                              // :
        report(LeftShift, {A}), report(LeftShift, {B}), report(LeftShift, {C}), up(), // ABC
        report(0, {Enter}), up(),
    };
    QCOMPARE(feedAll(d, reports), QStringList{QStringLiteral("@%1:LL1:D:1:20261127:ABC").arg(reports.size() - 2)});
    QVERIFY(!d.hasPendingInput());
    QCOMPARE(d.flush(), std::nullopt);
}

void TestHidWedge::heldKeyCountsOnce()
{
    HidWedgeDecoder d;
    const QList<QByteArray> reports = {report(0, {A}), report(0, {A}), report(0, {A}), report(0, {A, Enter})};
    QCOMPARE(feedAll(d, reports), QStringList{QStringLiteral("@3:a")});
}

void TestHidWedge::releasedAndPressedAgainCountsTwice()
{
    HidWedgeDecoder d;
    const QList<QByteArray> reports = {report(0, {A}), up(), report(0, {A}), up(), report(0, {Enter})};
    QCOMPARE(feedAll(d, reports), QStringList{QStringLiteral("@4:aa")});

    // A key that moves to another slot while held is still the same press.
    HidWedgeDecoder e;
    const QList<QByteArray> moved = {report(0, {B, A}), report(0, {A}), report(0, {Enter})};
    QCOMPARE(feedAll(e, moved), QStringList{QStringLiteral("@2:ba")});
}

void TestHidWedge::newKeysInSlotOrder()
{
    HidWedgeDecoder d;
    const QList<QByteArray> reports = {report(0, {C, A, B}), report(0, {Enter})};
    QCOMPARE(feedAll(d, reports), QStringList{QStringLiteral("@1:cab")});

    // Enter in the same report as the last character ends the symbol after it.
    HidWedgeDecoder e;
    QCOMPARE(feedAll(e, {report(0, {A}), report(0, {A, B, Enter})}), QStringList{QStringLiteral("@1:ab")});
}

void TestHidWedge::usLayout_data()
{
    QTest::addColumn<quint8>("modifiers");
    QTest::addColumn<quint8>("usage");
    QTest::addColumn<QString>("expected");

    struct Row { quint8 usage; const char *plain; const char *shifted; };
    const Row rows[] = {
        {0x04, "a", "A"}, {0x1D, "z", "Z"},
        {0x1E, "1", "!"}, {0x1F, "2", "@"}, {0x20, "3", "#"}, {0x21, "4", "$"}, {0x22, "5", "%"},
        {0x23, "6", "^"}, {0x24, "7", "&"}, {0x25, "8", "*"}, {0x26, "9", "("}, {0x27, "0", ")"},
        {0x2C, " ", " "}, {0x2D, "-", "_"}, {0x2E, "=", "+"}, {0x2F, "[", "{"}, {0x30, "]", "}"},
        {0x31, "\\", "|"}, {0x33, ";", ":"}, {0x34, "'", "\""}, {0x35, "`", "~"},
        {0x36, ",", "<"}, {0x37, ".", ">"}, {0x38, "/", "?"},
    };
    for (const Row &r : rows) {
        QTest::addRow("%02x plain", r.usage) << quint8(0) << r.usage << QString::fromLatin1(r.plain);
        QTest::addRow("%02x left shift", r.usage) << LeftShift << r.usage << QString::fromLatin1(r.shifted);
        QTest::addRow("%02x right shift", r.usage) << RightShift << r.usage << QString::fromLatin1(r.shifted);
    }
    // Keypad digits and symbols (scanners set to send keypad keys).
    QTest::newRow("keypad 1") << quint8(0) << quint8(0x59) << QStringLiteral("1");
    QTest::newRow("keypad 9") << quint8(0) << quint8(0x61) << QStringLiteral("9");
    QTest::newRow("keypad 0") << quint8(0) << quint8(0x62) << QStringLiteral("0");
    QTest::newRow("keypad .") << quint8(0) << quint8(0x63) << QStringLiteral(".");
    QTest::newRow("keypad /") << quint8(0) << quint8(0x54) << QStringLiteral("/");
    QTest::newRow("keypad *") << quint8(0) << quint8(0x55) << QStringLiteral("*");
    QTest::newRow("keypad -") << quint8(0) << quint8(0x56) << QStringLiteral("-");
    QTest::newRow("keypad +") << quint8(0) << quint8(0x57) << QStringLiteral("+");
}

void TestHidWedge::usLayout()
{
    QFETCH(quint8, modifiers);
    QFETCH(quint8, usage);
    QFETCH(QString, expected);
    HidWedgeDecoder d;
    QCOMPARE(feedAll(d, {report(modifiers, {usage}), up(), report(0, {Enter})}),
             QStringList{QStringLiteral("@2:") + expected});
}

void TestHidWedge::keypadEnterEndsSymbol()
{
    HidWedgeDecoder d;
    QCOMPARE(feedAll(d, {report(0, {N7}), up(), report(0, {KeypadEnter}), up()}), QStringList{QStringLiteral("@2:7")});
}

void TestHidWedge::enterAloneIsNoSymbol()
{
    HidWedgeDecoder d;
    QCOMPARE(feedAll(d, {report(0, {Enter}), up(), report(0, {KeypadEnter})}), QStringList{});
    QVERIFY(!d.hasPendingInput());
}

void TestHidWedge::controlKeysAndShortcutsNeverEmitted()
{
    HidWedgeDecoder d;
    QList<QByteArray> reports;
    reports << tap(A) << tap(Tab) << tap(Backspace) << tap(Escape) << tap(F1)
            << tap(C, LeftCtrl) << tap(N1, LeftAlt) << tap(0x39 /* Caps Lock */)
            << tap(0x50 /* Left Arrow */) << tap(0x7F /* Mute */) << tap(0xE1 /* Left Shift as key */)
            << tap(B) << report(0, {Enter});
    QCOMPARE(feedAll(d, reports), QStringList{QStringLiteral("@%1:ab").arg(reports.size() - 1)});
}

void TestHidWedge::reservedByteIgnored()
{
    HidWedgeDecoder d;
    QByteArray r = report(0, {A});
    r[1] = char(0xFF);
    QCOMPARE(feedAll(d, {r, up(), report(0, {Enter})}), QStringList{QStringLiteral("@2:a")});
}

void TestHidWedge::flushEndsSymbolWithoutEnter()
{
    HidWedgeDecoder d;
    QVERIFY(!d.hasPendingInput());
    QCOMPARE(feedAll(d, digits(8)), QStringList{});
    QVERIFY(d.hasPendingInput());
    QCOMPARE(d.flush(), std::optional<QString>(QStringLiteral("12345678")));
    QVERIFY(!d.hasPendingInput());
    QCOMPARE(d.flush(), std::nullopt);
    // The next symbol starts empty.
    QCOMPARE(feedAll(d, QList<QByteArray>() << tap(B) << report(0, {Enter})), QStringList{QStringLiteral("@2:b")});
}

void TestHidWedge::phantomStateDropsSymbol()
{
    HidWedgeDecoder d;
    QList<QByteArray> reports;
    reports << tap(L, LeftShift) << tap(L, LeftShift) << tap(N1);
    QCOMPARE(feedAll(d, reports), QStringList{});

    expectWarning("rollover");
    QCOMPARE(d.feed(report(0, {1, 1, 1, 1, 1, 1})), std::nullopt);
    QVERIFY(d.hasPendingInput()); // the rest of that symbol is being skipped

    // The tail of the broken symbol and its Enter give nothing...
    QList<QByteArray> tail;
    tail << tap(N2) << tap(N0) << report(0, {Enter}) << up();
    QCOMPARE(feedAll(d, tail), QStringList{});
    QVERIFY(!d.hasPendingInput());
    // ...and the next symbol is whole.
    QList<QByteArray> next;
    next << tap(O, LeftShift) << tap(K, LeftShift) << report(0, {Enter});
    QCOMPARE(feedAll(d, next), QStringList{QStringLiteral("@4:OK")});
}

void TestHidWedge::phantomThenGapResumes()
{
    HidWedgeDecoder d;
    QCOMPARE(feedAll(d, tap(A)), QStringList{});
    expectWarning("rollover");
    QCOMPARE(d.feed(report(LeftShift, {1, 1, 1, 1, 1, 1})), std::nullopt);
    QCOMPARE(feedAll(d, tap(B)), QStringList{}); // skipped
    QCOMPARE(d.flush(), std::nullopt);           // the gap ends the skipping
    QVERIFY(!d.hasPendingInput());
    QCOMPARE(feedAll(d, QList<QByteArray>() << tap(C) << report(0, {Enter})), QStringList{QStringLiteral("@2:c")});
}

void TestHidWedge::overlongSymbolDropped()
{
    HidWedgeDecoder d;
    QList<QByteArray> reports = digits(HidWedgeDecoder::MaxSymbolLength + 1);
    reports << report(0, {Enter}) << up();
    expectWarning("longer than 512");
    QCOMPARE(feedAll(d, reports), QStringList{});
    QVERIFY(!d.hasPendingInput());
    QCOMPARE(feedAll(d, QList<QByteArray>() << tap(A) << report(0, {Enter})), QStringList{QStringLiteral("@2:a")});
}

void TestHidWedge::longestSymbolAccepted()
{
    HidWedgeDecoder d;
    QList<QByteArray> reports = digits(HidWedgeDecoder::MaxSymbolLength);
    reports << report(0, {Enter});
    const QStringList got = feedAll(d, reports);
    QCOMPARE(got.size(), 1);
    const QString symbol = got.first().section(u':', 1);
    QCOMPARE(symbol.size(), 512);
    QCOMPARE(symbol.left(12), QStringLiteral("123456789012"));
}

void TestHidWedge::wrongLengthDropped_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("7 bytes") << report(0, {B}).left(7);
    QTest::newRow("9 bytes with report id") << (QByteArray(1, '\x01') + report(0, {B}));
    QTest::newRow("64 bytes") << QByteArray(64, '\x05');
}

void TestHidWedge::wrongLengthDropped()
{
    QFETCH(QByteArray, bad);
    HidWedgeDecoder d;
    QCOMPARE(feedAll(d, tap(A)), QStringList{});
    expectWarning(qPrintable(QStringLiteral("dropped a report of %1 bytes, expected 8").arg(bad.size())));
    QCOMPARE(d.feed(bad), std::nullopt);
    // A lost report may have held a character: the symbol it belonged to is gone.
    QCOMPARE(feedAll(d, QList<QByteArray>() << tap(C) << report(0, {Enter}) << up()), QStringList{});
    QCOMPARE(feedAll(d, QList<QByteArray>() << tap(D) << report(0, {Enter})), QStringList{QStringLiteral("@2:d")});
}

void TestHidWedge::resetForgetsEverything()
{
    HidWedgeDecoder d;
    QCOMPARE(d.feed(report(0, {A})), std::nullopt);
    d.reset();
    QVERIFY(!d.hasPendingInput());
    // 'a' still down after reset counts as a new press: the state was forgotten.
    QCOMPARE(feedAll(d, {report(0, {A}), report(0, {A, Enter})}), QStringList{QStringLiteral("@1:a")});

    expectWarning("rollover");
    QCOMPARE(d.feed(report(0, {1, 1, 1, 1, 1, 1})), std::nullopt);
    d.reset();
    QVERIFY(!d.hasPendingInput()); // no longer skipping
    QCOMPARE(feedAll(d, {report(0, {B}), report(0, {Enter})}), QStringList{QStringLiteral("@1:b")});
}

void TestHidWedge::typedCardNumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("uid"); // empty: refused

    // 0xC3B2A104 = 3283263748: the UID 04 A1 B2 C3 read little-endian.
    QTest::newRow("10 decimal") << QStringLiteral("3283263748") << QByteArray::fromHex("04A1B2C3");
    QTest::newRow("10 decimal, zero padded") << QStringLiteral("0000000258") << QByteArray::fromHex("02010000");
    QTest::newRow("10 decimal, max") << QStringLiteral("4294967295") << QByteArray::fromHex("FFFFFFFF");
    QTest::newRow("10 decimal, zero") << QStringLiteral("0000000000") << QByteArray::fromHex("00000000");
    QTest::newRow("10 decimal, trimmed") << QStringLiteral(" 3283263748\t") << QByteArray::fromHex("04A1B2C3");
    QTest::newRow("8 hex upper") << QStringLiteral("04A1B2C3") << QByteArray::fromHex("04A1B2C3");
    QTest::newRow("8 hex lower") << QStringLiteral("04a1b2c3") << QByteArray::fromHex("04A1B2C3");
    QTest::newRow("8 digits are hex") << QStringLiteral("12345678") << QByteArray::fromHex("12345678");
    QTest::newRow("14 hex (7-byte UID)") << QStringLiteral("04112233445566") << QByteArray::fromHex("04112233445566");
    QTest::newRow("20 hex (10-byte UID)") << QStringLiteral("0102030405060708090A") << QByteArray::fromHex("0102030405060708090A");

    QTest::newRow("over 32 bits") << QStringLiteral("4294967296") << QByteArray();
    QTest::newRow("9 digits") << QStringLiteral("328326374") << QByteArray();
    QTest::newRow("11 digits") << QStringLiteral("32832637480") << QByteArray();
    QTest::newRow("10 hex") << QStringLiteral("04A1B2C3D4") << QByteArray();
    QTest::newRow("8 with non-hex") << QStringLiteral("04A1B2CG") << QByteArray();
    QTest::newRow("sign") << QStringLiteral("+328326374") << QByteArray();
    QTest::newRow("separators") << QStringLiteral("04:A1:B2:C3") << QByteArray();
    QTest::newRow("inner space") << QStringLiteral("04A1 B2C3") << QByteArray();
    QTest::newRow("fullwidth digits") << QStringLiteral("３２８３２６３７４８") << QByteArray();
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestHidWedge::typedCardNumber()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, uid);
    const std::optional<QByteArray> got = linli::uidFromTypedCardNumber(typed);
    if (uid.isEmpty()) {
        QCOMPARE(got, std::nullopt);
    } else {
        QVERIFY(got.has_value());
        QCOMPARE(got->toHex(), uid.toHex());
    }
}

QTEST_GUILESS_MAIN(TestHidWedge)
#include "tst_hid_wedge.moc"
