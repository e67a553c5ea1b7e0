#include "CheckInFlow.h"

#include "Backend.h"
#include "PersonSession.h"

namespace linli {

CheckInFlow::CheckInFlow(const ShellContext &shell, QObject *parent)
    : Flow(parent)
    , m_station(shell.remote<DriverStationService>(&Backend::station))
    , m_session(shell.person)
    , m_notice(shell.notice)
    , m_clock(shell.clock)
    , m_slip(shell.printer)
{
}

void CheckInFlow::begin(const IdentifiedPerson &)
{
    reset();
}

void CheckInFlow::reset()
{
    m_visit = NoVisit;
    m_driversPresent = 0;
    m_stayMinutes = 0;
    m_visitTime.clear();
    m_slip.forget();
    Q_EMIT changed();
}

void CheckInFlow::take(const IdentifiedPerson &person)
{
    if (person.kind == Identity::Driver)
        checkInOrOut(person);
    else
        m_notice.show(Notice::NotADriver);
}

bool CheckInFlow::startsFor(const IdentifiedPerson &person)
{
    if (person.kind != Identity::Driver)
        return false;
    checkInOrOut(person);
    return true;
}

void CheckInFlow::checkInOrOut(const IdentifiedPerson &driver)
{
    m_session.setBusy(true);
    // The slip is committed with the visit: it prints even if its driver has
    // gone before the answer is back.
    m_station.run([driver](DriverStationService &station) { return station.scan(driver); })
        .then(this, [this, driver, askedFor = m_session.generation().current()](const DriverStationService::Result &result) {
            m_session.setBusy(false);
            if (!m_session.generation().isCurrent(askedFor))
                return;
            if (result.outcome == DriverStationService::Outcome::StorageError) {
                m_notice.show(Notice::SaveFailed);
                return;
            }
            reset();
            m_session.set(driver);
            m_visit = result.outcome == DriverStationService::Outcome::CheckedIn ? CheckedIn : CheckedOut;
            m_driversPresent = result.driversPresent;
            m_stayMinutes = int(result.stayMinutes);
            m_visitTime = m_clock.now().toString(QStringLiteral("HH:mm"));
            Q_EMIT changed();
            if (m_visit == CheckedIn && result.offline)
                m_slip.printsAfterReconnect();
            else if (m_visit == CheckedIn)
                m_slip.follow(result.printJobId);
            Q_EMIT wantsScreen();
        });
}

} // namespace linli
