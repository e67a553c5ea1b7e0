#include "Crypto.h"
#include "StaffAuth.h"
#include "TestSupport.h"

#include <QPasswordDigestor>
#include <QSqlQuery>

using namespace linli;
using namespace linli::test;

class TestStaffAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture; // a fresh database for every test function
    StaffAuthService &auth() { return fixture->backend->staffAuth(); }
    static QString demoPin() { return QStringLiteral("246810"); }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    void acceptsTheRightPin()
    {
        const auto result = auth().verifyPin(demoPin());
        QCOMPARE(result.outcome, StaffAuthService::Outcome::Accepted);
        QCOMPARE(result.staff.kind, Identity::Staff);
        QCOMPARE(result.staff.maskedName, QStringLiteral("周*燕"));
    }

    void storesPinsSaltedAndSlow()
    {
        QSqlQuery q(fixture->backend->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pin_salt, pin_hash, pin_iterations FROM staff WHERE id = 1")));
        QVERIFY(q.next());
        const QByteArray salt = q.value(0).toByteArray();
        const int iterations = q.value(2).toInt();
        QVERIFY(iterations >= 100000);
        QCOMPARE(q.value(1).toByteArray(), QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                                              demoPin().toUtf8(), salt, iterations, 32));
        QVERIFY(q.exec(QStringLiteral("SELECT pin_salt FROM staff")));
        QSet<QByteArray> salts;
        while (q.next())
            salts.insert(q.value(0).toByteArray());
        QCOMPARE(salts.size(), 3); // one salt each
    }

    void countsWrongPinsDown()
    {
        const auto first = auth().verifyPin(QStringLiteral("000000"));
        QCOMPARE(first.outcome, StaffAuthService::Outcome::WrongPin);
        QCOMPARE(first.attemptsLeft, 4);
        QCOMPARE(auth().verifyPin(QStringLiteral("111111")).attemptsLeft, 3);
        // The right PIN starts the count again.
        QCOMPARE(auth().verifyPin(demoPin()).outcome, StaffAuthService::Outcome::Accepted);
        QCOMPARE(auth().verifyPin(QStringLiteral("000000")).attemptsLeft, 4);
    }

    void locksAfterFiveWrongPinsEvenForTheRightOne()
    {
        for (int i = 0; i < 4; ++i)
            QCOMPARE(auth().verifyPin(QStringLiteral("000000")).outcome, StaffAuthService::Outcome::WrongPin);
        const auto fifth = auth().verifyPin(QStringLiteral("000000"));
        QCOMPARE(fifth.outcome, StaffAuthService::Outcome::Locked);
        QCOMPARE(fifth.lockedUntil, lunchTime().addSecs(StaffAuthService::kLockSeconds));
        QCOMPARE(auth().verifyPin(demoPin()).outcome, StaffAuthService::Outcome::Locked);

        // The lock outlives a restart of the kiosk.
        fixture->backend.reset();
        QVERIFY(fixture->start());
        QCOMPARE(auth().verifyPin(demoPin()).outcome, StaffAuthService::Outcome::Locked);

        fixture->clock.advanceSecs(StaffAuthService::kLockSeconds + 1);
        QCOMPARE(auth().verifyPin(demoPin()).outcome, StaffAuthService::Outcome::Accepted);
    }

    void aStaffCardStillWorksWhilePinsAreLocked()
    {
        for (int i = 0; i < 5; ++i)
            auth().verifyPin(QStringLiteral("999999"));
        QCOMPARE(auth().verifyPin(demoPin()).outcome, StaffAuthService::Outcome::Locked);
        QCOMPARE(fixture->backend->identity().identifyCard(QByteArray::fromHex("04E0E0E1")).kind, Identity::Staff);
    }
};

QTEST_GUILESS_MAIN(TestStaffAuth)
#include "tst_staffauth.moc"
