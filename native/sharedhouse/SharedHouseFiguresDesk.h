#pragma once

#include "PeriodFiguresDesk.h"
#include "Remote.h"
#include "SharedHouseFigures.h"
#include "ShellContext.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace linli {

// 统计 in the Shared House's staff tab: a period's figures per kind of
// thing, the barber corner's haircuts, and their CSV for the street office.
class SharedHouseFiguresDesk : public PeriodFiguresDesk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.sharedHouse.figures")
    // {valid, from, to, kinds: [{code, name, loans, returns, damaged, missingParts,
    // overdue, served, lapsed, points}], total: {...}, haircutsDone, noShows}
    Q_PROPERTY(QVariantMap figures READ figures NOTIFY changed)

public:
    explicit SharedHouseFiguresDesk(const ShellContext &shell, QObject *parent = nullptr);

    QVariantMap figures() const;

protected:
    void fetch(const figure_periods::Days &days) override;
    void forgetFigures() override { m_figures = {}; }
    QString exportFileName(const figure_periods::Days &days) const override;
    void writeExport(const QString &path, const figure_periods::Days &days, std::function<void(bool)> done) override;

private:
    Remote<SharedHouseFiguresService> m_service;
    SharedHouseFigures m_figures;
};

} // namespace linli
