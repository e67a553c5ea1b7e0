#pragma once

#include "DriverStation.h"
#include "Flow.h"
#include "Remote.h"
#include "ShellContext.h"
#include "Slip.h"
#include "StationFlow.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// A driver's scan at the Driver Home: the first checks them in (with a
// slip) and opens their menu; a scan while they are in opens it again
// (Present), and 签退 on it checks them out. Drivers check in from any
// screen but the identify screen; the station's own screen is for drivers
// only. The menu's places are the StationFlow's, which this hands its driver.
class CheckInFlow : public Flow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.driverHome.checkIn")
    Q_PROPERTY(Visit visit READ visit NOTIFY changed)
    Q_PROPERTY(int driversPresent READ driversPresent NOTIFY changed)
    Q_PROPERTY(int stayMinutes READ stayMinutes NOTIFY changed)
    Q_PROPERTY(QString visitTime READ visitTime NOTIFY changed)
    Q_PROPERTY(linli::Slip *slip READ slip CONSTANT) // the check-in slip

public:
    enum Visit { NoVisit, CheckedIn, Present, CheckedOut };
    Q_ENUM(Visit)

    CheckInFlow(const ShellContext &shell, StationFlow &places, QObject *parent = nullptr);

    void begin(const IdentifiedPerson &person) override;
    void reset() override;
    void take(const IdentifiedPerson &person) override;
    bool startsFor(const IdentifiedPerson &person) override;
    void setEnglish(bool english) override { m_places.setEnglish(english); }

    Visit visit() const { return m_visit; }
    int driversPresent() const { return m_driversPresent; }
    int stayMinutes() const { return m_stayMinutes; }
    QString visitTime() const { return m_visitTime; }
    Slip *slip() { return &m_slip; }

    // 签退: the driver leaves (their spot, queue place and rest place go too).
    Q_INVOKABLE void checkOut();

Q_SIGNALS:
    void changed();

private:
    void arrive(const IdentifiedPerson &driver);
    // Runs a scan or a check-out on the worker and shows its outcome.
    template<typename Call>
    void visit(const IdentifiedPerson &driver, Call call);

    Remote<DriverStationService> m_station;
    StationFlow &m_places;
    PersonSession &m_session;
    Notice &m_notice;
    const Clock &m_clock;
    Slip m_slip;
    Visit m_visit = NoVisit;
    int m_driversPresent = 0;
    int m_stayMinutes = 0;
    QString m_visitTime;
};

} // namespace linli
