// The canteen's staff mode against a real database: the orders board, the
// delivery run with its welfare alerts, the period's figures and top-ups.
#include "Canteen.h"
#include "AddressOrder.h"
#include "CanteenStaff.h"
#include "Exports.h"
#include "Money.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>

using namespace linli;
using namespace linli::test;

namespace {

// Demo dishes (db/demo/demo_day.sql).
constexpr qint64 kBraisedPork = 1, kSteamedFish = 2, kKungPao = 3, kEggCustard = 4, kGreens = 5, kTomatoEgg = 6,
                 kRibSoup = 9, kSeaweedSoup = 10, kRice = 11;

const QDate kToday(2026, 11, 27);
const QString kLunch = QStringLiteral("lunch");

IdentifiedPerson resident(qint64 id, const QDate &born)
{
    IdentifiedPerson p;
    p.kind = Identity::Resident;
    p.personId = id;
    p.birthDate = born;
    p.deliveryEnabled = true; // the address, not the rule, is under test here
    return p;
}



} // namespace

class TestCanteenStaff : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;
    std::unique_ptr<CanteenStaffService> staff;
    CanteenService &canteen() { return fixture->backend->canteen(); }
    Database &db() { return fixture->backend->database(); }

    // A senior set (meat, vegetable, soup) for a resident of the demo day.
    PlacedOrder seniorSet(qint64 residentId, const QDate &born, Canteen::Service service,
                          Canteen::Payment payment = Canteen::MealCard,
                          QList<qint64> dishes = {kBraisedPork, kGreens, kRibSoup})
    {
        OrderDraft draft;
        draft.person = resident(residentId, born);
        draft.setCode = QStringLiteral("senior");
        draft.dishIds = dishes;
        draft.service = service;
        draft.payment = payment;
        draft.requestKey = QStringLiteral("senior-%1").arg(residentId);
        return canteen().place(draft);
    }
    PlacedOrder delivery(qint64 residentId, const QDate &born, Canteen::Payment payment = Canteen::MealCard)
    {
        return seniorSet(residentId, born, Canteen::Delivery, payment);
    }
    PlacedOrder dishes(const QList<qint64> &ids, const QString &key)
    {
        OrderDraft draft;
        draft.dishIds = ids;
        draft.service = Canteen::TakeAway;
        draft.requestKey = key;
        return canteen().place(draft);
    }
    QString state(qint64 orderId)
    {
        return sqlValue(db(), QStringLiteral("SELECT state FROM meal_order WHERE id = %1").arg(orderId)).toString();
    }
    int count(const QString &sql) { return sqlValue(db(), sql).toInt(); }
    qint64 balance(qint64 residentId) { return CanteenStore(db()).mealCardBalance(residentId).value_or(-1); }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
        staff = std::make_unique<CanteenStaffService>(db(), fixture->clock, PaperWidth::Mm80, canteen());
    }
    void cleanup()
    {
        staff.reset();
        fixture.reset();
    }

    void theBoardMovesOneStepAtATime()
    {
        const PlacedOrder paid = seniorSet(1, QDate(1944, 3, 12), Canteen::DineIn);
        QCOMPARE(paid.problem, Canteen::NoProblem);
        const qint64 id = paid.order.id;
        for (const char *refused : {"ready", "collected", "new", "lapsed", "eaten", ""})
            QVERIFY2(!staff->advance(id, QString::fromLatin1(refused)), refused);
        QCOMPARE(state(id), QStringLiteral("new"));
        QVERIFY(staff->advance(id, QStringLiteral("cooking")));
        QVERIFY(!staff->advance(id, QStringLiteral("cooking"))); // a second tap
        QVERIFY(!staff->advance(id, QStringLiteral("collected")));
        QVERIFY(staff->advance(id, QStringLiteral("ready")));
        QVERIFY(!staff->advance(id, QStringLiteral("cooking"))); // never back
        QVERIFY(staff->advance(id, QStringLiteral("collected")));
        QCOMPARE(state(id), QStringLiteral("collected"));
        QCOMPARE(canteen_staff::nextState(QStringLiteral("ready")), QStringLiteral("collected"));
        QCOMPARE(canteen_staff::nextState(QStringLiteral("collected")), QString());
        QVERIFY(!staff->advance(999, QStringLiteral("cooking")));

        // At the counter: cooked before it is paid, handed over only after.
        const PlacedOrder counter = dishes({kSteamedFish, kRice}, QStringLiteral("counter"));
        QVERIFY(staff->advance(counter.order.id, QStringLiteral("cooking")));
        QVERIFY(staff->advance(counter.order.id, QStringLiteral("ready")));
        QVERIFY(!staff->advance(counter.order.id, QStringLiteral("collected")));
        QVERIFY(canteen().markPaid(counter.order.id));
        QVERIFY(staff->advance(counter.order.id, QStringLiteral("collected")));

        // A lapsed order never moves.
        const PlacedOrder unpaid = dishes({kKungPao}, QStringLiteral("unpaid"));
        fixture->clock.set(QDateTime(kToday, QTime(13, 30)));
        QCOMPARE(canteen().lapseUnpaidOrders(), 1);
        QVERIFY(!staff->advance(unpaid.order.id, QStringLiteral("cooking")));
        QCOMPARE(state(unpaid.order.id), QStringLiteral("lapsed"));
        // ...and is never paid: its meal is over and its portions went back.
        QVERIFY(!canteen().markPaid(unpaid.order.id));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM meal_order WHERE paid_at IS NOT NULL AND state = 'lapsed'")), 0);

        const QList<OrderRecord> board = staff->orders(kToday, kLunch);
        QCOMPARE(board.size(), 3);
        QStringList states;
        for (const OrderRecord &order : board)
            states << QStringLiteral("%1:%2").arg(order.number).arg(order.state);
        QCOMPARE(states, QStringList({"1:collected", "2:collected", "3:lapsed"}));
        QCOMPARE(staff->orderLines(counter.order.id).size(), 2);
        QVERIFY(staff->orders(kToday, QStringLiteral("dinner")).isEmpty());
    }

    void theRunSheetFollowsBuildingsUnitsAndRooms()
    {
        const PlacedOrder wu = delivery(10, QDate(1949, 10, 1));    // 10街坊4栋 1单元 502
        const PlacedOrder wang = delivery(3, QDate(1938, 6, 20));   // 8街坊5栋 3单元 101
        const PlacedOrder zhao = delivery(7, QDate(1934, 9, 30));   // 8街坊5栋 1单元 102
        const PlacedOrder sun = delivery(12, QDate(1941, 11, 11));  // 9街坊2栋 2单元 101
        const PlacedOrder he = delivery(17, QDate(1937, 1, 9));     // 8街坊3栋 1单元 101
        const PlacedOrder hu = delivery(15, QDate(1943, 4, 4), Canteen::AtCounter); // paid at the door
        const PlacedOrder dineIn = seniorSet(1, QDate(1944, 3, 12), Canteen::DineIn);
        for (const PlacedOrder *placed : {&wu, &wang, &zhao, &sun, &he, &hu, &dineIn})
            QCOMPARE(placed->problem, Canteen::NoProblem);
        fixture->clock.set(QDateTime(kToday, QTime(13, 30)));
        QCOMPARE(canteen().lapseUnpaidOrders(), 0); // a delivery is paid at the door: it never lapses

        const QList<RunSheetStop> stops = staff->runSheet(kToday, kLunch);
        QStringList walk;
        for (const RunSheetStop &stop : stops)
            walk << stop.building + u'|' + stop.unit + u'|' + stop.room;
        // Buildings by number (8, 9, 10), not as text, where "10" would come first.
        QCOMPARE(walk, QStringList({QStringLiteral("8街坊3栋|1单元|101"), QStringLiteral("8街坊5栋|1单元|102"),
                                    QStringLiteral("8街坊5栋|3单元|101"), QStringLiteral("9街坊1栋|3单元|102"),
                                    QStringLiteral("9街坊2栋|2单元|101"), QStringLiteral("10街坊4栋|1单元|502")}));
        const RunSheetStop &stop = stops.at(2);
        QCOMPARE(stop.orderId, wang.order.id);
        QCOMPARE(stop.number, wang.order.number);
        QCOMPARE(stop.pickupCode, wang.order.pickupCode);
        QCOMPARE(stop.residentId, 3);
        QCOMPARE(stop.residentName, QStringLiteral("王秀英"));
        QCOMPARE(stop.maskedName, QStringLiteral("王*英"));
        QCOMPARE(stop.phone, QStringLiteral("13807100003"));
        QVERIFY(stop.livesAlone);
        QCOMPARE(stop.address(), QStringLiteral("8街坊5栋3单元101"));
        QCOMPARE(stop.dishes, QStringList({QStringLiteral("红烧肉"), QStringLiteral("清炒时蔬"),
                                           QStringLiteral("排骨藕汤")}));
        QVERIFY(stop.paid);
        QCOMPARE(stop.totalFen, 700);
        QCOMPARE(stop.outcome, QString());

        QVERIFY(naturalLess(QStringLiteral("9街坊"), QStringLiteral("10街坊")));
        QVERIFY(!naturalLess(QStringLiteral("10街坊"), QStringLiteral("9街坊")));
        QVERIFY(naturalLess(QStringLiteral("502"), QStringLiteral("0601")));
        QVERIFY(naturalLess(QStringLiteral("1单元"), QStringLiteral("1单元A")));
        QVERIFY(!naturalLess(QStringLiteral("101"), QStringLiteral("101")));
    }

    void aVolunteerTakesTheRun()
    {
        QVERIFY(!staff->deliveryRun(kToday, kLunch));
        QVERIFY(staff->assignVolunteer(kToday, kLunch, QStringLiteral("  刘阿姨 "), 1));
        auto run = staff->deliveryRun(kToday, kLunch);
        QVERIFY(run);
        QCOMPARE(run->volunteer, QStringLiteral("刘阿姨"));
        QCOMPARE(run->assignedBy, 1);
        QCOMPARE(run->assignedAt, lunchTime());
        fixture->clock.advanceSecs(600);
        QVERIFY(staff->assignVolunteer(kToday, kLunch, QStringLiteral("陈师傅"), 2)); // she fell ill
        run = staff->deliveryRun(kToday, kLunch);
        QCOMPARE(run->volunteer, QStringLiteral("陈师傅"));
        QCOMPARE(run->assignedBy, 2);
        QCOMPARE(run->assignedAt, lunchTime().addSecs(600));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM delivery_run")), 1);
        QVERIFY(!staff->deliveryRun(kToday, QStringLiteral("dinner")));

        QVERIFY(!staff->assignVolunteer(kToday, kLunch, QStringLiteral("   "), 1));
        QVERIFY(!staff->assignVolunteer(kToday, kLunch, QString(41, u'张'), 1));
        QVERIFY(!staff->assignVolunteer(kToday, kLunch, QStringLiteral("某人"), 99));                  // no such staff
        QVERIFY(!staff->assignVolunteer(kToday, QStringLiteral("supper"), QStringLiteral("某人"), 1)); // no such period
        QCOMPARE(staff->deliveryRun(kToday, kLunch)->volunteer, QStringLiteral("陈师傅"));
    }

    void noAnswerRaisesOneAlertThatStaysUntilResolved()
    {
        const PlacedOrder wang = delivery(3, QDate(1938, 6, 20));
        const PlacedOrder zhao = delivery(7, QDate(1934, 9, 30));
        const PlacedOrder sun = delivery(12, QDate(1941, 11, 11));
        const PlacedOrder dineIn = seniorSet(1, QDate(1944, 3, 12), Canteen::DineIn);
        QVERIFY(!staff->recordDelivery(dineIn.order.id, false, 1)); // not a delivery
        QVERIFY(!staff->recordDelivery(999, false, 1));

        QVERIFY(staff->recordDelivery(wang.order.id, true, 1));
        QVERIFY(staff->openAlerts().isEmpty());
        QVERIFY(!staff->recordDelivery(wang.order.id, false, 1)); // delivered is final
        QVERIFY(staff->openAlerts().isEmpty());

        fixture->clock.set(QDateTime(kToday, QTime(12, 10)));
        QVERIFY(staff->recordDelivery(zhao.order.id, false, 3));
        QVERIFY(staff->recordDelivery(zhao.order.id, false, 3)); // a second tap
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM welfare_alert")), 1);
        QList<WelfareAlert> alerts = staff->openAlerts();
        QCOMPARE(alerts.size(), 1);
        const WelfareAlert alert = alerts.constFirst();
        QCOMPARE(alert.orderId, zhao.order.id);
        QCOMPARE(alert.orderNumber, zhao.order.number);
        QCOMPARE(alert.day, kToday);
        QCOMPARE(alert.period, kLunch);
        QCOMPARE(alert.residentId, 7);
        QCOMPARE(alert.residentName, QStringLiteral("赵玉兰"));
        QCOMPARE(alert.phone, QStringLiteral("13807100007"));
        QVERIFY(alert.livesAlone);
        QCOMPARE(alert.address(), QStringLiteral("8街坊5栋1单元102"));
        QCOMPARE(alert.raisedAt, QDateTime(kToday, QTime(12, 10)));

        // A staff member the database does not know: nothing is recorded, no alert.
        QVERIFY(!staff->recordDelivery(sun.order.id, false, 99));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM welfare_alert")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM delivery_outcome")), 2);

        // Delivered on a second try: recorded, but a person still has to check.
        QVERIFY(staff->recordDelivery(zhao.order.id, true, 3));
        QStringList outcomes;
        for (const RunSheetStop &stop : staff->runSheet(kToday, kLunch))
            outcomes << stop.outcome;
        QCOMPARE(outcomes, QStringList({"delivered", "delivered", ""})); // 9街坊 has none yet
        QCOMPARE(staff->openAlerts().size(), 1);

        // The next morning it is still there.
        fixture->clock.set(QDateTime(kToday.addDays(1), QTime(8, 0)));
        QCOMPARE(staff->openAlerts().size(), 1);
        QVERIFY(!staff->resolveAlert(alert.id, 2, QStringLiteral("  "))); // say what was found
        QVERIFY(!staff->resolveAlert(alert.id, 99, QStringLiteral("电话联系上")));
        QCOMPARE(staff->openAlerts().size(), 1);
        QVERIFY(staff->resolveAlert(alert.id, 2, QStringLiteral(" 电话联系上，老人在女儿家 ")));
        QVERIFY(staff->openAlerts().isEmpty());
        QVERIFY(!staff->resolveAlert(alert.id, 2, QStringLiteral("again")));
        QCOMPARE(sqlValue(db(), QStringLiteral("SELECT note FROM welfare_alert")).toString(),
                 QStringLiteral("电话联系上，老人在女儿家"));
        QCOMPARE(count(QStringLiteral("SELECT resolved_by FROM welfare_alert")), 2);
    }

    void theRunSheetPrintsWithTheAddressesAndTheVolunteer()
    {
        const PlacedOrder wu = delivery(10, QDate(1949, 10, 1));
        const PlacedOrder wang = delivery(3, QDate(1938, 6, 20));
        const PlacedOrder zhao = delivery(7, QDate(1934, 9, 30), Canteen::AtCounter);
        const PlacedOrder he = delivery(17, QDate(1937, 1, 9));
        for (const PlacedOrder *placed : {&wu, &wang, &zhao, &he})
            QCOMPARE(placed->problem, Canteen::NoProblem);
        QVERIFY(staff->assignVolunteer(kToday, kLunch, QStringLiteral("刘阿姨"), 1));

        const std::optional<qint64> jobId = staff->queueRunSheet(kToday, kLunch);
        QVERIFY(jobId);
        const auto job = PrintJobStore(db()).job(*jobId);
        QVERIFY(job);
        QCOMPARE(job->kind, QStringLiteral("run_sheet"));
        QCOMPARE(job->state, QStringLiteral("queued"));
        const QByteArray &bytes = job->payload;
        for (const QString &text : {QStringLiteral("送餐单"), QStringLiteral("2026-11-27 午餐"), QStringLiteral("刘阿姨"),
                                    QStringLiteral("4 份"), QStringLiteral("3单元101"), QStringLiteral("1单元102"),
                                    QStringLiteral("王*英"), QStringLiteral("订单 %1号").arg(wang.order.number),
                                    QStringLiteral("红烧肉、清炒时蔬、排骨藕汤"), QStringLiteral("待收 7.00元"),
                                    QStringLiteral("志愿者签名")})
            QVERIFY2(bytes.contains(gb18030(text)), qPrintable(text));
        QVERIFY(!bytes.contains(gb18030(QStringLiteral("王秀英")))); // paper carries masked names
        // One heading per building, in walking order.
        QCOMPARE(bytes.count(gb18030(QStringLiteral("8街坊5栋"))), 1);
        const qsizetype first = bytes.indexOf(gb18030(QStringLiteral("8街坊3栋")));
        const qsizetype second = bytes.indexOf(gb18030(QStringLiteral("8街坊5栋")));
        const qsizetype third = bytes.indexOf(gb18030(QStringLiteral("10街坊4栋")));
        QVERIFY(first > 0 && first < second && second < third);
        QVERIFY(bytes.indexOf(gb18030(QStringLiteral("1单元102"))) < bytes.indexOf(gb18030(QStringLiteral("3单元101"))));
        QVERIFY(bytes.endsWith(QByteArray("\x1d\x56\x42\x00", 4))); // cut

        // A period without deliveries or volunteer still prints, and says so.
        const auto empty = PrintJobStore(db()).job(*staff->queueRunSheet(kToday, QStringLiteral("dinner")));
        QVERIFY(empty->payload.contains(gb18030(QStringLiteral("2026-11-27 晚餐"))));
        QVERIFY(empty->payload.contains(gb18030(QStringLiteral("未指派"))));
        QVERIFY(empty->payload.contains(gb18030(QStringLiteral("本餐无送餐订单"))));
    }

    void assistedOrdersAreRecordedWithBothPeopleAndCountedApart()
    {
        IdentifiedPerson volunteer;
        volunteer.kind = Identity::Staff;
        volunteer.personId = 3;
        volunteer.fullName = QStringLiteral("郑美玲");
        const auto assisted = [&](OrderDraft draft) {
            draft.assistant = volunteer;
            return canteen().place(draft);
        };
        OrderDraft senior;
        senior.person = resident(1, QDate(1944, 3, 12));
        senior.setCode = QStringLiteral("senior");
        senior.dishIds = {kBraisedPork, kGreens, kRibSoup};
        senior.payment = Canteen::MealCard;
        senior.requestKey = QStringLiteral("assisted-senior");
        const PlacedOrder placed = assisted(senior);
        QCOMPARE(placed.problem, Canteen::NoProblem);
        QCOMPARE(sqlValue(db(), QStringLiteral("SELECT assisted_by FROM meal_order WHERE id = %1").arg(placed.order.id))
                     .toLongLong(),
                 3);
        QCOMPARE(sqlValue(db(), QStringLiteral("SELECT resident_id FROM meal_order WHERE id = %1").arg(placed.order.id))
                     .toLongLong(),
                 1);
        // The receipt names who helped, masked like any name on paper; the kitchen does not need to know.
        const QByteArray name = gb18030(QStringLiteral("郑*玲"));
        QVERIFY(PrintJobStore(db()).job(placed.receiptJob)->payload.contains(gb18030(QStringLiteral("代办人"))));
        QVERIFY(PrintJobStore(db()).job(placed.receiptJob)->payload.contains(name));
        QVERIFY(!PrintJobStore(db()).job(placed.receiptJob)->payload.contains(gb18030(QStringLiteral("郑美玲"))));
        QVERIFY(!PrintJobStore(db()).job(placed.kitchenJob)->payload.contains(name));
        // A reprint still says so.
        QVERIFY(PrintJobStore(db()).job(*canteen().queueReceiptCopy(placed.order.id))->payload.contains(name));

        // An assisted counter order that lapses is not counted; an order
        // without a helper, a walk-in's, or a driver's records nobody.
        OrderDraft unpaid = senior;
        unpaid.person = resident(2, QDate(1951, 10, 1));
        unpaid.payment = Canteen::AtCounter;
        unpaid.requestKey = QStringLiteral("assisted-unpaid");
        QCOMPARE(assisted(unpaid).problem, Canteen::NoProblem);
        const PlacedOrder alone = seniorSet(3, QDate(1938, 6, 20), Canteen::DineIn);
        QCOMPARE(alone.problem, Canteen::NoProblem);
        QVERIFY(!PrintJobStore(db()).job(alone.receiptJob)->payload.contains(gb18030(QStringLiteral("代办人"))));
        OrderDraft walkIn;
        walkIn.dishIds = {kRice};
        walkIn.requestKey = QStringLiteral("assisted-walk-in");
        QCOMPARE(assisted(walkIn).problem, Canteen::NoProblem);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM meal_order WHERE assisted_by IS NOT NULL")), 2);

        CanteenFigures f = staff->figures(kToday, kLunch);
        QCOMPARE(f.assistedOrders, 2);
        QCOMPARE(f.seniorOrders, 3);
        fixture->clock.set(QDateTime(kToday, QTime(13, 30)));
        canteen().lapseUnpaidOrders();
        f = staff->figures(kToday, kLunch);
        QCOMPARE(f.assistedOrders, 1);
        QVERIFY(CanteenStaffService::figuresCsv({f}).endsWith(QStringLiteral(",1\r\n")));
    }

    void figuresCountEveryKindToTheFen()
    {
        // Senior sets: 2200 - 700 = 1500 and 1800 - 700 = 1100 of subsidy, on the meal card.
        QCOMPARE(seniorSet(1, QDate(1944, 3, 12), Canteen::DineIn).problem, Canteen::NoProblem);
        QCOMPARE(seniorSet(3, QDate(1938, 6, 20), Canteen::Delivery, Canteen::MealCard,
                           {kSteamedFish, kTomatoEgg, kSeaweedSoup}).problem, Canteen::NoProblem);
        // A senior set at the counter, never paid: it lapses.
        QCOMPARE(seniorSet(2, QDate(1951, 10, 1), Canteen::TakeAway, Canteen::AtCounter).problem, Canteen::NoProblem);
        // A driver set, 3000 - 1000 = 2000 of subsidy, paid at the counter.
        OrderDraft drivers;
        drivers.person.kind = Identity::Driver;
        drivers.person.personId = 1;
        drivers.setCode = QStringLiteral("driver");
        drivers.dishIds = {kBraisedPork, kKungPao, kGreens, kTomatoEgg};
        drivers.requestKey = QStringLiteral("driver");
        const PlacedOrder driverSet = canteen().place(drivers);
        QCOMPARE(driverSet.problem, Canteen::NoProblem);
        QVERIFY(canteen().markPaid(driverSet.order.id));
        // Normal prices: 1100 paid at the counter, 600 never paid.
        const PlacedOrder walkIn = dishes({kSteamedFish, kRice}, QStringLiteral("walk-in"));
        QVERIFY(canteen().markPaid(walkIn.order.id));
        QCOMPARE(dishes({kEggCustard}, QStringLiteral("unpaid")).problem, Canteen::NoProblem);

        CanteenFigures f = staff->figures(kToday, kLunch);
        QVERIFY(f.valid);
        QCOMPARE(f.seniorOrders, 3);
        QCOMPARE(f.driverOrders, 1);
        QCOMPARE(f.normalOrders, 2);
        QCOMPARE(f.setsSold, 4);
        // The unpaid senior set claims no subsidy: it may yet lapse.
        QCOMPARE(f.subsidyFen, 1500 + 1100 + 2000);
        QCOMPARE(f.revenueFen.value(QStringLiteral("meal_card")), 700 + 700);
        QCOMPARE(f.revenueFen.value(QStringLiteral("counter")), 1000 + 1100);
        QCOMPARE(f.revenueTotalFen(), 3500);
        QCOMPARE(f.deliveries, 1);
        QCOMPARE(f.lapsed, 0);

        fixture->clock.set(QDateTime(kToday, QTime(13, 30)));
        QCOMPARE(canteen().lapseUnpaidOrders(), 2);
        f = staff->figures(kToday, kLunch);
        QCOMPARE(f.day, kToday);
        QCOMPARE(f.period, kLunch);
        QCOMPARE(f.seniorOrders, 2);
        QCOMPARE(f.driverOrders, 1);
        QCOMPARE(f.normalOrders, 1);
        QCOMPARE(f.setsSold, 3);
        QCOMPARE(f.subsidyFen, 4600);
        QCOMPARE(f.revenueTotalFen(), 3500);
        QCOMPARE(f.deliveries, 1);
        QCOMPARE(f.lapsed, 2);
        QCOMPARE(CanteenStaffService::figuresCsv({f}),
                 QStringLiteral("day,period,senior_orders,driver_orders,normal_orders,sets_sold,subsidy_yuan,"
                                "revenue_meal_card_yuan,revenue_counter_yuan,revenue_total_yuan,deliveries,lapsed,assisted_orders\r\n"
                                "2026-11-27,lunch,2,1,1,3,46.00,14.00,21.00,35.00,1,2,0\r\n"));

        const CanteenFigures dinner = staff->figures(kToday, QStringLiteral("dinner"));
        QVERIFY(dinner.valid);
        QCOMPARE(dinner.seniorOrders + dinner.driverOrders + dinner.normalOrders + dinner.lapsed, 0);
        QCOMPARE(dinner.revenueTotalFen(), 0);
    }

    void aCancelledOrderCountsNowhere()
    {
        const PlacedOrder kept = seniorSet(1, QDate(1944, 3, 12), Canteen::DineIn);
        const PlacedOrder taken = seniorSet(3, QDate(1938, 6, 20), Canteen::Delivery);
        QCOMPARE(canteen().cancel(taken.order.id, QStringLiteral("changed_mind"), 1).outcome, CancelledOrder::Cancelled);
        const CanteenFigures f = staff->figures(kToday, kLunch);
        QCOMPARE(f.seniorOrders, 1);
        QCOMPARE(f.subsidyFen, kept.order.subsidyFen);
        QCOMPARE(f.revenueTotalFen(), 700);
        QCOMPARE(f.deliveries, 0);
        QCOMPARE(f.lapsed, 0);
        QVERIFY(staff->runSheet(kToday, kLunch).isEmpty()); // nothing to carry to the door
        QVERIFY(!staff->recordDelivery(taken.order.id, true, 1));
        QCOMPARE(staff->orders(kToday, kLunch).size(), 2); // still on the board, as cancelled
    }

    void aResidentsStatementPrintsTheirLedger()
    {
        QCOMPARE(seniorSet(1, QDate(1944, 3, 12), Canteen::DineIn).problem, Canteen::NoProblem);
        QVERIFY(canteen().topUp(1, 5000, 1, QStringLiteral("statement")));
        QVERIFY(canteen().correct(1, -300, QStringLiteral("counted_wrong"), 1));
        const std::optional<CanteenStaffService::CardView> card = staff->card(1);
        QVERIFY(card);
        QCOMPARE(card->ledger.size(), 4); // opening, charge, top-up, correction
        QCOMPARE(card->balanceFen, balance(1));

        const std::optional<qint64> job = staff->queueStatement(1);
        QVERIFY(job);
        const auto slip = PrintJobStore(db()).job(*job);
        QVERIFY(slip);
        QCOMPARE(slip->kind, QStringLiteral("meal_card_statement"));
        for (const QString &text : {QStringLiteral("饭卡账单"), QStringLiteral("期初余额"), QStringLiteral("消费 1号"),
                                    QStringLiteral("充值"), QStringLiteral("更正 金额记错"), QStringLiteral("+50.00"),
                                    QStringLiteral("-3.00"), QStringLiteral("现余额"), yuan(balance(1))})
            QVERIFY2(slip->payload.contains(gb18030(text)), qPrintable(text));
        const QString name = sqlValue(db(), QStringLiteral("SELECT name FROM resident WHERE id = 1")).toString();
        QVERIFY(!slip->payload.contains(gb18030(name))); // paper carries masked names
        QVERIFY(slip->payload.contains(gb18030(maskName(name))));
        QVERIFY(!staff->queueStatement(4)); // resident 4 has no meal card
    }

    void theLedgerCheckNamesTheCardsThatDoNotAddUp()
    {
        QCOMPARE(staff->ledgerMismatches()->size(), 0);
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE meal_card SET balance_fen = balance_fen + 100 WHERE resident_id = 1")));
        const QList<CanteenStaffService::Mismatch> wrong = *staff->ledgerMismatches();
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong.constFirst().card.residentId, 1);
        QVERIFY(!wrong.constFirst().name.isEmpty());
    }

    void theCsvIsExactlyRfc4180()
    {
        CanteenFigures lunch;
        lunch.day = kToday;
        lunch.period = kLunch;
        lunch.seniorOrders = 41;
        lunch.driverOrders = 12;
        lunch.normalOrders = 30;
        lunch.setsSold = 53;
        lunch.subsidyFen = 73405;
        lunch.revenueFen = {{QStringLiteral("meal_card"), 28700}, {QStringLiteral("counter"), 41205}};
        lunch.deliveries = 9;
        lunch.lapsed = 1;
        lunch.assistedOrders = 4;
        CanteenFigures dinner;
        dinner.day = kToday;
        dinner.period = QStringLiteral("dinner, \"late\""); // only to see the quoting
        dinner.normalOrders = 2;
        dinner.revenueFen = {{QStringLiteral("qr"), 5}};
        const QString expected = QStringLiteral(
            "day,period,senior_orders,driver_orders,normal_orders,sets_sold,subsidy_yuan,revenue_meal_card_yuan,"
            "revenue_counter_yuan,revenue_qr_yuan,revenue_total_yuan,deliveries,lapsed,assisted_orders\r\n"
            "2026-11-27,lunch,41,12,30,53,734.05,287.00,412.05,0.00,699.05,9,1,4\r\n"
            "2026-11-27,\"dinner, \"\"late\"\"\",0,0,2,0,0.00,0.00,0.00,0.05,0.05,0,0,0\r\n");
        QCOMPARE(CanteenStaffService::figuresCsv({lunch, dinner}), expected);
        QCOMPARE(CanteenStaffService::figuresCsv({}),
                 QStringLiteral("day,period,senior_orders,driver_orders,normal_orders,sets_sold,subsidy_yuan,"
                                "revenue_meal_card_yuan,revenue_counter_yuan,revenue_total_yuan,deliveries,lapsed,assisted_orders\r\n"));
        QCOMPARE(csvField(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    }

    void exportWritesTheFile()
    {
        QCOMPARE(seniorSet(1, QDate(1944, 3, 12), Canteen::DineIn).problem, Canteen::NoProblem);
        const QString path = fixture->site.path(QStringLiteral("lunch.csv"));
        {
            QFile old(path); // a longer file from before must not leave a tail
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(4096, 'x'));
        }
        QVERIFY(staff->exportFigures(path, kToday, kLunch));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("day,period,senior_orders,driver_orders,normal_orders,sets_sold,subsidy_yuan,"
                            "revenue_meal_card_yuan,revenue_counter_yuan,revenue_total_yuan,deliveries,lapsed,assisted_orders\r\n"
                            "2026-11-27,lunch,1,0,0,1,15.00,7.00,0.00,7.00,0,0,0\r\n"));
        QVERIFY(!staff->exportFigures(fixture->site.path(QStringLiteral("missing/lunch.csv")), kToday, kLunch));
    }

    void portionsChangeByStepsAndNeverBelowZero()
    {
        CanteenService &canteen = fixture->backend->canteen();
        const PeriodState lunch = canteen.periodAt(lunchTime());
        const auto portionsOf = [&](qint64 dish) {
            for (const MenuDish &d : canteen.menu(lunch))
                if (d.dishId == dish)
                    return d.portions;
            return -1;
        };
        const int before = portionsOf(2);
        QVERIFY(staff->changePortions(lunch.day, lunch.code, 2, 5));
        QCOMPARE(portionsOf(2), before + 5);
        QVERIFY(staff->changePortions(lunch.day, lunch.code, 2, -1000));
        QCOMPARE(portionsOf(2), 0);
        QVERIFY(staff->changePortions(lunch.day, lunch.code, 2, 3));
        QVERIFY(staff->soldOut(lunch.day, lunch.code, 2));
        QCOMPARE(portionsOf(2), 0);
        QVERIFY(!staff->changePortions(lunch.day, lunch.code, 999, 5)); // not on the menu
    }

    void topUpsOfADay()
    {
        QVERIFY(canteen().topUp(4, 5000, 1, QStringLiteral("tap-1")));
        fixture->clock.advanceSecs(90);
        QVERIFY(canteen().topUp(1, 1000, 2, QStringLiteral("tap-2")));
        fixture->clock.set(QDateTime(kToday.addDays(1), QTime(0, 0)));
        QVERIFY(canteen().topUp(1, 2000, 1, QStringLiteral("tap-3")));

        const QList<TopUpRecord> today = staff->topUps(kToday);
        QCOMPARE(today.size(), 2);
        QCOMPARE(today[0].residentId, 4);
        QCOMPARE(today[0].residentName, QStringLiteral("刘德明"));
        QCOMPARE(today[0].amountFen, 5000);
        QCOMPARE(today[0].staffId, 1);
        QCOMPARE(today[0].staffName, QStringLiteral("周晓燕"));
        QCOMPARE(today[0].at, lunchTime());
        QCOMPARE(today[1].residentName, QStringLiteral("张桂华"));
        QCOMPARE(today[1].amountFen, 1000);
        QCOMPARE(today[1].staffName, QStringLiteral("吴海涛"));
        QCOMPARE(today[1].at, lunchTime().addSecs(90));
        const QList<TopUpRecord> tomorrow = staff->topUps(kToday.addDays(1));
        QCOMPARE(tomorrow.size(), 1); // midnight belongs to the new day
        QCOMPARE(tomorrow[0].amountFen, 2000);
        QVERIFY(staff->topUps(kToday.addDays(-1)).isEmpty());
    }

    void aSecondTapOfATopUpTopsUpOnce()
    {
        const qint64 before = balance(1);
        QVERIFY(canteen().topUp(1, 5000, 1, QStringLiteral("tap-1")));
        fixture->clock.advanceSecs(60); // long after any wait a screen keeps: the key alone tells
        QVERIFY(canteen().topUp(1, 5000, 1, QStringLiteral("tap-1"))); // the same tap: done, nothing more
        QCOMPARE(balance(1), before + 5000);
        const QList<TopUpRecord> today = staff->topUps(kToday);
        QCOMPARE(today.size(), 1);
        QCOMPARE(today[0].amountFen, 5000);
        QCOMPARE(today[0].at, lunchTime());
    }

    void twoTapsOfATopUpTopUpTwice()
    {
        const qint64 before = balance(1);
        QVERIFY(canteen().topUp(1, 5000, 1, QStringLiteral("tap-1")));
        QVERIFY(canteen().topUp(1, 5000, 1, QStringLiteral("tap-2")));
        QCOMPARE(balance(1), before + 10000);
        const QList<TopUpRecord> today = staff->topUps(kToday);
        QCOMPARE(today.size(), 2);
        QCOMPARE(today[0].amountFen + today[1].amountFen, 10000);
    }

    void aTopUpWithoutAKeyIsRefused()
    {
        const qint64 before = balance(1);
        QVERIFY(!canteen().topUp(1, 5000, 1, QString()));
        QCOMPARE(balance(1), before);
        QVERIFY(staff->topUps(kToday).isEmpty());
    }

    void theDatabaseRefusesATopUpKeyTwice()
    {
        const qint64 before = balance(1);
        QVERIFY(canteen().topUp(1, 5000, 1, QStringLiteral("tap-1")));
        {
            // Past the service's look-up: the unique index alone refuses the key.
            Transaction transaction(db());
            QVERIFY(transaction.isActive());
            QVERIFY(!CanteenStore(db()).topUp(1, 5000, 1, lunchTime(), QStringLiteral("tap-1")));
        }
        QCOMPARE(balance(1), before + 5000);
        QCOMPARE(staff->topUps(kToday).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCanteenStaff)
#include "tst_canteen_staff.moc"
