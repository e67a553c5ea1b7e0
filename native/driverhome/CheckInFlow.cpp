#include "CheckInFlow.h"

#include "Backend.h"
#include "PersonSession.h"

namespace linli {

using Outcome = DriverStationService::Outcome;

CheckInFlow::CheckInFlow(const ShellContext &shell, StationFlow &places, QObject *parent)
    : Flow(parent)
    , m_station(shell.remote<DriverStationService>(&Backend::station))
    , m_places(places)
    , m_session(shell.person)
    , m_notice(shell.notice)
    , m_clock(shell.clock)
    , m_slip(shell.printer)
{
}

void CheckInFlow::begin(const IdentifiedPerson &person)
{
    reset();
    m_places.begin(); // the board, before anyone scans
    // A driver coming back from the canteen: their menu again.
    if (person.kind == Identity::Driver)
        arrive(person);
}

void CheckInFlow::reset()
{
    m_visit = NoVisit;
    m_driversPresent = 0;
    m_stayMinutes = 0;
    m_visitTime.clear();
    m_slip.forget();
    m_places.reset();
    Q_EMIT changed();
}

void CheckInFlow::take(const IdentifiedPerson &person)
{
    if (person.kind == Identity::Driver)
        arrive(person);
    else
        m_notice.show(Notice::NotADriver);
}

bool CheckInFlow::startsFor(const IdentifiedPerson &person)
{
    if (person.kind != Identity::Driver)
        return false;
    arrive(person);
    return true;
}

void CheckInFlow::arrive(const IdentifiedPerson &driver)
{
    visit(driver, [driver](DriverStationService &station) { return station.scan(driver); });
}

void CheckInFlow::checkOut()
{
    const IdentifiedPerson driver = m_session.person();
    if (driver.kind != Identity::Driver || m_session.busy() || (m_visit != CheckedIn && m_visit != Present))
        return; // (a second tap: they are out already)
    visit(driver, [driver](DriverStationService &station) { return station.checkOut(driver); });
}

template<typename Call>
void CheckInFlow::visit(const IdentifiedPerson &driver, Call call)
{
    m_session.setBusy(true);
    // The slip is committed with the visit: it prints even if its driver has
    // gone before the answer is back.
    m_station.run(call).then(this, [this, driver, askedFor = m_session.generation().current()](
                                       const DriverStationService::Result &result) {
        m_session.setBusy(false);
        if (!m_session.generation().isCurrent(askedFor))
            return;
        if (result.outcome == Outcome::StorageError) {
            m_notice.show(Notice::SaveFailed);
            return;
        }
        if (result.outcome == Outcome::NotCheckedIn) {
            // Checked out at another kiosk a moment ago: nothing of theirs is left to show.
            m_visit = NoVisit;
            m_places.driverLeft();
            Q_EMIT changed();
            return;
        }
        const bool sameDriver = m_session.person().personId == driver.personId && m_visit != NoVisit;
        m_slip.forget();
        m_session.set(driver);
        m_visit = result.outcome == Outcome::CheckedIn ? CheckedIn
                : result.outcome == Outcome::Present  ? Present
                                                      : CheckedOut;
        m_driversPresent = result.driversPresent;
        m_stayMinutes = int(result.stayMinutes);
        m_visitTime = m_clock.now().toString(QStringLiteral("HH:mm"));
        if (m_visit == CheckedOut)
            m_places.driverLeft();
        else if (!sameDriver || m_visit == CheckedIn)
            m_places.setDriver(driver);
        else
            m_places.refresh(); // their own scan again: the menu as it is now
        Q_EMIT changed();
        if (m_visit == CheckedIn && result.offline)
            m_slip.printsAfterReconnect();
        else if (m_visit == CheckedIn)
            m_slip.follow(result.printJobId);
        Q_EMIT wantsScreen();
    });
}

} // namespace linli
