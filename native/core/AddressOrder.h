#pragma once

#include <QString>

namespace linli {

// "8街坊10栋" after "8街坊9栋", room 502 before 0601: digits compare as
// numbers, so lists follow the buildings as a volunteer walks them.
bool naturalLess(const QString &a, const QString &b);

// By building, unit, then room, each in natural order; `tie` orders two
// records of one address.
template<typename Record, typename Tie>
bool addressLess(const Record &a, const Record &b, Tie tie)
{
    if (a.building != b.building)
        return naturalLess(a.building, b.building);
    if (a.unit != b.unit)
        return naturalLess(a.unit, b.unit);
    if (a.room != b.room)
        return naturalLess(a.room, b.room);
    return tie(a, b);
}

} // namespace linli
