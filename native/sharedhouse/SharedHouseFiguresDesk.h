#pragma once

#include "Flow.h"
#include "Remote.h"
#include "SharedHouseFigures.h"
#include "ShellContext.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace linli {

// 统计 in the Shared House's staff tab: a period's figures per kind of
// thing, the barber corner's haircuts, and their CSV for the street office.
class SharedHouseFiguresDesk : public Desk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.sharedHouse.figures")
    // today, week, month, lastMonth
    Q_PROPERTY(QString period READ period NOTIFY changed)
    // {valid, from, to, kinds: [{code, name, loans, returns, damaged, missingParts,
    // overdue, served, lapsed, points}], total: {...}, haircutsDone, noShows}
    Q_PROPERTY(QVariantMap figures READ figures NOTIFY changed)
    Q_PROPERTY(QString exportedTo READ exportedTo NOTIFY changed)

public:
    explicit SharedHouseFiguresDesk(const ShellContext &shell, QObject *parent = nullptr);

    QString period() const { return m_period; }
    QVariantMap figures() const;
    QString exportedTo() const { return m_exportedTo; }

    void open(qint64 staffId) override;
    void close() override;
    void setEnglish(bool english) override;

    Q_INVOKABLE void showPeriod(const QString &period);
    Q_INVOKABLE void exportFigures();

Q_SIGNALS:
    void changed();

private:
    shared_house_figures::Days days() const;

    Remote<SharedHouseFiguresService> m_service;
    Notice &m_notice;
    const Clock &m_clock;
    QString m_exportFolder;
    QString m_period = QStringLiteral("month");
    SharedHouseFigures m_figures;
    QString m_exportedTo;
    Generation m_generation;
    bool m_open = false;
    bool m_english = false;
};

} // namespace linli
