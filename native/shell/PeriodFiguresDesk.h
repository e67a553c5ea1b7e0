#pragma once

#include "Exports.h"
#include "Flow.h"
#include "Remote.h"
#include "ShellContext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace linli {

// What every service's 统计 shares: the period staff pick (today, this week,
// this month, last month; this month at first), its figures asked afresh
// each time (loans and visits go on while staff look), another period's
// figures never shown under this one's name, and 导出表格 writing the
// period's CSV to the export folder. A service's desk says how to ask its
// service, and what the figures are.
class PeriodFiguresDesk : public Desk
{
    Q_OBJECT
    QML_ANONYMOUS
    // today, week, month, lastMonth
    Q_PROPERTY(QString period READ period NOTIFY changed)
    Q_PROPERTY(QString exportedTo READ exportedTo NOTIFY changed)

public:
    explicit PeriodFiguresDesk(const ShellContext &shell, QObject *parent = nullptr);

    QString period() const { return m_period; }
    QString exportedTo() const { return m_exportedTo; }

    void open(qint64 staffId) override;
    void close() override;
    void setEnglish(bool english) override;

    Q_INVOKABLE void showPeriod(const QString &period);
    Q_INVOKABLE void exportFigures();

Q_SIGNALS:
    void changed();

protected:
    // Asks the service for the period's figures, with generation(): an
    // answer for a period staff have left is dropped.
    virtual void fetch(const figure_periods::Days &days) = 0;
    virtual void forgetFigures() = 0;
    // The export's file name, and writing it on the worker (its folder made
    // first, with makeFolderOf): done(true) when written.
    virtual QString exportFileName(const figure_periods::Days &days) const = 0;
    virtual void writeExport(const QString &path, const figure_periods::Days &days,
                             std::function<void(bool written)> done) = 0;
    static bool makeFolderOf(const QString &path);

    figure_periods::Days days() const;
    bool english() const { return m_english; }
    Generation &generation() { return m_generation; }

private:
    Notice &m_notice;
    const Clock &m_clock;
    QString m_exportFolder;
    QString m_period = QStringLiteral("month");
    QString m_exportedTo;
    Generation m_generation;
    bool m_open = false;
    bool m_english = false;
};

} // namespace linli
