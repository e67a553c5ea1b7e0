// 呼叫工作人员 in the database: one open call per kiosk however often it is
// tapped, every kiosk's calls on every desk, and taken once.
#include "HelpCallStore.h"
#include "TestSupport.h"

using namespace linli;
using namespace linli::test;

class TestHelpCalls : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;
    HelpCallStore &calls() { return fixture->backend->helpCalls(); }
    const QDateTime at = QDateTime(QDate(2026, 12, 2), QTime(11, 32));

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    void aSecondTapIsTheSameCall()
    {
        const auto first = calls().call(QStringLiteral("canteen-1"), at);
        QVERIFY(first);
        const auto again = calls().call(QStringLiteral("canteen-1"), at.addSecs(5));
        QVERIFY(again);
        QCOMPARE(again->id, first->id);
        QCOMPARE(again->calledAt, at); // still the first call's time
        QCOMPARE(calls().open().size(), 1);
    }

    void everyKiosksCallsShowUntilTaken()
    {
        const auto canteen = calls().call(QStringLiteral("canteen-1"), at);
        const auto station = calls().call(QStringLiteral("station-1"), at.addSecs(60));
        QVERIFY(canteen && station);
        QList<HelpCallRecord> open = calls().open();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).kiosk, QStringLiteral("canteen-1")); // the oldest first
        QCOMPARE(calls().take(canteen->id, 1, at.addSecs(90)), std::optional<bool>(true));
        // A second desk taking it too is told it is taken already.
        QCOMPARE(calls().take(canteen->id, 2, at.addSecs(91)), std::optional<bool>(false));
        open = calls().open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).kiosk, QStringLiteral("station-1"));
        // Once taken, the kiosk can call again.
        const auto later = calls().call(QStringLiteral("canteen-1"), at.addSecs(600));
        QVERIFY(later && later->id != canteen->id);
    }
};

QTEST_GUILESS_MAIN(TestHelpCalls)
#include "tst_help_calls.moc"
