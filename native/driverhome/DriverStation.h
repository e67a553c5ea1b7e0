#pragma once

#include "Clock.h"
#include "EscPosEncoder.h"
#include "Identity.h"

namespace linli {

class Database;

// Driver Home check-in and check-out. One scan checks a driver in (with a
// slip); the next checks them out. A stay left open on an earlier day is
// closed automatically, so the morning scan always checks in.
class DriverStationService
{
public:
    enum class Outcome { CheckedIn, CheckedOut, StorageError };
    struct Result
    {
        Outcome outcome = Outcome::StorageError;
        qint64 visitId = 0;
        int driversPresent = 0;
        qint64 stayMinutes = 0;
        qint64 printJobId = 0; // the check-in slip, committed with the visit
    };

    DriverStationService(Database &db, IdentityService &identity, const Clock &clock, QString stationName,
                         PaperWidth paper);
    Result scan(const IdentifiedPerson &driver);

private:
    Database &m_db;
    IdentityService &m_identity;
    const Clock &m_clock;
    QString m_stationName;
    PaperWidth m_paper;
};

} // namespace linli
