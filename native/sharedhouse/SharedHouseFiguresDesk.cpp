#include "SharedHouseFiguresDesk.h"

#include "Backend.h"
#include "Exports.h"
#include "Notice.h"
#include "SharedHouse.h"

#include <QDir>

namespace linli {

namespace {

using shared_house_figures::Period;

const QList<std::pair<QString, Period>> kPeriods = {
    {QStringLiteral("today"), Period::Today},
    {QStringLiteral("week"), Period::ThisWeek},
    {QStringLiteral("month"), Period::ThisMonth},
    {QStringLiteral("lastMonth"), Period::LastMonth},
};

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
    : Desk(parent)
    , m_service(shell.remote<SharedHouseFiguresService>(&Backend::sharedHouseFigures))
    , m_notice(shell.notice)
    , m_clock(shell.clock)
    , m_exportFolder(exportFolder(shell.config))
{
}

shared_house_figures::Days SharedHouseFiguresDesk::days() const
{
    Period period = Period::ThisMonth;
    for (const auto &[code, p] : kPeriods)
        if (code == m_period)
            period = p;
    return shared_house_figures::daysOf(period, m_clock.now().toLocalTime().date());
}

QVariantMap SharedHouseFiguresDesk::figures() const
{
    if (!m_figures.valid)
        return {{"valid", false}};
    QVariantList kinds;
    for (const SharedHouseCategoryFigures &kind : m_figures.categories)
        kinds.append(kindMap(kind, m_english));
    return {{"valid", true},
            {"from", shared_house_text::day(m_figures.from, m_english)},
            {"to", shared_house_text::day(m_figures.to, m_english)},
            {"kinds", kinds},
            {"total", kindMap(m_figures.total(), m_english)},
            {"haircutsDone", m_figures.haircuts.done},
            {"noShows", m_figures.haircuts.noShows}};
}

void SharedHouseFiguresDesk::open(qint64 staffId)
{
    Q_UNUSED(staffId);
    m_open = true;
    showPeriod(m_period);
}

void SharedHouseFiguresDesk::close()
{
    m_generation.forget();
    m_open = false;
    m_figures = {};
    m_exportedTo.clear();
    Q_EMIT changed();
}

void SharedHouseFiguresDesk::setEnglish(bool english)
{
    m_english = english;
    Q_EMIT changed(); // the kinds' names and the days
}

void SharedHouseFiguresDesk::showPeriod(const QString &period)
{
    if (!m_open || std::none_of(kPeriods.begin(), kPeriods.end(), [&](const auto &p) { return p.first == period; }))
        return;
    // Another period's figures are not shown under this one's name.
    if (period != m_period)
        m_figures = {};
    m_period = period;
    m_exportedTo.clear();
    Q_EMIT changed();
    const shared_house_figures::Days span = days();
    m_service.ask(
        this, m_generation, [span](SharedHouseFiguresService &service) { return service.figures(span.from, span.to); },
        [this](const SharedHouseFigures &figures) {
            m_figures = figures;
            Q_EMIT changed();
        });
}

void SharedHouseFiguresDesk::exportFigures()
{
    if (!m_open)
        return;
    const shared_house_figures::Days span = days();
    const QString folder = m_exportFolder;
    const QString path = QDir(folder).filePath(shared_house_figures::exportFileName(span.from, span.to));
    m_service.ask(
        this, m_generation,
        [=](SharedHouseFiguresService &service) { return QDir().mkpath(folder) && service.exportFigures(path, span.from, span.to); },
        [this, path](bool ok) {
            if (!ok) {
                m_notice.show(Notice::SaveFailed);
                return;
            }
            m_exportedTo = path;
            Q_EMIT changed();
        });
}

} // namespace linli
