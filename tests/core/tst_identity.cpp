#include "Crypto.h"
#include "Identity.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace linli;
using namespace linli::test;

class TestIdentity : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture; // a fresh database for every test function
    IdentityService &identity() { return fixture->backend->identity(); }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    void masksNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("three") << QStringLiteral("张桂华") << QStringLiteral("张*华");
        QTest::newRow("two") << QStringLiteral("黄伟") << QStringLiteral("黄*");
        QTest::newRow("four") << QStringLiteral("欧阳修文") << QStringLiteral("欧**文");
        QTest::newRow("one") << QStringLiteral("明") << QStringLiteral("明");
        QTest::newRow("outside the BMP") << QStringLiteral("𠀋一二") << QStringLiteral("𠀋*二");
    }
    void masksNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(maskName(name), masked);
    }

    void countsAgeOnTheDay_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("age");
        QTest::newRow("60 today") << QDate(1966, 11, 27) << QDate(2026, 11, 27) << 60;
        QTest::newRow("60 tomorrow") << QDate(1966, 11, 28) << QDate(2026, 11, 27) << 59;
        QTest::newRow("leap day, not yet") << QDate(1964, 2, 29) << QDate(2024, 2, 28) << 59;
        QTest::newRow("leap day, in a leap year") << QDate(1964, 2, 29) << QDate(2024, 2, 29) << 60;
        QTest::newRow("not born") << QDate(2030, 1, 1) << QDate(2026, 1, 1) << -1;
    }
    void countsAgeOnTheDay()
    {
        QFETCH(QDate, born);
        QFETCH(QDate, day);
        QFETCH(int, age);
        QCOMPARE(ageOn(born, day), age);
    }

    void identifiesAResidentByCard()
    {
        const IdentifiedPerson person = identity().identifyCard(QByteArray::fromHex("04A1B2C3"));
        QCOMPARE(person.kind, Identity::Resident);
        QCOMPARE(person.personId, 1);
        QCOMPARE(person.maskedName, QStringLiteral("张*华"));
        QCOMPARE(person.age, 82); // born 1944-03-12
    }

    void identifiesStaffAndDriversByCard()
    {
        QCOMPARE(identity().identifyCard(QByteArray::fromHex("04E0E0E1")).kind, Identity::Staff);
        QCOMPARE(identity().identifyCard(QByteArray::fromHex("04D0D0D1")).kind, Identity::Driver);
    }

    void refusesAnUnknownCard()
    {
        const IdentifiedPerson person = identity().identifyCard(QByteArray::fromHex("04FFFFFF"));
        QCOMPARE(person.kind, Identity::UnknownCard);
        QVERIFY(person.fullName.isEmpty());
    }

    void storesCardsOnlyAsKeyedHashes()
    {
        const QByteArray uid = QByteArray::fromHex("04A1B2C3");
        QCOMPARE(identity().cardHash(uid).size(), 32);
        QVERIFY(identity().cardHash(uid) != QCryptographicHash::hash(uid, QCryptographicHash::Sha256));
        // Another installation's secret gives another hash: a stolen database
        // cannot be matched against card numbers.
        IdentityService other(fixture->backend->database(), QByteArray(32, '\x01'), fixture->clock);
        QVERIFY(other.cardHash(uid) != identity().cardHash(uid));
        QCOMPARE(other.identifyCard(uid).kind, Identity::UnknownCard);
    }

    void identifiesADriverBySignedCode()
    {
        const QString code = identity().issueToken(TokenCodec::Type::Driver, 1);
        QVERIFY2(code.size() <= 48, qPrintable(code));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Z:]+$")).match(code).hasMatch()); // QR alphanumeric mode
        const IdentifiedPerson person = identity().identifyScan(code);
        QCOMPARE(person.kind, Identity::Driver);
        QCOMPARE(person.personId, 1);
        QCOMPARE(person.maskedName, QStringLiteral("陈*军"));
    }

    void refusesBadCodes_data()
    {
        QTest::addColumn<QString>("mangle");
        QTest::addColumn<int>("problem");
        QTest::newRow("another person's id") << QStringLiteral("id") << int(Identity::Forged);
        QTest::newRow("resident turned driver") << QStringLiteral("type") << int(Identity::Forged);
        QTest::newRow("signature changed") << QStringLiteral("signature") << int(Identity::Forged);
        QTest::newRow("date changed") << QStringLiteral("date") << int(Identity::Forged);
        QTest::newRow("truncated") << QStringLiteral("truncate") << int(Identity::Malformed);
        QTest::newRow("lower case") << QStringLiteral("lower") << int(Identity::NotOurs);
        QTest::newRow("a shop's code") << QStringLiteral("foreign") << int(Identity::NotOurs);
        QTest::newRow("empty") << QStringLiteral("empty") << int(Identity::NotOurs);
        QTest::newRow("binary junk") << QStringLiteral("junk") << int(Identity::NotOurs);
        QTest::newRow("another installation") << QStringLiteral("installation") << int(Identity::Forged);
        QTest::newRow("future day") << QStringLiteral("future") << int(Identity::FutureDated);
        QTest::newRow("visit slip") << QStringLiteral("visit") << int(Identity::NotOurs);
        QTest::newRow("person removed") << QStringLiteral("removed") << int(Identity::UnknownPerson);
    }
    void refusesBadCodes()
    {
        QFETCH(QString, mangle);
        QFETCH(int, problem);
        QString code = identity().issueToken(TokenCodec::Type::Resident, 1);
        const TokenCodec codec(fixture->secret());
        if (mangle == QLatin1String("id"))
            code.replace(QStringLiteral(":R:1:"), QStringLiteral(":R:2:"));
        else if (mangle == QLatin1String("type"))
            code.replace(QStringLiteral(":R:"), QStringLiteral(":D:"));
        else if (mangle == QLatin1String("signature"))
            code[code.size() - 1] = code.endsWith(u'A') ? u'B' : u'A';
        else if (mangle == QLatin1String("date"))
            code.replace(QStringLiteral(":20261127:"), QStringLiteral(":20261126:"));
        else if (mangle == QLatin1String("truncate"))
            code.chop(5);
        else if (mangle == QLatin1String("lower"))
            code = code.toLower();
        else if (mangle == QLatin1String("foreign"))
            code = QStringLiteral("https://pay.example/qr/8841");
        else if (mangle == QLatin1String("empty"))
            code.clear();
        else if (mangle == QLatin1String("junk"))
            code = QString::fromLatin1(QByteArray("\x01\x02LL1:\xff\xfe", 9));
        else if (mangle == QLatin1String("installation"))
            code = TokenCodec(QByteArray(32, '\x01')).issue(TokenCodec::Type::Resident, 1, QDate(2026, 11, 27));
        else if (mangle == QLatin1String("future"))
            code = codec.issue(TokenCodec::Type::Resident, 1, QDate(2026, 11, 28));
        else if (mangle == QLatin1String("visit"))
            code = codec.issue(TokenCodec::Type::Visit, 1, QDate(2026, 11, 27));
        else if (mangle == QLatin1String("removed")) {
            QSqlQuery q(fixture->backend->database().connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE resident SET active = 0 WHERE id = 1"))); // moved away
        }
        const IdentifiedPerson person = identity().identifyScan(code);
        QCOMPARE(person.kind, Identity::InvalidCode);
        QCOMPARE(int(person.problem), problem);
        QVERIFY(person.fullName.isEmpty());
    }

    void keepsTheSecretOutsideTheDatabase()
    {
        const KioskConfig config = fixture->site.config();
        QFile key(config.secretPath);
        QVERIFY(key.open(QIODevice::ReadOnly));
        QCOMPARE(QByteArray::fromHex(key.readAll().trimmed()).size(), 32);
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QString error;
        QCOMPARE(InstallationSecret::loadOrCreate(config.secretPath, &error), QByteArray::fromHex([&] {
                     key.seek(0);
                     return key.readAll().trimmed();
                 }()));
    }

    void refusesToStartWithoutItsSecret()
    {
        fixture->backend.reset();
        QVERIFY(QFile::remove(fixture->site.config().secretPath));
        QVERIFY(!fixture->start());
        QVERIFY(!QFile::exists(fixture->site.config().secretPath)); // no new secret made up
    }

    void refusesASecretFromAnotherInstallation()
    {
        fixture->backend.reset();
        QFile key(fixture->site.config().secretPath);
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(QByteArray(32, '\x01').toHex() + '\n');
        key.close();
        QVERIFY(!fixture->start());
    }

    void refusesADamagedSecret()
    {
        const QString path = fixture->site.path(QStringLiteral("damaged.key"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("abc\n");
        file.close();
        QString error;
        QVERIFY(InstallationSecret::loadOrCreate(path, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("damaged")));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
