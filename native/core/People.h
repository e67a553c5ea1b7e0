#pragma once

#include "Clock.h"
#include "EscPosEncoder.h"
#include "Identity.h"
#include "PeopleRegisterStore.h"
#include "PersonHistoryStore.h"
#include "Stores.h"

#include <QObject>
#include <optional>

namespace linli {

namespace PeopleRegister {
Q_NAMESPACE

// Why the people desk refused something, for QML to word.
enum Problem {
    NoProblem,
    CardTaken,    // the card is someone else's (their masked name goes with it)
    CardIsTheirs, // the card is this person's already
    CardRevoked,  // a card reported lost (or of someone who left) never opens anything again
    NotActive,    // the person moved away or died: nothing is issued to them
    NotFound,
    StorageError
};
Q_ENUM_NS(Problem)

} // namespace PeopleRegister

// 4201**********123X: staff see an ID number only so (the subsidy claim alone
// carries it whole).
QString maskIdNumber(const QString &idNumber);

// The people every service shares, as staff mode sees them: the list of
// residents and drivers, a person's QR code slip for the printer, and the
// people register: the roll, one person with their cards and history, and
// every change staff make to them, each recorded with who made it.
class PeopleService
{
public:
    PeopleService(Database &db, IdentityService &identity, const Clock &clock, PaperWidth paper);

    QList<PersonEntry> residentsAndDrivers();
    // A person's QR code slip, of their current code, queued for the printer; the job's id.
    std::optional<qint64> queueCodeSlip(HolderKind kind, qint64 id);

    struct Roll
    {
        QList<RollEntry> residents;
        QList<PersonEntry> drivers; // active ones, with their plate
        QList<StaffEntry> staff;
        bool valid = false;
    };
    Roll roll();

    // One resident, driver or staff member as the desk shows them: the ID number masked.
    struct PersonView
    {
        bool found = false;
        CardHolder person{HolderKind::Resident, 0};
        ResidentDetail resident; // residents
        DriverRecord driver;     // drivers
        StaffEntry staff;        // staff
        QList<CardRecord> cards;
        QList<PersonChangeRecord> history;
    };
    PersonView person(CardHolder person);

    struct Outcome
    {
        PeopleRegister::Problem problem = PeopleRegister::StorageError;
        QString holderName;                // CardTaken: whose card (masked)
        std::optional<qint64> printJobId; // a reissued code's slip
    };
    Outcome setFlags(qint64 residentId, const ResidentFlags &flags, qint64 staffId);
    // Moved away or deceased: their cards stop at once; `eraseContact` also
    // removes the phone, ID number and room, keeping the masked name for the figures.
    Outcome markLeft(qint64 residentId, const QString &leftAs, bool eraseContact, qint64 staffId);
    // A resident who moved away and is back (and not erased).
    Outcome reactivate(qint64 residentId, qint64 staffId);
    // A new card tapped on the reader for a resident or staff member.
    Outcome enrolCard(CardHolder person, const QByteArray &uid, qint64 staffId);
    Outcome markCardLost(CardHolder person, const QByteArray &uidHash, qint64 staffId);
    // A new QR code: the old one is refused from now on; its slip prints.
    Outcome reissueCode(CardHolder person, qint64 staffId);

private:
    // A change and its history row in one transaction; `change` says what
    // became of it, and NoProblem commits.
    Outcome recorded(CardHolder person, qint64 staffId, PersonChange what,
                     const std::function<Outcome(QString &detail)> &change);
    // The name of an active resident, driver or staff member; empty for anyone else.
    QString activeName(CardHolder holder);

    Database &m_db;
    IdentityService &m_identity;
    const Clock &m_clock;
    PaperWidth m_paper;
};

} // namespace linli
