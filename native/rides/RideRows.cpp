#include "RideRows.h"

#include "Identity.h"
#include "Rides.h"
#include "Stores.h"

namespace linli {

namespace {
QString clockText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}
} // namespace

QVariantMap rideRow(const RideListRecord &ride, const QDateTime &now, bool english)
{
    const RideRequestRecord &r = ride.request;
    const QDateTime local = now.toLocalTime();
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("number"), r.number},
            {QStringLiteral("destination"), english ? ride.destinationEn : ride.destinationZh},
            {QStringLiteral("window"), ride_rules::windowText(r.whenCode, r.windowStartsAt, r.windowEndsAt, local.date(), english)},
            {QStringLiteral("companion"), r.companion},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("askedAt"), clockText(r.requestedAt)},
            {QStringLiteral("waited"), ride_rules::minutesBetween(r.requestedAt, now)},
            {QStringLiteral("name"), maskName(ride.residentName)},
            {QStringLiteral("fullName"), ride.residentName},
            {QStringLiteral("building"), ride.building},
            {QStringLiteral("address"), formatAddress(ride.building, ride.unit, ride.room)},
            {QStringLiteral("phone"), ride.phone},
            {QStringLiteral("driver"), ride.driverName.isEmpty() ? QString() : maskName(ride.driverName)},
            {QStringLiteral("driverFull"), ride.driverName},
            {QStringLiteral("alertRaised"), r.alertRaisedAt.isValid()},
            {QStringLiteral("alertResolved"), r.alertResolvedAt.isValid()},
            {QStringLiteral("note"), r.alertNote},
            {QStringLiteral("resolvedBy"), ride.resolvedBy},
            {QStringLiteral("resolvedAt"), clockText(r.alertResolvedAt)}};
}

QVariantList rideRows(const QList<RideListRecord> &rides, const QDateTime &now, bool english)
{
    QVariantList rows;
    for (const RideListRecord &ride : rides)
        rows.append(rideRow(ride, now, english));
    return rows;
}

} // namespace linli
