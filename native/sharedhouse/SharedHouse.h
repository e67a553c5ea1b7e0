#pragma once

#include "Clock.h"
#include "EscPosEncoder.h"
#include "Identity.h"
#include "SharedHouseStore.h"

#include <QObject>

namespace linli {

class Database;

namespace SharedHouse {
Q_NAMESPACE

enum Problem {
    NoProblem,
    NotAResident, // only residents borrow
    UnknownItem,  // a label of ours for a thing the catalog does not hold
    UnknownBook,  // a book's barcode the catalog does not hold
    Retired,      // taken out of the catalog
    OnLoan,       // out already (perhaps lent a moment ago at another kiosk)
    UnderRepair,  // 待修: not lent until staff mark it repaired
    LimitReached, // as many of this kind as one person may hold
    HasOverdue,   // something overdue is still out, and this kind waits for it
    NotOnLoan,    // a return of something on the shelf
    HeldForOther, // back, and kept for the neighbour who reserved it
    OnShelf,      // a reservation of something free to borrow now
    AlreadyReserved, // in line for it already
    YoursAlready, // a reservation of what one has, or what is kept for one
    CommunityOwned, // only a neighbour's own thing is taken back by its owner
    BadIntake,    // intake without a kind, a name or a place, or with an unknown owner
    StorageError
};
Q_ENUM_NS(Problem)

// How a thing came back.
enum ReturnedAs { Good, Damaged, MissingParts };
Q_ENUM_NS(ReturnedAs)

// How staff close a repair alert; the words are kept as the alert's note.
enum AlertOutcome { Repaired, PartsFound, BeyondRepair };
Q_ENUM_NS(AlertOutcome)

// Why a thing leaves the catalog: worn out or lost, or its owner took it back.
enum TakenOutAs { RetiredAs, WithdrawnAs };
Q_ENUM_NS(TakenOutAs)
} // namespace SharedHouse

// The rules, as plain functions of the kind's data (tested as tables).
namespace shared_house_rules {
QDate dueOn(const ItemCategoryRecord &category, const QDate &borrowedOn);
// Whether a person holding `openLoans` may borrow one more of `category` on `today`.
SharedHouse::Problem mayBorrow(const ItemCategoryRecord &category, const QList<LoanRecord> &openLoans,
                               const QDate &today);
// Whether a thing in this state may go out to `borrowerId` now.
SharedHouse::Problem mayLend(const ItemRecord &item, qint64 borrowerId);
// Whether a resident with `placesInLine` reservations of this kind may join
// the line for `item`.
SharedHouse::Problem mayReserve(const ItemRecord &item, qint64 residentId, int placesInLine,
                                const ItemCategoryRecord &category);
// Who a thing on the shelf is kept for. The first in line is held from
// `backAt` (or from their hold as it was) for the kind's hours; a hold that
// ran out by `now` lapses and the next in line is held from when it ran out.
struct HoldChange
{
    QList<qint64> lapsed; // reservations whose hold ran out
    qint64 heldId = 0;    // the reservation held now (0: nobody waits)
    QDateTime heldUntil;
    bool newHold = false; // heldId's hold starts with this change
};
HoldChange passHolds(const QList<ReservationRecord> &line, const QDateTime &backAt, const QDateTime &now, int holdHours);
int daysLate(const QDate &dueOn, const QDate &returnedOn);
// What a screen says of a thing: out, repair (待修), held (kept for someone) or shelf.
QString stateOf(const ItemRecord &item);
// Thanks points the owner earns for this loan: none for the community's
// things, nor for lending to oneself.
int pointsFor(const ItemCategoryRecord &category, const ItemRecord &item, qint64 borrowerId);
} // namespace shared_house_rules

// Days and times as the Shared House's screens show them: 12月3日 / Dec 3,
// and a moment in local time with its hour (12月3日 09:30).
namespace shared_house_text {
QString day(const QDate &day, bool english);
QString moment(const QDateTime &at, bool english);
} // namespace shared_house_text

// A resident asking for a thing: to borrow it, or a place in line for it.
struct ItemRequest
{
    IdentifiedPerson resident;
    qint64 itemId = 0;
    QString requestKey;         // one per confirming press, the same on a second tap
    IdentifiedPerson assistant; // 代办: the staff member with the resident (else Nobody)
};
using BorrowDraft = ItemRequest;
using ReserveDraft = ItemRequest;

struct BorrowResult
{
    SharedHouse::Problem problem = SharedHouse::StorageError;
    ItemRecord item;
    QDate dueOn;
    qint64 loanId = 0;
    qint64 slipJob = 0;
    bool repeated = false; // a second tap: the loan the first tap made
};

struct ReturnResult
{
    SharedHouse::Problem problem = SharedHouse::StorageError;
    ItemRecord item;
    int daysLate = 0;
    bool toBeRepaired = false; // damaged or short of parts: an alert for staff, the thing to 待修
    QDateTime heldUntil;       // a neighbour reserved it: kept for them until then
    qint64 slipJob = 0;
};

struct ReserveResult
{
    SharedHouse::Problem problem = SharedHouse::StorageError;
    ItemRecord item;
    int position = 0; // 1: next in line
    bool repeated = false;
};

// A resident's things: what they have out, where they stand in line, and
// (for a neighbour who lends) their own things and the points they earned.
struct Holdings
{
    bool valid = false;
    QList<LoanRecord> loans;
    QList<ReservationRecord> reservations;
    QList<ItemRecord> ownItems;
    int points = 0;
};

struct ItemLookup
{
    SharedHouse::Problem problem = SharedHouse::StorageError;
    ItemRecord item;
    QDate dueIfLentToday; // what its kind's loan period would make of a loan now
};

// 共享小屋: the catalog, lending and returns. Everything a loan or a return
// changes (the loan, the thing's state, an alert, the slip) is one transaction.
class SharedHouseService
{
public:
    SharedHouseService(Database &db, IdentityService &identity, const Clock &clock, PaperWidth paper);

    QList<ItemCategoryRecord> categories();
    QList<ItemRecord> items(const QString &category);
    // The thing a label names; for a book's barcode, a copy on the shelf
    // first (else the first copy, so the screen can say it is out).
    ItemLookup find(const IdentifiedPerson &label);

    BorrowResult borrow(const BorrowDraft &draft);
    // No one need identify to bring a thing back.
    ReturnResult giveBack(qint64 itemId, SharedHouse::ReturnedAs returnedAs);
    // The thing's label, for staff to print at intake or again.
    std::optional<qint64> queueLabel(qint64 itemId);

    // Staff mode: every thing, what waits for repair, what is overdue, the
    // day's loans and returns, and everyone waiting in line.
    struct DeskView
    {
        QList<ItemRecord> items;
        QList<ItemAlertRecord> alerts;
        QList<OverdueRecord> overdue;
        QList<MovementRecord> movements;
        QList<ReservationRecord> reservations;
    };
    DeskView deskView();
    // Intake: what staff pick from for a kind (its usual names and places).
    struct IntakeChoices
    {
        QStringList names;
        QStringList places;
    };
    IntakeChoices intakeChoices(const QString &category);
    struct IntakeResult
    {
        SharedHouse::Problem problem = SharedHouse::StorageError;
        qint64 itemId = 0;
        qint64 labelJob = 0;
    };
    // A new thing in the catalog and its label queued, together or not at all.
    IntakeResult takeIn(const NewItem &item);
    // Out of the catalog (never while lent); whoever waited for it is told by
    // their line ending as 'withdrawn'.
    SharedHouse::Problem takeOut(qint64 itemId, SharedHouse::TakenOutAs as, qint64 staffId);
    // A repair alert closed with its outcome as the note: fixed or made whole
    // (lent again, kept for the line) or beyond repair (retired).
    bool resolveAlert(qint64 alertId, qint64 staffId, SharedHouse::AlertOutcome outcome);
    // A slip for staff to take to the door of whoever holds an overdue thing.
    std::optional<qint64> queueReminder(qint64 loanId);
    // Staff mark a thing repaired: lent again, its alerts resolved, and
    // kept for the first in line.
    bool markRepaired(qint64 itemId, qint64 staffId);

    Holdings holdingsOf(qint64 residentId);

    // A place in line for a thing that is out (or kept for someone, or in repair).
    ReserveResult reserve(const ReserveDraft &draft);
    // Giving up one's place (a hold passes to the next in line).
    bool cancelReservation(qint64 residentId, qint64 reservationId);

private:
    // Holds whose time ran out pass to the next in line (every kiosk's reads begin here).
    void passLapsedHolds();
    // Keep a thing on the shelf for the first in line; its holder, if any.
    bool settleHolds(SharedHouseStore &store, qint64 itemId, const QDateTime &backAt, const QDateTime &now,
                     std::optional<ReservationRecord> *holder = nullptr);
    ReserveResult reserveOnce(const ReserveDraft &draft);
    ItemLookup findItem(const IdentifiedPerson &label);
    QByteArray labelOf(const ItemRecord &item);
    BorrowResult borrowOnce(const BorrowDraft &draft);
    ReturnResult giveBackOnce(qint64 itemId, SharedHouse::ReturnedAs returnedAs);
    std::optional<ItemCategoryRecord> category(const QString &code);

    Database &m_db;
    IdentityService &m_identity;
    const Clock &m_clock;
    PaperWidth m_paper;
};

} // namespace linli
