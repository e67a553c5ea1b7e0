#include "CanteenDesk.h"

#include "Backend.h"
#include "Money.h"

#include <QDir>
#include <QUuid>

namespace linli {

CanteenDesk::CanteenDesk(const ShellContext &shell, QString exportFolder, QObject *parent)
    : Desk(parent)
    , m_canteen(shell.remote<CanteenService>(&Backend::canteen))
    , m_canteenStaff(shell.remote<CanteenStaffService>(&Backend::canteenStaff))
    , m_notice(shell.notice)
    , m_clock(shell.clock)
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
    m_generation.forget();
    m_view = {};
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
    const QDate day = m_day;
    const QString period = m_period;
    m_canteenStaff.ask(
        this, m_generation, [day, period](CanteenStaffService &staff) { return staff.deskView(day, period); },
        [this](const CanteenStaffService::DeskView &view) { apply(view); });
}

void CanteenDesk::setEnglish(bool english)
{
    if (english == m_english)
        return;
    m_english = english;
    apply(m_view); // dish names are data, in both languages
}

void CanteenDesk::apply(const CanteenStaffService::DeskView &view)
{
    m_view = view;
    m_period = view.period;
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
                                  {QStringLiteral("name"), m_english ? d.nameEn : d.name},
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
    for (const PersonEntry &p : view.residents)
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

template<typename Service>
bool CanteenDesk::change(const Remote<Service> &service, std::function<bool(Service &)> action)
{
    if (m_busy)
        return false;
    m_busy = true;
    Q_EMIT changed();
    // A slip a change queues (a run-sheet, a receipt copy) prints by itself.
    service.ask(this, m_generation, std::move(action), [this](bool ok) {
        m_busy = false;
        if (!ok)
            m_notice.show(Notice::SaveFailed);
        refresh();
    });
    return true;
}

void CanteenDesk::advance(qint64 orderId, const QString &toState)
{
    change<CanteenStaffService>(m_canteenStaff, [orderId, toState](CanteenStaffService &staff) { return staff.advance(orderId, toState); });
}

void CanteenDesk::markPaid(qint64 orderId)
{
    change<CanteenService>(m_canteen, [orderId](CanteenService &orders) { return orders.markPaid(orderId); });
}

void CanteenDesk::reprint(qint64 orderId)
{
    change<CanteenService>(m_canteen,
                           [orderId](CanteenService &orders) { return orders.queueReceiptCopy(orderId).has_value(); });
}

void CanteenDesk::assignVolunteer(const QString &name)
{
    const QDate day = m_day;
    const QString period = m_period;
    const qint64 staff = m_staffId;
    change<CanteenStaffService>(m_canteenStaff, [=](CanteenStaffService &s) { return s.assignVolunteer(day, period, name, staff); });
}

void CanteenDesk::recordDelivery(qint64 orderId, bool delivered)
{
    const qint64 staff = m_staffId;
    change<CanteenStaffService>(m_canteenStaff, [=](CanteenStaffService &s) { return s.recordDelivery(orderId, delivered, staff); });
}

void CanteenDesk::printRunSheet()
{
    const QDate day = m_day;
    const QString period = m_period;
    change<CanteenStaffService>(m_canteenStaff, [=](CanteenStaffService &s) { return s.queueRunSheet(day, period).has_value(); });
}

void CanteenDesk::resolveAlert(qint64 alertId, const QString &note)
{
    const qint64 staff = m_staffId;
    change<CanteenStaffService>(m_canteenStaff, [=](CanteenStaffService &s) { return s.resolveAlert(alertId, staff, note); });
}

void CanteenDesk::topUp(qint64 residentId, int yuanAmount)
{
    const bool sameTap = m_lastTopUp.residentId == residentId && m_lastTopUp.yuan == yuanAmount
        && m_lastTopUp.since.isValid() && m_lastTopUp.since.elapsed() < RepeatTopUpMs;
    if (sameTap)
        return;
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 staff = m_staffId;
    if (change<CanteenService>(m_canteen, [=](CanteenService &orders) {
            return orders.topUp(residentId, qint64(yuanAmount) * 100, staff) && !key.isEmpty();
        })
        && !sameTap) {
        m_lastTopUp = {residentId, yuanAmount, key, {}};
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
    m_canteenStaff.ask(
        this, m_generation,
        [=](CanteenStaffService &staff) { return QDir().mkpath(folder) && staff.exportFigures(path, day, period); },
        [this, path](bool ok) {
            if (!ok) {
                m_notice.show(Notice::SaveFailed);
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
    change<CanteenStaffService>(m_canteenStaff,
                                [=](CanteenStaffService &s) { return s.changePortions(day, period, dishId, portionChange); });
}

void CanteenDesk::soldOut(qint64 dishId)
{
    const QDate day = m_day;
    const QString period = m_period;
    change<CanteenStaffService>(m_canteenStaff, [=](CanteenStaffService &s) { return s.soldOut(day, period, dishId); });
}

void CanteenDesk::setDelivery(qint64 residentId, bool enabled)
{
    change<CanteenStaffService>(m_canteenStaff, [=](CanteenStaffService &s) { return s.setDeliveryEnabled(residentId, enabled); });
}

} // namespace linli
