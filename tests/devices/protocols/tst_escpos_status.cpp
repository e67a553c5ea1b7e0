#include "EscPosStatus.h"

#include <QTest>

using linli::DeviceStatus::State;
namespace escpos = linli::escpos;

class TestEscPosStatus : public QObject
{
    Q_OBJECT

private slots:
    void requests();
    void statusBytes_data();
    void statusBytes();
    void interpret_data();
    void interpret();
};

void TestEscPosStatus::requests()
{
    QCOMPARE(escpos::statusRequest(escpos::StatusQuery::Printer), QByteArray::fromHex("100401"));
    QCOMPARE(escpos::statusRequest(escpos::StatusQuery::OfflineCause), QByteArray::fromHex("100402"));
    QCOMPARE(escpos::statusRequest(escpos::StatusQuery::RollPaper), QByteArray::fromHex("100404"));
}

void TestEscPosStatus::statusBytes_data()
{
    QTest::addColumn<int>("byte");
    QTest::addColumn<bool>("isStatus");
    QTest::newRow("idle 0x12") << 0x12 << true;
    QTest::newRow("everything set 0x7e") << 0x7E << true;
    QTest::newRow("bit 0 set") << 0x13 << false;
    QTest::newRow("bit 7 set") << 0x92 << false;
    QTest::newRow("bit 1 clear") << 0x10 << false;
    QTest::newRow("bit 4 clear") << 0x02 << false;
    QTest::newRow("zero") << 0x00 << false;
}

void TestEscPosStatus::statusBytes()
{
    QFETCH(int, byte);
    QFETCH(bool, isStatus);
    QCOMPARE(escpos::isStatusByte(quint8(byte)), isStatus);
}

void TestEscPosStatus::interpret_data()
{
    QTest::addColumn<int>("printer");
    QTest::addColumn<int>("cause");
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("expected"); // -1: not a status answer
    QTest::newRow("ready") << 0x12 << 0x12 << 0x12 << int(State::Ready);
    QTest::newRow("near end, both sensors") << 0x12 << 0x12 << 0x1E << int(State::PaperNearEnd);
    QTest::newRow("near end, one sensor") << 0x12 << 0x12 << 0x16 << int(State::PaperNearEnd);
    QTest::newRow("paper out") << 0x1A << 0x32 << 0x72 << int(State::PaperOut);
    QTest::newRow("stopped by paper end only") << 0x1A << 0x32 << 0x12 << int(State::PaperOut);
    QTest::newRow("cover open beats paper out") << 0x1A << 0x36 << 0x72 << int(State::CoverOpen);
    QTest::newRow("error") << 0x1A << 0x52 << 0x12 << int(State::Error);
    QTest::newRow("offline, no cause") << 0x1A << 0x12 << 0x12 << int(State::Error);
    QTest::newRow("paper out beats near end") << 0x12 << 0x12 << 0x7E << int(State::PaperOut);
    QTest::newRow("garbage first byte") << 0x00 << 0x12 << 0x12 << -1;
    QTest::newRow("garbage roll byte") << 0x12 << 0x12 << 0xFF << -1;
}

void TestEscPosStatus::interpret()
{
    QFETCH(int, printer);
    QFETCH(int, cause);
    QFETCH(int, paper);
    QFETCH(int, expected);
    const auto state = escpos::interpretStatus(quint8(printer), quint8(cause), quint8(paper));
    if (expected < 0) {
        QVERIFY(!state);
        return;
    }
    QVERIFY(state);
    QCOMPARE(int(*state), expected);
}

QTEST_GUILESS_MAIN(TestEscPosStatus)
#include "tst_escpos_status.moc"
