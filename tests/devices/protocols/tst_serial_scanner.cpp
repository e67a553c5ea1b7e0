#include "SerialScanner.h"

#include <QRegularExpression>
#include <QTest>

using linli::SerialSymbolDecoder;

class TestSerialScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terminators_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("symbols");
        QTest::newRow("CR") << QByteArray("LL1:D:1:X\r") << QStringList{QStringLiteral("LL1:D:1:X")};
        QTest::newRow("LF") << QByteArray("ABC\n") << QStringList{QStringLiteral("ABC")};
        QTest::newRow("CR LF, counted once") << QByteArray("ABC\r\n") << QStringList{QStringLiteral("ABC")};
        QTest::newRow("two in one transfer") << QByteArray("A1\rB2\r") << QStringList{QStringLiteral("A1"), QStringLiteral("B2")};
        QTest::newRow("UTF-8") << QByteArray("邻里\r") << QStringList{QStringLiteral("邻里")};
        QTest::newRow("no terminator yet") << QByteArray("ABC") << QStringList{};
        QTest::newRow("only terminators") << QByteArray("\r\n\r\n") << QStringList{};
    }

    void terminators()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, symbols);
        SerialSymbolDecoder decoder;
        QCOMPARE(decoder.feed(bytes), symbols);
    }

    void symbolAcrossTransfers()
    {
        SerialSymbolDecoder decoder;
        QVERIFY(decoder.feed("LL1:R:").isEmpty());
        QVERIFY(decoder.hasPendingInput());
        QCOMPARE(decoder.feed("7:ABC\r"), QStringList{QStringLiteral("LL1:R:7:ABC")});
        QVERIFY(!decoder.hasPendingInput());
    }

    void pauseEndsASymbolWithoutSuffix()
    {
        SerialSymbolDecoder decoder;
        QVERIFY(decoder.feed("NOSUFFIX").isEmpty());
        QCOMPARE(decoder.flush(), QStringList{QStringLiteral("NOSUFFIX")});
        QVERIFY(decoder.flush().isEmpty());
    }

    void controlByteDropsTheWholeSymbol()
    {
        SerialSymbolDecoder decoder;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("control byte")));
        QCOMPARE(decoder.feed(QByteArray("AB\x1d" "CD\rGOOD\r", 11)), QStringList{QStringLiteral("GOOD")});
    }

    void overlongSymbolIsDroppedToItsEnd()
    {
        SerialSymbolDecoder decoder;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("overlong")));
        QVERIFY(decoder.feed(QByteArray(SerialSymbolDecoder::MaxSymbolBytes + 10, 'A')).isEmpty());
        QVERIFY(decoder.hasPendingInput()); // skipping the rest
        QVERIFY(decoder.feed("TAIL\r").isEmpty());
        QCOMPARE(decoder.feed("NEXT\r"), QStringList{QStringLiteral("NEXT")});
    }

    void droppedSymbolsRestEndsAtAPause()
    {
        SerialSymbolDecoder decoder;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("control byte")));
        QVERIFY(decoder.feed(QByteArray("A\x01TAIL", 6)).isEmpty());
        QVERIFY(decoder.flush().isEmpty()); // the tail is not a symbol
        QCOMPARE(decoder.feed("NEXT\r"), QStringList{QStringLiteral("NEXT")});
    }

    void invalidUtf8IsDropped()
    {
        SerialSymbolDecoder decoder;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not UTF-8")));
        QVERIFY(decoder.feed("\xff\xfe\r").isEmpty());
    }

    // Found by fuzz_serial_scanner: C1 controls (U+0085 is a line break) came
    // through, and a lone byte-order mark came out as an empty symbol.
    void c1ControlIsDropped()
    {
        SerialSymbolDecoder decoder;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("C1 control")));
        QCOMPARE(decoder.feed("\xc2\x85" "AB\rOK\r"), QStringList{QStringLiteral("OK")});
    }

    void byteOrderMarkIsKept()
    {
        SerialSymbolDecoder decoder;
        QCOMPARE(decoder.feed("\xef\xbb\xbf\r"), QStringList{QStringLiteral("\uFEFF")});
        QCOMPARE(decoder.feed("\xef\xbb\xbf" "AB\r"), QStringList{QStringLiteral("\uFEFFAB")});
    }
};

QTEST_GUILESS_MAIN(TestSerialScanner)
#include "tst_serial_scanner.moc"
