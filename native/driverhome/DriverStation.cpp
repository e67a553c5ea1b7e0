#include "DriverStation.h"

#include "Database.h"
#include "StationSlips.h"
#include "StationStore.h"
#include "Stores.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStation, "linli.station")

namespace linli {

DriverStationService::DriverStationService(Database &db, IdentityService &identity, const Clock &clock,
                                           QString stationName, PaperWidth paper)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock)
    , m_stationName(std::move(stationName))
    , m_paper(paper)
{
}

DriverStationService::Result DriverStationService::scan(const IdentifiedPerson &driver)
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
    if (open && open->checkedInAt >= startOfDay) {
        if (!station.checkOut(open->id, now, false))
            return result;
        const std::optional<int> present = station.presentSince(startOfDay);
        if (!present || !transaction.commit())
            return result;
        result.outcome = Outcome::CheckedOut;
        result.visitId = open->id;
        result.stayMinutes = open->checkedInAt.secsTo(now) / 60;
        result.driversPresent = *present;
        qCInfo(lcStation) << "driver" << driver.personId << "checked out after" << result.stayMinutes << "min";
        return result;
    }
    // A stay left open on an earlier day ends with that day, not now.
    if (open && !station.checkOut(open->id, open->checkedInAt.toLocalTime().date().endOfDay(), true))
        return result;

    const std::optional<qint64> visitId = station.checkIn(driver.personId, now);
    const std::optional<int> present = visitId ? station.presentSince(startOfDay) : std::nullopt;
    if (!present)
        return result;
    const QByteArray slip = slips::checkIn({m_stationName, driver.maskedName, now, *present,
                                            m_identity.issueToken(TokenCodec::Type::Visit, *visitId)},
                                           m_paper);
    const std::optional<qint64> jobId = PrintJobStore(m_db).add(QStringLiteral("checkin_slip"), now, slip);
    if (!jobId || !transaction.commit())
        return result;
    result.outcome = Outcome::CheckedIn;
    result.visitId = *visitId;
    result.driversPresent = *present;
    result.printJobId = *jobId;
    qCInfo(lcStation) << "driver" << driver.personId << "checked in, visit" << *visitId;
    return result;
}

} // namespace linli
