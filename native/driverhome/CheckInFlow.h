#pragma once

#include "DriverStation.h"
#include "Flow.h"
#include "Remote.h"
#include "ShellContext.h"
#include "Slip.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// A driver's scan at the Driver Home: the first checks them in (with a
// slip), the next checks them out. Drivers check in from any screen but the
// identify screen; the station's own screen is for drivers only.
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
    enum Visit { NoVisit, CheckedIn, CheckedOut };
    Q_ENUM(Visit)

    explicit CheckInFlow(const ShellContext &shell, QObject *parent = nullptr);

    void begin(const IdentifiedPerson &person) override;
    void reset() override;
    void take(const IdentifiedPerson &person) override;
    bool startsFor(const IdentifiedPerson &person) override;

    Visit visit() const { return m_visit; }
    int driversPresent() const { return m_driversPresent; }
    int stayMinutes() const { return m_stayMinutes; }
    QString visitTime() const { return m_visitTime; }
    Slip *slip() { return &m_slip; }

Q_SIGNALS:
    void changed();

private:
    void checkInOrOut(const IdentifiedPerson &driver);

    Remote<DriverStationService> m_station;
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
