#pragma once

#include "PeriodFiguresDesk.h"
#include "StationFigures.h"

#include <QVariantMap>

namespace linli {

// 统计 in the station's staff tab: the period's visits, driver meals,
// charging and rest, and the elder rides, with their CSV for the street office.
class StationFiguresDesk : public PeriodFiguresDesk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.driverHome.figures")
    // {valid, from, to, visits, drivers, driverMeals, chargingSessions, chargingHours, chargingPastEnd,
    // queueJoined, queueLapsed, restBookings, restHours, ridesRequested, ridesTaken, ridesDone,
    // ridesNotTakenInTime, ridesCancelled}
    Q_PROPERTY(QVariantMap figures READ figures NOTIFY changed)

public:
    explicit StationFiguresDesk(const ShellContext &shell, QObject *parent = nullptr);

    QVariantMap figures() const;

protected:
    void fetch(const figure_periods::Days &days) override;
    void forgetFigures() override { m_figures = {}; }
    QString exportFileName(const figure_periods::Days &days) const override;
    void writeExport(const QString &path, const figure_periods::Days &days, std::function<void(bool)> done) override;

private:
    Remote<StationFiguresService> m_service;
    StationFigures m_figures;
};

} // namespace linli
