#pragma once

#include "Clock.h"
#include "EscPosEncoder.h"
#include "Identity.h"
#include "StationPlacesStore.h"

#include <QObject>

namespace linli {

class Database;

namespace StationPlaces {
Q_NAMESPACE

enum Problem {
    NoProblem,
    NotADriver,      // a resident's card or code
    NotCheckedIn,    // scan in at the station first
    AlreadyCharging, // one spot per driver
    AlreadyQueued,   // one place in the queue per driver
    AlreadyResting,  // one rest place per driver
    NoSpotFree,      // every spot is taken or kept for someone called: join the queue
    SpotFree,        // no need to queue: a spot is free
    PlaceTaken,      // that rest place was taken a moment ago (perhaps at another kiosk)
    NothingHeld,     // ending what is not (or no longer) theirs
    StorageError     // the database did not take it (or the server is away)
};
Q_ENUM_NS(Problem)

// A spot as the station's screens show it.
enum SpotState { Free, Charging, Called };
Q_ENUM_NS(SpotState)
} // namespace StationPlaces

// The rules, as plain functions (tested as tables); times are what the
// injected clock says.
namespace station_rules {
// First come first; the day's number breaks a tie (two kiosks in one second).
QList<QueueRecord> queueOrder(QList<QueueRecord> places);
// When a session on a spot of `maxMinutes` started at `startedAt` ends.
QDateTime endsAt(const QDateTime &startedAt, int maxMinutes);
// Past its end and still on the spot: staff may need to ask the car to move.
bool overdue(const ChargingSessionRecord &session, const QDateTime &now);
// Whole minutes from `now` to `at`, rounded up; 0 when it is past.
int minutesUntil(const QDateTime &now, const QDateTime &at);
// The wait of the driver at `position` (1: next) of the waiting queue: the
// position-th earliest end of the sessions in progress, a round of
// `sessionMinutes` more for each time the queue goes round the spots. No
// session in progress: no wait.
int waitMinutes(int position, QList<QDateTime> sessionEnds, const QDateTime &now, int sessionMinutes);
// The spots in service with neither a session nor a driver called to them.
QList<int> freeSpots(const QList<ChargingSpotRecord> &spots, const QList<ChargingSessionRecord> &sessions,
                     const QList<QueueRecord> &queue);

// Who is called where. A call that ran out by `now` lapses and its spot is
// free from that moment; each free spot goes to the first waiting, kept for
// them `holdMinutes` from when it became free (a call whose time has also
// run out lapses in turn, and the spot passes on).
struct Call
{
    qint64 queueId = 0;
    int spot = 0;
    QDateTime from;
    QDateTime until;
};
struct CallChange
{
    QList<qint64> lapsed;
    QList<Call> calls;
    bool isEmpty() const { return lapsed.isEmpty() && calls.isEmpty(); }
};
// `queue` is the open queue in order; `freeSince` the spots free for
// anyone, each with the moment it became free.
CallChange passCalls(const QList<QueueRecord> &queue, QList<std::pair<int, QDateTime>> freeSince,
                     const QDateTime &now, int holdMinutes);

// What one driver holds at the station.
struct Holdings
{
    bool checkedIn = false; // checked in today
    std::optional<ChargingSessionRecord> session;
    std::optional<QueueRecord> queue; // waiting, or called to a spot
    std::optional<RestBookingRecord> rest;
};
StationPlaces::Problem mayCharge(const Holdings &driver);
StationPlaces::Problem mayQueue(const Holdings &driver);
StationPlaces::Problem mayRest(const Holdings &driver);
} // namespace station_rules

// A charging spot on the board.
struct SpotView
{
    int number = 0;
    int maxMinutes = 0;
    StationPlaces::SpotState state = StationPlaces::Free;
    QDateTime endsAt;      // Charging: when its time is up; Called: until when it is kept
    bool overdue = false;  // Charging past endsAt
    int calledNumber = 0;  // Called: the queue number called to it
};

// A driver called from the queue: 请 12 号到 3 号充电桩.
struct CallUp
{
    int queueNumber = 0;
    int spot = 0;
    QDateTime until;
};

struct RestPlaceView
{
    RestPlaceRecord place;
    bool free = true;
    QDateTime endsAt; // taken: until when
};

// What every screen at the station shows, before anyone scans.
struct StationBoard
{
    bool valid = false;
    QList<SpotView> spots;
    int freeSpots = 0;
    int waiting = 0; // in the queue, not yet called
    QList<CallUp> callUps;
    QList<RestPlaceView> restPlaces;
    QList<LoveOfferRecord> offers;
    int callHoldMinutes = 10;
    int sessionMinutes = 120; // the longest spot's limit, for waits
};

// The board and what one driver holds on it.
struct StationView
{
    StationPlaces::Problem problem = StationPlaces::StorageError;
    StationBoard board;
    station_rules::Holdings mine;
    int ahead = 0;       // waiting: drivers before them
    int waitMinutes = 0; // waiting: the estimate
    RestPlaceRecord restPlace; // resting: where
};

// A driver's tap on 开始充电, 排队 or a rest place.
struct PlaceRequest
{
    IdentifiedPerson driver;
    qint64 restPlaceId = 0; // bookRest: which place
    QString requestKey;     // one per press, the same on a second tap
};

struct PlaceResult
{
    StationPlaces::Problem problem = StationPlaces::StorageError;
    qint64 slipJob = 0;
    bool repeated = false; // a second tap: what the first one did
};

// The Driver Home's charging spots, its queue and its rest places. Every
// change is one transaction with its slip; the database keeps one driver
// per spot and place and one of each per driver, whichever kiosk asks.
class StationPlacesService
{
public:
    StationPlacesService(Database &db, const Clock &clock, QString stationName, PaperWidth paper);

    // The board, and what `driver` holds (Nobody: the board alone).
    StationView view(const IdentifiedPerson &driver);

    // A free spot (or the one they were called to), with its slip.
    PlaceResult startCharging(const PlaceRequest &request);
    // A place in the queue when no spot is free, with its slip.
    PlaceResult joinQueue(const PlaceRequest &request);
    PlaceResult bookRest(const PlaceRequest &request);
    // The driver ends their own session, leaves the queue, gets up.
    StationPlaces::Problem endCharging(const IdentifiedPerson &driver);
    StationPlaces::Problem leaveQueue(const IdentifiedPerson &driver);
    StationPlaces::Problem endRest(const IdentifiedPerson &driver);
    // Staff end a session on a spot (an overdue car moved, a driver gone).
    StationPlaces::Problem endChargingByStaff(int spot, qint64 staffId);
    // Staff end a rest booking (a driver who left without getting up).
    StationPlaces::Problem endRestByStaff(qint64 placeId, qint64 staffId);

    // Calls that ran out pass on, rest times that ran out free their places,
    // places in an earlier day's queue lapse. Periodic; true when something changed.
    bool tidy();
    // Checking out (within the caller's transaction): the driver's session,
    // place in the queue and rest place end at `at`.
    bool releaseAll(qint64 driverId, const QDateTime &at);

private:
    // Within a transaction that took its turn: the tidying, then whom to call.
    bool tidyWithin(StationPlacesStore &store, const QDateTime &now, bool *changed = nullptr);
    std::optional<station_rules::Holdings> holdingsOf(StationPlacesStore &store, qint64 driverId, const QDateTime &now);
    std::optional<StationBoard> board(StationPlacesStore &store, const QDateTime &now);
    // A booking's slip: its print job's kind and bytes.
    struct BookedSlip
    {
        QString kind;
        QByteArray bytes;
    };
    // What every booking shares: a driver, one transaction that took its
    // turn, a second tap found by `foundEarlier(store)`, the tidying, the
    // driver's holdings; then `book(store, now, holdings, problem)` writes
    // the booking and returns its slip (nullopt: refused, `problem` says why),
    // which is queued in the same transaction.
    template<typename FoundEarlier, typename Book>
    PlaceResult bookOnce(const PlaceRequest &request, FoundEarlier foundEarlier, Book book);
    // Ends what the driver holds of one kind: the open ones from
    // `(store.*openOnes)()`, theirs ended by `end(store, id, now)`.
    template<typename OpenOnes, typename End>
    StationPlaces::Problem endHeld(const IdentifiedPerson &driver, OpenOnes openOnes, End end);
    // Runs `change(store, now)` as one transaction that took its turn and tidied first.
    template<typename Change>
    StationPlaces::Problem changeOnce(Change change);
    // Staff end the open one `isThere` finds, and the queue moves on.
    template<typename OpenOnes, typename IsThere, typename End>
    StationPlaces::Problem endByStaff(OpenOnes openOnes, IsThere isThere, End end);

    Database &m_db;
    const Clock &m_clock;
    QString m_stationName;
    PaperWidth m_paper;
};

} // namespace linli
