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

    bool onLoan() const { return loanId > 0; }
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
    QString itemName;
    QDate dueOn;
    QString residentName; // in full: staff phone or knock
    QString address;
    QString phone;
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

private:
    Database &m_db;
};

} // namespace linli
