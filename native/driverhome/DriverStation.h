#pragma once

#include "Clock.h"
#include "EscPosEncoder.h"
#include "Identity.h"

namespace linli {

class Database;
class Outbox;
class StationPlacesService;
class StationStore;
struct VisitRecord;
struct PendingScan;

// Driver Home check-in and check-out. A scan checks a driver in (with a
// slip); a scan while they are in finds them present (their menu opens),
// and 签退 checks them out, ending their charging, their place in the queue
// and their rest place. A stay left open on an earlier day is closed
// automatically, so the morning scan always checks in.
//
// On a street's server, a kiosk that lost the server still checks drivers in
// and out: it keeps each scan in its outbox and sends it, exactly once, when
// the server is back (the check-in slip prints then).
class DriverStationService
{
public:
    enum class Outcome { CheckedIn, Present, CheckedOut, NotCheckedIn, StorageError };
    struct Result
    {
        Outcome outcome = Outcome::StorageError;
        qint64 visitId = 0;
        int driversPresent = 0;
        qint64 stayMinutes = 0; // so far, when Present
        qint64 printJobId = 0; // the check-in slip, committed with the visit
        bool offline = false;  // kept in the outbox: sent, and its slip printed, once the server is back
    };

    // `outbox` is the kiosk's own file when it works on a server, else null.
    DriverStationService(Database &db, IdentityService &identity, StationPlacesService &places, const Clock &clock,
                         QString stationName, PaperWidth paper, Outbox *outbox = nullptr);
    // Checks in, or finds the driver in already (Present).
    Result scan(const IdentifiedPerson &driver);
    Result checkOut(const IdentifiedPerson &driver);

    // The server is back: sends the scans taken without it, oldest first.
    // Returns how many were sent; what is left waits for the next time.
    int sendOffline();
    // Keeps what serving without the server needs (drivers, their cards,
    // who is checked in), unless scans are still waiting to be sent.
    bool refreshOffline();

private:
    Result scanOnline(const IdentifiedPerson &driver, bool checkingOut);
    Result scanOffline(const IdentifiedPerson &driver, bool checkingOut);
    // Either, as the server's presence says; what the kiosk knows of the stay kept for when it goes.
    Result scanEither(const IdentifiedPerson &driver, bool checkingOut);
    bool applyOffline(const PendingScan &scan);
    // Ends a stay left open on an earlier day with that day, and what the driver held.
    bool closeEarlierStay(StationStore &station, const VisitRecord &open);
    // Opens a stay at `at` and queues its slip.
    bool checkIn(StationStore &station, qint64 driverId, const QString &maskedName, const QDateTime &at,
                 Result &result);

    Database &m_db;
    IdentityService &m_identity;
    StationPlacesService &m_places;
    const Clock &m_clock;
    QString m_stationName;
    PaperWidth m_paper;
    Outbox *m_outbox;
};

} // namespace linli
