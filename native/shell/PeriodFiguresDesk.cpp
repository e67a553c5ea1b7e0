#include "PeriodFiguresDesk.h"

#include "Notice.h"

#include <QDir>
#include <QFileInfo>

namespace linli {

PeriodFiguresDesk::PeriodFiguresDesk(const ShellContext &shell, QObject *parent)
    : Desk(parent)
    , m_notice(shell.notice)
    , m_clock(shell.clock)
    , m_exportFolder(exportFolder(shell.config))
{
}

figure_periods::Days PeriodFiguresDesk::days() const
{
    const auto period = figure_periods::named(m_period).value_or(figure_periods::Period::ThisMonth);
    return figure_periods::daysOf(period, m_clock.now().toLocalTime().date());
}

bool PeriodFiguresDesk::makeFolderOf(const QString &path)
{
    return QDir().mkpath(QFileInfo(path).absolutePath());
}

void PeriodFiguresDesk::open(qint64 staffId)
{
    Q_UNUSED(staffId);
    m_open = true;
    showPeriod(m_period);
}

void PeriodFiguresDesk::close()
{
    m_generation.forget();
    m_open = false;
    forgetFigures();
    m_exportedTo.clear();
    Q_EMIT changed();
}

void PeriodFiguresDesk::setEnglish(bool english)
{
    m_english = english;
    Q_EMIT changed(); // names and days
}

void PeriodFiguresDesk::showPeriod(const QString &period)
{
    if (!m_open || !figure_periods::named(period))
        return;
    // Another period's figures are not shown under this one's name.
    if (period != m_period)
        forgetFigures();
    m_period = period;
    m_exportedTo.clear();
    Q_EMIT changed();
    fetch(days());
}

void PeriodFiguresDesk::exportFigures()
{
    if (!m_open)
        return;
    const figure_periods::Days span = days();
    const QString path = QDir(m_exportFolder).filePath(exportFileName(span));
    // (writeExport asks with generation(): an answer after close() never comes here)
    writeExport(path, span, [this, path](bool written) {
        if (!written) {
            m_notice.show(Notice::SaveFailed);
            return;
        }
        m_exportedTo = path;
        Q_EMIT changed();
    });
}

} // namespace linli
