#include "CanteenStaff.h"

#include "AddressOrder.h"

#include "Database.h"
#include "Exports.h"
#include "Identity.h"
#include "Money.h"
#include "Stores.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcCanteenStaff, "linli.canteen.staff")

namespace linli {

namespace canteen_staff {

QString nextState(const QString &state)
{
    const qsizetype index = boardStates().indexOf(state);
    return index >= 0 && index + 1 < boardStates().size() ? boardStates().at(index + 1) : QString();
}

QString periodName(const QString &code)
{
    if (code == QLatin1String("breakfast"))
        return QStringLiteral("早餐");
    if (code == QLatin1String("lunch"))
        return QStringLiteral("午餐");
    if (code == QLatin1String("dinner"))
        return QStringLiteral("晚餐");
    return code;
}

} // namespace canteen_staff

namespace slips {

QByteArray runSheet(const RunSheet &sheet, PaperWidth paper)
{
    using Align = EscPosEncoder::Align;
    EscPosEncoder out(paper);
    out.initialize().align(Align::Center).bold(true).doubleSize(true).line(QStringLiteral("送餐单"));
    out.doubleSize(false).bold(false);
    out.line(QStringLiteral("%1 %2").arg(sheet.day.toString(QStringLiteral("yyyy-MM-dd")), sheet.periodName));
    out.separator().align(Align::Left);
    out.columns(QStringLiteral("送餐志愿者"), sheet.volunteer.isEmpty() ? QStringLiteral("未指派") : sheet.volunteer);
    out.columns(QStringLiteral("送餐份数"), QStringLiteral("%1 份").arg(sheet.stops.size()));
    out.separator();
    if (sheet.stops.isEmpty())
        out.line(QStringLiteral("本餐无送餐订单"));
    QString building;
    for (qsizetype i = 0; i < sheet.stops.size(); ++i) {
        const RunSheetStop &stop = sheet.stops.at(i);
        if (i == 0 || stop.building != building) {
            building = stop.building;
            out.bold(true).doubleSize(true).wrapped(building).doubleSize(false).bold(false);
        }
        // The name is masked like every slip's: a sheet dropped in a stairwell
        // must not list who lives where. The volunteer knocks by address.
        out.bold(true).columns(stop.unit + stop.room, stop.maskedName).bold(false);
        out.columns(QStringLiteral("订单 %1号").arg(stop.number),
                    stop.paid ? QStringLiteral("已付") : QStringLiteral("待收 %1元").arg(yuan(stop.totalFen)));
        out.wrapped(stop.dishes.join(QStringLiteral("、")));
        out.line(QStringLiteral("□已送达  □无人应答"));
        out.line();
    }
    out.separator();
    const QString signature = QStringLiteral("志愿者签名：");
    out.line(signature + QString(std::max(0, out.columns() - displayWidth(signature)), u'_'));
    out.columns(QStringLiteral("打印时间"), sheet.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out.feed(3).cut();
    return out.bytes();
}

} // namespace slips

namespace {

const QString kDelivered = QStringLiteral("delivered");
const QString kNoAnswer = QStringLiteral("no_answer");

} // namespace

CanteenStaffService::CanteenStaffService(Database &db, const Clock &clock, PaperWidth paper, CanteenService &orders)
    : m_db(db)
    , m_clock(clock)
    , m_paper(paper)
    , m_orders(orders)
{
}

CanteenStaffService::DeskView CanteenStaffService::deskView(const QDate &day, const QString &period)
{
    DeskView view;
    view.period = period.isEmpty() ? m_orders.latestPeriodToday(m_clock.now()) : period;
    view.periods = m_orders.periodCodes();
    view.orders = orders(day, view.period);
    PeriodState shown;
    shown.code = view.period;
    shown.day = day;
    view.menu = m_orders.menu(shown);
    view.stops = runSheet(day, view.period);
    view.run = deliveryRun(day, view.period);
    view.alerts = openAlerts();
    view.figures = figures(day, view.period);
    view.topUps = topUps(day);
    PeopleStore people(m_db);
    for (const PersonEntry &person : people.residentsAndDrivers())
        if (person.kind == HolderKind::Resident)
            view.residents.append(person);
    for (const StaffRecord &member : people.activeStaff())
        view.volunteers.append(member.name);
    return view;
}

QList<OrderRecord> CanteenStaffService::orders(const QDate &day, const QString &period)
{
    return CanteenStaffStore(m_db).orders(day, period);
}

QList<OrderLineRecord> CanteenStaffService::orderLines(qint64 orderId)
{
    return CanteenStore(m_db).lines(orderId);
}

bool CanteenStaffService::advance(qint64 orderId, const QString &toState)
{
    const qsizetype to = canteen_staff::boardStates().indexOf(toState);
    if (to <= 0)
        return false; // nothing moves back to "new", nor to "lapsed" from here
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    const std::optional<OrderRecord> order = CanteenStore(m_db).order(orderId);
    if (!order || canteen_staff::boardStates().indexOf(order->state) != to - 1)
        return false;
    // An unpaid order handed over would still lapse at the end of the period
    // and put portions already eaten back on the menu.
    if (toState == QLatin1String("collected") && !order->paidAt.isValid())
        return false;
    return CanteenStaffStore(m_db).changeState(orderId, order->state, toState) && transaction.commit();
}

QList<RunSheetStop> CanteenStaffService::runSheet(const QDate &day, const QString &period)
{
    QList<RunSheetStop> stops = CanteenStaffStore(m_db).deliveryStops(day, period);
    CanteenStore store(m_db);
    for (RunSheetStop &stop : stops) {
        stop.maskedName = maskName(stop.residentName);
        for (const OrderLineRecord &line : store.lines(stop.orderId))
            stop.dishes.append(line.name);
    }
    std::sort(stops.begin(), stops.end(), [](const RunSheetStop &a, const RunSheetStop &b) {
        return addressLess(a, b, [](const RunSheetStop &x, const RunSheetStop &y) { return x.number < y.number; });
    });
    return stops;
}

std::optional<DeliveryRunRecord> CanteenStaffService::deliveryRun(const QDate &day, const QString &period)
{
    return CanteenStaffStore(m_db).deliveryRun(day, period);
}

bool CanteenStaffService::assignVolunteer(const QDate &day, const QString &period, const QString &volunteer,
                                          qint64 staffId)
{
    const QString name = volunteer.trimmed();
    if (!day.isValid() || name.isEmpty() || name.size() > 40)
        return false;
    return CanteenStaffStore(m_db).assignRun(day, period, name, staffId, m_clock.now());
}

bool CanteenStaffService::recordDelivery(qint64 orderId, bool delivered, qint64 staffId)
{
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    const std::optional<OrderRecord> order = CanteenStore(m_db).order(orderId);
    if (!order || order->service != QLatin1String("delivery")
        || !canteen_staff::boardStates().contains(order->state) // lapsed or cancelled
        || order->residentId <= 0)
        return false;
    CanteenStaffStore store(m_db);
    const std::optional<QString> previous = store.outcome(orderId);
    if (!previous)
        return false;
    const QString &outcome = delivered ? kDelivered : kNoAnswer;
    if (*previous == outcome)
        return true; // a second tap: already recorded, no second alert
    if (*previous == kDelivered)
        return false; // a meal handed over stays handed over
    if (!store.setOutcome(orderId, outcome, staffId, now))
        return false;
    if (!delivered && !store.raiseAlert(orderId, order->residentId, now))
        return false;
    if (!transaction.commit())
        return false;
    if (!delivered)
        qCInfo(lcCanteenStaff) << "no answer at the door for order" << order->number << "- welfare alert raised";
    return true;
}

QList<WelfareAlert> CanteenStaffService::openAlerts()
{
    return CanteenStaffStore(m_db).openAlerts();
}

bool CanteenStaffService::resolveAlert(qint64 alertId, qint64 staffId, const QString &note)
{
    const QString text = note.trimmed();
    if (text.isEmpty() || text.size() > 500)
        return false;
    return CanteenStaffStore(m_db).resolveAlert(alertId, staffId, m_clock.now(), text);
}

std::optional<qint64> CanteenStaffService::queueRunSheet(const QDate &day, const QString &period)
{
    const QDateTime now = m_clock.now();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return std::nullopt;
    slips::RunSheet sheet;
    sheet.day = day;
    sheet.periodName = canteen_staff::periodName(period);
    if (const std::optional<DeliveryRunRecord> run = deliveryRun(day, period))
        sheet.volunteer = run->volunteer;
    sheet.stops = runSheet(day, period);
    sheet.printedAt = now;
    const std::optional<qint64> job =
        PrintJobStore(m_db).add(QStringLiteral("run_sheet"), now, slips::runSheet(sheet, m_paper));
    if (!job || !transaction.commit())
        return std::nullopt;
    return job;
}

CanteenFigures CanteenStaffService::figures(const QDate &day, const QString &period)
{
    return CanteenStaffStore(m_db).figures(day, period);
}

QString CanteenStaffService::figuresCsv(const QList<CanteenFigures> &figures)
{
    // The two methods the kiosk has always get a column; any other (a QR
    // gateway) gets one after them, so the columns stay the same in every row.
    QStringList methods = {QStringLiteral("meal_card"), QStringLiteral("counter")};
    QStringList others;
    for (const CanteenFigures &f : figures)
        for (auto it = f.revenueFen.cbegin(); it != f.revenueFen.cend(); ++it)
            if (!methods.contains(it.key()) && !others.contains(it.key()))
                others.append(it.key());
    others.sort();
    methods += others;

    QStringList header = {QStringLiteral("day"), QStringLiteral("period"), QStringLiteral("senior_orders"),
                          QStringLiteral("driver_orders"), QStringLiteral("normal_orders"),
                          QStringLiteral("sets_sold"), QStringLiteral("subsidy_yuan")};
    for (const QString &method : std::as_const(methods))
        header.append(QStringLiteral("revenue_%1_yuan").arg(method));
    header << QStringLiteral("revenue_total_yuan") << QStringLiteral("deliveries") << QStringLiteral("lapsed")
           << QStringLiteral("assisted_orders");

    QString csv = csvRecord(header);
    for (const CanteenFigures &f : figures) {
        QStringList row = {f.day.toString(Qt::ISODate), f.period, QString::number(f.seniorOrders),
                           QString::number(f.driverOrders), QString::number(f.normalOrders),
                           QString::number(f.setsSold), yuan(f.subsidyFen)};
        for (const QString &method : std::as_const(methods))
            row.append(yuan(f.revenueFen.value(method)));
        row << yuan(f.revenueTotalFen()) << QString::number(f.deliveries) << QString::number(f.lapsed)
            << QString::number(f.assistedOrders);
        csv += csvRecord(row);
    }
    return csv;
}

bool CanteenStaffService::exportFigures(const QString &path, const QDate &day, const QString &period)
{
    const CanteenFigures f = figures(day, period);
    if (!f.valid)
        return false;
    return writeExport(path, figuresCsv({f}).toUtf8());
}

QList<TopUpRecord> CanteenStaffService::topUps(const QDate &day)
{
    return CanteenStaffStore(m_db).topUps(QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0)));
}

std::optional<CanteenStaffService::CardView> CanteenStaffService::card(qint64 residentId)
{
    CanteenStore store(m_db);
    const std::optional<ResidentRecord> resident = PeopleStore(m_db).resident(residentId);
    const std::optional<QList<LedgerEntry>> ledger = store.ledger(residentId);
    if (!resident || !ledger)
        return std::nullopt;
    return CardView{residentId, resident->name, store.mealCardBalance(residentId).value_or(-1), *ledger};
}

namespace {
// A ledger row as the statement names it.
QString statementWhat(const LedgerEntry &row)
{
    if (row.kind == QLatin1String("opening"))
        return QStringLiteral("期初余额");
    if (row.kind == QLatin1String("top_up"))
        return QStringLiteral("充值");
    if (row.kind == QLatin1String("charge"))
        return QStringLiteral("消费 %1号").arg(row.orderNumber);
    if (row.kind == QLatin1String("refund"))
        return QStringLiteral("退款 %1号").arg(row.orderNumber);
    return QStringLiteral("更正 %1").arg(slips::correctionReasonText(row.reason));
}
} // namespace

std::optional<qint64> CanteenStaffService::queueStatement(qint64 residentId)
{
    const std::optional<CardView> view = card(residentId);
    if (!view || view->balanceFen < 0)
        return std::nullopt;
    slips::MealCardStatement statement;
    statement.name = maskName(view->name);
    statement.balanceFen = view->balanceFen;
    statement.earlierRows = std::max<int>(0, view->ledger.size() - kStatementRows);
    for (qsizetype i = statement.earlierRows; i < view->ledger.size(); ++i) {
        const LedgerEntry &row = view->ledger.at(i);
        statement.lines.append({row.at.toLocalTime(), statementWhat(row), row.amountFen, row.balanceFen});
    }
    statement.at = m_clock.now().toLocalTime();
    return PrintJobStore(m_db).add(QStringLiteral("meal_card_statement"), m_clock.now(),
                                   slips::mealCardStatement(statement, m_paper));
}

std::optional<QList<CanteenStaffService::Mismatch>> CanteenStaffService::ledgerMismatches()
{
    const std::optional<QList<LedgerMismatch>> cards = CanteenStore(m_db).ledgerMismatches();
    if (!cards)
        return std::nullopt;
    QList<Mismatch> named;
    for (const LedgerMismatch &card : *cards) {
        const std::optional<ResidentRecord> resident = PeopleStore(m_db).resident(card.residentId);
        named.append({card, resident ? resident->name : QString()});
    }
    return named;
}

bool CanteenStaffService::changePortions(const QDate &day, const QString &period, qint64 dishId, int change)
{
    return CanteenStaffStore(m_db).changePortions(day, period, dishId, change);
}

bool CanteenStaffService::soldOut(const QDate &day, const QString &period, qint64 dishId)
{
    return CanteenStaffStore(m_db).soldOut(day, period, dishId);
}

bool CanteenStaffService::setDeliveryEnabled(qint64 residentId, bool enabled)
{
    return CanteenStaffStore(m_db).setDeliveryEnabled(residentId, enabled);
}

} // namespace linli
