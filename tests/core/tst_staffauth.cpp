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
    // 郑美玲 (staff 3, card 04E0E0E3) as the import leaves a new staff member.
    void makeZhengNew()
    {
        QSqlQuery q(fixture->backend->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE staff SET pin_pending = 1 WHERE id = 3")));
    }
    int pinPending()
    {
        return sqlValue(fixture->backend->database(), QStringLiteral("SELECT pin_pending FROM staff WHERE id = 3")).toInt();
    }

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

    // --- staff imported from the roll choose their PIN at first use ---


    void aPendingPinOpensNothing()
    {
        makeZhengNew();
        QCOMPARE(auth().verifyPin(QStringLiteral("112358")).outcome, StaffAuthService::Outcome::WrongPin);
        QVERIFY(fixture->backend->identity().identifyCard(QByteArray::fromHex("04E0E0E3")).pinPending);
        QVERIFY(!fixture->backend->identity().identifyCard(QByteArray::fromHex("04E0E0E1")).pinPending);
    }

    void choosesAPinAtFirstUse()
    {
        makeZhengNew();
        const auto chosen = auth().choosePin(3, QStringLiteral("470192"));
        QCOMPARE(chosen.outcome, StaffAuthService::Outcome::Accepted);
        QCOMPARE(chosen.staff.personId, 3);
        QCOMPARE(chosen.staff.kind, Identity::Staff);
        QCOMPARE(pinPending(), 0);
        const auto entered = auth().verifyPin(QStringLiteral("470192"));
        QCOMPARE(entered.outcome, StaffAuthService::Outcome::Accepted);
        QCOMPARE(entered.staff.personId, 3);
        QCOMPARE(sqlValue(fixture->backend->database(),
                          QStringLiteral("SELECT count(*) FROM person_change "
                                         "WHERE staff_id = 3 AND what = 'pin_set' AND by_staff = 3"))
                     .toInt(),
                 1);
        // Chosen once: a second choice is refused (a PIN is changed only by staff).
        QCOMPARE(auth().choosePin(3, QStringLiteral("580213")).outcome, StaffAuthService::Outcome::NotPending);
        QCOMPARE(auth().verifyPin(QStringLiteral("580213")).outcome, StaffAuthService::Outcome::WrongPin);
        // Nor can staff who chose long ago choose again.
        QCOMPARE(auth().choosePin(1, QStringLiteral("580213")).outcome, StaffAuthService::Outcome::NotPending);
    }

    void refusesWeakPins_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("one digit") << QStringLiteral("777777");
        QTest::newRow("a run up") << QStringLiteral("123456");
        QTest::newRow("a run down") << QStringLiteral("987654");
        QTest::newRow("too short") << QStringLiteral("40719");
        QTest::newRow("too long") << QStringLiteral("4071925");
        QTest::newRow("not digits") << QStringLiteral("40a192");
    }
    void refusesWeakPins()
    {
        QFETCH(QString, pin);
        makeZhengNew();
        QVERIFY(StaffAuthService::isWeakPin(pin));
        QCOMPARE(auth().choosePin(3, pin).outcome, StaffAuthService::Outcome::WeakPin);
        QCOMPARE(pinPending(), 1);
        // Not counted against the lockout: a weak PIN tells nothing about anyone's.
        QCOMPARE(auth().verifyPin(QStringLiteral("000000")).attemptsLeft, 4);
    }

    void anotherStaffMembersPinIsRefusedAndCounted()
    {
        makeZhengNew();
        QCOMPARE(auth().choosePin(3, demoPin()).outcome, StaffAuthService::Outcome::WeakPin);
        QCOMPARE(pinPending(), 1);
        QCOMPARE(auth().verifyPin(QStringLiteral("000000")).attemptsLeft, 3); // that try and this one
        QCOMPARE(auth().choosePin(3, QStringLiteral("470192")).outcome, StaffAuthService::Outcome::Accepted);
    }

    void beforeMoneyMovesOnlyTheirOwnPinConfirms()
    {
        // Staff member 1 (demoPin) confirms in staff mode; a colleague's PIN is a wrong PIN for them.
        const auto own = auth().confirmPin(1, demoPin());
        QCOMPARE(own.outcome, StaffAuthService::Outcome::Accepted);
        QCOMPARE(own.staff.personId, 1);
        const auto colleagues = auth().confirmPin(2, demoPin());
        QCOMPARE(colleagues.outcome, StaffAuthService::Outcome::WrongPin);
        QCOMPARE(colleagues.attemptsLeft, StaffAuthService::kMaxFailures - 1);
        // Counted with every other PIN: the lockout holds here too.
        for (int i = 0; i < StaffAuthService::kMaxFailures - 1; ++i)
            auth().confirmPin(1, QStringLiteral("000000"));
        QCOMPARE(auth().confirmPin(1, demoPin()).outcome, StaffAuthService::Outcome::Locked);
        // Someone who has not chosen a PIN yet confirms nothing.
        fixture->clock.advanceSecs(StaffAuthService::kLockSeconds + 1);
        makeZhengNew();
        QCOMPARE(auth().confirmPin(3, QString()).outcome, StaffAuthService::Outcome::WrongPin);
    }
};

QTEST_GUILESS_MAIN(TestStaffAuth)
#include "tst_staffauth.moc"
