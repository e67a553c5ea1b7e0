#pragma once

#include "Clock.h"
#include "EscPosEncoder.h"
#include "Identity.h"
#include "RidesStore.h"

#include <QObject>

namespace linli {

class Database;

namespace Rides {
Q_NAMESPACE

enum Problem {
    NoProblem,
    NotAResident,     // only residents ask for a ride (a driver's card or code)
    TooYoung,         // the rides are for residents of 60 and over, on the day of the ride
    NoSuchDestination,
    TimeGone,         // that time cannot be had any more today (今天稍后 late in the evening)
    AlreadyRequested, // one request under way per resident
    NotADriver,       // the board takes only drivers' codes
    NotGoldService,   // only the 金牌服务 team takes requests
    NotCheckedIn,     // a driver takes requests while at the station
    AlreadyTaken,     // another driver has it (perhaps a moment ago)
    NotYours,         // done or given back by someone else than who took it
    NotUnderWay,      // cancelled or done already
    AlertResolved,    // staff: resolved already at another desk
    StorageError
};
Q_ENUM_NS(Problem)

// What staff did about a request not taken in time.
enum Note { CalledDriver, OtherCar, ResidentCancelled };
Q_ENUM_NS(Note)
} // namespace Rides

// The rules, as plain functions (tested as tables). Times are local.
namespace ride_rules {
// The rides are for residents of this age and over.
constexpr int kMinAge = 60;
// When a ride chosen at `asked` may start, and by when (invalid: as soon as possible).
QDateTime windowStart(const RideTimeRecord &time, const QDateTime &asked);
QDateTime windowEnd(const RideTimeRecord &time, const QDateTime &asked);
// Whether a time can be chosen at `asked` (its window still ahead).
bool offered(const RideTimeRecord &time, const QDateTime &asked);
// When a request not yet taken counts as forgotten: the later of
// takeWithinMinutes after the asking and alertBeforeMinutes before its window.
QDateTime alertDueAt(const RideTimeRecord &time, const QDateTime &asked);
bool notTakenInTime(const RideRequestRecord &request, const QDateTime &now);
// Who may ask for a ride on `rideDay`: a resident aged 60 or more that day.
Rides::Problem mayRequest(const IdentifiedPerson &person, const QDate &rideDay);
// Who may take one: a gold-service driver checked in at the station.
Rides::Problem mayTake(const RideDriverRecord &driver);
// 现在（尽快） · 今天 12:30-20:00 · 明天 08:00-12:00 · 12月3日 08:00-12:00, from `today`'s view.
QString windowText(const QString &whenCode, const QDateTime &start, const QDateTime &end, const QDate &today, bool english);
// Minutes between two times, whole and never negative.
int minutesBetween(const QDateTime &from, const QDateTime &to);
} // namespace ride_rules

// A time on the resident's screen: its code, and whether she may choose it now.
struct RideTimeChoice
{
    RideTimeRecord time;
    Rides::Problem problem = Rides::NoProblem; // TimeGone, TooYoung (she is 60 tomorrow) or NoProblem
    QDateTime start, end;
};

// What the request screen shows a resident.
struct RideOverview
{
    Rides::Problem problem = Rides::StorageError; // NotAResident, TooYoung, or NoProblem
    std::optional<RideListRecord> underWay;      // her request, if she has one
    QList<RideDestinationRecord> destinations;
    QList<RideTimeChoice> times;
};

struct RideDraft
{
    IdentifiedPerson resident;
    qint64 destinationId = 0;
    QString whenCode;
    bool companion = false;
    QString kiosk;
    QString requestKey;         // one per "confirm" press, the same on a second tap
    IdentifiedPerson assistant; // 代办: the staff member with the resident (else Nobody)
};

struct RideRequestResult
{
    Rides::Problem problem = Rides::StorageError;
    RideListRecord request;
    qint64 slipJob = 0;
    bool repeated = false; // a second tap: the request the first tap made
};

// The station's board for one driver (none: anyone looking).
struct RideBoard
{
    bool valid = false;
    Rides::Problem driverProblem = Rides::NoProblem; // why this driver may not take one
    RideDriverRecord driver;
    QString leader; // the team's leader, for the board's heading
    QList<RideListRecord> waiting;
    QList<RideListRecord> mine; // what this driver has taken
};

struct RideTakeResult
{
    Rides::Problem problem = Rides::StorageError;
    RideListRecord request;
    qint64 slipJob = 0;
};

// The staff desk: alerts first, then every request of the last days.
struct RidesDeskView
{
    bool valid = false;
    QList<RideListRecord> alerts;
    QList<RideListRecord> requests;
};

// 叫车: a resident asks at a community kiosk, a gold-service driver takes
// it at the station. Each change is one transaction, with its slip; the
// database keeps one taker per request and one request per resident,
// whichever kiosk asks.
class RidesService
{
public:
    RidesService(Database &db, const Clock &clock, PaperWidth paper);

    RideOverview overview(const IdentifiedPerson &person);
    RideRequestResult request(const RideDraft &draft);
    // A resident cancels her request (before it is done), at any kiosk.
    Rides::Problem cancel(const IdentifiedPerson &person, qint64 requestId);

    RideBoard board(const IdentifiedPerson &driver);
    // A driver takes a request: their slip (the resident's name, address and
    // phone in full) prints at this kiosk, in the same transaction.
    RideTakeResult take(const IdentifiedPerson &driver, qint64 requestId);
    Rides::Problem markDone(const IdentifiedPerson &driver, qint64 requestId);
    // Open again, for another driver.
    Rides::Problem giveBack(const IdentifiedPerson &driver, qint64 requestId);

    // Raises the alert of every request not taken in time; how many.
    int raiseDueAlerts();
    RidesDeskView deskView();
    Rides::Problem resolveAlert(qint64 requestId, qint64 staffId, Rides::Note note);

    // Demo requests relative to now (within the caller's transaction): one
    // waiting for twenty minutes (its alert raised), one for tomorrow, one taken.
    bool addDemoRequests();

private:
    RideRequestResult requestOnce(const RideDraft &draft);
    RideTakeResult takeOnce(const IdentifiedPerson &driver, qint64 requestId);
    // Done or given back, by the driver who has it.
    Rides::Problem finish(const IdentifiedPerson &driver, qint64 requestId, bool done);
    std::optional<RideRequestRecord> newRequest(const RideDraft &draft, const RideTimeRecord &time, const QDateTime &asked);
    QDateTime localNow() const { return m_clock.now().toLocalTime(); }

    Database &m_db;
    const Clock &m_clock;
    PaperWidth m_paper;
};

} // namespace linli
