#include "DriverStation.h"

#include "Database.h"
#include "Outbox.h"
#include "StationPlaces.h"
#include "StationSlips.h"
#include "StationStore.h"
#include "Stores.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStation, "linli.station")

namespace linli {

DriverStationService::DriverStationService(Database &db, IdentityService &identity, StationPlacesService &places,
                                           const Clock &clock, QString stationName, PaperWidth paper, Outbox *outbox)
    : m_db(db)
    , m_identity(identity)
    , m_places(places)
    , m_clock(clock)
    , m_stationName(std::move(stationName))
    , m_paper(paper)
    , m_outbox(outbox)
{
}

DriverStationService::Result DriverStationService::scan(const IdentifiedPerson &driver)
{
    return scanEither(driver, false);
}

DriverStationService::Result DriverStationService::checkOut(const IdentifiedPerson &driver)
{
    return scanEither(driver, true);
}

DriverStationService::Result DriverStationService::scanEither(const IdentifiedPerson &driver, bool checkingOut)
{
    if (m_outbox && m_db.connectionLost())
        return scanOffline(driver, checkingOut);
    const Result result = scanOnline(driver, checkingOut);
    if (result.outcome == Outcome::StorageError && m_outbox && m_db.connectionLost())
        return scanOffline(driver, checkingOut); // the server went in the middle of it: nothing was committed
    // Should the server go next, the kiosk knows who is in.
    if (m_outbox && (result.outcome == Outcome::CheckedIn || result.outcome == Outcome::CheckedOut))
        m_outbox->noteStay(driver.personId, result.outcome == Outcome::CheckedIn ? m_clock.now() : QDateTime());
    return result;
}

DriverStationService::Result DriverStationService::scanOnline(const IdentifiedPerson &driver, bool checkingOut)
{
    Result result;
    Q_ASSERT(driver.kind == Identity::Driver);
    const QDateTime now = m_clock.now();
    const QDateTime startOfDay = now.date().startOfDay();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return result;
    StationStore station(m_db);
    const std::optional<VisitRecord> open = station.openVisit(driver.personId);
    const bool inToday = open && open->checkedInAt >= startOfDay;
    if (inToday || checkingOut) {
        const std::optional<int> presentBefore = station.presentSince(startOfDay);
        if (!presentBefore)
            return result;
        result.driversPresent = *presentBefore;
        if (!inToday) {
            result.outcome = Outcome::NotCheckedIn; // nothing to check out of
            return result;
        }
        result.visitId = open->id;
        result.stayMinutes = qMax<qint64>(0, open->checkedInAt.secsTo(now) / 60); // (another kiosk's clock may be ahead)
        if (!checkingOut) {
            result.outcome = Outcome::Present; // their menu; nothing written
            return result;
        }
        // Their spot, place in the queue and rest place go with them.
        if (!station.checkOut(open->id, now, false) || !m_places.releaseAll(driver.personId, now))
            return {};
        const std::optional<int> present = station.presentSince(startOfDay);
        if (!present || !transaction.commit())
            return {};
        result.outcome = Outcome::CheckedOut;
        result.driversPresent = *present;
        qCInfo(lcStation) << "driver" << driver.personId << "checked out after" << result.stayMinutes << "min";
        return result;
    }
    // A stay left open on an earlier day ends with that day, not now.
    if (open && !closeEarlierStay(station, *open))
        return result;

    if (!checkIn(station, driver.personId, driver.maskedName, now, result) || !transaction.commit())
        return {};
    result.outcome = Outcome::CheckedIn;
    qCInfo(lcStation) << "driver" << driver.personId << "checked in, visit" << result.visitId;
    return result;
}

bool DriverStationService::closeEarlierStay(StationStore &station, const VisitRecord &open)
{
    const QDateTime endOfThatDay = open.checkedInAt.toLocalTime().date().endOfDay();
    return station.checkOut(open.id, endOfThatDay, true) && m_places.releaseAll(open.driverId, endOfThatDay);
}

bool DriverStationService::checkIn(StationStore &station, qint64 driverId, const QString &maskedName,
                                   const QDateTime &at, Result &result)
{
    const std::optional<qint64> visitId = station.checkIn(driverId, at);
    const std::optional<int> present = visitId ? station.presentSince(at.toLocalTime().date().startOfDay()) : std::nullopt;
    if (!present)
        return false;
    const QByteArray slip = slips::checkIn({m_stationName, maskedName, at, *present,
                                            m_identity.issueToken(TokenCodec::Type::Visit, *visitId)},
                                           m_paper);
    const std::optional<qint64> jobId = PrintJobStore(m_db).add(QStringLiteral("checkin_slip"), at, slip,
                                                                {SlipFor::Visit, *visitId});
    if (!jobId)
        return false;
    result.visitId = *visitId;
    result.driversPresent = *present;
    result.printJobId = *jobId;
    return true;
}

DriverStationService::Result DriverStationService::scanOffline(const IdentifiedPerson &driver, bool checkingOut)
{
    Result result;
    const QDateTime now = m_clock.now();
    const QDateTime startOfDay = now.date().startOfDay();
    const std::optional<QDateTime> since = m_outbox->openVisit(driver.personId);
    const bool inToday = since && *since >= startOfDay;
    result.offline = true;
    if (inToday != checkingOut) {
        // In and scanning: their menu. Out and checking out: nothing to do.
        const std::optional<int> present = m_outbox->presentSince(startOfDay);
        if (!present)
            return {};
        result.outcome = inToday ? Outcome::Present : Outcome::NotCheckedIn;
        result.driversPresent = *present;
        result.stayMinutes = inToday ? since->secsTo(now) / 60 : 0;
        return result;
    }
    PendingScan scan;
    scan.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    scan.driverId = driver.personId;
    scan.checkIn = !inToday;
    scan.at = now;
    const std::optional<int> present = m_outbox->add(scan) ? m_outbox->presentSince(startOfDay) : std::nullopt;
    if (!present)
        return {}; // not even the kiosk's own file took it: say so, keep nothing
    result.outcome = scan.checkIn ? Outcome::CheckedIn : Outcome::CheckedOut;
    result.driversPresent = *present;
    result.stayMinutes = scan.checkIn ? 0 : since->secsTo(now) / 60;
    qCInfo(lcStation) << "driver" << driver.personId << (scan.checkIn ? "checked in" : "checked out")
                      << "without the server; sent when it is back";
    return result;
}

int DriverStationService::sendOffline()
{
    if (!m_outbox)
        return 0;
    int sent = 0;
    for (const PendingScan &scan : m_outbox->pending()) {
        if (!applyOffline(scan))
            break; // the server went again: the rest waits, in order
        // Should the kiosk stop before this, the server knows the key and the
        // next attempt only removes it.
        if (!m_outbox->sent(scan.key))
            break;
        ++sent;
    }
    if (sent > 0)
        qCInfo(lcStation) << sent << "scans taken without the server sent";
    return sent;
}

bool DriverStationService::applyOffline(const PendingScan &scan)
{
    Transaction transaction(m_db);
    StationStore station(m_db);
    const std::optional<bool> first =
        transaction.isActive() ? station.recordOfflineScan(scan.key, m_db.kioskId(), scan.at, m_clock.now())
                               : std::nullopt;
    if (!first)
        return false;
    if (!*first)
        return true; // applied before: never twice
    const QDateTime at = scan.at.toLocalTime(); // kept in UTC, printed as the kiosk's clock read
    const QDateTime startOfDay = at.date().startOfDay();
    const std::optional<VisitRecord> open = station.openVisit(scan.driverId);
    const bool inToday = open && open->checkedInAt >= startOfDay;
    Result ignored;
    if (scan.checkIn && !inToday) {
        // As at the kiosk: a stay left open on an earlier day ends with that day.
        if (open && !closeEarlierStay(station, *open))
            return false;
        const std::optional<DriverRecord> driver = PeopleStore(m_db).driver(scan.driverId);
        if (!driver || !checkIn(station, scan.driverId, maskName(driver->name), at, ignored))
            return false;
    } else if (!scan.checkIn && inToday && open->checkedInAt <= at) {
        if (!station.checkOut(open->id, at, false) || !m_places.releaseAll(scan.driverId, at))
            return false;
    }
    // Otherwise another kiosk saw the driver in (or out) meanwhile: the key is all there is to keep.
    return transaction.commit();
}

bool DriverStationService::refreshOffline()
{
    if (!m_outbox || !m_outbox->pending().isEmpty())
        return false;
    KnownDrivers known;
    PeopleStore people(m_db);
    for (const auto &[id, name] : people.activeDrivers())
        known.drivers.append({id, maskName(name)});
    known.cards = people.driverCards();
    known.openVisits = StationStore(m_db).openVisitsSince(m_clock.now().date().startOfDay());
    if (m_db.connectionLost())
        return false; // keep what was known
    return m_outbox->remember(known);
}

} // namespace linli
