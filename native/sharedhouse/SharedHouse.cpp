#include "SharedHouse.h"

#include "Database.h"
#include "SharedHouseSlips.h"
#include "Stores.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSharedHouse, "linli.sharedhouse")

namespace linli {

using SharedHouse::Problem;

namespace shared_house_rules {

QDate dueOn(const ItemCategoryRecord &category, const QDate &borrowedOn)
{
    return borrowedOn.addDays(category.loanDays);
}

Problem mayBorrow(const ItemCategoryRecord &category, const QList<LoanRecord> &openLoans, const QDate &today)
{
    int ofThisKind = 0;
    bool overdue = false;
    for (const LoanRecord &loan : openLoans) {
        overdue = overdue || loan.dueOn < today;
        if (loan.category == category.code)
            ++ofThisKind;
    }
    if (overdue && category.overdueBlocks)
        return SharedHouse::HasOverdue;
    if (ofThisKind >= category.maxPerPerson)
        return SharedHouse::LimitReached;
    return SharedHouse::NoProblem;
}

Problem mayLend(const ItemRecord &item)
{
    if (item.retired)
        return SharedHouse::Retired;
    if (item.onLoan())
        return SharedHouse::OnLoan;
    if (item.condition == QLatin1String("needs_repair"))
        return SharedHouse::UnderRepair;
    return SharedHouse::NoProblem;
}

int daysLate(const QDate &dueOn, const QDate &returnedOn)
{
    return qMax<qint64>(0, dueOn.daysTo(returnedOn));
}

int pointsFor(const ItemCategoryRecord &category, const ItemRecord &item, qint64 borrowerId)
{
    return item.ownerResidentId > 0 && item.ownerResidentId != borrowerId ? category.pointsPerLoan : 0;
}

} // namespace shared_house_rules

namespace {

QString returnedAsCode(SharedHouse::ReturnedAs as)
{
    switch (as) {
    case SharedHouse::Good: return QStringLiteral("good");
    case SharedHouse::Damaged: return QStringLiteral("damaged");
    case SharedHouse::MissingParts: return QStringLiteral("missing_parts");
    }
    return QStringLiteral("good");
}

QString returnedAsText(SharedHouse::ReturnedAs as)
{
    switch (as) {
    case SharedHouse::Good: return QStringLiteral("完好");
    case SharedHouse::Damaged: return QStringLiteral("有损坏");
    case SharedHouse::MissingParts: return QStringLiteral("缺配件");
    }
    return {};
}

// Why item() found nothing: no such thing, or no answer.
Problem missing(SharedHouseStore &store, qint64 itemId)
{
    return store.knowsItem(itemId) == false ? SharedHouse::UnknownItem : SharedHouse::StorageError;
}

} // namespace

SharedHouseService::SharedHouseService(Database &db, IdentityService &identity, const Clock &clock, PaperWidth paper)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock)
    , m_paper(paper)
{
}

QList<ItemCategoryRecord> SharedHouseService::categories()
{
    return SharedHouseStore(m_db).categories();
}

QList<ItemRecord> SharedHouseService::items(const QString &category)
{
    return SharedHouseStore(m_db).items(category);
}

std::optional<ItemCategoryRecord> SharedHouseService::category(const QString &code)
{
    for (const ItemCategoryRecord &category : SharedHouseStore(m_db).categories())
        if (category.code == code)
            return category;
    return std::nullopt;
}

ItemLookup SharedHouseService::find(const IdentifiedPerson &label)
{
    ItemLookup found = findItem(label);
    if (found.problem == SharedHouse::NoProblem)
        if (const std::optional<ItemCategoryRecord> kind = category(found.item.category))
            found.dueIfLentToday = shared_house_rules::dueOn(*kind, m_clock.now().toLocalTime().date());
    return found;
}

ItemLookup SharedHouseService::findItem(const IdentifiedPerson &label)
{
    ItemLookup found;
    SharedHouseStore store(m_db);
    if (!label.isbn.isEmpty()) {
        const QList<ItemRecord> copies = store.itemsWithIsbn(label.isbn);
        for (const ItemRecord &copy : copies)
            if (shared_house_rules::mayLend(copy) == SharedHouse::NoProblem) {
                found = {SharedHouse::NoProblem, copy, {}};
                return found;
            }
        if (copies.isEmpty()) {
            found.problem = store.knowsIsbn(label.isbn) == false ? SharedHouse::UnknownBook : SharedHouse::StorageError;
            return found;
        }
        found = {SharedHouse::NoProblem, copies.first(), {}};
        return found;
    }
    const std::optional<ItemRecord> item = store.item(label.itemId);
    if (!item) {
        found.problem = missing(store, label.itemId);
        return found;
    }
    found = {SharedHouse::NoProblem, *item, {}};
    return found;
}

BorrowResult SharedHouseService::borrow(const BorrowDraft &draft)
{
    return m_db.retryingConflicts([&] { return borrowOnce(draft); });
}

BorrowResult SharedHouseService::borrowOnce(const BorrowDraft &draft)
{
    BorrowResult result;
    if (draft.resident.kind != Identity::Resident) {
        result.problem = SharedHouse::NotAResident;
        return result;
    }
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return result;
    SharedHouseStore store(m_db);
    // A second tap on "borrow" finds the loan the first tap made.
    if (const std::optional<LoanRecord> earlier = store.loanByRequestKey(draft.requestKey)) {
        result.problem = SharedHouse::NoProblem;
        result.item = store.item(earlier->itemId).value_or(ItemRecord{});
        result.dueOn = earlier->dueOn;
        result.loanId = earlier->id;
        result.repeated = true;
        return result;
    }
    const std::optional<ItemRecord> item = store.item(draft.itemId);
    if (!item) {
        result.problem = missing(store, draft.itemId);
        return result;
    }
    result.item = *item;
    const std::optional<ItemCategoryRecord> kind = category(item->category);
    const std::optional<QList<LoanRecord>> held = store.openLoansOf(draft.resident.personId);
    if (!kind || !held)
        return result;
    const QDate today = now.toLocalTime().date();
    result.problem = shared_house_rules::mayLend(*item);
    if (result.problem == SharedHouse::NoProblem)
        result.problem = shared_house_rules::mayBorrow(*kind, *held, today);
    if (result.problem != SharedHouse::NoProblem)
        return result;

    LoanRecord loan;
    loan.itemId = item->id;
    loan.residentId = draft.resident.personId;
    loan.borrowedAt = now;
    loan.dueOn = shared_house_rules::dueOn(*kind, today);
    loan.points = shared_house_rules::pointsFor(*kind, *item, draft.resident.personId);
    const bool assisted = draft.assistant.kind == Identity::Staff;
    loan.assistedBy = assisted ? draft.assistant.personId : 0;
    loan.requestKey = draft.requestKey;
    const std::optional<qint64> loanId = store.addLoan(loan);
    if (!loanId)
        return result;
    if (*loanId == 0) { // another kiosk lent it between our look and our write
        result.problem = SharedHouse::OnLoan;
        return result;
    }
    slips::Loan slip{item->id, item->name, item->place, draft.resident.maskedName,
                     assisted ? draft.assistant.fullName : QString(), now.toLocalTime(), loan.dueOn};
    const std::optional<qint64> job = PrintJobStore(m_db).add(QStringLiteral("loan_slip"), now, slips::loanSlip(slip, m_paper));
    if (!job || !transaction.commit()) {
        result.problem = SharedHouse::StorageError;
        return result;
    }
    result.problem = SharedHouse::NoProblem;
    result.dueOn = loan.dueOn;
    result.loanId = *loanId;
    result.slipJob = *job;
    result.item.loanId = *loanId;
    result.item.borrowerId = loan.residentId;
    result.item.dueOn = loan.dueOn;
    qCInfo(lcSharedHouse) << "item" << item->id << "lent, loan" << *loanId << "due" << loan.dueOn;
    return result;
}

ReturnResult SharedHouseService::giveBack(qint64 itemId, SharedHouse::ReturnedAs returnedAs)
{
    return m_db.retryingConflicts([&] { return giveBackOnce(itemId, returnedAs); });
}

ReturnResult SharedHouseService::giveBackOnce(qint64 itemId, SharedHouse::ReturnedAs returnedAs)
{
    ReturnResult result;
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return result;
    SharedHouseStore store(m_db);
    const std::optional<ItemRecord> item = store.item(itemId);
    if (!item) {
        result.problem = missing(store, itemId);
        return result;
    }
    result.item = *item;
    if (!item->onLoan()) {
        result.problem = SharedHouse::NotOnLoan;
        return result;
    }
    if (!store.closeLoan(item->loanId, now, returnedAsCode(returnedAs)))
        return result; // (closed a moment ago by another kiosk: the retry says NotOnLoan)
    result.daysLate = shared_house_rules::daysLate(item->dueOn, now.toLocalTime().date());
    result.toBeRepaired = returnedAs != SharedHouse::Good;
    if (result.toBeRepaired
        && (!store.setCondition(item->id, QStringLiteral("needs_repair"))
            || !store.addAlert(item->id, item->loanId, returnedAsCode(returnedAs), now)))
        return result;
    const slips::Return slip{item->id, item->name, returnedAsText(returnedAs), now.toLocalTime(), result.daysLate,
                             result.toBeRepaired};
    const std::optional<qint64> job =
        PrintJobStore(m_db).add(QStringLiteral("return_slip"), now, slips::returnSlip(slip, m_paper));
    if (!job || !transaction.commit())
        return result;
    result.problem = SharedHouse::NoProblem;
    result.slipJob = *job;
    result.item.loanId = 0;
    result.item.borrowerId = 0;
    if (result.toBeRepaired)
        result.item.condition = QStringLiteral("needs_repair");
    qCInfo(lcSharedHouse) << "item" << item->id << "returned" << returnedAsCode(returnedAs) << result.daysLate
                          << "days late";
    return result;
}

std::optional<qint64> SharedHouseService::queueLabel(qint64 itemId)
{
    const std::optional<ItemRecord> item = SharedHouseStore(m_db).item(itemId);
    if (!item || item->retired)
        return std::nullopt;
    const slips::ItemLabel label{item->id, item->name, item->place,
                                 item->ownerResidentId ? maskName(item->ownerName) : QStringLiteral("社区"),
                                 m_identity.issueToken(TokenCodec::Type::Item, item->id)};
    return PrintJobStore(m_db).add(QStringLiteral("item_label"), m_clock.now(), slips::itemLabel(label, m_paper));
}

SharedHouseService::DeskView SharedHouseService::deskView()
{
    SharedHouseStore store(m_db);
    return {store.allItems(), store.openAlerts(), store.overdue(m_clock.now().toLocalTime().date())};
}

bool SharedHouseService::markRepaired(qint64 itemId, qint64 staffId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive() || !SharedHouseStore(m_db).repaired(itemId, staffId, m_clock.now()))
        return false;
    if (!transaction.commit())
        return false;
    qCInfo(lcSharedHouse) << "item" << itemId << "repaired, staff" << staffId;
    return true;
}

SharedHouseService::Holdings SharedHouseService::holdingsOf(qint64 residentId)
{
    Holdings holdings;
    SharedHouseStore store(m_db);
    const std::optional<QList<LoanRecord>> loans = store.openLoansOf(residentId);
    const std::optional<int> points = store.pointsOf(residentId);
    if (!loans || !points)
        return holdings;
    holdings = {true, *loans, *points};
    return holdings;
}

} // namespace linli
