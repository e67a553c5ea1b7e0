#include "SharedHouse.h"

#include "Database.h"
#include "SharedHouseSlips.h"
#include "Stores.h"

#include <QLocale>
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

Problem mayLend(const ItemRecord &item, qint64 borrowerId)
{
    if (item.retired)
        return SharedHouse::Retired;
    if (item.onLoan())
        return SharedHouse::OnLoan;
    if (item.condition == QLatin1String("needs_repair"))
        return SharedHouse::UnderRepair;
    if (item.held() && item.heldFor != borrowerId)
        return SharedHouse::HeldForOther;
    return SharedHouse::NoProblem;
}

Problem mayReserve(const ItemRecord &item, qint64 residentId, int placesInLine, const ItemCategoryRecord &category)
{
    if (item.retired)
        return SharedHouse::Retired;
    if (item.borrowerId == residentId || item.heldFor == residentId)
        return SharedHouse::YoursAlready;
    if (mayLend(item, residentId) == SharedHouse::NoProblem)
        return SharedHouse::OnShelf;
    if (placesInLine >= category.maxPerPerson)
        return SharedHouse::LimitReached;
    return SharedHouse::NoProblem;
}

HoldChange passHolds(const QList<ReservationRecord> &line, const QDateTime &backAt, const QDateTime &now, int holdHours)
{
    HoldChange change;
    QDateTime from = backAt;
    for (const ReservationRecord &place : line) {
        const bool newHold = !place.held();
        const QDateTime until = newHold ? from.addSecs(qint64(holdHours) * 3600) : place.heldUntil;
        if (until > now) {
            change.heldId = place.id;
            change.heldUntil = until;
            change.newHold = newHold;
            return change;
        }
        change.lapsed.append(place.id);
        from = until; // the next one's time starts when this one's ran out
    }
    return change;
}

QString stateOf(const ItemRecord &item)
{
    if (item.onLoan())
        return QStringLiteral("out");
    if (item.condition == QLatin1String("needs_repair"))
        return QStringLiteral("repair");
    return item.held() ? QStringLiteral("held") : QStringLiteral("shelf");
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

namespace shared_house_text {

QString day(const QDate &day, bool english)
{
    if (!day.isValid())
        return {};
    return english ? QLocale(QLocale::English).toString(day, QStringLiteral("MMM d")) : day.toString(QStringLiteral("M月d日"));
}

QString moment(const QDateTime &at, bool english)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return day(local.date(), english) + QLatin1Char(' ') + local.toString(QStringLiteral("HH:mm"));
}

} // namespace shared_house_text

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
    passLapsedHolds();
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
    passLapsedHolds();
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
        if (copies.isEmpty()) {
            found.problem = store.knowsIsbn(label.isbn) == false ? SharedHouse::UnknownBook : SharedHouse::StorageError;
            return found;
        }
        // A copy free to borrow, else one kept for a reader (perhaps this
        // one), else the first, so the screen can say it is out.
        found = {SharedHouse::NoProblem, copies.first(), {}};
        for (const ItemRecord &copy : copies) {
            if (shared_house_rules::mayLend(copy, 0) == SharedHouse::NoProblem) {
                found.item = copy;
                return found;
            }
            if (copy.held() && !found.item.held())
                found.item = copy;
        }
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
    passLapsedHolds();
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
    result.problem = shared_house_rules::mayLend(*item, draft.resident.personId);
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
    // Borrowing what one waited for ends one's place in line.
    const std::optional<QList<ReservationRecord>> line = store.lineFor(item->id);
    if (!line)
        return result;
    for (const ReservationRecord &place : *line)
        if (place.residentId == draft.resident.personId
            && !store.endReservation(place.id, now, QStringLiteral("borrowed")))
            return result;
    slips::Loan slip{item->id, item->name, item->place, draft.resident.maskedName,
                     assisted ? draft.assistant.fullName : QString(), now.toLocalTime(), loan.dueOn};
    const std::optional<qint64> job =
        PrintJobStore(m_db).add(QStringLiteral("loan_slip"), now, slips::loanSlip(slip, m_paper), {SlipFor::Loan, *loanId});
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
    std::optional<ReservationRecord> holder;
    if (!result.toBeRepaired && !settleHolds(store, item->id, now, now, &holder))
        return result;
    slips::Return slip{item->id, item->name, returnedAsText(returnedAs), now.toLocalTime(), result.daysLate,
                       result.toBeRepaired};
    if (holder) {
        slip.heldFor = maskName(holder->residentName);
        slip.heldUntil = holder->heldUntil.toLocalTime();
        result.heldUntil = holder->heldUntil;
        result.item.heldFor = holder->residentId;
        result.item.heldUntil = holder->heldUntil;
    }
    const std::optional<qint64> job =
        PrintJobStore(m_db).add(QStringLiteral("return_slip"), now, slips::returnSlip(slip, m_paper),
                                {SlipFor::Loan, item->loanId});
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

QByteArray SharedHouseService::labelOf(const ItemRecord &item)
{
    const slips::ItemLabel label{item.id, item.name, item.place,
                                 item.ownerResidentId ? maskName(item.ownerName) : QStringLiteral("社区"),
                                 m_identity.issueToken(TokenCodec::Type::Item, item.id)};
    return slips::itemLabel(label, m_paper);
}

std::optional<qint64> SharedHouseService::queueLabel(qint64 itemId)
{
    const std::optional<ItemRecord> item = SharedHouseStore(m_db).item(itemId);
    if (!item || item->retired)
        return std::nullopt;
    return PrintJobStore(m_db).add(QStringLiteral("item_label"), m_clock.now(), labelOf(*item));
}

SharedHouseService::DeskView SharedHouseService::deskView()
{
    passLapsedHolds();
    SharedHouseStore store(m_db);
    const QDate today = m_clock.now().toLocalTime().date();
    return {store.allItems(), store.openAlerts(), store.overdue(today), store.movementsOn(today), store.openReservations()};
}

bool SharedHouseService::markRepaired(qint64 itemId, qint64 staffId)
{
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    SharedHouseStore store(m_db);
    if (!transaction.isActive() || !store.repaired(itemId, staffId, now) || !settleHolds(store, itemId, now, now))
        return false;
    if (!transaction.commit())
        return false;
    qCInfo(lcSharedHouse) << "item" << itemId << "repaired, staff" << staffId;
    return true;
}

SharedHouseService::IntakeChoices SharedHouseService::intakeChoices(const QString &category)
{
    SharedHouseStore store(m_db);
    // A kind with nothing on a shelf yet starts from the places the house has.
    QStringList places = store.places(category);
    if (places.isEmpty())
        places = store.places(QStringLiteral(""));
    return {store.templateNames(category), places};
}

SharedHouseService::IntakeResult SharedHouseService::takeIn(const NewItem &item)
{
    IntakeResult result;
    if (!category(item.category) || item.name.trimmed().isEmpty() || item.place.trimmed().isEmpty()
        || (item.ownerResidentId != 0 && !PeopleStore(m_db).resident(item.ownerResidentId))) {
        result.problem = SharedHouse::BadIntake;
        return result;
    }
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    SharedHouseStore store(m_db);
    if (!transaction.isActive())
        return result;
    const std::optional<qint64> id = store.addItem(item, now);
    const std::optional<ItemRecord> added = id ? store.item(*id) : std::nullopt;
    if (!added)
        return result;
    const std::optional<qint64> job = PrintJobStore(m_db).add(QStringLiteral("item_label"), now, labelOf(*added));
    if (!job || !transaction.commit())
        return result;
    qCInfo(lcSharedHouse) << "item" << *id << "taken in," << item.category;
    return {SharedHouse::NoProblem, *id, *job};
}

Problem SharedHouseService::takeOut(qint64 itemId, SharedHouse::TakenOutAs as, qint64 staffId)
{
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    SharedHouseStore store(m_db);
    const std::optional<ItemRecord> item = transaction.isActive() ? store.item(itemId) : std::nullopt;
    if (!item)
        return SharedHouse::StorageError;
    if (item->retired)
        return SharedHouse::Retired;
    if (item->onLoan())
        return SharedHouse::OnLoan;
    if (as == SharedHouse::WithdrawnAs && item->ownerResidentId == 0)
        return SharedHouse::CommunityOwned;
    const bool withdrawn = as == SharedHouse::WithdrawnAs;
    const QString code = withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("retired");
    if (!store.retire(itemId, now, code) || !store.endLineFor(itemId, now, QStringLiteral("withdrawn"))
        || !store.resolveAlertsOf(itemId, staffId, now, withdrawn ? QStringLiteral("物主已取回") : QStringLiteral("已退役"))
        || !transaction.commit())
        return SharedHouse::StorageError;
    qCInfo(lcSharedHouse) << "item" << itemId << code;
    return SharedHouse::NoProblem;
}

bool SharedHouseService::resolveAlert(qint64 alertId, qint64 staffId, SharedHouse::AlertOutcome outcome)
{
    static const QHash<SharedHouse::AlertOutcome, QString> notes{
        {SharedHouse::Repaired, QStringLiteral("已修好")},
        {SharedHouse::PartsFound, QStringLiteral("配件已补齐")},
        {SharedHouse::BeyondRepair, QStringLiteral("无法修复，已退役")},
    };
    return m_db.retryingConflicts([&] {
        const QDateTime now = m_clock.now();
        Transaction transaction(m_db);
        SharedHouseStore store(m_db);
        const std::optional<ItemAlertRecord> alert = transaction.isActive() ? store.alert(alertId) : std::nullopt;
        if (!alert || !store.resolveAlert(alertId, staffId, now, notes.value(outcome)))
            return false;
        const bool done = outcome == SharedHouse::BeyondRepair
            ? store.retire(alert->itemId, now, QStringLiteral("retired"))
                  && store.endLineFor(alert->itemId, now, QStringLiteral("withdrawn"))
                  && store.resolveAlertsOf(alert->itemId, staffId, now, QStringLiteral("已退役"))
            : store.repaired(alert->itemId, staffId, now) && settleHolds(store, alert->itemId, now, now);
        if (!done || !transaction.commit())
            return false;
        qCInfo(lcSharedHouse) << "alert" << alertId << "resolved:" << notes.value(outcome);
        return true;
    });
}

std::optional<qint64> SharedHouseService::queueReminder(qint64 loanId)
{
    const QDateTime now = m_clock.now();
    const QDate today = now.toLocalTime().date();
    SharedHouseStore store(m_db);
    const QList<OverdueRecord> overdue = store.overdue(today);
    const auto loan = std::find_if(overdue.begin(), overdue.end(), [&](const OverdueRecord &o) { return o.loanId == loanId; });
    const std::optional<ItemRecord> item = loan == overdue.end() ? std::nullopt : store.item(loan->itemId);
    if (!item)
        return std::nullopt;
    const slips::Reminder reminder{item->id, item->name, maskName(loan->residentName), loan->address, loan->dueOn,
                                   shared_house_rules::daysLate(loan->dueOn, today), item->waiting > 0, today};
    return PrintJobStore(m_db).add(QStringLiteral("reminder_slip"), now, slips::reminderSlip(reminder, m_paper),
                                   {SlipFor::Loan, loanId});
}

Holdings SharedHouseService::holdingsOf(qint64 residentId)
{
    passLapsedHolds();
    Holdings holdings;
    SharedHouseStore store(m_db);
    const std::optional<QList<LoanRecord>> loans = store.openLoansOf(residentId);
    const std::optional<QList<ReservationRecord>> reservations = store.reservationsOf(residentId);
    const std::optional<QList<ItemRecord>> own = store.itemsOwnedBy(residentId);
    const std::optional<int> points = store.pointsOf(residentId);
    if (!loans || !reservations || !own || !points)
        return holdings;
    holdings = {true, *loans, *reservations, *own, *points};
    return holdings;
}

ReserveResult SharedHouseService::reserve(const ReserveDraft &draft)
{
    passLapsedHolds();
    return m_db.retryingConflicts([&] { return reserveOnce(draft); });
}

ReserveResult SharedHouseService::reserveOnce(const ReserveDraft &draft)
{
    ReserveResult result;
    if (draft.resident.kind != Identity::Resident) {
        result.problem = SharedHouse::NotAResident;
        return result;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return result;
    SharedHouseStore store(m_db);
    if (const std::optional<ReservationRecord> earlier = store.reservationByRequestKey(draft.requestKey)) {
        result.problem = SharedHouse::NoProblem;
        result.item = store.item(earlier->itemId).value_or(ItemRecord{});
        result.position = earlier->position;
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
    const std::optional<QList<ReservationRecord>> mine = store.reservationsOf(draft.resident.personId);
    if (!kind || !mine)
        return result;
    int ofThisKind = 0;
    const ReservationRecord *already = nullptr;
    for (const ReservationRecord &place : *mine) {
        if (place.itemId == item->id)
            already = &place;
        else if (const std::optional<ItemRecord> other = store.item(place.itemId))
            ofThisKind += other->category == item->category;
    }
    result.problem = shared_house_rules::mayReserve(*item, draft.resident.personId, ofThisKind, *kind);
    if (already && result.problem != SharedHouse::YoursAlready) {
        result.problem = SharedHouse::AlreadyReserved;
        result.position = already->position;
    }
    if (result.problem != SharedHouse::NoProblem)
        return result;
    ReservationRecord place;
    place.itemId = item->id;
    place.residentId = draft.resident.personId;
    place.reservedAt = m_clock.now();
    place.requestKey = draft.requestKey;
    const qint64 assistedBy = draft.assistant.kind == Identity::Staff ? draft.assistant.personId : 0;
    const std::optional<qint64> id = store.addReservation(place, assistedBy);
    if (!id) {
        result.problem = SharedHouse::StorageError;
        return result;
    }
    if (*id == 0) { // joined a moment ago at another kiosk
        result.problem = SharedHouse::AlreadyReserved;
        return result;
    }
    const std::optional<QList<ReservationRecord>> line = store.lineFor(item->id);
    if (!line || !transaction.commit()) {
        result.problem = SharedHouse::StorageError;
        return result;
    }
    result.problem = SharedHouse::NoProblem;
    result.position = int(line->size());
    result.item.waiting = int(line->size());
    qCInfo(lcSharedHouse) << "item" << item->id << "reserved, place" << result.position;
    return result;
}

bool SharedHouseService::cancelReservation(qint64 residentId, qint64 reservationId)
{
    return m_db.retryingConflicts([&] {
        const QDateTime now = m_clock.now();
        Transaction transaction(m_db);
        SharedHouseStore store(m_db);
        if (!transaction.isActive())
            return false;
        const std::optional<QList<ReservationRecord>> mine = store.reservationsOf(residentId);
        if (!mine)
            return false;
        const auto place = std::find_if(mine->begin(), mine->end(),
                                        [&](const ReservationRecord &r) { return r.id == reservationId; });
        if (place == mine->end() || !store.endReservation(place->id, now, QStringLiteral("cancelled")))
            return false;
        // A hold given up passes to the next in line at once.
        if (place->held() && !settleHolds(store, place->itemId, now, now))
            return false;
        if (!transaction.commit())
            return false;
        qCInfo(lcSharedHouse) << "reservation" << reservationId << "given up";
        return true;
    });
}

void SharedHouseService::passLapsedHolds()
{
    const QDateTime now = m_clock.now();
    const std::optional<QList<qint64>> items = SharedHouseStore(m_db).itemsWithLapsedHolds(now);
    if (!items || items->isEmpty())
        return;
    m_db.retryingConflicts([&] {
        Transaction transaction(m_db);
        SharedHouseStore store(m_db);
        for (const qint64 itemId : *items)
            if (!settleHolds(store, itemId, now, now))
                return;
        transaction.commit();
    });
}

bool SharedHouseService::settleHolds(SharedHouseStore &store, qint64 itemId, const QDateTime &backAt,
                                     const QDateTime &now, std::optional<ReservationRecord> *holder)
{
    const std::optional<ItemRecord> item = store.item(itemId);
    const std::optional<QList<ReservationRecord>> line = store.lineFor(itemId);
    if (!item || !line)
        return false;
    // Only a thing on the shelf and fit to lend is kept for anyone.
    if (item->retired || item->onLoan() || item->condition == QLatin1String("needs_repair") || line->isEmpty())
        return true;
    const std::optional<ItemCategoryRecord> kind = category(item->category);
    if (!kind)
        return false;
    const shared_house_rules::HoldChange change = shared_house_rules::passHolds(*line, backAt, now, kind->holdHours);
    for (const qint64 lapsed : change.lapsed)
        if (!store.endReservation(lapsed, now, QStringLiteral("lapsed")))
            return false;
    if (change.newHold && !store.hold(change.heldId, change.heldUntil))
        return false;
    if (holder && change.heldId)
        for (ReservationRecord place : *line)
            if (place.id == change.heldId) {
                place.heldUntil = change.heldUntil;
                *holder = place;
            }
    if (!change.lapsed.isEmpty() || change.newHold)
        qCInfo(lcSharedHouse) << "item" << itemId << "kept for reservation" << change.heldId << "until"
                              << change.heldUntil << "," << change.lapsed.size() << "lapsed";
    return true;
}

} // namespace linli
