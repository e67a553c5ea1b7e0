// The Shared House's rules as tables, and lending and returns against a
// real database (both engines): a thing is never lent twice at once.
#include "SharedHouse.h"
#include "SharedHouseSlips.h"
#include "SharedHouseStore.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <atomic>
#include <thread>

using namespace linli;
using namespace linli::test;
using SharedHouse::Problem;

namespace {

// Demo things (db/demo/demo_day.sql) and who has them (Backend::lendDemoItems).
constexpr qint64 kLentDrill = 1, kSecondDrill = 2, kLadder = 3, kHammer = 4, kScrewdrivers = 5, kWheelchair = 19,
                 kBrokenWheelchair = 20, kBloodPressureMeter = 24, kCaterpillarBook = 28, kOverdueBook = 31;
// Demo residents: 王秀英 has the wheelchair, 孙福生 waits for it; the
// blood-pressure meter is kept for 周凤英 (who has an overdue book).
constexpr qint64 kWangXiuying = 3, kSunFusheng = 12, kZhouFengying = 9;
const QString kCaterpillarIsbn = QStringLiteral("9787501345694");

IdentifiedPerson resident(qint64 id, const QString &masked = QStringLiteral("张*华"))
{
    IdentifiedPerson p;
    p.kind = Identity::Resident;
    p.personId = id;
    p.maskedName = masked;
    return p;
}

ItemCategoryRecord tools()
{
    return {QStringLiteral("tools"), QStringLiteral("工具"), QStringLiteral("Tools"), 3, 2, true, 1};
}

ReservationRecord placeInLine(qint64 id, const QDateTime &heldUntil = {})
{
    ReservationRecord place;
    place.id = id;
    place.heldUntil = heldUntil;
    return place;
}

LoanRecord heldLoan(const QString &category, const QDate &due)
{
    LoanRecord loan;
    loan.category = category;
    loan.dueOn = due;
    return loan;
}

} // namespace

class TestSharedHouse : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;
    SharedHouseService &house() { return fixture->backend->sharedHouse(); }
    Database &db() { return fixture->backend->database(); }
    int count(const QString &sql) { return sqlValue(db(), sql).toInt(); }

    ReserveResult reserve(qint64 residentId, qint64 itemId, const QString &key = {})
    {
        ReserveDraft draft;
        draft.resident = resident(residentId);
        draft.itemId = itemId;
        draft.requestKey = key.isEmpty() ? QStringLiteral("reserve-%1-%2").arg(residentId).arg(itemId) : key;
        return house().reserve(draft);
    }
    std::optional<ReservationRecord> reservationOf(qint64 residentId, qint64 itemId)
    {
        for (const ReservationRecord &place : house().holdingsOf(residentId).reservations)
            if (place.itemId == itemId)
                return place;
        return std::nullopt;
    }

    BorrowResult borrow(qint64 residentId, qint64 itemId, const QString &key = {})
    {
        BorrowDraft draft;
        draft.resident = resident(residentId);
        draft.itemId = itemId;
        draft.requestKey = key.isEmpty() ? QStringLiteral("borrow-%1-%2").arg(residentId).arg(itemId) : key;
        return house().borrow(draft);
    }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    void dueDatesFollowTheKind_data()
    {
        QTest::addColumn<int>("loanDays");
        QTest::addColumn<QDate>("borrowedOn");
        QTest::addColumn<QDate>("due");
        QTest::newRow("tools, 3 days") << 3 << QDate(2026, 11, 27) << QDate(2026, 11, 30);
        QTest::newRow("books over the month's end") << 14 << QDate(2026, 11, 27) << QDate(2026, 12, 11);
        QTest::newRow("a wheelchair into the new year") << 30 << QDate(2026, 12, 20) << QDate(2027, 1, 19);
    }
    void dueDatesFollowTheKind()
    {
        QFETCH(int, loanDays);
        QFETCH(QDate, borrowedOn);
        QFETCH(QDate, due);
        ItemCategoryRecord kind = tools();
        kind.loanDays = loanDays;
        QCOMPARE(shared_house_rules::dueOn(kind, borrowedOn), due);
    }

    void limitsAndOverdueAreTheKindsRules_data()
    {
        QTest::addColumn<QList<LoanRecord>>("held");
        QTest::addColumn<bool>("overdueBlocks");
        QTest::addColumn<int>("expected");
        const QDate today(2026, 11, 27);
        const LoanRecord toolDue = heldLoan(QStringLiteral("tools"), today.addDays(1));
        const LoanRecord bookDue = heldLoan(QStringLiteral("books"), today);
        const LoanRecord bookLate = heldLoan(QStringLiteral("books"), today.addDays(-1));
        QTest::newRow("nothing held") << QList<LoanRecord>{} << true << int(SharedHouse::NoProblem);
        QTest::newRow("one tool of two") << QList<LoanRecord>{toolDue} << true << int(SharedHouse::NoProblem);
        QTest::newRow("two tools of two") << QList<LoanRecord>{toolDue, toolDue} << true << int(SharedHouse::LimitReached);
        QTest::newRow("books do not count against tools") << QList<LoanRecord>{toolDue, bookDue} << true
                                                          << int(SharedHouse::NoProblem);
        QTest::newRow("due today is not overdue") << QList<LoanRecord>{bookDue} << true << int(SharedHouse::NoProblem);
        QTest::newRow("a late book blocks tools") << QList<LoanRecord>{bookLate} << true << int(SharedHouse::HasOverdue);
        QTest::newRow("unless the kind lets it") << QList<LoanRecord>{bookLate} << false << int(SharedHouse::NoProblem);
    }
    void limitsAndOverdueAreTheKindsRules()
    {
        QFETCH(QList<LoanRecord>, held);
        QFETCH(bool, overdueBlocks);
        QFETCH(int, expected);
        ItemCategoryRecord kind = tools();
        kind.overdueBlocks = overdueBlocks;
        QCOMPARE(int(shared_house_rules::mayBorrow(kind, held, QDate(2026, 11, 27))), expected);
    }

    void pointsGoToTheNeighbourWhoLends_data()
    {
        QTest::addColumn<qint64>("owner");
        QTest::addColumn<qint64>("borrower");
        QTest::addColumn<int>("points");
        QTest::newRow("a neighbour's drill") << qint64(6) << qint64(2) << 1;
        QTest::newRow("the community's") << qint64(0) << qint64(2) << 0;
        QTest::newRow("lent to oneself") << qint64(6) << qint64(6) << 0;
    }
    void pointsGoToTheNeighbourWhoLends()
    {
        QFETCH(qint64, owner);
        QFETCH(qint64, borrower);
        QFETCH(int, points);
        ItemRecord item;
        item.ownerResidentId = owner;
        QCOMPARE(shared_house_rules::pointsFor(tools(), item, borrower), points);
    }

    void theCatalogShowsWhatIsOutAndUntilWhen()
    {
        const QList<ItemCategoryRecord> kinds = house().categories();
        QCOMPARE(kinds.size(), 5);
        QCOMPARE(kinds.first().code, QStringLiteral("tools"));
        int items = 0;
        for (const ItemCategoryRecord &kind : kinds)
            items += house().items(kind.code).size();
        QCOMPARE(items, 40);
        const QList<ItemRecord> toolList = house().items(QStringLiteral("tools"));
        const auto drill = std::find_if(toolList.begin(), toolList.end(), [](const ItemRecord &i) { return i.id == kLentDrill; });
        QVERIFY(drill != toolList.end());
        QVERIFY(drill->onLoan());
        QCOMPARE(drill->ownerName, QStringLiteral("杨志强"));
        QCOMPARE(drill->dueOn, QDate(2026, 11, 29)); // lent yesterday for three days
    }

    void aResidentBorrowsAndASlipPrints()
    {
        const BorrowResult lent = borrow(1, kLadder);
        QCOMPARE(lent.problem, SharedHouse::NoProblem);
        QCOMPARE(lent.dueOn, QDate(2026, 11, 30));
        QVERIFY(lent.item.onLoan());
        const QByteArray slip = PrintJobStore(db()).job(lent.slipJob)->payload;
        for (const QString &text : {QStringLiteral("共享小屋 借用凭条"), QStringLiteral("人字梯"), QStringLiteral("张*华"),
                                    QStringLiteral("11月30日"), QStringLiteral("工具屋 A2")})
            QVERIFY2(slip.contains(gb18030(text)), qPrintable(text));
        // A second tap of the same button is the same loan.
        const BorrowResult again = borrow(1, kLadder);
        QCOMPARE(again.problem, SharedHouse::NoProblem);
        QVERIFY(again.repeated);
        QCOMPARE(again.loanId, lent.loanId);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM loan WHERE item_id = %1").arg(kLadder)), 1);
        // Someone else cannot have it now.
        QCOMPARE(borrow(2, kLadder).problem, SharedHouse::OnLoan);
    }

    void anAssistedLoanRecordsTheHelper()
    {
        BorrowDraft draft;
        draft.resident = resident(5, QStringLiteral("陈*芬"));
        draft.itemId = kWheelchair + 2; // 助行器
        draft.requestKey = QStringLiteral("assisted");
        draft.assistant.kind = Identity::Staff;
        draft.assistant.personId = 3;
        draft.assistant.fullName = QStringLiteral("郑美玲");
        const BorrowResult lent = house().borrow(draft);
        QCOMPARE(lent.problem, SharedHouse::NoProblem);
        QCOMPARE(count(QStringLiteral("SELECT assisted_by FROM loan WHERE id = %1").arg(lent.loanId)), 3);
        QVERIFY(PrintJobStore(db()).job(lent.slipJob)->payload.contains(gb18030(QStringLiteral("代办人"))));
        // Alone, no helper is recorded or printed.
        const BorrowResult alone = borrow(1, kHammer);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM loan WHERE id = %1 AND assisted_by IS NULL").arg(alone.loanId)), 1);
        QVERIFY(!PrintJobStore(db()).job(alone.slipJob)->payload.contains(gb18030(QStringLiteral("代办人"))));
    }

    void whatMayNotGoOutDoesNot()
    {
        IdentifiedPerson driver;
        driver.kind = Identity::Driver;
        driver.personId = 1;
        BorrowDraft byDriver{driver, kHammer, QStringLiteral("driver"), {}};
        QCOMPARE(house().borrow(byDriver).problem, SharedHouse::NotAResident);
        QCOMPARE(borrow(1, kBrokenWheelchair).problem, SharedHouse::UnderRepair);
        QCOMPARE(borrow(1, 999).problem, SharedHouse::UnknownItem);
        // 周凤英 has a book six days overdue: no tools until it is back,
        // and still a wheelchair (that kind does not wait).
        QCOMPARE(borrow(9, kHammer).problem, SharedHouse::HasOverdue);
        QCOMPARE(borrow(9, 18 + 3).problem, SharedHouse::NoProblem); // 助行器, mobility
        // Three tools at most each (the demo's rule).
        QCOMPARE(borrow(1, kHammer).problem, SharedHouse::NoProblem);
        QCOMPARE(borrow(1, kScrewdrivers).problem, SharedHouse::NoProblem);
        QCOMPARE(borrow(1, kSecondDrill).problem, SharedHouse::NoProblem);
        QCOMPARE(borrow(1, kLadder).problem, SharedHouse::LimitReached);
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE item SET retired_at = '2026-11-01T00:00:00Z' WHERE id = %1").arg(kLadder)));
        QCOMPARE(borrow(2, kLadder).problem, SharedHouse::Retired);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM loan WHERE resident_id = 9 AND item_id = %1").arg(kHammer)), 0);
    }

    void aReturnNeedsNoCardAndDamageGoesToRepair()
    {
        fixture->clock.set(QDateTime(QDate(2026, 11, 30), QTime(10, 0)));
        const ReturnResult drill = house().giveBack(kLentDrill, SharedHouse::Good);
        QCOMPARE(drill.problem, SharedHouse::NoProblem);
        QCOMPARE(drill.daysLate, 1); // due on the 29th
        QVERIFY(!drill.toBeRepaired);
        QVERIFY(!drill.item.onLoan());
        const QByteArray slip = PrintJobStore(db()).job(drill.slipJob)->payload;
        QVERIFY(slip.contains(gb18030(QStringLiteral("共享小屋 归还凭条"))));
        QVERIFY(slip.contains(gb18030(QStringLiteral("1 天"))));
        // Back on the shelf: the next neighbour may borrow it.
        QCOMPARE(borrow(4, kLentDrill).problem, SharedHouse::NoProblem);
        // Once back it cannot come back again.
        const ReturnResult book = house().giveBack(kOverdueBook, SharedHouse::MissingParts);
        QCOMPARE(book.problem, SharedHouse::NoProblem);
        QVERIFY(book.toBeRepaired);
        QCOMPARE(house().giveBack(kOverdueBook, SharedHouse::Good).problem, SharedHouse::NotOnLoan);
        QCOMPARE(sqlValue(db(), QStringLiteral("SELECT condition FROM item WHERE id = %1").arg(kOverdueBook)).toString(),
                 QStringLiteral("needs_repair"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM item_alert WHERE item_id = %1 AND kind = 'missing_parts' "
                                      "AND resolved_at IS NULL").arg(kOverdueBook)),
                 1);
        QVERIFY(PrintJobStore(db()).job(book.slipJob)->payload.contains(gb18030(QStringLiteral("修好后再借出"))));
        QCOMPARE(borrow(2, kOverdueBook).problem, SharedHouse::UnderRepair);
        QCOMPARE(house().giveBack(kLadder, SharedHouse::Good).problem, SharedHouse::NotOnLoan);
    }

    void aBooksBarcodeFindsACopyOnTheShelf()
    {
        IdentifiedPerson barcode;
        barcode.kind = Identity::ItemLabel;
        barcode.isbn = kCaterpillarIsbn;
        QVERIFY(isIsbn(kCaterpillarIsbn));
        QVERIFY(!isIsbn(QStringLiteral("9787501345696"))); // a wrong check digit
        QVERIFY(!isIsbn(QStringLiteral("6901234567892"))); // a shop's EAN, not a book
        const ItemLookup found = house().find(barcode);
        QCOMPARE(found.problem, SharedHouse::NoProblem);
        QCOMPARE(found.item.id, kCaterpillarBook);
        barcode.isbn = QStringLiteral("9787020002207");
        QCOMPARE(house().find(barcode).problem, SharedHouse::UnknownBook);
        IdentifiedPerson label;
        label.kind = Identity::ItemLabel;
        label.itemId = kWheelchair;
        QCOMPARE(house().find(label).item.name, QStringLiteral("轮椅"));
        label.itemId = 4000;
        QCOMPARE(house().find(label).problem, SharedHouse::UnknownItem);
    }

    void aLabelCarriesASignedCodeThatScansBackToItsThing()
    {
        const std::optional<qint64> job = house().queueLabel(kLentDrill);
        QVERIFY(job);
        const QByteArray label = PrintJobStore(db()).job(*job)->payload;
        QVERIFY(label.contains(gb18030(QStringLiteral("电钻"))));
        QVERIFY(label.contains(gb18030(QStringLiteral("杨*强")))); // the owner, masked
        QVERIFY(!label.contains(gb18030(QStringLiteral("杨志强"))));
        const qsizetype at = label.indexOf("LL1:I:1:");
        QVERIFY(at >= 0);
        const QString code = QString::fromLatin1(label.mid(at, 41));
        const IdentifiedPerson scanned = fixture->backend->identity().identifyScan(code);
        QCOMPARE(scanned.kind, Identity::ItemLabel);
        QCOMPARE(scanned.itemId, kLentDrill);
        // The same shape with another number does not pass as ours.
        QString forged = code;
        forged.replace(QStringLiteral("LL1:I:1:"), QStringLiteral("LL1:I:2:"));
        QCOMPARE(fixture->backend->identity().identifyScan(forged).problem, Identity::Forged);
    }

    void theDatabaseNeverHoldsTwoOpenLoansOfOneThing()
    {
        QSqlQuery q(db().connection());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO loan (item_id, resident_id, borrowed_at, due_on, request_key) "
            "VALUES (%1, 4, '2026-11-27T03:00:00.000Z', '2026-11-30', 'by-hand')").arg(kLentDrill)));
    }

    void twoKiosksRacingForOneThingLendItOnce()
    {
        const KioskConfig config = fixture->site.config();
        std::atomic<int> lent{0}, refused{0};
        auto kiosk = [&](int kioskNumber) {
            Backend backend(config, fixture->clock); // its own connection, on its own thread
            QString error;
            if (!backend.start(&error))
                return;
            for (qint64 item : {kLadder, kHammer, kScrewdrivers}) {
                BorrowDraft draft;
                draft.resident = resident(kioskNumber == 1 ? 4 : 10);
                draft.itemId = item;
                draft.requestKey = QStringLiteral("kiosk%1-%2").arg(kioskNumber).arg(item);
                const Problem problem = backend.sharedHouse().borrow(draft).problem;
                if (problem == SharedHouse::NoProblem)
                    ++lent;
                else if (problem == SharedHouse::OnLoan)
                    ++refused;
            }
        };
        std::thread first(kiosk, 1), second(kiosk, 2);
        first.join();
        second.join();
        QCOMPARE(lent.load(), 3);
        QCOMPARE(refused.load(), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM loan WHERE item_id IN (%1, %2, %3)")
                           .arg(kLadder).arg(kHammer).arg(kScrewdrivers)),
                 3);
    }

    void slipsAreByteForByteAsApproved_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QByteArray>("bytes");
        const QDateTime at = lunchTime();
        const slips::Loan loan{3, QStringLiteral("人字梯"), QStringLiteral("工具屋 A2"), QStringLiteral("张*华"),
                               QStringLiteral("郑美玲"), at, QDate(2026, 11, 30)};
        const slips::Return late{31, QStringLiteral("红楼梦"), QStringLiteral("缺配件"), at, 6, true};
        const slips::ItemLabel label{1, QStringLiteral("电钻"), QStringLiteral("工具屋 A1"), QStringLiteral("杨*强"),
                                     QStringLiteral("LL1:I:1:20261127:ABCDEFGHIJKLMNOPQRSTUVWX")};
        QTest::newRow("loan 58") << QStringLiteral("loan_slip_58.escpos") << slips::loanSlip(loan, PaperWidth::Mm58);
        QTest::newRow("return 58") << QStringLiteral("return_slip_58.escpos") << slips::returnSlip(late, PaperWidth::Mm58);
        QTest::newRow("label 58") << QStringLiteral("item_label_58.escpos") << slips::itemLabel(label, PaperWidth::Mm58);
        slips::Return held{19, QStringLiteral("轮椅"), QStringLiteral("完好"), at, 0, false};
        held.heldFor = QStringLiteral("孙*生");
        held.heldUntil = at.addDays(1);
        QTest::newRow("return, kept for a neighbour 58")
            << QStringLiteral("return_held_58.escpos") << slips::returnSlip(held, PaperWidth::Mm58);
        const slips::Reminder reminder{31, QStringLiteral("红楼梦"), QStringLiteral("周*英"),
                                       QStringLiteral("10街坊4栋2单元301"), QDate(2026, 11, 21), 6, true, at.date()};
        QTest::newRow("reminder 58") << QStringLiteral("reminder_58.escpos") << slips::reminderSlip(reminder, PaperWidth::Mm58);
    }
    void slipsAreByteForByteAsApproved()
    {
        QFETCH(QString, golden);
        QFETCH(QByteArray, bytes);
        const QString mismatch = goldenMismatch(QStringLiteral(LINLI_GOLDEN_DIR "/") + golden, bytes);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY(bytes.size() <= 2048);
    }

    void holdsPassDownTheLine_data()
    {
        QTest::addColumn<QList<ReservationRecord>>("line");
        QTest::addColumn<int>("hoursLater"); // now, after the thing came back at 10:00
        QTest::addColumn<QList<qint64>>("lapsed");
        QTest::addColumn<qint64>("held");
        QTest::addColumn<int>("heldUntilHour"); // hours after 10:00 the hold runs out
        const QDateTime back(QDate(2026, 11, 27), QTime(10, 0));
        const QList<ReservationRecord> two{placeInLine(1), placeInLine(2)};
        QTest::newRow("nobody waits") << QList<ReservationRecord>{} << 0 << QList<qint64>{} << qint64(0) << 0;
        QTest::newRow("back: the first is held a day") << two << 0 << QList<qint64>{} << qint64(1) << 24;
        QTest::newRow("just before it runs out") << two << 23 << QList<qint64>{} << qint64(1) << 24;
        QTest::newRow("run out: the next from then") << two << 24 << QList<qint64>{1} << qint64(2) << 48;
        QTest::newRow("both run out") << two << 50 << QList<qint64>{1, 2} << qint64(0) << 0;
        QTest::newRow("a hold already set stands")
            << QList<ReservationRecord>{placeInLine(1, back.addSecs(5 * 3600)), placeInLine(2)} << 4 << QList<qint64>{}
            << qint64(1) << 5;
        QTest::newRow("a hold already set runs out")
            << QList<ReservationRecord>{placeInLine(1, back.addSecs(5 * 3600)), placeInLine(2)} << 6 << QList<qint64>{1}
            << qint64(2) << 29;
    }
    void holdsPassDownTheLine()
    {
        QFETCH(QList<ReservationRecord>, line);
        QFETCH(int, hoursLater);
        QFETCH(QList<qint64>, lapsed);
        QFETCH(qint64, held);
        QFETCH(int, heldUntilHour);
        const QDateTime back(QDate(2026, 11, 27), QTime(10, 0));
        const shared_house_rules::HoldChange change =
            shared_house_rules::passHolds(line, back, back.addSecs(hoursLater * 3600), 24);
        QCOMPARE(change.lapsed, lapsed);
        QCOMPARE(change.heldId, held);
        if (held)
            QCOMPARE(change.heldUntil, back.addSecs(heldUntilHour * 3600));
    }

    void whoMayReserve_data()
    {
        QTest::addColumn<ItemRecord>("item");
        QTest::addColumn<int>("placesInLine");
        QTest::addColumn<int>("expected");
        ItemRecord onShelf;
        onShelf.condition = QStringLiteral("good");
        ItemRecord out = onShelf;
        out.loanId = 7;
        out.borrowerId = 2;
        ItemRecord keptForOther = onShelf;
        keptForOther.heldFor = 3;
        ItemRecord keptForMe = onShelf;
        keptForMe.heldFor = 1;
        ItemRecord inRepair = onShelf;
        inRepair.condition = QStringLiteral("needs_repair");
        ItemRecord retired = out;
        retired.retired = true;
        ItemRecord mine = out;
        mine.borrowerId = 1;
        QTest::newRow("out: join the line") << out << 0 << int(SharedHouse::NoProblem);
        QTest::newRow("kept for another") << keptForOther << 0 << int(SharedHouse::NoProblem);
        QTest::newRow("in repair") << inRepair << 0 << int(SharedHouse::NoProblem);
        QTest::newRow("on the shelf: borrow it") << onShelf << 0 << int(SharedHouse::OnShelf);
        QTest::newRow("kept for me: borrow it") << keptForMe << 0 << int(SharedHouse::YoursAlready);
        QTest::newRow("I have it") << mine << 0 << int(SharedHouse::YoursAlready);
        QTest::newRow("out of the catalog") << retired << 0 << int(SharedHouse::Retired);
        QTest::newRow("as many as the kind allows") << out << 2 << int(SharedHouse::LimitReached);
    }
    void whoMayReserve()
    {
        QFETCH(ItemRecord, item);
        QFETCH(int, placesInLine);
        QFETCH(int, expected);
        QCOMPARE(int(shared_house_rules::mayReserve(item, 1, placesInLine, tools())), expected);
    }

    // The wheelchair 王秀英 has: 孙福生 waits first, 张桂华 joins; on its
    // return it is kept for him a day, then passes to her.
    void aReturnedThingIsKeptForTheFirstInLineThenTheNext()
    {
        const ReserveResult joined = reserve(1, kWheelchair);
        QCOMPARE(joined.problem, SharedHouse::NoProblem);
        QCOMPARE(joined.position, 2);
        QCOMPARE(reserve(1, kWheelchair, QStringLiteral("reserve-1-19")).repeated, true); // the second tap
        const QList<ItemRecord> aids = house().items(QStringLiteral("mobility"));
        QCOMPARE(std::find_if(aids.begin(), aids.end(), [](const ItemRecord &i) { return i.id == kWheelchair; })->waiting, 2);

        fixture->clock.set(QDateTime(QDate(2026, 11, 28), QTime(9, 0)));
        const ReturnResult back = house().giveBack(kWheelchair, SharedHouse::Good);
        QCOMPARE(back.problem, SharedHouse::NoProblem);
        QCOMPARE(back.heldUntil, QDateTime(QDate(2026, 11, 29), QTime(9, 0)));
        const QByteArray slip = PrintJobStore(db()).job(back.slipJob)->payload;
        QVERIFY(slip.contains(gb18030(QStringLiteral("已有邻居预约：孙*生"))));
        QVERIFY(slip.contains(gb18030(QStringLiteral("保留到 11月29日 09:00"))));
        QCOMPARE(borrow(1, kWheelchair).problem, SharedHouse::HeldForOther);
        QVERIFY(reservationOf(kSunFusheng, kWheelchair)->held());
        QVERIFY(!reservationOf(1, kWheelchair)->held());

        // A day on, he has not come: it is kept for her from then.
        fixture->clock.set(QDateTime(QDate(2026, 11, 29), QTime(9, 30)));
        QVERIFY(!reservationOf(kSunFusheng, kWheelchair));
        QCOMPARE(reservationOf(1, kWheelchair)->heldUntil, QDateTime(QDate(2026, 11, 30), QTime(9, 0)));
        QCOMPARE(reservationOf(1, kWheelchair)->position, 1);
        QCOMPARE(borrow(kSunFusheng, kWheelchair).problem, SharedHouse::HeldForOther);
        QCOMPARE(borrow(1, kWheelchair).problem, SharedHouse::NoProblem);
        QVERIFY(!reservationOf(1, kWheelchair)); // her place in line is used up
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservation WHERE item_id = %1 AND ended_as = 'lapsed'")
                           .arg(kWheelchair)),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservation WHERE item_id = %1 AND ended_as = 'borrowed'")
                           .arg(kWheelchair)),
                 1);
    }

    void whatMayNotBeReservedIsNot()
    {
        QCOMPARE(reserve(1, kLadder).problem, SharedHouse::OnShelf);
        QCOMPARE(reserve(kWangXiuying, kWheelchair).problem, SharedHouse::YoursAlready);
        QCOMPARE(reserve(kZhouFengying, kBloodPressureMeter).problem, SharedHouse::YoursAlready); // kept for her
        QCOMPARE(reserve(kSunFusheng, kWheelchair).problem, SharedHouse::AlreadyReserved);
        QCOMPARE(reserve(1, 999).problem, SharedHouse::UnknownItem);
        IdentifiedPerson driver;
        driver.kind = Identity::Driver;
        driver.personId = 1;
        QCOMPARE(house().reserve(ReserveDraft{driver, kWheelchair, QStringLiteral("driver"), {}}).problem,
                 SharedHouse::NotAResident);
        // The database keeps one place per person and thing, whatever a kiosk does.
        QSqlQuery q(db().connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO reservation (item_id, resident_id, reserved_at, request_key) "
                                       "VALUES (%1, %2, '2026-11-27T03:00:00.000Z', 'by-hand')")
                            .arg(kWheelchair)
                            .arg(kSunFusheng)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservation WHERE ended_at IS NULL")), 2);
    }

    void givingUpAHoldPassesItOnAtOnce()
    {
        QCOMPARE(borrow(1, kBloodPressureMeter).problem, SharedHouse::HeldForOther);
        QCOMPARE(reserve(1, kBloodPressureMeter).position, 2);
        const std::optional<ReservationRecord> hers = reservationOf(kZhouFengying, kBloodPressureMeter);
        QVERIFY(hers && hers->held());
        QVERIFY(!house().cancelReservation(1, hers->id)); // not his to give up
        QVERIFY(house().cancelReservation(kZhouFengying, hers->id));
        QCOMPARE(reservationOf(1, kBloodPressureMeter)->heldUntil, lunchTime().addDays(1));
        QCOMPARE(borrow(1, kBloodPressureMeter).problem, SharedHouse::NoProblem);
    }

    void aRepairedThingIsKeptForTheLine()
    {
        QCOMPARE(reserve(1, kBrokenWheelchair).problem, SharedHouse::NoProblem);
        QVERIFY(!reservationOf(1, kBrokenWheelchair)->held());
        QVERIFY(house().markRepaired(kBrokenWheelchair, 1));
        QCOMPARE(reservationOf(1, kBrokenWheelchair)->heldUntil, lunchTime().addDays(1));
        QCOMPARE(borrow(2, kBrokenWheelchair).problem, SharedHouse::HeldForOther);
    }

    void theHoldingsOfAResident()
    {
        const Holdings before = house().holdingsOf(6);
        QVERIFY(before.valid);
        QCOMPARE(before.points, 0);
        QCOMPARE(house().giveBack(kLentDrill, SharedHouse::Good).problem, SharedHouse::NoProblem);
        QCOMPARE(borrow(1, kLentDrill).problem, SharedHouse::NoProblem); // 杨志强's drill, to 张桂华
        QCOMPARE(house().holdingsOf(6).points, 1);
        const Holdings zhang = house().holdingsOf(1);
        QCOMPARE(zhang.loans.size(), 1);
        QCOMPARE(zhang.loans.first().itemName, QStringLiteral("电钻"));
        // A lender sees their own things and how often neighbours had them.
        const Holdings yang = house().holdingsOf(6);
        QCOMPARE(yang.ownItems.size(), 1);
        QCOMPARE(yang.ownItems.first().timesLent, 2);
        QVERIFY(yang.ownItems.first().onLoan());
        // 周凤英: an overdue book, and the meter kept for her.
        const Holdings zhou = house().holdingsOf(kZhouFengying);
        QCOMPARE(zhou.loans.first().dueOn, QDate(2026, 11, 21));
        QCOMPARE(zhou.reservations.size(), 1);
        QCOMPARE(zhou.reservations.first().itemName, QStringLiteral("血压计"));
        QVERIFY(zhou.reservations.first().held());
    }

    void intakeAddsAThingAndQueuesItsLabel()
    {
        const SharedHouseService::IntakeChoices choices = house().intakeChoices(QStringLiteral("mobility"));
        QVERIFY(choices.names.contains(QStringLiteral("血糖仪")));
        QVERIFY(choices.places.contains(QStringLiteral("辅具柜 C3")));
        const int labels = count(QStringLiteral("SELECT count(*) FROM print_job WHERE kind = 'item_label'"));
        NewItem meter;
        meter.category = QStringLiteral("mobility");
        meter.name = QStringLiteral("血糖仪");
        meter.ownerResidentId = kSunFusheng;
        meter.condition = QStringLiteral("worn");
        meter.place = QStringLiteral("辅具柜 C3");
        const SharedHouseService::IntakeResult added = house().takeIn(meter);
        QCOMPARE(added.problem, SharedHouse::NoProblem);
        QVERIFY(added.itemId > 40 && added.labelJob > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM print_job WHERE kind = 'item_label'")), labels + 1);
        const QList<ItemRecord> aids = house().items(QStringLiteral("mobility"));
        const auto found = std::find_if(aids.begin(), aids.end(), [&](const ItemRecord &i) { return i.id == added.itemId; });
        QVERIFY(found != aids.end());
        QCOMPARE(found->ownerResidentId, kSunFusheng);
        QCOMPARE(found->condition, QStringLiteral("worn"));
        // Its label scans back to it, ready to lend.
        QCOMPARE(borrow(1, added.itemId).problem, SharedHouse::NoProblem);
    }

    void intakeRefusesWhatItCannotFile_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("place");
        QTest::addColumn<qint64>("owner");
        QTest::newRow("no kind") << "" << "雨伞" << "门口 E1" << qint64(0);
        QTest::newRow("unknown kind") << "toys" << "皮球" << "门口 E1" << qint64(0);
        QTest::newRow("no name") << "emergency" << " " << "门口 E1" << qint64(0);
        QTest::newRow("no place") << "emergency" << "雨伞" << "" << qint64(0);
        QTest::newRow("unknown owner") << "emergency" << "雨伞" << "门口 E1" << qint64(9999);
    }
    void intakeRefusesWhatItCannotFile()
    {
        QFETCH(QString, category);
        QFETCH(QString, name);
        QFETCH(QString, place);
        QFETCH(qint64, owner);
        NewItem item;
        item.category = category;
        item.name = name;
        item.place = place;
        item.ownerResidentId = owner;
        QCOMPARE(house().takeIn(item).problem, SharedHouse::BadIntake);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM item")), 40);
    }

    void takingAThingOutOfTheCatalogEndsItsLine()
    {
        QCOMPARE(house().takeOut(kWheelchair, SharedHouse::RetiredAs, 1), SharedHouse::OnLoan);
        QCOMPARE(house().takeOut(kLadder, SharedHouse::WithdrawnAs, 1), SharedHouse::CommunityOwned);
        // The meter kept for 周凤英 is retired: her place ends, and its label no longer lends.
        QCOMPARE(house().takeOut(kBloodPressureMeter, SharedHouse::RetiredAs, 1), SharedHouse::NoProblem);
        QVERIFY(!reservationOf(kZhouFengying, kBloodPressureMeter));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservation WHERE item_id = 24 AND ended_as = 'withdrawn'")), 1);
        QCOMPARE(borrow(1, kBloodPressureMeter).problem, SharedHouse::Retired);
        QCOMPARE(house().takeOut(kBloodPressureMeter, SharedHouse::RetiredAs, 1), SharedHouse::Retired);
        // 黄伟 takes his screwdrivers home.
        QCOMPARE(house().takeOut(kScrewdrivers, SharedHouse::WithdrawnAs, 1), SharedHouse::NoProblem);
        QCOMPARE(sqlValue(db(), QStringLiteral("SELECT retired_as FROM item WHERE id = 5")).toString(), QStringLiteral("withdrawn"));
        const QList<ItemRecord> tools = house().items(QStringLiteral("tools"));
        QVERIFY(std::none_of(tools.begin(), tools.end(), [](const ItemRecord &i) { return i.id == kScrewdrivers; }));
        // A thing in repair that leaves takes its alerts with it.
        QCOMPARE(house().giveBack(kWheelchair, SharedHouse::Damaged).problem, SharedHouse::NoProblem);
        QCOMPARE(house().takeOut(kWheelchair, SharedHouse::RetiredAs, 1), SharedHouse::NoProblem);
        QVERIFY(house().deskView().alerts.isEmpty());
    }

    void anAlertIsClosedWithWhatStaffDid()
    {
        QCOMPARE(house().giveBack(kWheelchair, SharedHouse::MissingParts).problem, SharedHouse::NoProblem);
        const QList<ItemAlertRecord> alerts = house().deskView().alerts;
        QCOMPARE(alerts.size(), 1);
        QVERIFY(house().resolveAlert(alerts.first().id, 1, SharedHouse::PartsFound));
        QVERIFY(!house().resolveAlert(alerts.first().id, 1, SharedHouse::PartsFound)); // closed already
        QCOMPARE(sqlValue(db(), QStringLiteral("SELECT note FROM item_alert WHERE id = %1").arg(alerts.first().id)).toString(),
                 QStringLiteral("配件已补齐"));
        // Made whole, it is kept for 孙福生, first in line.
        QVERIFY(reservationOf(kSunFusheng, kWheelchair)->held());
        QCOMPARE(borrow(kSunFusheng, kWheelchair).problem, SharedHouse::NoProblem);
        // Beyond repair: out of the catalog.
        QCOMPARE(house().giveBack(kWheelchair, SharedHouse::Damaged).problem, SharedHouse::NoProblem);
        QVERIFY(house().resolveAlert(house().deskView().alerts.first().id, 1, SharedHouse::BeyondRepair));
        QVERIFY(SharedHouseStore(db()).item(kWheelchair)->retired);
    }

    void aReminderSlipGoesToWhoeverHoldsAnOverdueThing()
    {
        const QList<OverdueRecord> overdue = house().deskView().overdue;
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().itemId, kOverdueBook);
        const std::optional<qint64> job = house().queueReminder(overdue.first().loanId);
        QVERIFY(job && *job > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM print_job WHERE kind = 'reminder_slip'")), 1);
        // A loan that is not overdue gets no reminder.
        QVERIFY(!house().queueReminder(borrow(1, kLadder).loanId));
    }

    void theLedgerShowsTheDaysLoansAndReturnsAndTheLines()
    {
        QCOMPARE(borrow(1, kLadder).problem, SharedHouse::NoProblem);
        QCOMPARE(house().giveBack(kLadder, SharedHouse::Good).problem, SharedHouse::NoProblem);
        const SharedHouseService::DeskView ledger = house().deskView();
        QVERIFY(ledger.movements.size() >= 2);
        QVERIFY(ledger.movements.at(0).returned);
        QCOMPARE(ledger.movements.at(0).itemName, QStringLiteral("人字梯"));
        QCOMPARE(ledger.movements.at(0).returnedAs, QStringLiteral("good"));
        QVERIFY(!ledger.movements.at(1).returned);
        QCOMPARE(ledger.movements.at(1).residentName, QStringLiteral("张桂华"));
        QCOMPARE(ledger.reservations.size(), 2); // 孙福生's wheelchair, 周凤英's meter
    }
};

QTEST_GUILESS_MAIN(TestSharedHouse)
#include "tst_shared_house.moc"
