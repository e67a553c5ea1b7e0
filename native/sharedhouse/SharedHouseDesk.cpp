#include "SharedHouseDesk.h"

#include "Backend.h"
#include "DatabaseLink.h"
#include "Notice.h"

namespace linli {

namespace {
QString alertText(const ItemAlertRecord &alert)
{
    return QStringLiteral("%1 · %2 · %3")
        .arg(alert.kind == QLatin1String("damaged") ? QStringLiteral("有损坏") : QStringLiteral("缺配件"), alert.place,
             alert.raisedAt.toLocalTime().toString(QStringLiteral("M月d日 HH:mm")));
}
} // namespace

SharedHouseDesk::SharedHouseDesk(const ShellContext &shell, QObject *parent)
    : Desk(parent)
    , m_house(shell.remote<SharedHouseService>(&Backend::sharedHouse))
    , m_notice(shell.notice)
    , m_items({
          {NameRole, "name", [](const ItemRecord &i) { return QVariant(i.name); }},
          {DetailRole, "detail", [](const ItemRecord &i) { return QVariant(QStringLiteral("编号 %1 · %2").arg(i.id).arg(i.place)); }},
          {CategoryRole, "category", [](const ItemRecord &i) { return QVariant(i.category); }},
      })
    , m_alerts({
          {NameRole, "name", [](const ItemAlertRecord &a) { return QVariant(a.itemName); }},
          {DetailRole, "detail", [](const ItemAlertRecord &a) { return QVariant(alertText(a)); }},
      })
    , m_overdue({
          {NameRole, "name", [](const OverdueRecord &o) { return QVariant(QStringLiteral("%1 · %2").arg(o.itemName, o.residentName)); }},
          {DetailRole, "detail", [](const OverdueRecord &o) {
               return QVariant(QStringLiteral("%1 到期 · %2 · %3").arg(o.dueOn.toString(QStringLiteral("M月d日")), o.address, o.phone));
           }},
      })
{
    // Loans, returns and repairs at other kiosks of the site.
    connect(&shell.link, &DatabaseLink::changed, this, [this](const QStringList &tables) {
        if (m_staffId != 0 && touches(tables, {"item", "loan", "item_alert"}))
            refresh();
    });
}

void SharedHouseDesk::open(qint64 staffId)
{
    m_staffId = staffId;
    refresh();
}

void SharedHouseDesk::close()
{
    m_generation.forget();
    m_staffId = 0;
    m_printing = false;
    show({});
}

void SharedHouseDesk::refresh()
{
    m_house.ask(
        this, m_generation, [](SharedHouseService &house) { return house.deskView(); },
        [this](const SharedHouseService::DeskView &view) { show(view); });
}

void SharedHouseDesk::show(const SharedHouseService::DeskView &view)
{
    m_items.setRecords(view.items);
    m_alerts.setRecords(view.alerts);
    m_overdue.setRecords(view.overdue);
}

void SharedHouseDesk::printLabel(int row)
{
    if (m_staffId == 0 || row < 0 || row >= m_items.count() || m_printing)
        return;
    const qint64 itemId = m_items.records().at(row).id;
    m_printing = true;
    m_house.ask(
        this, m_generation, [itemId](SharedHouseService &house) { return house.queueLabel(itemId); },
        [this](std::optional<qint64> job) {
            m_printing = false;
            m_notice.show(job ? Notice::LabelQueued : Notice::SaveFailed);
        });
}

void SharedHouseDesk::markRepaired(int row)
{
    if (m_staffId == 0 || row < 0 || row >= m_alerts.count())
        return;
    const qint64 itemId = m_alerts.records().at(row).itemId;
    const qint64 staffId = m_staffId;
    m_house.ask(
        this, m_generation,
        [itemId, staffId](SharedHouseService &house) {
            const bool done = house.markRepaired(itemId, staffId);
            return std::pair{done, house.deskView()};
        },
        [this](const std::pair<bool, SharedHouseService::DeskView> &answer) {
            if (!answer.first)
                m_notice.show(Notice::SaveFailed);
            show(answer.second);
        });
}

} // namespace linli
