#pragma once

#include "RidesStore.h"

#include <QVariantMap>

namespace linli {

// A request as the rides screens and the desk show it: id, number,
// destination and window (in the screen's language), companion, state,
// askedAt ("11:32"), waited (minutes since the asking), name (masked),
// fullName, building, address, phone, driver (masked), driverFull,
// alertRaised, alertResolved, note (called_driver, other_car,
// resident_cancelled), resolvedBy, resolvedAt.
QVariantMap rideRow(const RideListRecord &ride, const QDateTime &now, bool english);
QVariantList rideRows(const QList<RideListRecord> &rides, const QDateTime &now, bool english);

} // namespace linli
