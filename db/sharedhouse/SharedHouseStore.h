#pragma once

// The Shared House's SQL: kinds of things and their rules, the things, loans
// and item alerts. The rules themselves (due dates, limits, what a return
// does) live in native/sharedhouse/SharedHouse.

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace linli {

struct ItemCategoryRecord
{
    QString code; // tools, household, mobility, books, emergency
    QString name, nameEn;
    int loanDays = 0;
    int maxPerPerson = 0;
    bool overdueBlocks = true;
    int pointsPerLoan = 0;
    int holdHours = 24; // a returned thing is kept this long for the first in line
};

// A thing, with its open loan if it is out.
struct ItemRecord
{
    qint64 id = 0;
    QString category;
    QString name;
    qint64 ownerResidentId = 0; // 0: the community's
    QString ownerName;          // the neighbour's full name (mask it for a screen or a slip)
    QString condition;          // good, worn, needs_repair
    QString place;
    QString notes;
    QString isbn;
    bool retired = false;
    qint64 loanId = 0; // the open loan, 0 when on the shelf
    qint64 borrowerId = 0;
    QDate dueOn;
    qint64 heldFor = 0; // back on the shelf and kept for this resident
    QDateTime heldUntil;
    int waiting = 0;    // places in line for it (the one it is held for too)
    int timesLent = 0;  // every loan it has had

    bool onLoan() const { return loanId > 0; }
    bool held() const { return heldFor > 0; }
};

// A place in line for a thing, held for its resident once the thing is back.
struct ReservationRecord
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 residentId = 0;
    QDateTime reservedAt;
    QDateTime heldUntil; // invalid while the thing is still out
    QString requestKey;
    QString residentName; // in full (mask it for a screen or a slip)
    QString itemName;
    QString place;
    int position = 0; // 1: next in line

    bool held() const { return heldUntil.isValid(); }
};

// What intake adds to the catalog (or the CSV import adds or changes).
struct NewItem
{
    qint64 id = 0; // 0: a new thing; else the thing to change (CSV import)
    QString category;
    QString name;
    qint64 ownerResidentId = 0;
    QString condition = QStringLiteral("good");
    QString place;
    QString notes;
    QString isbn;
};

struct LoanRecord
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 residentId = 0;
    QDateTime borrowedAt;
    QDate dueOn;
    QDateTime returnedAt;
    QString returnedAs; // good, damaged, missing_parts
    int points = 0;
    qint64 assistedBy = 0;
    QString requestKey;
    QString category; // the item's, for the rules of open loans
    QString itemName;
};

// A thing that came back damaged or short of parts, still open.
struct ItemAlertRecord
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString itemName;
    QString place;
    QString kind; // damaged, missing_parts
    QDateTime raisedAt;
};

// A loan past its due date, with whom to ask for it back.
struct OverdueRecord
{
    qint64 loanId = 0;
    qint64 itemId = 0;
    QString itemName;
    QDate dueOn;
    QString residentName; // in full: staff phone or knock
    QString address;
    QString phone;
};

// A loan or a return of one day, for the staff's list.
struct MovementRecord
{
    QDateTime at;
    bool returned = false; // else lent
    QString itemName;
    QString residentName;
    QString returnedAs; // good, damaged, missing_parts (a return)
};

class SharedHouseStore
{
public:
    explicit SharedHouseStore(Database &db) : m_db(db) {}

    QList<ItemCategoryRecord> categories();
    // The things of a kind still in the catalog (not retired), by name.
    QList<ItemRecord> items(const QString &category);
    std::optional<ItemRecord> item(qint64 id); // retired ones too; nullopt when unknown or on error
    QList<ItemRecord> itemsWithIsbn(const QString &isbn);
    // After item() or itemsWithIsbn() found nothing: false when the catalog
    // truly has no such thing, nullopt when the database could not say.
    std::optional<bool> knowsItem(qint64 id);
    std::optional<bool> knowsIsbn(const QString &isbn);

    std::optional<QList<LoanRecord>> openLoansOf(qint64 residentId); // nullopt on error
    std::optional<LoanRecord> loanByRequestKey(const QString &key);
    // The new loan's id; 0 when the item is on loan already (another kiosk
    // lent it a moment ago: the database's one-open-loan rule decides).
    std::optional<qint64> addLoan(const LoanRecord &loan);
    bool closeLoan(qint64 loanId, const QDateTime &at, const QString &returnedAs);
    bool setCondition(qint64 itemId, const QString &condition);
    std::optional<qint64> addAlert(qint64 itemId, qint64 loanId, const QString &kind, const QDateTime &at);
    // For staff: every thing in the catalog, by kind and name.
    QList<ItemRecord> allItems();
    QList<ItemAlertRecord> openAlerts();
    QList<OverdueRecord> overdue(const QDate &today);
    // Back from repair: good again, and its open alerts resolved by `staffId`.
    bool repaired(qint64 itemId, qint64 staffId, const QDateTime &at);
    // Thanks points a neighbour's things have earned.
    std::optional<int> pointsOf(qint64 ownerResidentId);
    // A neighbour's own things in the catalog, each with how often it was lent.
    std::optional<QList<ItemRecord>> itemsOwnedBy(qint64 ownerResidentId);

    // Places in line: for one thing (first in line first), and one resident's.
    std::optional<QList<ReservationRecord>> lineFor(qint64 itemId);
    std::optional<QList<ReservationRecord>> reservationsOf(qint64 residentId);
    std::optional<ReservationRecord> reservationByRequestKey(const QString &key);
    // The new place's id; 0 when the resident is in line for it already.
    std::optional<qint64> addReservation(const ReservationRecord &reservation, qint64 assistedBy);
    bool hold(qint64 reservationId, const QDateTime &until);
    // endedAs: borrowed, cancelled, lapsed, withdrawn. False when it had ended already.
    bool endReservation(qint64 reservationId, const QDateTime &at, const QString &endedAs);
    // Every open place in line for a thing taken out of the catalog.
    bool endLineFor(qint64 itemId, const QDateTime &at, const QString &endedAs);
    // Things whose hold has run out by `now`, to pass on.
    std::optional<QList<qint64>> itemsWithLapsedHolds(const QDateTime &now);

    // Staff take a thing out of the catalog (retired or withdrawn); false
    // when it is on loan or already out.
    bool retire(qint64 itemId, const QDateTime &at, const QString &retiredAs);
    // A repair alert closed with a note, and the thing back to good when it asks so.
    bool resolveAlert(qint64 alertId, qint64 staffId, const QDateTime &at, const QString &note);
    // Every open alert of a thing, closed with one note (repaired, or out of the catalog).
    bool resolveAlertsOf(qint64 itemId, qint64 staffId, const QDateTime &at, const QString &note);
    std::optional<ItemAlertRecord> alert(qint64 alertId);

    // Intake: the usual names of a kind, and the places its things are kept
    // (every place in the house for an empty category).
    QStringList templateNames(const QString &category);
    QStringList places(const QString &category);
    bool addTemplate(const QString &category, const QString &name);
    std::optional<qint64> addItem(const NewItem &item, const QDateTime &at);
    bool updateItem(const NewItem &item);
    std::optional<LoanRecord> loan(qint64 loanId);

    // For staff: the day's loans and returns (latest first), and every open place in line.
    QList<MovementRecord> movementsOn(const QDate &day);
    QList<ReservationRecord> openReservations();

private:
    Database &m_db;
};

} // namespace linli
