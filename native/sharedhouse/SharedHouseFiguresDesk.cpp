#include "SharedHouseFiguresDesk.h"

#include "Backend.h"
#include "SharedHouse.h"

namespace linli {

namespace {

QVariantMap kindMap(const SharedHouseCategoryFigures &kind, bool english)
{
    return {{"code", kind.code},
            {"name", english ? kind.nameEn : kind.name},
            {"loans", kind.loans},
            {"returns", kind.returns},
            {"damaged", kind.returnedDamaged},
            {"missingParts", kind.returnedMissingParts},
            {"overdue", kind.overdue},
            {"served", kind.reservationsServed},
            {"lapsed", kind.reservationsLapsed},
            {"points", kind.pointsEarned}};
}

} // namespace

SharedHouseFiguresDesk::SharedHouseFiguresDesk(const ShellContext &shell, QObject *parent)
    : PeriodFiguresDesk(shell, parent)
    , m_service(shell.remote<SharedHouseFiguresService>(&Backend::sharedHouseFigures))
{
}

QVariantMap SharedHouseFiguresDesk::figures() const
{
    if (!m_figures.valid)
        return {{"valid", false}};
    QVariantList kinds;
    for (const SharedHouseCategoryFigures &kind : m_figures.categories)
        kinds.append(kindMap(kind, english()));
    return {{"valid", true},
            {"from", shared_house_text::day(m_figures.from, english())},
            {"to", shared_house_text::day(m_figures.to, english())},
            {"kinds", kinds},
            {"total", kindMap(m_figures.total(), english())},
            {"haircutsDone", m_figures.haircuts.done},
            {"noShows", m_figures.haircuts.noShows}};
}

void SharedHouseFiguresDesk::fetch(const figure_periods::Days &days)
{
    m_service.ask(
        this, generation(), [days](SharedHouseFiguresService &service) { return service.figures(days.from, days.to); },
        [this](const SharedHouseFigures &figures) {
            m_figures = figures;
            Q_EMIT changed();
        });
}

QString SharedHouseFiguresDesk::exportFileName(const figure_periods::Days &days) const
{
    return shared_house_figures::exportFileName(days.from, days.to);
}

void SharedHouseFiguresDesk::writeExport(const QString &path, const figure_periods::Days &days,
                                         std::function<void(bool)> done)
{
    m_service.ask(
        this, generation(),
        [path, days](SharedHouseFiguresService &service) {
            return makeFolderOf(path) && service.exportFigures(path, days.from, days.to);
        },
        std::move(done));
}

} // namespace linli
