#include "Ccid.h"

#include <QRegularExpression>
#include <QTest>

namespace ccid = linli::ccid;
using ccid::Outcome;

Q_DECLARE_METATYPE(ccid::Outcome)

namespace {

QByteArray hex(const char *spaced)
{
    return QByteArray::fromHex(QByteArray(spaced).replace(' ', ""));
}

QByteArray spaced(const QByteArray &bytes)
{
    return bytes.toHex(' ');
}

void expectWarning(const char *pattern)
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QString::fromLatin1(pattern)));
}

} // namespace

class TestCcid : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void powerOnBytes();
    void getUidApduBytes();
    void getUidBytes();
    void xfrBlockLengthLittleEndian();
    void uidReply_data();
    void uidReply();
    void powerOnReplyAtr();
    void powerOnNoCard();
    void wrongSequence();
    void malformed_data();
    void malformed();
    void slotChange_data();
    void slotChange();
    void slotChangeMalformed_data();
    void slotChangeMalformed();
};

void TestCcid::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestCcid::powerOnBytes()
{
    //                                      type  dwLength     slot seq  power RFU
    QCOMPARE(spaced(ccid::iccPowerOn(0, 0)), QByteArray("62 00 00 00 00 00 00 00 00 00"));
    QCOMPARE(spaced(ccid::iccPowerOn(0, 0x2A)), QByteArray("62 00 00 00 00 00 2a 00 00 00"));
    QCOMPARE(spaced(ccid::iccPowerOn(1, 0xFF)), QByteArray("62 00 00 00 00 01 ff 00 00 00"));
}

void TestCcid::getUidApduBytes()
{
    QCOMPARE(spaced(ccid::getUidApdu()), QByteArray("ff ca 00 00 00"));
}

void TestCcid::getUidBytes()
{
    //              type  dwLength=5   slot seq  BWI level APDU
    QCOMPARE(spaced(ccid::getUid(0, 7)), QByteArray("6f 05 00 00 00 00 07 00 00 00 ff ca 00 00 00"));
    QCOMPARE(ccid::getUid(0, 7), ccid::xfrBlock(0, 7, hex("FF CA 00 00 00")));
}

void TestCcid::xfrBlockLengthLittleEndian()
{
    const QByteArray apdu(0x0203, 'x');
    const QByteArray frame = ccid::xfrBlock(0, 1, apdu);
    QCOMPARE(frame.size(), 10 + 0x0203);
    QCOMPARE(spaced(frame.left(10)), QByteArray("6f 03 02 00 00 00 01 00 00 00"));
    QCOMPARE(frame.mid(10), apdu);
}

void TestCcid::uidReply_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QByteArray>("uid");
    QTest::addColumn<int>("statusWord");
    QTest::addColumn<int>("error");

    //                    type dwLength    slot seq  stat err  chain payload
    QTest::newRow("4-byte UID") << hex("80 06 00 00 00 00 05 00 00 00 04 a1 b2 c3 90 00")
                                << Outcome::Ok << hex("04 a1 b2 c3") << 0x9000 << 0;
    QTest::newRow("7-byte UID") << hex("80 09 00 00 00 00 05 00 00 00 04 11 22 33 44 55 66 90 00")
                                << Outcome::Ok << hex("04 11 22 33 44 55 66") << 0x9000 << 0;
    QTest::newRow("10-byte UID") << hex("80 0c 00 00 00 00 05 00 00 00 01 02 03 04 05 06 07 08 09 0a 90 00")
                                 << Outcome::Ok << hex("01 02 03 04 05 06 07 08 09 0a") << 0x9000 << 0;
    QTest::newRow("SW 63 00: no card") << hex("80 02 00 00 00 00 05 00 00 00 63 00")
                                       << Outcome::NoCard << QByteArray() << 0x6300 << 0;
    QTest::newRow("no card: ICC absent") << hex("80 00 00 00 00 00 05 42 fe 00")
                                         << Outcome::NoCard << QByteArray() << 0 << 0xFE;
    QTest::newRow("no card: ICC mute, present") << hex("80 00 00 00 00 00 05 40 fe 00")
                                                << Outcome::NoCard << QByteArray() << 0 << 0xFE;
    QTest::newRow("time extension") << hex("80 00 00 00 00 00 05 80 01 00")
                                    << Outcome::TimeExtension << QByteArray() << 0 << 0x01;
}

void TestCcid::uidReply()
{
    QFETCH(QByteArray, frame);
    QFETCH(Outcome, outcome);
    QFETCH(QByteArray, uid);
    QFETCH(int, statusWord);
    QFETCH(int, error);
    const ccid::Reply r = ccid::parseUidReply(frame, 0, 5);
    QCOMPARE(r.outcome, outcome);
    QCOMPARE(spaced(r.data), spaced(uid));
    QCOMPARE(int(r.statusWord), statusWord);
    QCOMPARE(int(r.error), error);
}

void TestCcid::powerOnReplyAtr()
{
    // ACR122U with a MIFARE Classic 1K: a 20-byte PC/SC contactless ATR.
    const QByteArray atr = hex("3b 8f 80 01 80 4f 0c a0 00 00 03 06 03 00 01 00 00 00 00 6a");
    const QByteArray frame = hex("80 14 00 00 00 00 01 00 00 00") + atr;
    const ccid::Reply r = ccid::parsePowerOnReply(frame, 0, 1);
    QCOMPARE(r.outcome, Outcome::Ok);
    QCOMPARE(spaced(r.data), spaced(atr));
}

void TestCcid::powerOnNoCard()
{
    const ccid::Reply r = ccid::parsePowerOnReply(hex("80 00 00 00 00 00 01 42 fe 00"), 0, 1);
    QCOMPARE(r.outcome, Outcome::NoCard);
    QCOMPARE(r.data, QByteArray());
}

void TestCcid::wrongSequence()
{
    // A late answer to the previous GET DATA (bSeq 4) while waiting for bSeq 5.
    expectWarning("bSeq 4 expected 5");
    const ccid::Reply r = ccid::parseUidReply(hex("80 06 00 00 00 00 04 00 00 00 04 a1 b2 c3 90 00"), 0, 5);
    QCOMPARE(r.outcome, Outcome::WrongSequence);
    QCOMPARE(r.data, QByteArray()); // its UID is not handed out
}

void TestCcid::malformed_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("statusWord");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("warning");

    QTest::newRow("empty") << QByteArray() << Outcome::Malformed << 0 << 0 << "0 byte message";
    QTest::newRow("9 bytes") << hex("80 00 00 00 00 00 05 00 00") << Outcome::Malformed << 0 << 0
                             << "9 byte message";
    QTest::newRow("SlotStatus instead") << hex("81 00 00 00 00 00 05 00 00 00") << Outcome::Malformed << 0 << 0
                                        << "type 81 expected a DataBlock";
    QTest::newRow("command echoed") << ccid::getUid(0, 5) << Outcome::Malformed << 0 << 0
                                    << "type 6f expected a DataBlock";
    QTest::newRow("dwLength beyond buffer") << hex("80 10 00 00 00 00 05 00 00 00 04 a1 b2 c3 90 00")
                                            << Outcome::Malformed << 0 << 0 << "dwLength 16 does not match its 6 bytes";
    QTest::newRow("dwLength 4 GiB") << hex("80 ff ff ff ff 00 05 00 00 00 90 00") << Outcome::Malformed << 0 << 0
                                    << "dwLength 4294967295 does not match its 2 bytes";
    QTest::newRow("trailing bytes") << hex("80 02 00 00 00 00 05 00 00 00 90 00 90 00") << Outcome::Malformed
                                    << 0 << 0 << "dwLength 2 does not match its 4 bytes";
    QTest::newRow("other slot") << hex("80 06 00 00 00 01 05 00 00 00 04 a1 b2 c3 90 00") << Outcome::Malformed
                                << 0 << 0 << "slot 1 expected 0";
    QTest::newRow("no status word") << hex("80 01 00 00 00 00 05 00 00 00 90") << Outcome::Malformed << 0 << 0
                                    << "without a status word";
    QTest::newRow("90 00 without UID") << hex("80 02 00 00 00 00 05 00 00 00 90 00") << Outcome::Malformed
                                       << 0x9000 << 0 << "UID of 0 bytes";
    QTest::newRow("3-byte UID") << hex("80 05 00 00 00 00 05 00 00 00 01 02 03 90 00") << Outcome::Malformed
                                << 0x9000 << 0 << "UID of 3 bytes";
    QTest::newRow("11-byte UID") << hex("80 0d 00 00 00 00 05 00 00 00 01 02 03 04 05 06 07 08 09 0a 0b 90 00")
                                 << Outcome::Malformed << 0x9000 << 0 << "UID of 11 bytes";
    QTest::newRow("reserved command status") << hex("80 00 00 00 00 00 05 c0 00 00") << Outcome::Malformed
                                             << 0 << 0 << "reserved command status c0";
    // Errors: the frame is well formed but the reader or the card says no.
    QTest::newRow("reader error") << hex("80 00 00 00 00 00 05 40 fb 00") << Outcome::Failed << 0 << 0xFB
                                  << "failed the command, bError fb";
    QTest::newRow("SW 6A 81") << hex("80 02 00 00 00 00 05 00 00 00 6a 81") << Outcome::Failed << 0x6A81 << 0
                              << "status word 6a81";
    QTest::newRow("UID with SW 62 82") << hex("80 06 00 00 00 00 05 00 00 00 04 a1 b2 c3 62 82")
                                       << Outcome::Failed << 0x6282 << 0 << "status word 6282";
}

void TestCcid::malformed()
{
    QFETCH(QByteArray, frame);
    QFETCH(Outcome, outcome);
    QFETCH(int, statusWord);
    QFETCH(int, error);
    QFETCH(QString, warning);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(warning)));
    const ccid::Reply r = ccid::parseUidReply(frame, 0, 5);
    QCOMPARE(r.outcome, outcome);
    QCOMPARE(r.data, QByteArray());
    QCOMPARE(int(r.statusWord), statusWord);
    QCOMPARE(int(r.error), error);
}

void TestCcid::slotChange_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("slot");
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("changed");

    QTest::newRow("card arrived") << hex("50 03") << 0 << true << true;
    QTest::newRow("card removed") << hex("50 02") << 0 << false << true;
    QTest::newRow("still present") << hex("50 01") << 0 << true << false;
    QTest::newRow("still absent") << hex("50 00") << 0 << false << false;
    // Slot 1's bits must not leak into slot 0, and the other way round.
    QTest::newRow("slot 0 of 0c") << hex("50 0c") << 0 << false << false;
    QTest::newRow("slot 1 of 0c") << hex("50 0c") << 1 << true << true;
    QTest::newRow("slot 0 of fe") << hex("50 fe") << 0 << false << true;
    QTest::newRow("slot 4 in second byte") << hex("50 00 03") << 4 << true << true;
}

void TestCcid::slotChange()
{
    QFETCH(QByteArray, message);
    QFETCH(int, slot);
    QFETCH(bool, present);
    QFETCH(bool, changed);
    const std::optional<ccid::SlotChange> c = ccid::parseNotifySlotChange(message, slot);
    QVERIFY(c);
    QCOMPARE(c->present, present);
    QCOMPARE(c->changed, changed);
}

void TestCcid::slotChangeMalformed_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("warning");

    QTest::newRow("empty") << QByteArray() << 0 << "empty interrupt message";
    QTest::newRow("type only") << hex("50") << 0 << "NotifySlotChange of 1 bytes, too short for slot 0";
    QTest::newRow("slot 4 in one byte") << hex("50 ff") << 4 << "too short for slot 4";
    QTest::newRow("hardware error") << hex("51 00 00 01") << 0 << "interrupt message type 51";
    QTest::newRow("DataBlock") << hex("80 00 00 00 00 00 00 00 00 00") << 0 << "interrupt message type 80";
}

void TestCcid::slotChangeMalformed()
{
    QFETCH(QByteArray, message);
    QFETCH(int, slot);
    QFETCH(QString, warning);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(warning)));
    QCOMPARE(ccid::parseNotifySlotChange(message, slot).has_value(), false);
}

QTEST_GUILESS_MAIN(TestCcid)
#include "tst_ccid.moc"
