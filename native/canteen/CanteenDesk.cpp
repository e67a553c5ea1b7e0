#include "CanteenDesk.h"

#include "Backend.h"
#include "Money.h"
#include "Worker.h"

#include <QDir>

namespace linli {

struct CanteenDesk::View
{
    QList<OrderRecord> orders;
    QList<MenuDish> menu;
    QList<RunSheetStop> stops;
    std::optional<DeliveryRunRecord> run;
    QList<WelfareAlert> alerts;
    CanteenFigures figures;
    QList<PersonEntry> people;
    QList<TopUpRecord> topUps;
    QStringList volunteers;
};

CanteenDesk::CanteenDesk(Worker &worker, Backend *backend, const Clock &clock, QString exportFolder, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_backend(backend)
    , m_clock(clock)
    , m_exportFolder(std::move(exportFolder))
{
}

void CanteenDesk::open(qint64 staffId)
{
    m_staffId = staffId;
    m_day = m_clock.now().date();
    m_period.clear(); // the period under way, or the next
    m_exportedTo.clear();
    refresh();
}

void CanteenDesk::close()
{
    ++m_generation;
    m_busy = false;
    m_staffId = 0;
    m_orders.clear();
    m_menu.clear();
    m_stops.clear();
    m_alerts.clear();
    m_residents.clear();
    m_topUps.clear();
    m_figures.clear();
    m_volunteer.clear();
    Q_EMIT changed();
}

void CanteenDesk::showPeriod(const QString &code)
{
    m_period = code;
    refresh();
}

void CanteenDesk::refresh()
{
    Backend *backend = m_backend;
    const QDate day = m_day;
    QString period = m_period;
    const QDateTime now = m_clock.now();
    m_worker
        .run([backend, day, period, now]() mutable {
            View view;
            if (period.isEmpty())
                period = backend->canteen().latestPeriodToday(now);
            CanteenStaffService &staff = backend->canteenStaff();
            view.orders = staff.orders(day, period);
            PeriodState shown;
            shown.code = period;
            shown.day = day;
            view.menu = backend->canteen().menu(shown);
            view.stops = staff.runSheet(day, period);
            view.run = staff.deliveryRun(day, period);
            view.alerts = staff.openAlerts();
            view.figures = staff.figures(day, period);
            view.topUps = staff.topUps(day);
            view.people = backend->people();
            for (const StaffRecord &member : PeopleStore(backend->database()).activeStaff())
                view.volunteers.append(member.name);
            return std::make_pair(period, view);
        })
        .then(this, [this, generation = m_generation](const std::pair<QString, View> &answer) {
            if (generation != m_generation)
                return;
            m_period = answer.first;
            apply(answer.second);
        });
}

void CanteenDesk::apply(const View &view)
{
    m_orders.clear();
    for (const OrderRecord &o : view.orders)
        m_orders.append(QVariantMap{{QStringLiteral("id"), o.id},
                                    {QStringLiteral("number"), o.number},
                                    {QStringLiteral("pickupCode"), o.pickupCode},
                                    {QStringLiteral("state"), o.state},
                                    {QStringLiteral("next"), canteen_staff::nextState(o.state)},
                                    {QStringLiteral("paid"), o.paidAt.isValid()},
                                    {QStringLiteral("total"), yuan(o.totalFen)},
                                    {QStringLiteral("service"), o.service},
                                    {QStringLiteral("set"), o.setCode}});
    m_menu.clear();
    for (const MenuDish &d : view.menu)
        m_menu.append(QVariantMap{{QStringLiteral("dishId"), d.dishId},
                                  {QStringLiteral("name"), d.name},
                                  {QStringLiteral("category"), int(d.category)},
                                  {QStringLiteral("portions"), d.portions}});
    m_stops.clear();
    for (const RunSheetStop &s : view.stops)
        m_stops.append(QVariantMap{{QStringLiteral("orderId"), s.orderId},
                                   {QStringLiteral("number"), s.number},
                                   {QStringLiteral("name"), s.residentName},
                                   {QStringLiteral("address"), s.building + s.unit + s.room},
                                   {QStringLiteral("phone"), s.phone},
                                   {QStringLiteral("livesAlone"), s.livesAlone},
                                   {QStringLiteral("dishes"), s.dishes.join(QStringLiteral("、"))},
                                   {QStringLiteral("toCollect"), s.paid ? QString() : yuan(s.totalFen)},
                                   {QStringLiteral("outcome"), s.outcome}});
    m_volunteer = view.run ? view.run->volunteer : QString();
    m_volunteers = view.volunteers;
    m_alerts.clear();
    for (const WelfareAlert &a : view.alerts)
        m_alerts.append(QVariantMap{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("name"), a.residentName},
                                    {QStringLiteral("address"), a.building + a.unit + a.room},
                                    {QStringLiteral("phone"), a.phone},
                                    {QStringLiteral("raisedAt"), a.raisedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"))}});
    const CanteenFigures &f = view.figures;
    m_figures = QVariantMap{{QStringLiteral("senior"), f.seniorOrders},
                            {QStringLiteral("driver"), f.driverOrders},
                            {QStringLiteral("normal"), f.normalOrders},
                            {QStringLiteral("sets"), f.setsSold},
                            {QStringLiteral("subsidy"), yuan(f.subsidyFen)},
                            {QStringLiteral("mealCard"), yuan(f.revenueFen.value(QStringLiteral("meal_card")))},
                            {QStringLiteral("counter"), yuan(f.revenueFen.value(QStringLiteral("counter")))},
                            {QStringLiteral("total"), yuan(f.revenueTotalFen())},
                            {QStringLiteral("deliveries"), f.deliveries},
                            {QStringLiteral("lapsed"), f.lapsed}};
    m_residents.clear();
    for (const PersonEntry &p : view.people)
        if (p.kind == HolderKind::Resident)
            m_residents.append(QVariantMap{{QStringLiteral("id"), p.id},
                                           {QStringLiteral("name"), p.name},
                                           {QStringLiteral("detail"), p.detail},
                                           {QStringLiteral("delivery"), p.deliveryEnabled}});
    m_topUps.clear();
    for (const TopUpRecord &t : view.topUps)
        m_topUps.append(QVariantMap{{QStringLiteral("name"), t.residentName},
                                    {QStringLiteral("amount"), yuan(t.amountFen)},
                                    {QStringLiteral("staff"), t.staffName},
                                    {QStringLiteral("at"), t.at.toLocalTime().toString(QStringLiteral("HH:mm"))}});
    Q_EMIT changed();
}

bool CanteenDesk::change(std::function<bool(Backend &)> action, bool printsSomething)
{
    if (m_busy)
        return false;
    m_busy = true;
    Q_EMIT changed();
    Backend *backend = m_backend;
    m_worker.run([backend, action] { return action(*backend); })
        .then(this, [this, printsSomething, generation = m_generation](bool ok) {
            m_busy = false;
            if (generation != m_generation)
                return;
            if (!ok)
                Q_EMIT actionFailed();
            else if (printsSomething)
                Q_EMIT printQueued();
            refresh();
        });
    return true;
}

void CanteenDesk::advance(qint64 orderId, const QString &toState)
{
    change([orderId, toState](Backend &b) { return b.canteenStaff().advance(orderId, toState); });
}

void CanteenDesk::markPaid(qint64 orderId)
{
    change([orderId](Backend &b) { return b.canteen().markPaid(orderId); });
}

void CanteenDesk::reprint(qint64 orderId)
{
    change([orderId](Backend &b) { return b.canteen().queueReceiptCopy(orderId).has_value(); }, true);
}

void CanteenDesk::assignVolunteer(const QString &name)
{
    const QDate day = m_day;
    const QString period = m_period;
    const qint64 staff = m_staffId;
    change([=](Backend &b) { return b.canteenStaff().assignVolunteer(day, period, name, staff); });
}

void CanteenDesk::recordDelivery(qint64 orderId, bool delivered)
{
    const qint64 staff = m_staffId;
    change([=](Backend &b) { return b.canteenStaff().recordDelivery(orderId, delivered, staff); });
}

void CanteenDesk::printRunSheet()
{
    const QDate day = m_day;
    const QString period = m_period;
    change([=](Backend &b) { return b.canteenStaff().queueRunSheet(day, period).has_value(); }, true);
}

void CanteenDesk::resolveAlert(qint64 alertId, const QString &note)
{
    const qint64 staff = m_staffId;
    change([=](Backend &b) { return b.canteenStaff().resolveAlert(alertId, staff, note); });
}

void CanteenDesk::topUp(qint64 residentId, int yuanAmount)
{
    if (m_lastTopUp.residentId == residentId && m_lastTopUp.yuan == yuanAmount && m_lastTopUp.since.isValid()
        && m_lastTopUp.since.elapsed() < RepeatTopUpMs)
        return;
    const qint64 staff = m_staffId;
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (change([=](Backend &b) { return b.canteen().topUp(residentId, qint64(yuanAmount) * 100, staff, key); })) {
        m_lastTopUp = {residentId, yuanAmount, {}};
        m_lastTopUp.since.start();
    }
}

void CanteenDesk::exportFigures()
{
    const QString path = QDir(m_exportFolder)
                             .filePath(QStringLiteral("canteen-%1-%2.csv").arg(m_day.toString(Qt::ISODate), m_period));
    const QDate day = m_day;
    const QString period = m_period;
    const QString folder = m_exportFolder;
    Backend *backend = m_backend;
    m_worker.run([=] { return QDir().mkpath(folder) && backend->canteenStaff().exportFigures(path, day, period); })
        .then(this, [this, path, generation = m_generation](bool ok) {
            if (generation != m_generation)
                return;
            if (!ok) {
                Q_EMIT actionFailed();
                return;
            }
            m_exportedTo = path;
            Q_EMIT changed();
        });
}

void CanteenDesk::changePortions(qint64 dishId, int portionChange)
{
    const QDate day = m_day;
    const QString period = m_period;
    change([=](Backend &b) { return b.canteenStaff().changePortions(day, period, dishId, portionChange); });
}

void CanteenDesk::soldOut(qint64 dishId)
{
    const QDate day = m_day;
    const QString period = m_period;
    change([=](Backend &b) { return b.canteenStaff().soldOut(day, period, dishId); });
}

void CanteenDesk::setDelivery(qint64 residentId, bool enabled)
{
    change([=](Backend &b) { return b.canteenStaff().setDeliveryEnabled(residentId, enabled); });
}

} // namespace linli
