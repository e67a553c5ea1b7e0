// The Happiness Canteen's rules and order placement, against a real database.
#include "Backend.h"
#include "Canteen.h"
#include "CanteenStore.h"
#include "CanteenSlips.h"
#include "TestSupport.h"

#include <QStringDecoder>

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <thread>

using namespace linli;
using namespace linli::test;
using Price = canteen_rules::Price;

namespace {

// Demo dishes (db/demo/demo_day.sql).
constexpr qint64 kBraisedPork = 1, kSteamedFish = 2, kKungPao = 3, kGreens = 5, kTomatoEgg = 6, kRibSoup = 9,
                 kRice = 11;

IdentifiedPerson resident(qint64 id, const QDate &born, bool impaired = false)
{
    IdentifiedPerson p;
    p.kind = Identity::Resident;
    p.personId = id;
    p.birthDate = born;
    p.mobilityImpaired = impaired;
    return p;
}

MealSetRecord seniorSet()
{
    MealSetRecord set;
    set.code = QStringLiteral("senior");
    set.priceFen = 700;
    set.counts[int(DishCategory::Meat)] = 1;
    set.counts[int(DishCategory::Vegetable)] = 1;
    set.counts[int(DishCategory::Soup)] = 1;
    set.minAge = 60;
    set.onePerPeriod = true;
    return set;
}

MenuDish dish(DishCategory category, qint64 priceFen)
{
    MenuDish d;
    d.category = category;
    d.priceFen = priceFen;
    return d;
}


int scalar(Database &db, const QString &sql)
{
    const QVariant value = sqlValue(db, sql);
    return value.isValid() ? value.toInt() : -1;
}

} // namespace

class TestCanteen : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;
    CanteenService &canteen() { return fixture->backend->canteen(); }
    Database &db() { return fixture->backend->database(); }
    int portions(qint64 dishId)
    {
        return scalar(db(), QStringLiteral("SELECT portions FROM menu_item WHERE day = '2026-11-27' AND period = "
                                           "'lunch' AND dish_id = %1").arg(dishId));
    }
    OrderDraft seniorOrder(qint64 residentId = 1, const QString &key = QStringLiteral("k1"))
    {
        OrderDraft draft;
        draft.person = resident(residentId, QDate(1944, 3, 12));
        draft.setCode = QStringLiteral("senior");
        draft.dishIds = {kBraisedPork, kGreens, kRibSoup};
        draft.payment = Canteen::MealCard;
        draft.requestKey = key;
        return draft;
    }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
        QVERIFY(!canteen().menu(canteen().periodAt(lunchTime())).isEmpty()); // today's lunch menu
    }
    void cleanup() { fixture.reset(); }

    void eligibility_data()
    {
        QTest::addColumn<bool>("forDrivers");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("born");
        QTest::addColumn<bool>("eligible");
        const int r = Identity::Resident, d = Identity::Driver;
        QTest::newRow("60 today") << false << r << QDate(1966, 11, 27) << true;
        QTest::newRow("60 tomorrow") << false << r << QDate(1966, 11, 28) << false;
        QTest::newRow("82") << false << r << QDate(1944, 3, 12) << true;
        QTest::newRow("45") << false << r << QDate(1981, 7, 7) << false;
        QTest::newRow("driver for the senior set") << false << d << QDate() << false;
        QTest::newRow("driver for the driver set") << true << d << QDate() << true;
        QTest::newRow("resident for the driver set") << true << r << QDate(1944, 3, 12) << false;
        QTest::newRow("forged code") << false << int(Identity::InvalidCode) << QDate(1944, 3, 12) << false;
        QTest::newRow("nobody") << false << int(Identity::Nobody) << QDate(1944, 3, 12) << false;
    }
    void eligibility()
    {
        QFETCH(bool, forDrivers);
        QFETCH(int, kind);
        QFETCH(QDate, born);
        QFETCH(bool, eligible);
        MealSetRecord set = seniorSet();
        set.forDrivers = forDrivers;
        IdentifiedPerson person = resident(1, born);
        person.kind = Identity::Kind(kind);
        QCOMPARE(canteen_rules::eligible(set, person, QDate(2026, 11, 27)), eligible);
    }

    void deliveryIsFor80PlusAndTheImmobile_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<bool>("impaired");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("offered");
        QTest::newRow("80 today") << QDate(1946, 11, 27) << false << false << true;
        QTest::newRow("80 tomorrow") << QDate(1946, 11, 28) << false << false << false;
        QTest::newRow("70, immobile") << QDate(1956, 1, 1) << true << false << true;
        QTest::newRow("70, enabled by staff") << QDate(1956, 1, 1) << false << true << true;
    }
    void deliveryIsFor80PlusAndTheImmobile()
    {
        QFETCH(QDate, born);
        QFETCH(bool, impaired);
        QFETCH(bool, enabled);
        QFETCH(bool, offered);
        IdentifiedPerson person = resident(1, born, impaired);
        person.deliveryEnabled = enabled;
        QCOMPARE(canteen_rules::deliveryOffered(person, QDate(2026, 11, 27)), offered);
        QVERIFY(!canteen_rules::deliveryOffered(driverPerson(1), QDate(2026, 11, 27)));
    }

    void whichOrdersCanBePaid_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("paid");
        QTest::addColumn<bool>("canBePaid");
        QTest::newRow("new, unpaid") << "new" << false << true;
        QTest::newRow("ready, unpaid") << "ready" << false << true;
        QTest::newRow("new, paid") << "new" << true << false;
        QTest::newRow("lapsed") << "lapsed" << false << false;
    }
    void whichOrdersCanBePaid()
    {
        QFETCH(QString, state);
        QFETCH(bool, paid);
        OrderRecord order;
        order.state = state;
        if (paid)
            order.paidAt = lunchTime();
        QTEST(canteen_rules::canBePaid(order), "canBePaid");
    }

    void pricesSetsAndSubsidies()
    {
        const MealSetRecord set = seniorSet();
        const QList<MenuDish> lunch = {dish(DishCategory::Meat, 1200), dish(DishCategory::Vegetable, 400),
                                       dish(DishCategory::Soup, 600)};
        QVERIFY(canteen_rules::holdsExactly(set, lunch));
        const Price withSet = canteen_rules::price(&set, lunch);
        QCOMPARE(withSet.normalFen, 2200);
        QCOMPARE(withSet.totalFen, 700);
        QCOMPARE(withSet.subsidyFen, 1500);
        const Price own = canteen_rules::price(nullptr, lunch);
        QCOMPARE(own.totalFen, 2200);
        QCOMPARE(own.subsidyFen, 0);
        // Never more than the dishes cost on their own.
        const QList<MenuDish> cheap = {dish(DishCategory::Meat, 300), dish(DishCategory::Vegetable, 200),
                                       dish(DishCategory::Soup, 100)};
        const Price cheapSet = canteen_rules::price(&set, cheap);
        QCOMPARE(cheapSet.totalFen, 600);
        QCOMPARE(cheapSet.subsidyFen, 0);
        QVERIFY(!canteen_rules::holdsExactly(set, {dish(DishCategory::Meat, 1), dish(DishCategory::Meat, 1),
                                                   dish(DishCategory::Soup, 1)}));
        QVERIFY(!canteen_rules::holdsExactly(set, lunch.mid(0, 2)));
    }

    void knowsWhenOrderingOpens()
    {
        const auto at = [this](int h, int m) { return canteen().periodAt(QDateTime(QDate(2026, 11, 27), QTime(h, m))); };
        QCOMPARE(at(11, 30).code, QStringLiteral("lunch"));
        QVERIFY(at(11, 30).open);
        const PeriodState early = at(10, 0);
        QCOMPARE(early.code, QStringLiteral("lunch"));
        QVERIFY(!early.open);
        QCOMPARE(early.opensAt, QDateTime(QDate(2026, 11, 27), QTime(10, 30)));
        QCOMPARE(at(13, 0).code, QStringLiteral("dinner")); // closes at 13:00 sharp
        const PeriodState night = at(21, 0);
        QCOMPARE(night.code, QStringLiteral("breakfast"));
        QCOMPARE(night.day, QDate(2026, 11, 28));
    }

    void aSeniorSetIsPaidByMealCardInOneTransaction()
    {
        const int before = portions(kBraisedPork);
        const PlacedOrder placed = canteen().place(seniorOrder());
        QCOMPARE(placed.problem, Canteen::NoProblem);
        QCOMPARE(placed.price.totalFen, 700);
        QCOMPARE(placed.price.subsidyFen, 1500);
        QCOMPARE(placed.balanceAfterFen, 14300);
        QCOMPARE(placed.order.number, 1);
        QCOMPARE(placed.order.pickupCode.size(), 4);
        QCOMPARE(portions(kBraisedPork), before - 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT balance_fen FROM meal_card WHERE resident_id = 1")), 14300);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT subsidy_fen FROM meal_order")), 1500);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM order_line")), 3);
        const auto receipt = PrintJobStore(db()).job(placed.receiptJob);
        QVERIFY(receipt && receipt->payload.contains(placed.order.pickupCode.toLatin1()));
        QVERIFY(receipt->payload.contains(gb18030(QStringLiteral("敬老套餐"))));
        QVERIFY(receipt->payload.size() <= 2048);
        const auto ticket = PrintJobStore(db()).job(placed.kitchenJob);
        QVERIFY(ticket && ticket->payload.contains(gb18030(QStringLiteral("软烂"))));
    }

    void everyBalanceChangeIsALedgerRow()
    {
        CanteenStore store(db());
        // The demo's cards opened their ledger at the first start.
        QCOMPARE(store.ledgerMismatches()->size(), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM meal_card_ledger WHERE kind = 'opening'")),
                 scalar(db(), QStringLiteral("SELECT count(*) FROM meal_card")));

        const PlacedOrder placed = canteen().place(seniorOrder());
        QCOMPARE(placed.problem, Canteen::NoProblem);
        QVERIFY(canteen().topUp(1, 5000, 1, QStringLiteral("ledger-top-up")));
        QVERIFY(canteen().topUp(4, 2000, 1, QStringLiteral("ledger-new-card"))); // resident 4 had no card
        // Refused orders and repeated top-ups leave nothing.
        QVERIFY(canteen().topUp(1, 5000, 1, QStringLiteral("ledger-top-up"))); // a double tap: recorded once
        QCOMPARE(canteen().place(seniorOrder(1, QStringLiteral("again"))).problem, Canteen::SetAlreadyTaken);

        const QList<LedgerEntry> rows = *store.ledger(1);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).kind, QStringLiteral("opening"));
        QCOMPARE(rows.at(0).amountFen, 15000);
        QCOMPARE(rows.at(1).kind, QStringLiteral("charge"));
        QCOMPARE(rows.at(1).amountFen, -700);
        QCOMPARE(rows.at(1).orderId, placed.order.id);
        QCOMPARE(rows.at(1).balanceFen, 14300);
        QCOMPARE(rows.at(2).kind, QStringLiteral("top_up"));
        QVERIFY(rows.at(2).topUpId > 0);
        QCOMPARE(rows.at(2).balanceFen, 19300);
        QCOMPARE(store.ledger(4)->size(), 1);
        QCOMPARE(store.ledgerMismatches()->size(), 0);

        // A balance changed behind the ledger's back is found.
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE meal_card SET balance_fen = balance_fen + 100 WHERE resident_id = 4")));
        const QList<LedgerMismatch> wrong = *store.ledgerMismatches();
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong.constFirst().residentId, 4);
        QCOMPARE(wrong.constFirst().balanceFen, 2100);
        QCOMPARE(wrong.constFirst().ledgerFen, 2000);
    }

    void staffCancelANewOrderAndItsMoneyAndPortionsComeBack()
    {
        CanteenStore store(db());
        const qint64 balanceBefore = *store.mealCardBalance(1);
        const int porkBefore = portions(kBraisedPork);
        const PlacedOrder placed = canteen().place(seniorOrder());
        QCOMPARE(placed.problem, Canteen::NoProblem);
        QCOMPARE(portions(kBraisedPork), porkBefore - 1);

        const CancelledOrder cancelled = canteen().cancel(placed.order.id, QStringLiteral("changed_mind"), 1);
        QCOMPARE(cancelled.outcome, CancelledOrder::Cancelled);
        QCOMPARE(cancelled.refundFen, 700);
        QVERIFY(cancelled.refundToCard);
        QCOMPARE(*store.mealCardBalance(1), balanceBefore);
        QCOMPARE(portions(kBraisedPork), porkBefore);
        QCOMPARE(store.order(placed.order.id)->state, QStringLiteral("cancelled"));
        // Why, by whom, and what went back; the refund is a ledger row of the order.
        QCOMPARE(sqlValue(db(), QStringLiteral("SELECT reason || ' ' || staff_id || ' ' || refund_fen FROM "
                                               "order_cancellation WHERE order_id = %1").arg(placed.order.id)).toString(),
                 QStringLiteral("changed_mind 1 700"));
        const QList<LedgerEntry> rows = *store.ledger(1);
        QCOMPARE(rows.constLast().kind, QStringLiteral("refund"));
        QCOMPARE(rows.constLast().amountFen, 700);
        QCOMPARE(rows.constLast().orderId, placed.order.id);
        QCOMPARE(rows.constLast().reason, QStringLiteral("changed_mind"));
        QCOMPARE(store.ledgerMismatches()->size(), 0);
        // The kitchen and the resident get a slip saying so.
        const auto slip = PrintJobStore(db()).job(cancelled.slipJob);
        QVERIFY(slip && slip->payload.contains(gb18030(QStringLiteral("已取消"))));
        QVERIFY(slip->payload.contains(gb18030(QStringLiteral("退回饭卡"))));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM print_job WHERE kind = 'canteen_cancelled' AND "
                                             "order_id = %1").arg(placed.order.id)), 1);

        // A second tap changes nothing more; the senior set is free again for the meal.
        QCOMPARE(canteen().cancel(placed.order.id, QStringLiteral("changed_mind"), 1).outcome,
                 CancelledOrder::AlreadyCancelled);
        QCOMPARE(*store.mealCardBalance(1), balanceBefore);
        QCOMPARE(canteen().place(seniorOrder(1, QStringLiteral("after-cancel"))).problem, Canteen::NoProblem);
        // A reason that is not one of ours is refused before anything is read.
        QCOMPARE(canteen().cancel(placed.order.id, QStringLiteral("typed text"), 1).outcome,
                 CancelledOrder::StorageError);
    }

    void anOrderTheKitchenBeganCannotBeCancelled()
    {
        const PlacedOrder placed = canteen().place(seniorOrder());
        QVERIFY(fixture->backend->canteenStaff().advance(placed.order.id, QStringLiteral("cooking")));
        const qint64 balance = *CanteenStore(db()).mealCardBalance(1);
        QCOMPARE(canteen().cancel(placed.order.id, QStringLiteral("wrong_order"), 1).outcome,
                 CancelledOrder::NotCancellable);
        QCOMPARE(*CanteenStore(db()).mealCardBalance(1), balance);
        QCOMPARE(CanteenStore(db()).order(placed.order.id)->state, QStringLiteral("cooking"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM order_cancellation")), 0);
        // ... and a cancelled one never goes to the kitchen.
        const PlacedOrder other = canteen().place(seniorOrder(3, QStringLiteral("other")));
        QCOMPARE(canteen().cancel(other.order.id, QStringLiteral("cannot_cook"), 1).outcome, CancelledOrder::Cancelled);
        QVERIFY(!fixture->backend->canteenStaff().advance(other.order.id, QStringLiteral("cooking")));
        QVERIFY(!canteen().markPaid(other.order.id));
    }

    void counterPaymentsKeepTheAmountTakenAndAreRefundedInCash()
    {
        OrderDraft draft = seniorOrder(3, QStringLiteral("counter"));
        draft.payment = Canteen::AtCounter;
        const PlacedOrder unpaid = canteen().place(draft);
        QCOMPARE(unpaid.problem, Canteen::NoProblem);
        CanteenStore store(db());
        QCOMPARE(store.order(unpaid.order.id)->paidFen, 0);
        QVERIFY(canteen().markPaid(unpaid.order.id));
        QCOMPARE(store.order(unpaid.order.id)->paidFen, 700);
        const int ledgerRows = scalar(db(), QStringLiteral("SELECT count(*) FROM meal_card_ledger"));

        const CancelledOrder cash = canteen().cancel(unpaid.order.id, QStringLiteral("wrong_order"), 1);
        QCOMPARE(cash.outcome, CancelledOrder::Cancelled);
        QCOMPARE(cash.refundFen, 700);
        QVERIFY(!cash.refundToCard); // handed back at the counter: no card changes
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM meal_card_ledger")), ledgerRows);
        QVERIFY(PrintJobStore(db()).job(cash.slipJob)->payload.contains(gb18030(QStringLiteral("柜台退现金"))));

        // An unpaid one gives nothing back.
        draft.requestKey = QStringLiteral("counter-2");
        draft.person = resident(4, QDate(1950, 1, 1));
        const PlacedOrder never = canteen().place(draft);
        const CancelledOrder nothing = canteen().cancel(never.order.id, QStringLiteral("other"), 1);
        QCOMPARE(nothing.outcome, CancelledOrder::Cancelled);
        QCOMPARE(nothing.refundFen, 0);
    }

    void correctionsChangeTheBalanceWithAReasonAndALedgerRow()
    {
        CanteenStore store(db());
        const qint64 before = *store.mealCardBalance(1);
        QVERIFY(canteen().correct(1, 250, QStringLiteral("counted_wrong"), 1));
        QCOMPARE(*store.mealCardBalance(1), before + 250);
        QVERIFY(canteen().correct(1, -100, QStringLiteral("cash_back"), 1));
        const QList<LedgerEntry> rows = *store.ledger(1);
        QCOMPARE(rows.constLast().kind, QStringLiteral("correction"));
        QCOMPARE(rows.constLast().amountFen, -100);
        QCOMPARE(rows.constLast().reason, QStringLiteral("cash_back"));
        QVERIFY(rows.constLast().correctionId > 0);
        QCOMPARE(rows.constLast().balanceFen, before + 150);
        // Below zero, no amount, a reason of nobody's: nothing changes.
        QVERIFY(!canteen().correct(1, -(before + 151), QStringLiteral("counted_wrong"), 1));
        QVERIFY(!canteen().correct(1, 0, QStringLiteral("counted_wrong"), 1));
        QVERIFY(!canteen().correct(1, 100, QStringLiteral("because"), 1));
        QVERIFY(!canteen().correct(4, 100, QStringLiteral("counted_wrong"), 1)); // resident 4 has no card
        QCOMPARE(*store.mealCardBalance(1), before + 150);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM meal_card_correction")), 2);
        QCOMPARE(store.ledgerMismatches()->size(), 0);
    }

    void everyOrderHasItsReceiptAndTicketByKey()
    {
        QCOMPARE(canteen().place(seniorOrder()).problem, Canteen::NoProblem);
        QCOMPARE(canteen().place(seniorOrder(3, QStringLiteral("other"))).problem, Canteen::NoProblem);
        const auto orderId = sqlValue(db(), QStringLiteral("SELECT min(id) FROM meal_order")).toLongLong();
        QVERIFY(canteen().queueReceiptCopy(orderId));
        // A query, not a search in the slips' bytes.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM meal_order o WHERE NOT EXISTS (SELECT 1 FROM "
                                             "print_job p WHERE p.order_id = o.id AND p.kind = 'canteen_receipt') "
                                             "OR NOT EXISTS (SELECT 1 FROM print_job p WHERE p.order_id = o.id "
                                             "AND p.kind = 'kitchen_ticket')")),
                 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM print_job WHERE order_id = %1 "
                                             "AND kind = 'canteen_receipt'").arg(orderId)),
                 2); // the receipt and its copy
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM print_job WHERE kind IN ('canteen_receipt', "
                                             "'kitchen_ticket') AND order_id IS NULL")),
                 0);
    }

    void oneSeniorSetPerResidentAndMealPeriod()
    {
        QCOMPARE(canteen().place(seniorOrder(1, QStringLiteral("a"))).problem, Canteen::NoProblem);
        QCOMPARE(canteen().place(seniorOrder(1, QStringLiteral("b"))).problem, Canteen::SetAlreadyTaken);
        QCOMPARE(canteen().place(seniorOrder(3, QStringLiteral("c"))).problem, Canteen::NoProblem); // someone else
        fixture->clock.set(QDateTime(QDate(2026, 11, 27), QTime(17, 0)));                     // dinner
        OrderDraft dinner = seniorOrder(1, QStringLiteral("d"));
        dinner.dishIds = {kBraisedPork, kGreens, 10};
        QCOMPARE(canteen().place(dinner).problem, Canteen::NoProblem);
    }

    void aSecondTapOnPayPlacesNothingMore()
    {
        const PlacedOrder first = canteen().place(seniorOrder());
        const PlacedOrder second = canteen().place(seniorOrder());
        QCOMPARE(second.problem, Canteen::NoProblem);
        QVERIFY(second.repeated);
        QCOMPARE(second.order.id, first.order.id);
        QCOMPARE(second.order.pickupCode, first.order.pickupCode);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM meal_order")), 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT balance_fen FROM meal_card WHERE resident_id = 1")), 14300);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM print_job")), 2);
    }

    void tooLittleOnTheCardChangesNothing()
    {
        const int before = portions(kBraisedPork);
        OrderDraft draft = seniorOrder(5); // 500 fen on the card
        draft.person.birthDate = QDate(1946, 12, 8);
        QCOMPARE(canteen().place(draft).problem, Canteen::NotEnoughBalance);
        QCOMPARE(portions(kBraisedPork), before);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT balance_fen FROM meal_card WHERE resident_id = 5")), 500);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM meal_order")), 0);
        OrderDraft noCard = seniorOrder(4, QStringLiteral("x")); // resident 4 has no card
        noCard.person.birthDate = QDate(1960, 1, 15);
        QCOMPARE(canteen().place(noCard).problem, Canteen::NoMealCard);
    }

    void refusesWhatDoesNotFit()
    {
        OrderDraft wrong = seniorOrder();
        wrong.dishIds = {kBraisedPork, kSteamedFish, kRibSoup}; // two meat, no vegetable
        QCOMPARE(canteen().place(wrong).problem, Canteen::WrongDishes);
        OrderDraft young = seniorOrder(6);
        young.person.birthDate = QDate(1979, 4, 22);
        QCOMPARE(canteen().place(young).problem, Canteen::NotEligible);
        OrderDraft anonymousCard;
        anonymousCard.dishIds = {kRice};
        anonymousCard.payment = Canteen::MealCard;
        anonymousCard.requestKey = QStringLiteral("anon");
        QCOMPARE(canteen().place(anonymousCard).problem, Canteen::NeedsResident);
        OrderDraft unknown = anonymousCard;
        unknown.payment = Canteen::AtCounter;
        unknown.dishIds = {12}; // a breakfast dish at lunch
        QCOMPARE(canteen().place(unknown).problem, Canteen::UnknownDish);
        fixture->clock.set(QDateTime(QDate(2026, 11, 27), QTime(14, 0)));
        QCOMPARE(canteen().place(seniorOrder()).problem, Canteen::Closed);
    }

    void aDriverSetAndANormalOrderAtTheCounter()
    {
        OrderDraft drivers;
        drivers.person = driverPerson(1);
        drivers.setCode = QStringLiteral("driver");
        drivers.dishIds = {kBraisedPork, kKungPao, kGreens, kTomatoEgg};
        drivers.requestKey = QStringLiteral("drv");
        const PlacedOrder d = canteen().place(drivers);
        QCOMPARE(d.problem, Canteen::NoProblem);
        QCOMPARE(d.price.totalFen, 1000);
        QCOMPARE(d.price.subsidyFen, 1200 + 900 + 400 + 500 - 1000);
        QVERIFY(!d.order.paidAt.isValid());

        OrderDraft walkIn;
        walkIn.dishIds = {kSteamedFish, kRice};
        walkIn.service = Canteen::TakeAway;
        walkIn.requestKey = QStringLiteral("walk-in");
        const PlacedOrder w = canteen().place(walkIn);
        QCOMPARE(w.problem, Canteen::NoProblem);
        QCOMPARE(w.price.totalFen, 1100);
        QCOMPARE(w.order.number, 2);
        QVERIFY(canteen().markPaid(w.order.id));
        QVERIFY(!canteen().markPaid(w.order.id)); // once
    }

    void eachSiteSellsItsOwnMenuAndPortions()
    {
        // The drivers' station shares the street's database but cooks its own menu.
        KioskConfig atStation = fixture->site.config();
        atStation.site = QStringLiteral("station");
        atStation.kioskId = QStringLiteral("station-kiosk");
        Backend station(atStation, fixture->clock);
        QString error;
        QVERIFY2(station.start(&error), qPrintable(error));
        const PeriodState lunch = canteen().periodAt(lunchTime());
        const QList<MenuDish> stationMenu = station.canteen().menu(lunch);
        QList<qint64> stationDishes;
        for (const MenuDish &d : stationMenu)
            stationDishes << d.dishId;
        QCOMPARE(stationDishes, (QList<qint64>{1, 3, 4, 5, 6, 8, 10, 11})); // db/demo/demo_day.sql
        QCOMPARE(stationMenu.constFirst().portions, 20);
        QCOMPARE(canteen().menu(lunch).size(), 12); // the community's, as before

        OrderDraft meal;
        meal.person = driverPerson(1);
        meal.setCode = QStringLiteral("driver");
        meal.dishIds = {kBraisedPork, kKungPao, kGreens, kTomatoEgg};
        meal.requestKey = QStringLiteral("station-meal");
        const PlacedOrder placed = station.canteen().place(meal);
        QCOMPARE(placed.problem, Canteen::NoProblem);
        QCOMPARE(placed.order.site, QStringLiteral("station"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT portions FROM menu_item WHERE site = 'station' AND dish_id = 1")), 19);
        QCOMPARE(portions(kBraisedPork), 40); // the community kitchen's pork is not the station's
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM meal_order WHERE site = 'station'")), 1);

        // Each kitchen's board shows its own orders only.
        QCOMPARE(station.canteenStaff().orders(lunch.day, lunch.code).size(), 1);
        QVERIFY(fixture->backend->canteenStaff().orders(lunch.day, lunch.code).isEmpty());
        // A dish the station does not cook today is not sold there.
        OrderDraft fish;
        fish.dishIds = {kSteamedFish};
        fish.requestKey = QStringLiteral("station-fish");
        QCOMPARE(station.canteen().place(fish).problem, Canteen::UnknownDish);
    }

    void aKioskAtAnUnknownSiteDoesNotStart()
    {
        KioskConfig nowhere = fixture->site.config();
        nowhere.site = QStringLiteral("harbour");
        Backend kiosk(nowhere, fixture->clock);
        QString error;
        QVERIFY(!kiosk.start(&error));
        QVERIFY2(error.contains(QStringLiteral("'harbour'")) && error.contains(QStringLiteral("main, station")),
                 qPrintable(error));
    }

    void deliveryTakesTheAddressFromTheRecord()
    {
        OrderDraft draft = seniorOrder(3); // 王秀英, 88, mobility-impaired
        draft.person.birthDate = QDate(1938, 6, 20);
        draft.person.mobilityImpaired = true;
        draft.service = Canteen::Delivery;
        const PlacedOrder placed = canteen().place(draft);
        QCOMPARE(placed.problem, Canteen::NoProblem);
        const auto ticket = PrintJobStore(db()).job(placed.kitchenJob);
        QVERIFY(ticket->payload.contains(gb18030(QStringLiteral("8街坊5栋3单元101"))));
        OrderDraft tooYoung = seniorOrder(2, QStringLiteral("y")); // 75, walks
        tooYoung.person.birthDate = QDate(1951, 10, 1);
        tooYoung.service = Canteen::Delivery;
        QCOMPARE(canteen().place(tooYoung).problem, Canteen::DeliveryNotOffered);
    }

    void soldOutNeverGoesBelowZero()
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE menu_item SET portions = 1 WHERE dish_id = %1").arg(kSteamedFish)));
        OrderDraft fish;
        fish.dishIds = {kSteamedFish};
        fish.requestKey = QStringLiteral("f1");
        QCOMPARE(canteen().place(fish).problem, Canteen::NoProblem);
        fish.requestKey = QStringLiteral("f2");
        const PlacedOrder second = canteen().place(fish);
        QCOMPARE(second.problem, Canteen::SoldOut);
        QCOMPARE(second.problemDish, kSteamedFish);
        QCOMPARE(portions(kSteamedFish), 0);
    }

    void twoKiosksOnOneFileNeverOversellOrSellTwoSeniorSets()
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE menu_item SET portions = 25 WHERE dish_id = %1").arg(kSteamedFish)));
        const KioskConfig config = fixture->site.config();
        std::atomic<int> fishSold{0}, setsSold{0};
        auto kiosk = [&](int kioskNumber) {
            Backend backend(config, fixture->clock); // its own connection, on its own thread
            QString error;
            if (!backend.start(&error))
                return;
            for (int i = 0; i < 20; ++i) {
                OrderDraft fish;
                fish.dishIds = {kSteamedFish};
                fish.requestKey = QStringLiteral("kiosk%1-%2").arg(kioskNumber).arg(i);
                if (backend.canteen().place(fish).problem == Canteen::NoProblem)
                    ++fishSold;
                OrderDraft set = seniorOrder(1, QStringLiteral("set-kiosk%1-%2").arg(kioskNumber).arg(i));
                set.dishIds = {kBraisedPork, kGreens, kRibSoup};
                if (backend.canteen().place(set).problem == Canteen::NoProblem)
                    ++setsSold;
            }
        };
        std::thread first(kiosk, 1), second(kiosk, 2);
        first.join();
        second.join();
        QCOMPARE(fishSold.load(), 25);
        QCOMPARE(portions(kSteamedFish), 0);
        QCOMPARE(setsSold.load(), 1);
    }

    void unpaidCounterOrdersLapseAfterTheirPeriodAndGiveTheirPortionsBack()
    {
        OrderDraft unpaid;
        unpaid.dishIds = {kSteamedFish, kRice};
        unpaid.requestKey = QStringLiteral("u");
        const int before = portions(kSteamedFish);
        QCOMPARE(canteen().place(unpaid).problem, Canteen::NoProblem);
        const PlacedOrder paid = canteen().place(seniorOrder());
        QCOMPARE(portions(kSteamedFish), before - 1);
        QCOMPARE(canteen().lapseUnpaidOrders(), 0); // lunch is still on
        fixture->clock.set(QDateTime(QDate(2026, 11, 27), QTime(13, 30)));
        QCOMPARE(canteen().lapseUnpaidOrders(), 1);
        QCOMPARE(portions(kSteamedFish), before);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM meal_order WHERE state = 'lapsed'")), 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT state = 'new' FROM meal_order WHERE id = %1").arg(paid.order.id)), 1);
        QCOMPARE(canteen().lapseUnpaidOrders(), 0); // once
    }

    void aDeliveryPaidAtTheDoorDoesNotLapse()
    {
        OrderDraft draft = seniorOrder(3, QStringLiteral("door")); // 88, mobility-impaired
        draft.person.birthDate = QDate(1938, 6, 20);
        draft.person.mobilityImpaired = true;
        draft.service = Canteen::Delivery;
        draft.payment = Canteen::AtCounter;
        const PlacedOrder placed = canteen().place(draft);
        QCOMPARE(placed.problem, Canteen::NoProblem);
        fixture->clock.set(QDateTime(QDate(2026, 11, 27), QTime(13, 30))); // on its way, window closed
        QCOMPARE(canteen().lapseUnpaidOrders(), 0);
        QVERIFY(canteen().markPaid(placed.order.id)); // the volunteer took the money
    }

    void aTakenSeniorSetIsNotOfferedAgain()
    {
        const IdentifiedPerson elder = seniorOrder().person;
        QVERIFY(canteen().view(elder).setsTaken.isEmpty());
        QCOMPARE(canteen().place(seniorOrder()).problem, Canteen::NoProblem);
        QCOMPARE(canteen().view(elder).setsTaken, QSet<QString>{QStringLiteral("senior")});
    }

    void staffCanReprintAnyReceipt()
    {
        const PlacedOrder placed = canteen().place(seniorOrder());
        const auto first = PrintJobStore(db()).job(placed.receiptJob);
        const std::optional<qint64> copy = canteen().queueReceiptCopy(placed.order.id);
        QVERIFY(copy && *copy != placed.receiptJob);
        const auto reprint = PrintJobStore(db()).job(*copy);
        QVERIFY(reprint->payload.contains(gb18030(QStringLiteral("（补打）"))));
        QVERIFY(!first->payload.contains(gb18030(QStringLiteral("（补打）"))));
        // Otherwise the same receipt: same order, code, dishes and money.
        QCOMPARE(QByteArray(reprint->payload).replace(gb18030(QStringLiteral("（补打）\n")), ""), first->payload);
        QVERIFY(!canteen().queueReceiptCopy(9999));
    }

    void topUpsAreAudited()
    {
        QVERIFY(canteen().topUp(4, 5000, 1, QStringLiteral("tap-1"))); // resident 4 had no card
        QVERIFY(canteen().topUp(1, 1000, 2, QStringLiteral("tap-2")));
        QVERIFY(!canteen().topUp(1, 0, 2, QStringLiteral("tap-3")));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT balance_fen FROM meal_card WHERE resident_id = 4")), 5000);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT balance_fen FROM meal_card WHERE resident_id = 1")), 16000);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM meal_card_topup WHERE staff_id IN (1, 2)")), 2);
    }

    void receiptsAreByteForByteAsApproved_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<int>("paper");
        QTest::addColumn<bool>("kitchen");
        QTest::newRow("receipt 58") << QStringLiteral("canteen_receipt_58.escpos") << int(PaperWidth::Mm58) << false;
        QTest::newRow("receipt 80") << QStringLiteral("canteen_receipt_80.escpos") << int(PaperWidth::Mm80) << false;
        QTest::newRow("kitchen 80") << QStringLiteral("kitchen_ticket_80.escpos") << int(PaperWidth::Mm80) << true;
    }
    void receiptsAreByteForByteAsApproved()
    {
        QFETCH(QString, golden);
        QFETCH(int, paper);
        QFETCH(bool, kitchen);
        slips::CanteenOrder order;
        order.number = 23;
        order.pickupCode = QStringLiteral("4821");
        order.orderCode = QStringLiteral("LLO:20261127:23:4821");
        order.lines = {{QStringLiteral("红烧肉"), 1200, {QStringLiteral("软烂")}},
                       {QStringLiteral("清炒时蔬"), 400, {QStringLiteral("软烂"), QStringLiteral("少盐")}},
                       {QStringLiteral("排骨藕汤"), 600, {QStringLiteral("少盐")}}};
        order.setName = QStringLiteral("敬老套餐");
        order.normalFen = 2200;
        order.subsidyFen = 1500;
        order.totalFen = 700;
        order.paid = true;
        order.payment = QStringLiteral("饭卡");
        order.service = QStringLiteral("送餐上门");
        order.address = QStringLiteral("8街坊5栋3单元101");
        order.at = lunchTime();
        const QByteArray bytes = kitchen ? slips::kitchenTicket(order, PaperWidth(paper))
                                         : slips::canteenReceipt(order, PaperWidth(paper));
        const QString mismatch = goldenMismatch(QStringLiteral(LINLI_GOLDEN_DIR "/") + golden, bytes);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY(bytes.size() <= 2048);
    }

    void theReceiptsQrCodeHasItsQuietZone()
    {
        slips::CanteenOrder order;
        order.pickupCode = QStringLiteral("4821");
        order.orderCode = QStringLiteral("LLO:20261127:23:4821");
        order.at = lunchTime();
        const QByteArray bytes = slips::canteenReceipt(order, PaperWidth::Mm58);
        // 4 modules of 5 dots of blank paper (ESC J 20) right before the
        // symbol's first command and right after its print command.
        const QByteArray quiet = QByteArray::fromHex("1b4a14");
        const qsizetype symbol = bytes.indexOf(QByteArray::fromHex("1d286b04003141"));
        const qsizetype printed = bytes.indexOf(QByteArray::fromHex("1d286b0300315130"));
        QVERIFY(symbol > 0 && printed > symbol);
        QCOMPARE(bytes.mid(symbol - quiet.size(), quiet.size()), quiet);
        QCOMPARE(bytes.mid(printed + 8, quiet.size()), quiet);
    }

    void aKitchenTagsClosingBracketNeverStandsAlone()
    {
        // Double size on 58 mm paper: 16 columns, so these tags would leave "）" alone.
        slips::CanteenOrder order;
        order.lines = {{QStringLiteral("清炒时蔬"), 400,
                        {QStringLiteral("软烂"), QStringLiteral("少盐"), QStringLiteral("少油")}}};
        order.at = lunchTime();
        const QString ticket = QStringDecoder("GB18030").decode(slips::kitchenTicket(order, PaperWidth::Mm58));
        QVERIFY2(!ticket.contains(QStringLiteral("\n）")), qPrintable(ticket));
        QVERIFY(ticket.contains(QStringLiteral("油）")));
    }
};

QTEST_GUILESS_MAIN(TestCanteen)
#include "tst_canteen.moc"
