#include "CanteenDesk.h"

#include "Backend.h"
#include "Money.h"

#include <QDir>
#include <QUuid>

namespace linli {

namespace {

// meal_order.state and delivery_outcome as the database writes them.
const QList<std::pair<QString, CanteenDesk::OrderState>> &orderStateCodes()
{
    static const QList<std::pair<QString, CanteenDesk::OrderState>> codes = {
        {QStringLiteral("new"), CanteenDesk::New},
        {QStringLiteral("cooking"), CanteenDesk::Cooking},
        {QStringLiteral("ready"), CanteenDesk::Ready},
        {QStringLiteral("collected"), CanteenDesk::Collected},
        {QStringLiteral("lapsed"), CanteenDesk::Lapsed},
        {QStringLiteral("cancelled"), CanteenDesk::Cancelled}};
    return codes;
}

CanteenDesk::OrderState orderState(const QString &code)
{
    for (const auto &[text, state] : orderStateCodes())
        if (text == code)
            return state;
    return CanteenDesk::Lapsed; // unknown: never moved nor paid from the board
}

QString orderStateCode(CanteenDesk::OrderState state)
{
    for (const auto &[text, known] : orderStateCodes())
        if (known == state)
            return text;
    return {};
}

CanteenDesk::Delivery delivery(const QString &outcome)
{
    if (outcome == QLatin1String("delivered"))
        return CanteenDesk::Delivered;
    if (outcome == QLatin1String("no_answer"))
        return CanteenDesk::NoAnswer;
    return CanteenDesk::NotYet;
}

QString localTime(const QDateTime &at, const QString &format)
{
    return at.toLocalTime().toString(format);
}

} // namespace

CanteenDesk::CanteenDesk(const ShellContext &shell, QString exportFolder, QObject *parent)
    : Desk(parent)
    , m_canteen(shell.remote<CanteenService>(&Backend::canteen))
    , m_canteenStaff(shell.remote<CanteenStaffService>(&Backend::canteenStaff))
    , m_notice(shell.notice)
    , m_clock(shell.clock)
    , m_exportFolder(std::move(exportFolder))
    , m_orders({
          {OrderIdRole, "id", [](const OrderRecord &o) { return QVariant(o.id); }},
          {NumberRole, "number", [](const OrderRecord &o) { return QVariant(o.number); }},
          {PickupCodeRole, "pickupCode", [](const OrderRecord &o) { return QVariant(o.pickupCode); }},
          {StateRole, "state", [](const OrderRecord &o) { return QVariant(orderState(o.state)); }},
          // The board's next step; -1 for collected and lapsed orders, which never move.
          {NextStateRole, "next", [](const OrderRecord &o) {
               const QString next = canteen_staff::nextState(o.state);
               return QVariant(next.isEmpty() ? -1 : int(orderState(next)));
           }},
          {PaidRole, "paid", [](const OrderRecord &o) { return QVariant(o.paidAt.isValid()); }},
          {CanMarkPaidRole, "canMarkPaid", [](const OrderRecord &o) { return QVariant(canteen_rules::canBePaid(o)); }},
          {TotalRole, "total", [](const OrderRecord &o) { return QVariant(yuan(o.totalFen)); }},
          {CanCancelRole, "canCancel", [](const OrderRecord &o) { return QVariant(canteen_rules::canBeCancelled(o)); }},
      })
    , m_menu({
          {DishIdRole, "dishId", [](const MenuDish &d) { return QVariant(d.dishId); }},
          {DishNameRole, "name", [this](const MenuDish &d) { return QVariant(m_english ? d.nameEn : d.name); }},
          {CategoryRole, "category", [](const MenuDish &d) { return QVariant(int(d.category)); }},
          {PortionsRole, "portions", [](const MenuDish &d) { return QVariant(d.portions); }},
      })
    , m_stops({
          {StopOrderRole, "orderId", [](const RunSheetStop &s) { return QVariant(s.orderId); }},
          {StopNumberRole, "number", [](const RunSheetStop &s) { return QVariant(s.number); }},
          {StopNameRole, "name", [](const RunSheetStop &s) { return QVariant(s.residentName); }},
          {StopAddressRole, "address", [](const RunSheetStop &s) { return QVariant(s.address()); }},
          {StopPhoneRole, "phone", [](const RunSheetStop &s) { return QVariant(s.phone); }},
          {LivesAloneRole, "livesAlone", [](const RunSheetStop &s) { return QVariant(s.livesAlone); }},
          {DishesRole, "dishes", [](const RunSheetStop &s) { return QVariant(s.dishes.join(QStringLiteral("、"))); }},
          {ToCollectRole, "toCollect", [](const RunSheetStop &s) { return QVariant(s.paid ? QString() : yuan(s.totalFen)); }},
          {OutcomeRole, "outcome", [](const RunSheetStop &s) { return QVariant(delivery(s.outcome)); }},
      })
    , m_alerts({
          {AlertIdRole, "id", [](const WelfareAlert &a) { return QVariant(a.id); }},
          {AlertNameRole, "name", [](const WelfareAlert &a) { return QVariant(a.residentName); }},
          {AlertAddressRole, "address", [](const WelfareAlert &a) { return QVariant(a.address()); }},
          {AlertPhoneRole, "phone", [](const WelfareAlert &a) { return QVariant(a.phone); }},
          {RaisedAtRole, "raisedAt", [](const WelfareAlert &a) { return QVariant(localTime(a.raisedAt, QStringLiteral("MM-dd HH:mm"))); }},
      })
    , m_residents({
          {ResidentIdRole, "id", [](const PersonEntry &p) { return QVariant(p.id); }},
          {ResidentNameRole, "name", [](const PersonEntry &p) { return QVariant(p.name); }},
          {DetailRole, "detail", [](const PersonEntry &p) { return QVariant(p.detail); }},
          {DeliveryEnabledRole, "delivery", [](const PersonEntry &p) { return QVariant(p.deliveryEnabled); }},
      })
    , m_topUps({
          {TopUpNameRole, "name", [](const TopUpRecord &t) { return QVariant(t.residentName); }},
          {AmountRole, "amount", [](const TopUpRecord &t) { return QVariant(yuan(t.amountFen)); }},
          {StaffRole, "staff", [](const TopUpRecord &t) { return QVariant(t.staffName); }},
          {AtRole, "at", [](const TopUpRecord &t) { return QVariant(localTime(t.at, QStringLiteral("HH:mm"))); }},
      })
    , m_cardLedger({
          {LedgerAtRole, "at", [](const LedgerEntry &e) { return QVariant(localTime(e.at, QStringLiteral("MM-dd HH:mm"))); }},
          {LedgerKindRole, "kind", [](const LedgerEntry &e) { return QVariant(e.kind); }},
          {LedgerAmountRole, "amount", [](const LedgerEntry &e) {
               return QVariant((e.amountFen > 0 ? QStringLiteral("+") : QString()) + yuan(e.amountFen));
           }},
          {LedgerBalanceRole, "balance", [](const LedgerEntry &e) { return QVariant(yuan(e.balanceFen)); }},
          {LedgerOrderRole, "orderNumber", [](const LedgerEntry &e) { return QVariant(e.orderNumber); }},
          {LedgerReasonRole, "reason", [](const LedgerEntry &e) { return QVariant(e.reason); }},
      })
{
    // Orders placed, portions sold and alerts raised at the street's other
    // kiosks show on this desk as they happen.
    connect(&shell.link, &DatabaseLink::changed, this, [this](const QStringList &tables) {
        if (m_staffId && !m_busy
            && touches(tables, {"meal_order", "menu_item", "welfare_alert", "delivery_outcome", "delivery_run",
                                "meal_card_topup", "meal_card", "resident"}))
            refresh();
    });
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
    m_busy = false;
    m_staffId = 0;
    m_cardResident = 0;
    m_card.clear();
    m_cardLedger.setRecords({});
    m_cancelled.clear();
    m_ledgerCheck.clear();
    apply({});
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
    m_menu.refreshAll(); // dish names are data, in both languages
}

void CanteenDesk::apply(const CanteenStaffService::DeskView &view)
{
    m_period = view.period;
    m_periods = view.periods;
    m_orders.setRecords(view.orders);
    m_menu.setRecords(view.menu);
    m_stops.setRecords(view.stops);
    m_volunteer = view.run ? view.run->volunteer : QString();
    m_volunteers = view.volunteers;
    m_alerts.setRecords(view.alerts);
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
                            {QStringLiteral("lapsed"), f.lapsed},
                            {QStringLiteral("assisted"), f.assistedOrders}};
    m_residents.setRecords(view.residents);
    m_topUps.setRecords(view.topUps);
    Q_EMIT changed();
}

template<typename Service, typename Action>
bool CanteenDesk::change(const Remote<Service> &service, Action action)
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

void CanteenDesk::advance(qint64 orderId, OrderState toState)
{
    const QString code = orderStateCode(toState);
    change(m_canteenStaff, [orderId, code](CanteenStaffService &staff) { return staff.advance(orderId, code); });
}

void CanteenDesk::markPaid(qint64 orderId)
{
    change(m_canteen, [orderId](CanteenService &orders) { return orders.markPaid(orderId); });
}

void CanteenDesk::reprint(qint64 orderId)
{
    change(m_canteen,
                           [orderId](CanteenService &orders) { return orders.queueReceiptCopy(orderId).has_value(); });
}

void CanteenDesk::assignVolunteer(const QString &name)
{
    const QDate day = m_day;
    const QString period = m_period;
    const qint64 staff = m_staffId;
    change(m_canteenStaff, [=](CanteenStaffService &s) { return s.assignVolunteer(day, period, name, staff); });
}

void CanteenDesk::recordDelivery(qint64 orderId, bool delivered)
{
    const qint64 staff = m_staffId;
    change(m_canteenStaff, [=](CanteenStaffService &s) { return s.recordDelivery(orderId, delivered, staff); });
}

void CanteenDesk::printRunSheet()
{
    const QDate day = m_day;
    const QString period = m_period;
    change(m_canteenStaff, [=](CanteenStaffService &s) { return s.queueRunSheet(day, period).has_value(); });
}

void CanteenDesk::resolveAlert(qint64 alertId, const QString &note)
{
    const qint64 staff = m_staffId;
    change(m_canteenStaff, [=](CanteenStaffService &s) { return s.resolveAlert(alertId, staff, note); });
}

void CanteenDesk::topUp(qint64 residentId, int yuanAmount)
{
    if (!mayMoveMoney())
        return;
    // The same resident and amount again within RepeatTopUpMs is the same
    // tap: it goes with the same key, and the database tops up once.
    const bool sameTap = m_lastTopUp.residentId == residentId && m_lastTopUp.yuan == yuanAmount
        && m_lastTopUp.since.isValid() && m_lastTopUp.since.elapsed() < RepeatTopUpMs;
    const QString key = sameTap ? m_lastTopUp.requestKey : QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 staff = m_staffId;
    const bool sent = change(m_canteen, [=](CanteenService &canteen) {
        return canteen.topUp(residentId, qint64(yuanAmount) * 100, staff, key);
    });
    if (sent && !sameTap) {
        m_lastTopUp = {residentId, yuanAmount, key, {}};
        m_lastTopUp.since.start();
    }
}

bool CanteenDesk::mayMoveMoney()
{
    if (moneyUnlocked())
        return true;
    m_notice.show(Notice::StaffProofNeeded);
    return false;
}

void CanteenDesk::cancelOrder(qint64 orderId, const QString &reason)
{
    if (m_busy || !mayMoveMoney())
        return;
    m_busy = true;
    Q_EMIT changed();
    const qint64 staff = m_staffId;
    m_canteen.ask(
        this, m_generation, [=](CanteenService &canteen) { return canteen.cancel(orderId, reason, staff); },
        [this](const CancelledOrder &result) {
            m_busy = false;
            switch (result.outcome) {
            case CancelledOrder::Cancelled:
                m_cancelled = {{QStringLiteral("number"), result.number},
                               {QStringLiteral("refund"), result.refundFen > 0 ? yuan(result.refundFen) : QString()},
                               {QStringLiteral("toCard"), result.refundToCard}};
                break;
            case CancelledOrder::AlreadyCancelled: // a second tap: the first one's line stays
                break;
            case CancelledOrder::NotCancellable:
                m_notice.show(Notice::NotCancellable);
                break;
            case CancelledOrder::StorageError:
                m_notice.show(Notice::SaveFailed);
                break;
            }
            refresh();
        });
}

void CanteenDesk::showCard(qint64 residentId)
{
    m_cardResident = residentId;
    m_card.clear();
    m_cardLedger.setRecords({});
    Q_EMIT changed();
    if (residentId > 0)
        loadCard();
}

void CanteenDesk::loadCard()
{
    const qint64 residentId = m_cardResident;
    m_canteenStaff.ask(
        this, m_generation, [residentId](CanteenStaffService &staff) { return staff.card(residentId); },
        [this](const std::optional<CanteenStaffService::CardView> &view) {
            if (!view || view->residentId != m_cardResident) {
                if (!view)
                    m_notice.show(Notice::SaveFailed);
                return;
            }
            m_card = {{QStringLiteral("id"), view->residentId},
                      {QStringLiteral("name"), view->name},
                      {QStringLiteral("balance"), view->balanceFen < 0 ? QString() : yuan(view->balanceFen)}};
            QList<LedgerEntry> latestFirst(view->ledger.rbegin(), view->ledger.rend());
            m_cardLedger.setRecords(latestFirst);
            Q_EMIT changed();
        });
}

void CanteenDesk::correctCard(int fen, const QString &reason)
{
    if (m_busy || m_cardResident <= 0 || !mayMoveMoney())
        return;
    m_busy = true;
    Q_EMIT changed();
    const qint64 residentId = m_cardResident;
    const qint64 staff = m_staffId;
    m_canteen.ask(
        this, m_generation, [=](CanteenService &canteen) { return canteen.correct(residentId, fen, reason, staff); },
        [this](bool ok) {
            m_busy = false;
            if (!ok)
                m_notice.show(Notice::CorrectionRefused);
            loadCard();
            refresh();
        });
}

void CanteenDesk::printStatement()
{
    const qint64 residentId = m_cardResident;
    if (residentId <= 0)
        return;
    change(m_canteenStaff, [=](CanteenStaffService &s) { return s.queueStatement(residentId).has_value(); });
}

void CanteenDesk::checkLedger()
{
    m_canteenStaff.ask(
        this, m_generation, [](CanteenStaffService &staff) { return staff.ledgerMismatches(); },
        [this](const std::optional<QList<CanteenStaffService::Mismatch>> &mismatches) {
            if (!mismatches) {
                m_notice.show(Notice::SaveFailed);
                return;
            }
            QVariantList rows;
            for (const CanteenStaffService::Mismatch &m : *mismatches)
                rows.append(QVariantMap{{QStringLiteral("name"), m.name},
                                        {QStringLiteral("balance"), yuan(m.card.balanceFen)},
                                        {QStringLiteral("ledger"), yuan(m.card.ledgerFen)}});
            m_ledgerCheck = {{QStringLiteral("checked"), true}, {QStringLiteral("mismatches"), rows}};
            Q_EMIT changed();
        });
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
    change(m_canteenStaff,
                                [=](CanteenStaffService &s) { return s.changePortions(day, period, dishId, portionChange); });
}

void CanteenDesk::soldOut(qint64 dishId)
{
    const QDate day = m_day;
    const QString period = m_period;
    change(m_canteenStaff, [=](CanteenStaffService &s) { return s.soldOut(day, period, dishId); });
}

void CanteenDesk::setDelivery(qint64 residentId, bool enabled)
{
    change(m_canteenStaff, [=](CanteenStaffService &s) { return s.setDeliveryEnabled(residentId, enabled); });
}

} // namespace linli
