// The people register behind the staff desk, against a real database (both
// engines): cards enrolled, refused when someone else's, lost and refused;
// codes reissued with a generation that refuses the old one; flags, leaving
// and erasing; and the history row every change leaves.
#include "Backend.h"
#include "Identity.h"
#include "People.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace linli;
using namespace linli::test;

namespace {
// Demo people (db/demo/demo_day.sql).
constexpr qint64 kZhangGuihua = 1; // card 04A1B2C3
constexpr qint64 kLiJianguo = 2;   // card 04A1B2C4
constexpr qint64 kHuangWei = 8;    // no card
constexpr qint64 kDriverChen = 1;
constexpr qint64 kStaffZhou = 1; // at the desk

const QByteArray kZhangsCard = QByteArray::fromHex("04A1B2C3");
const QByteArray kNewCard = QByteArray::fromHex("04C0FFEE");

CardHolder resident(qint64 id)
{
    return {HolderKind::Resident, id};
}
} // namespace

class TestPeopleRegister : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;
    IdentityService &identity() { return fixture->backend->identity(); }
    PeopleService &people() { return fixture->backend->people(); }
    Database &db() { return fixture->backend->database(); }
    int count(const QString &sql) { return sqlValue(db(), sql).toInt(); }

    // What the person's history says, newest first.
    QList<PersonChange> changes(CardHolder person)
    {
        QList<PersonChange> what;
        for (const PersonChangeRecord &row : people().person(person).history)
            what.append(row.what);
        return what;
    }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    void enrolsANewCard()
    {
        QCOMPARE(identity().identifyCard(kNewCard).kind, Identity::UnknownCard);
        const auto outcome = people().enrolCard(resident(kHuangWei), kNewCard, kStaffZhou);
        QCOMPARE(outcome.problem, PeopleRegister::NoProblem);
        const IdentifiedPerson person = identity().identifyCard(kNewCard);
        QCOMPARE(person.kind, Identity::Resident);
        QCOMPARE(person.personId, kHuangWei);
        // Stored as the keyed hash, never the UID, with who issued it.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM card WHERE resident_id = 8 AND issued_by = 1")), 1);
        QCOMPARE(people().person(resident(kHuangWei)).cards.size(), 1);
        QCOMPARE(people().person(resident(kHuangWei)).cards.constFirst().uidHash, identity().cardHash(kNewCard));

        const auto history = people().person(resident(kHuangWei)).history;
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.constFirst().what, PersonChange::CardEnrolled);
        QCOMPARE(history.constFirst().byName, QStringLiteral("周晓燕"));
        QCOMPARE(history.constFirst().at, fixture->clock.now());
    }

    void refusesACardBoundToSomeoneElse()
    {
        const auto outcome = people().enrolCard(resident(kHuangWei), kZhangsCard, kStaffZhou);
        QCOMPARE(outcome.problem, PeopleRegister::CardTaken);
        QCOMPARE(outcome.holderName, QStringLiteral("张*华")); // masked, even at the desk
        QCOMPARE(identity().identifyCard(kZhangsCard).personId, kZhangGuihua);
        QVERIFY(changes(resident(kHuangWei)).isEmpty()); // refused, so nothing happened
    }

    void sayWhenTheCardIsTheirsAlready()
    {
        QCOMPARE(people().enrolCard(resident(kZhangGuihua), kZhangsCard, kStaffZhou).problem,
                 PeopleRegister::CardIsTheirs);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM card WHERE resident_id = 1")), 1);
    }

    void refusesALostCardAndEnrolsItsReplacement()
    {
        const QByteArray hash = identity().cardHash(kZhangsCard);
        QCOMPARE(people().markCardLost(resident(kZhangGuihua), hash, kStaffZhou).problem, PeopleRegister::NoProblem);
        const IdentifiedPerson lost = identity().identifyCard(kZhangsCard);
        QCOMPARE(lost.kind, Identity::UnknownCard);
        QCOMPARE(lost.problem, Identity::LostCard);
        QVERIFY(lost.fullName.isEmpty());

        // The lost card never comes back, for anyone.
        QCOMPARE(people().enrolCard(resident(kZhangGuihua), kZhangsCard, kStaffZhou).problem,
                 PeopleRegister::CardRevoked);
        QCOMPARE(people().enrolCard(resident(kHuangWei), kZhangsCard, kStaffZhou).problem,
                 PeopleRegister::CardRevoked);
        // Marking it lost twice changes nothing.
        QCOMPARE(people().markCardLost(resident(kZhangGuihua), hash, kStaffZhou).problem, PeopleRegister::NotFound);
        // Another person's card cannot be marked lost from this person's page.
        QCOMPARE(people().markCardLost(resident(kHuangWei), identity().cardHash(QByteArray::fromHex("04A1B2C4")),
                                       kStaffZhou)
                     .problem,
                 PeopleRegister::NotFound);
        QCOMPARE(identity().identifyCard(QByteArray::fromHex("04A1B2C4")).personId, kLiJianguo);

        QCOMPARE(people().enrolCard(resident(kZhangGuihua), kNewCard, kStaffZhou).problem, PeopleRegister::NoProblem);
        QCOMPARE(identity().identifyCard(kNewCard).personId, kZhangGuihua);
        QCOMPARE(changes(resident(kZhangGuihua)), (QList{PersonChange::CardEnrolled, PersonChange::CardLost}));
        const auto cards = people().person(resident(kZhangGuihua)).cards;
        QCOMPARE(cards.size(), 2);
        QCOMPARE(std::count_if(cards.begin(), cards.end(), [](const CardRecord &c) { return c.revokedAs == "lost"; }),
                 1);
    }

    void reissuedCodeRefusesTheOldOne_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("id");
        QTest::newRow("resident") << int(HolderKind::Resident) << kZhangGuihua;
        QTest::newRow("driver") << int(HolderKind::Driver) << kDriverChen;
    }
    void reissuedCodeRefusesTheOldOne()
    {
        QFETCH(int, kind);
        QFETCH(qint64, id);
        const CardHolder person{HolderKind(kind), id};
        const auto type = person.kind == HolderKind::Resident ? TokenCodec::Type::Resident : TokenCodec::Type::Driver;
        const QString first = identity().issueToken(type, id);
        QCOMPARE(identity().identifyScan(first).personId, id);

        const auto outcome = people().reissueCode(person, kStaffZhou);
        QCOMPARE(outcome.problem, PeopleRegister::NoProblem);
        QVERIFY(outcome.printJobId); // the new code's slip is queued
        const QString second = identity().issueToken(type, id);
        QVERIFY(second != first);
        QVERIFY2(second.contains(QStringLiteral(":2:")), qPrintable(second)); // the generation is in the signed code

        const IdentifiedPerson old = identity().identifyScan(first);
        QCOMPARE(old.kind, Identity::InvalidCode);
        QCOMPARE(old.problem, Identity::RevokedCode);
        QVERIFY(old.fullName.isEmpty());
        QCOMPARE(identity().identifyScan(second).personId, id);

        // The third refuses the second; the slip that printed says which it is.
        QVERIFY(people().reissueCode(person, kStaffZhou).printJobId);
        QCOMPARE(identity().identifyScan(second).problem, Identity::RevokedCode);
        const QByteArray slip =
            sqlValue(db(), QStringLiteral("SELECT payload FROM print_job ORDER BY id DESC LIMIT 1")).toByteArray();
        QVERIFY(slip.contains(gb18030(QStringLiteral("第 3 版"))));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person_change WHERE what = 'code_reissued'")), 2);
    }

    void aForgedGenerationIsRefused()
    {
        // A generation written into a code without the installation's key
        // breaks its signature like any other field.
        QVERIFY(people().reissueCode(resident(kZhangGuihua), kStaffZhou).printJobId);
        QString code = identity().issueToken(TokenCodec::Type::Resident, kZhangGuihua);
        code.replace(QStringLiteral(":2:"), QStringLiteral(":3:"));
        QCOMPARE(identity().identifyScan(code).problem, Identity::Forged);
    }

    void recordsFlagChangesWithTheirDetail()
    {
        ResidentFlags flags;
        flags.mobilityImpaired = true;
        flags.livesAlone = false; // as before
        QCOMPARE(people().setFlags(kLiJianguo, flags, kStaffZhou).problem, PeopleRegister::NoProblem);
        const auto view = people().person(resident(kLiJianguo));
        QVERIFY(view.resident.mobilityImpaired);
        QCOMPARE(view.history.size(), 1);
        QCOMPARE(view.history.constFirst().what, PersonChange::Flags);
        QCOMPARE(view.history.constFirst().detail, QStringLiteral("行动不便：否→是"));
        QVERIFY(identity().identifyCard(QByteArray::fromHex("04A1B2C4")).mobilityImpaired);
    }

    void leavingStopsTheCardsAndKeepsTheHistory()
    {
        QCOMPARE(people().markLeft(kZhangGuihua, QStringLiteral("moved"), false, kStaffZhou).problem,
                 PeopleRegister::NoProblem);
        const IdentifiedPerson card = identity().identifyCard(kZhangsCard);
        QCOMPARE(card.kind, Identity::UnknownCard);
        QCOMPARE(card.problem, Identity::UnknownPerson);
        // Deactivated, never deleted: orders and history stay for the reports.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident WHERE id = 1 AND active = 0")), 1);
        QCOMPARE(people().person(resident(kZhangGuihua)).resident.leftAs, QStringLiteral("moved"));
        // Nothing new is issued to someone who left.
        QCOMPARE(people().enrolCard(resident(kZhangGuihua), kNewCard, kStaffZhou).problem, PeopleRegister::NotActive);
        QCOMPARE(people().reissueCode(resident(kZhangGuihua), kStaffZhou).problem, PeopleRegister::NotActive);
        QCOMPARE(people().setFlags(kZhangGuihua, {}, kStaffZhou).problem, PeopleRegister::NotActive);
        QVERIFY(identity().issueToken(TokenCodec::Type::Resident, kZhangGuihua).isEmpty());

        // Back from their daughter's: active again, the old card stays revoked.
        QCOMPARE(people().reactivate(kZhangGuihua, kStaffZhou).problem, PeopleRegister::NoProblem);
        QCOMPARE(identity().identifyCard(kZhangsCard).kind, Identity::UnknownCard);
        QCOMPARE(people().enrolCard(resident(kZhangGuihua), kNewCard, kStaffZhou).problem, PeopleRegister::NoProblem);
        QCOMPARE(changes(resident(kZhangGuihua)),
                 (QList{PersonChange::CardEnrolled, PersonChange::Updated, PersonChange::Left}));
    }

    void erasingKeepsOnlyTheAnonymousFigures()
    {
        QCOMPARE(people().markLeft(kZhangGuihua, QStringLiteral("deceased"), true, kStaffZhou).problem,
                 PeopleRegister::NoProblem);
        const auto view = people().person(resident(kZhangGuihua));
        QVERIFY(view.found);
        QCOMPARE(view.resident.name, QStringLiteral("张*华"));
        QVERIFY(view.resident.phone.isEmpty());
        QVERIFY(view.resident.room.isEmpty());
        QVERIFY(view.resident.idNumber.isEmpty());
        QVERIFY(view.resident.erasedAt.isValid());
        QCOMPARE(changes(resident(kZhangGuihua)), (QList{PersonChange::Erased, PersonChange::Left}));
        // The row stays, for the orders and figures that point to it.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident WHERE id = 1 AND birth_date = '1944-03-12'")), 1);
        // An erased resident cannot be brought back.
        QCOMPARE(people().reactivate(kZhangGuihua, kStaffZhou).problem, PeopleRegister::NotActive);
        QCOMPARE(people().markLeft(kZhangGuihua, QStringLiteral("moved"), false, kStaffZhou).problem,
                 PeopleRegister::NotActive);
    }

    void masksTheIdNumberForTheDesk()
    {
        QCOMPARE(maskIdNumber(QStringLiteral("42010219440312432X")), QStringLiteral("4201**********432X"));
        QVERIFY(maskIdNumber(QString()).isEmpty());
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE resident SET id_number = '42010219440312432X' WHERE id = 1")));
        QCOMPARE(people().person(resident(kZhangGuihua)).resident.idNumber, QStringLiteral("4201**********432X"));
    }

    void listsTheRollWithThoseWhoLeft()
    {
        QVERIFY(people().markLeft(kLiJianguo, QStringLiteral("moved"), false, kStaffZhou).problem
                == PeopleRegister::NoProblem);
        const auto roll = people().roll();
        QVERIFY(roll.valid);
        QCOMPARE(roll.residents.size(), count(QStringLiteral("SELECT count(*) FROM resident")));
        const auto li = std::find_if(roll.residents.begin(), roll.residents.end(),
                                     [](const RollEntry &r) { return r.id == kLiJianguo; });
        QVERIFY(li != roll.residents.end());
        QCOMPARE(li->leftAs, QStringLiteral("moved"));
        QCOMPARE(roll.staff.size(), 3);
        QCOMPARE(roll.drivers.size(), count(QStringLiteral("SELECT count(*) FROM driver WHERE active = 1")));
        QVERIFY(std::all_of(roll.drivers.begin(), roll.drivers.end(),
                            [](const PersonEntry &d) { return d.kind == HolderKind::Driver; }));
    }

    void showsADriverWithTheirCards()
    {
        const auto view = people().person({HolderKind::Driver, kDriverChen});
        QVERIFY(view.found);
        QCOMPARE(view.driver.name, QStringLiteral("陈建军"));
        QCOMPARE(view.driver.plate, QStringLiteral("鄂A·D12345"));
        QCOMPARE(view.cards.size(), 1);
        QCOMPARE(view.cards.constFirst().uidHash, identity().cardHash(QByteArray::fromHex("04D0D0D1")));
    }
};

QTEST_GUILESS_MAIN(TestPeopleRegister)
#include "tst_people_register.moc"
