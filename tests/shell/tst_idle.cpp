#include "IdleTimer.h"
#include "KioskFixture.h"

#include <QSignalSpy>

using namespace linli;
using namespace linli::test;

class TestIdle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheLastSecondsThenExpiresOnce()
    {
        IdleTimer idle;
        idle.setTimeoutSeconds(2);
        QSignalSpy expired(&idle, &IdleTimer::expired);
        idle.start();
        QTRY_VERIFY(idle.secondsLeftToShow() > 0); // 2 s is inside the warning period
        QVERIFY(idle.secondsLeftToShow() <= 2);
        QTRY_COMPARE(expired.count(), 1);
        QCOMPARE(idle.secondsLeftToShow(), -1);
        QTest::qWait(600);
        QCOMPARE(expired.count(), 1);
    }

    void warnsTwentySecondsAhead()
    {
        IdleTimer idle;
        idle.setTimeoutSeconds(21);
        idle.start();
        QTest::qWait(200);
        QCOMPARE(idle.secondsLeftToShow(), -1); // 21 s left: not yet
        QTRY_VERIFY_WITH_TIMEOUT(idle.secondsLeftToShow() > 0, 2500);
        QCOMPARE(idle.secondsLeftToShow(), 20);
    }

    void staysQuietUntilTheWarningPeriod()
    {
        IdleTimer idle;
        idle.setTimeoutSeconds(60);
        idle.start();
        QTest::qWait(600);
        QCOMPARE(idle.secondsLeftToShow(), -1);
    }

    void aTouchStartsTheCountdownOver()
    {
        IdleTimer idle;
        idle.setTimeoutSeconds(3);
        QSignalSpy expired(&idle, &IdleTimer::expired);
        idle.start();
        for (int i = 0; i < 16; ++i) {
            QTest::qWait(250);
            idle.poke();
        }
        QCOMPARE(expired.count(), 0); // 4 s went by, never 3 s without a touch
        QTRY_COMPARE(expired.count(), 1);
    }

    void aStoppedTimerNeverExpires()
    {
        IdleTimer idle;
        idle.setTimeoutSeconds(1);
        QSignalSpy expired(&idle, &IdleTimer::expired);
        idle.start();
        idle.stop();
        idle.poke(); // a touch on the attract screen does not start it
        QTest::qWait(1300);
        QCOMPARE(expired.count(), 0);
    }

    void theKioskForgetsThePersonWhenIdle()
    {
        KioskFixture f;
        KioskConfig config = f.site.config();
        config.idleTimeoutSeconds = 3;
        QVERIFY(f.start(config));
        f.kiosk->goHome();
        f.kiosk->setLargeText(true);
        f.kiosk->setLanguage(QStringLiteral("en"));
        f.devices.simulatedCardReader->tap(QByteArray::fromHex("04A1B2C3"));
        QTRY_COMPARE(f.kiosk->screen(), Kiosk::Greeting);
        QCOMPARE(f.kiosk->person()->name(), QStringLiteral("张*华"));

        QTRY_COMPARE_WITH_TIMEOUT(f.kiosk->screen(), Kiosk::Attract, 10000);
        QCOMPARE(f.kiosk->person()->kind(), Identity::Nobody);
        QVERIFY(f.kiosk->person()->name().isEmpty());
        QCOMPARE(f.kiosk->language(), QStringLiteral("zh_CN"));
        QVERIFY(!f.kiosk->largeText());
    }

    void theKioskLeavesStaffModeWhenIdle()
    {
        KioskFixture f;
        KioskConfig config = f.site.config();
        config.idleTimeoutSeconds = 3;
        QVERIFY(f.start(config));
        f.kiosk->beginStaffEntry();
        f.devices.simulatedCardReader->tap(QByteArray::fromHex("04E0E0E1"));
        QTRY_COMPARE(f.kiosk->screen(), Kiosk::StaffMenu);
        QTRY_COMPARE_WITH_TIMEOUT(f.kiosk->screen(), Kiosk::Attract, 10000);
        QVERIFY(f.kiosk->staff()->name().isEmpty());
        QCOMPARE(f.kiosk->staff()->people()->rowCount(), 0);
    }

    void aPinCheckedAfterTheScreenWasLeftOpensNothing()
    {
        KioskFixture f;
        QVERIFY(f.start());
        f.kiosk->beginStaffEntry();
        f.kiosk->staff()->submitPin(QStringLiteral("246810")); // right PIN, still being checked...
        f.kiosk->resetToAttract();                         // ...when the idle timeout strikes
        QTRY_COMPARE(f.kiosk->staff()->pinState(), StaffSession::PinIdle);
        QTest::qWait(200);
        QCOMPARE(f.kiosk->screen(), Kiosk::Attract);
        QVERIFY(f.kiosk->staff()->name().isEmpty());
    }

    void aScanAnsweredAfterTheResetIsNotShownToTheNextPerson()
    {
        KioskFixture f;
        QVERIFY(f.start());
        f.kiosk->goHome();
        // The reset strikes the moment the tap is on its way to the database.
        connect(f.kiosk->person(), &PersonSession::busyChanged, this, [&f] {
            if (f.kiosk->person()->busy())
                f.kiosk->resetToAttract();
        });
        f.devices.simulatedCardReader->tap(QByteArray::fromHex("04A1B2C3"));
        QTRY_VERIFY(f.kiosk->person()->busy() || f.kiosk->screen() != Kiosk::Home);
        QTRY_VERIFY(!f.kiosk->person()->busy());
        QCOMPARE(f.kiosk->screen(), Kiosk::Attract);
        QVERIFY(f.kiosk->person()->name().isEmpty());
    }
};

QTEST_MAIN(TestIdle)
#include "tst_idle.moc"
