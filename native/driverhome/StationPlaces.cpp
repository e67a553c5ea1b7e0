#include "StationPlaces.h"

#include "Database.h"
#include "StationSlips.h"
#include "StationStore.h"
#include "Stores.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPlaces, "linli.station.places")

namespace linli {

using StationPlaces::Problem;

namespace station_rules {

QList<QueueRecord> queueOrder(QList<QueueRecord> places)
{
    std::stable_sort(places.begin(), places.end(), [](const QueueRecord &a, const QueueRecord &b) {
        if (a.joinedAt != b.joinedAt)
            return a.joinedAt < b.joinedAt;
        return a.day != b.day ? a.day < b.day : a.number < b.number;
    });
    return places;
}

QDateTime endsAt(const QDateTime &startedAt, int maxMinutes)
{
    return startedAt.addSecs(qint64(maxMinutes) * 60);
}

bool overdue(const ChargingSessionRecord &session, const QDateTime &now)
{
    return now > session.endsAt;
}

int minutesUntil(const QDateTime &now, const QDateTime &at)
{
    const qint64 seconds = now.secsTo(at);
    return seconds <= 0 ? 0 : int((seconds + 59) / 60);
}

int waitMinutes(int position, QList<QDateTime> sessionEnds, const QDateTime &now, int sessionMinutes)
{
    if (position < 1 || sessionEnds.isEmpty())
        return 0;
    std::sort(sessionEnds.begin(), sessionEnds.end());
    const int count = int(sessionEnds.size());
    const int rounds = (position - 1) / count;
    return minutesUntil(now, sessionEnds.at((position - 1) % count)) + rounds * sessionMinutes;
}

QList<int> freeSpots(const QList<ChargingSpotRecord> &spots, const QList<ChargingSessionRecord> &sessions,
                     const QList<QueueRecord> &queue)
{
    QList<int> free;
    for (const ChargingSpotRecord &spot : spots) {
        const bool charging = std::any_of(sessions.begin(), sessions.end(),
                                          [&](const ChargingSessionRecord &s) { return s.spot == spot.number; });
        const bool kept = std::any_of(queue.begin(), queue.end(),
                                      [&](const QueueRecord &q) { return q.called() && q.calledSpot == spot.number; });
        if (spot.inService && !charging && !kept)
            free.append(spot.number);
    }
    return free;
}

CallChange passCalls(const QList<QueueRecord> &queue, QList<std::pair<int, QDateTime>> freeSince,
                     const QDateTime &now, int holdMinutes)
{
    CallChange change;
    QList<QueueRecord> waiting;
    for (const QueueRecord &place : queueOrder(queue)) {
        if (!place.called()) {
            waiting.append(place);
        } else if (place.calledUntil <= now) {
            change.lapsed.append(place.id);
            freeSince.append({place.calledSpot, place.calledUntil});
        }
    }
    // The spot free longest goes first; each to the next waiting, until one is kept for someone now.
    std::stable_sort(freeSince.begin(), freeSince.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    auto next = waiting.cbegin();
    for (auto [spot, from] : freeSince) {
        while (next != waiting.cend()) {
            const QDateTime until = from.addSecs(qint64(holdMinutes) * 60);
            const qint64 queueId = (next++)->id;
            if (until > now) {
                change.calls.append({queueId, spot, from, until});
                break;
            }
            change.lapsed.append(queueId); // called and gone by now, before anyone looked
            from = until;
        }
    }
    return change;
}

Problem mayCharge(const Holdings &driver)
{
    if (!driver.checkedIn)
        return StationPlaces::NotCheckedIn;
    if (driver.session)
        return StationPlaces::AlreadyCharging;
    return StationPlaces::NoProblem;
}

Problem mayQueue(const Holdings &driver)
{
    if (const Problem problem = mayCharge(driver); problem != StationPlaces::NoProblem)
        return problem;
    return driver.queue ? StationPlaces::AlreadyQueued : StationPlaces::NoProblem;
}

Problem mayRest(const Holdings &driver)
{
    if (!driver.checkedIn)
        return StationPlaces::NotCheckedIn;
    return driver.rest ? StationPlaces::AlreadyResting : StationPlaces::NoProblem;
}

} // namespace station_rules

namespace {

template<typename Record>
std::optional<Record> heldBy(const QList<Record> &records, qint64 driverId)
{
    for (const Record &record : records)
        if (record.driverId == driverId)
            return record;
    return std::nullopt;
}

bool isDriver(const IdentifiedPerson &person)
{
    return person.kind == Identity::Driver && person.personId > 0;
}

// A round of the queue takes as long as the longest a spot may be held.
int longestLimit(const QList<ChargingSpotRecord> &spots)
{
    int longest = 0;
    for (const ChargingSpotRecord &spot : spots)
        longest = qMax(longest, spot.maxMinutes);
    return longest;
}

int estimatedWait(int position, const QList<ChargingSessionRecord> &sessions, int sessionMinutes, const QDateTime &now)
{
    QList<QDateTime> ends;
    for (const ChargingSessionRecord &session : sessions)
        ends.append(session.endsAt);
    return station_rules::waitMinutes(position, ends, now, sessionMinutes);
}

} // namespace

StationPlacesService::StationPlacesService(Database &db, const Clock &clock, QString stationName, PaperWidth paper)
    : m_db(db)
    , m_clock(clock)
    , m_stationName(std::move(stationName))
    , m_paper(paper)
{
}

std::optional<station_rules::Holdings> StationPlacesService::holdingsOf(StationPlacesStore &store, qint64 driverId,
                                                                          const QDateTime &now)
{
    const std::optional<VisitRecord> visit = StationStore(m_db).openVisit(driverId);
    const auto sessions = store.openSessions();
    const auto queue = store.openQueue();
    const auto rests = store.openRestBookings();
    if (!sessions || !queue || !rests || (!visit && m_db.connectionLost()))
        return std::nullopt;
    station_rules::Holdings holdings;
    holdings.checkedIn = visit && visit->checkedInAt >= now.toLocalTime().date().startOfDay();
    holdings.session = heldBy(*sessions, driverId);
    holdings.queue = heldBy(*queue, driverId);
    holdings.rest = heldBy(*rests, driverId);
    return holdings;
}

std::optional<StationBoard> StationPlacesService::board(StationPlacesStore &store, const QDateTime &now)
{
    const auto hold = store.callHoldMinutes();
    const auto spots = store.spotsInService();
    const auto sessions = store.openSessions();
    const auto queue = store.openQueue();
    const auto places = store.restPlacesInService();
    const auto rests = store.openRestBookings();
    const auto offers = store.loveOffers();
    if (!hold || !spots || !sessions || !queue || !places || !rests || !offers)
        return std::nullopt;
    StationBoard board;
    board.callHoldMinutes = *hold;
    board.sessionMinutes = longestLimit(*spots);
    for (const ChargingSpotRecord &spot : *spots) {
        SpotView view;
        view.number = spot.number;
        view.maxMinutes = spot.maxMinutes;
        for (const ChargingSessionRecord &session : *sessions)
            if (session.spot == spot.number) {
                view.state = StationPlaces::Charging;
                view.endsAt = session.endsAt;
                view.overdue = station_rules::overdue(session, now);
            }
        for (const QueueRecord &place : *queue)
            if (place.called() && place.calledSpot == spot.number) {
                view.state = StationPlaces::Called;
                view.endsAt = place.calledUntil;
                view.calledNumber = place.number;
            }
        if (view.state == StationPlaces::Free)
            ++board.freeSpots;
        board.spots.append(view);
    }
    for (const QueueRecord &place : station_rules::queueOrder(*queue)) {
        if (place.called())
            board.callUps.append({place.number, place.calledSpot, place.calledUntil});
        else
            ++board.waiting;
    }
    for (const RestPlaceRecord &place : *places) {
        RestPlaceView view{place, true, {}};
        for (const RestBookingRecord &booking : *rests)
            if (booking.placeId == place.id) {
                view.free = false;
                view.endsAt = booking.endsAt;
            }
        board.restPlaces.append(view);
    }
    board.offers = *offers;
    board.valid = true;
    return board;
}

StationView StationPlacesService::view(const IdentifiedPerson &driver)
{
    StationView view;
    tidy(); // a call or a rest time that ran out shows as such
    const QDateTime now = m_clock.now();
    StationPlacesStore store(m_db);
    const std::optional<StationBoard> board = this->board(store, now);
    if (!board)
        return view;
    view.board = *board;
    if (isDriver(driver)) {
        const std::optional<station_rules::Holdings> mine = holdingsOf(store, driver.personId, now);
        const auto sessions = store.openSessions();
        const auto queue = store.openQueue();
        const auto places = store.restPlacesInService();
        if (!mine || !sessions || !queue || !places)
            return view;
        view.mine = *mine;
        if (mine->queue && !mine->queue->called()) {
            for (const QueueRecord &place : station_rules::queueOrder(*queue)) {
                if (place.id == mine->queue->id)
                    break;
                if (!place.called())
                    ++view.ahead;
            }
            view.waitMinutes = estimatedWait(view.ahead + 1, *sessions, board->sessionMinutes, now);
        }
        if (mine->rest)
            for (const RestPlaceRecord &place : *places)
                if (place.id == mine->rest->placeId)
                    view.restPlace = place;
    } else if (driver.kind != Identity::Nobody) {
        view.problem = StationPlaces::NotADriver;
        return view;
    }
    view.problem = StationPlaces::NoProblem;
    return view;
}

bool StationPlacesService::tidyWithin(StationPlacesStore &store, const QDateTime &now, bool *changed)
{
    const auto hold = store.callHoldMinutes();
    const auto spots = store.spotsInService();
    const auto sessions = store.openSessions();
    const auto queue = store.openQueue();
    const auto rests = store.openRestBookings();
    if (!hold || !spots || !sessions || !queue || !rests)
        return false;
    bool anything = false;
    for (const RestBookingRecord &booking : *rests)
        if (booking.endsAt <= now) {
            if (!store.endRestBooking(booking.id, booking.endsAt, QStringLiteral("expired")))
                return false;
            anything = true;
        }
    // An earlier day's place in the queue is not waited for any more.
    const QDate today = now.toLocalTime().date();
    QList<QueueRecord> current;
    for (const QueueRecord &place : *queue) {
        if (place.day < today) {
            if (!store.endQueuePlace(place.id, QStringLiteral("lapsed"), now))
                return false;
            anything = true;
        } else {
            current.append(place);
        }
    }
    QList<std::pair<int, QDateTime>> freeSince;
    for (int spot : station_rules::freeSpots(*spots, *sessions, current))
        freeSince.append({spot, now});
    const station_rules::CallChange calls = station_rules::passCalls(current, freeSince, now, *hold);
    for (qint64 lapsed : calls.lapsed)
        if (!store.endQueuePlace(lapsed, QStringLiteral("lapsed"), now))
            return false;
    for (const station_rules::Call &call : calls.calls)
        if (!store.callToSpot(call.queueId, call.spot, call.from, call.until))
            return false;
    if (!calls.isEmpty())
        qCInfo(lcPlaces) << calls.calls.size() << "called to a spot," << calls.lapsed.size() << "calls lapsed";
    if (changed)
        *changed = anything || !calls.isEmpty();
    return true;
}

bool StationPlacesService::tidy()
{
    return m_db.retryingConflicts([&] {
        const QDateTime now = m_clock.now();
        Transaction transaction(m_db);
        StationPlacesStore store(m_db);
        bool changed = false;
        if (!transaction.isActive() || !store.takeTurn() || !tidyWithin(store, now, &changed) || !changed)
            return false; // nothing to do rolls back the turn: no write, no notice to other kiosks
        return transaction.commit();
    });
}

template<typename Change>
Problem StationPlacesService::changeOnce(Change change)
{
    return m_db.retryingConflicts([&] {
        const QDateTime now = m_clock.now();
        Transaction transaction(m_db);
        StationPlacesStore store(m_db);
        if (!transaction.isActive() || !store.takeTurn() || !tidyWithin(store, now))
            return StationPlaces::StorageError;
        const Problem problem = change(store, now);
        if (problem != StationPlaces::NoProblem)
            return problem;
        return transaction.commit() ? StationPlaces::NoProblem : StationPlaces::StorageError;
    });
}

template<typename FoundEarlier, typename Book>
PlaceResult StationPlacesService::bookOnce(const PlaceRequest &request, FoundEarlier foundEarlier, Book book)
{
    return m_db.retryingConflicts([&] {
        PlaceResult result;
        if (!isDriver(request.driver)) {
            result.problem = StationPlaces::NotADriver;
            return result;
        }
        const QDateTime now = m_clock.now();
        Transaction transaction(m_db);
        StationPlacesStore store(m_db);
        if (!transaction.isActive() || !store.takeTurn())
            return result;
        // A second tap finds what the first one booked.
        if (foundEarlier(store)) {
            result.problem = StationPlaces::NoProblem;
            result.repeated = true;
            return result;
        }
        const std::optional<station_rules::Holdings> mine =
            tidyWithin(store, now) ? holdingsOf(store, request.driver.personId, now) : std::nullopt;
        if (!mine)
            return result;
        const std::optional<BookedSlip> slip = book(store, now, *mine, result.problem);
        if (!slip)
            return result; // refused: result.problem says why
        const std::optional<qint64> job = PrintJobStore(m_db).add(slip->kind, now, slip->bytes);
        if (!job || !transaction.commit()) {
            result.problem = StationPlaces::StorageError;
            return result;
        }
        result.problem = StationPlaces::NoProblem;
        result.slipJob = *job;
        return result;
    });
}

PlaceResult StationPlacesService::startCharging(const PlaceRequest &request)
{
    const auto foundEarlier = [&](StationPlacesStore &store) { return store.sessionByRequestKey(request.requestKey).has_value(); };
    return bookOnce(request, foundEarlier, [&](StationPlacesStore &store, const QDateTime &now,
                                               const station_rules::Holdings &mine, Problem &problem) -> std::optional<BookedSlip> {
        if ((problem = station_rules::mayCharge(mine)) != StationPlaces::NoProblem)
            return std::nullopt;
        problem = StationPlaces::StorageError;
        const auto spots = store.spotsInService();
        const auto sessions = store.openSessions();
        const auto queue = store.openQueue();
        if (!spots || !sessions || !queue)
            return std::nullopt;
        // Their call first; else the lowest free spot (tidying called whoever
        // waited to any spot that was free, so a free spot is nobody's).
        const QList<int> free = station_rules::freeSpots(*spots, *sessions, *queue);
        const int spot = mine.queue && mine.queue->called() ? mine.queue->calledSpot : free.value(0, 0);
        const auto spotRecord = std::find_if(spots->begin(), spots->end(), [spot](const ChargingSpotRecord &s) { return s.number == spot; });
        if (spotRecord == spots->end()) {
            problem = StationPlaces::NoSpotFree;
            return std::nullopt;
        }
        ChargingSessionRecord session;
        session.spot = spot;
        session.driverId = request.driver.personId;
        session.startedAt = now;
        session.endsAt = station_rules::endsAt(now, spotRecord->maxMinutes);
        session.requestKey = request.requestKey;
        const std::optional<qint64> id = store.addSession(session);
        if (id && *id == 0)
            problem = StationPlaces::NoSpotFree; // another kiosk was a moment quicker (the spot, or this driver's other tap)
        if (!id || *id == 0)
            return std::nullopt;
        if (mine.queue && !store.endQueuePlace(mine.queue->id, mine.queue->called() ? QStringLiteral("served") : QStringLiteral("left"), now))
            return std::nullopt;
        qCInfo(lcPlaces) << "driver" << request.driver.personId << "charging on spot" << spot;
        return BookedSlip{QStringLiteral("charging_slip"),
                          slips::chargingSpot({m_stationName, request.driver.maskedName, spot, now, session.endsAt,
                                               spotRecord->maxMinutes},
                                              m_paper)};
    });
}

PlaceResult StationPlacesService::joinQueue(const PlaceRequest &request)
{
    const auto foundEarlier = [&](StationPlacesStore &store) { return store.queueByRequestKey(request.requestKey).has_value(); };
    return bookOnce(request, foundEarlier, [&](StationPlacesStore &store, const QDateTime &now,
                                               const station_rules::Holdings &mine, Problem &problem) -> std::optional<BookedSlip> {
        if ((problem = station_rules::mayQueue(mine)) != StationPlaces::NoProblem)
            return std::nullopt;
        problem = StationPlaces::StorageError;
        const auto spots = store.spotsInService();
        const auto sessions = store.openSessions();
        const auto queue = store.openQueue();
        const auto hold = store.callHoldMinutes();
        if (!spots || !sessions || !queue || !hold)
            return std::nullopt;
        // (tidying called whoever waited to any spot that was free)
        if (!station_rules::freeSpots(*spots, *sessions, *queue).isEmpty()) {
            problem = StationPlaces::SpotFree;
            return std::nullopt;
        }
        QueueRecord place;
        place.day = now.toLocalTime().date();
        place.driverId = request.driver.personId;
        place.joinedAt = now;
        place.requestKey = request.requestKey;
        const std::optional<int> number = store.takeQueueNumber(place.day);
        if (!number)
            return std::nullopt;
        place.number = *number;
        const std::optional<qint64> id = store.addToQueue(place);
        if (id && *id == 0)
            problem = StationPlaces::AlreadyQueued; // their other tap, a moment before
        if (!id || *id == 0)
            return std::nullopt;
        const int ahead = int(std::count_if(queue->begin(), queue->end(), [](const QueueRecord &q) { return !q.called(); }));
        const int wait = estimatedWait(ahead + 1, *sessions, longestLimit(*spots), now);
        qCInfo(lcPlaces) << "driver" << request.driver.personId << "queues as number" << *number;
        return BookedSlip{QStringLiteral("charging_queue_slip"),
                          slips::chargingQueue({m_stationName, request.driver.maskedName, *number, ahead, wait, now, *hold},
                                               m_paper)};
    });
}

PlaceResult StationPlacesService::bookRest(const PlaceRequest &request)
{
    const auto foundEarlier = [&](StationPlacesStore &store) { return store.restByRequestKey(request.requestKey).has_value(); };
    return bookOnce(request, foundEarlier, [&](StationPlacesStore &store, const QDateTime &now,
                                               const station_rules::Holdings &mine, Problem &problem) -> std::optional<BookedSlip> {
        if ((problem = station_rules::mayRest(mine)) != StationPlaces::NoProblem)
            return std::nullopt;
        problem = StationPlaces::StorageError;
        const auto places = store.restPlacesInService();
        if (!places)
            return std::nullopt;
        const auto place = std::find_if(places->begin(), places->end(),
                                        [&](const RestPlaceRecord &p) { return p.id == request.restPlaceId; });
        if (place == places->end()) {
            problem = StationPlaces::PlaceTaken; // (out of service since the screen showed it)
            return std::nullopt;
        }
        RestBookingRecord booking;
        booking.placeId = place->id;
        booking.driverId = request.driver.personId;
        booking.startedAt = now;
        booking.endsAt = station_rules::endsAt(now, place->maxMinutes);
        booking.requestKey = request.requestKey;
        const std::optional<qint64> id = store.addRestBooking(booking);
        if (id && *id == 0)
            problem = StationPlaces::PlaceTaken; // another driver was a moment quicker
        if (!id || *id == 0)
            return std::nullopt;
        qCInfo(lcPlaces) << "driver" << request.driver.personId << "rests on place" << place->id;
        return BookedSlip{QStringLiteral("rest_slip"),
                          slips::restPlace({m_stationName, request.driver.maskedName,
                                            slips::restPlaceName(place->kind, place->number), now, booking.endsAt},
                                           m_paper)};
    });
}

template<typename OpenOnes, typename End>
Problem StationPlacesService::endHeld(const IdentifiedPerson &driver, OpenOnes openOnes, End end)
{
    if (!isDriver(driver))
        return StationPlaces::NotADriver;
    return changeOnce([&](StationPlacesStore &store, const QDateTime &now) {
        const auto open = (store.*openOnes)();
        if (!open)
            return StationPlaces::StorageError;
        const auto mine = heldBy(*open, driver.personId);
        if (!mine)
            return StationPlaces::NothingHeld;
        // What they freed goes to the first in the queue at once.
        return end(store, mine->id, now) && tidyWithin(store, now) ? StationPlaces::NoProblem : StationPlaces::StorageError;
    });
}

Problem StationPlacesService::endCharging(const IdentifiedPerson &driver)
{
    return endHeld(driver, &StationPlacesStore::openSessions, [](StationPlacesStore &store, qint64 id, const QDateTime &now) {
        return store.endSession(id, now, QStringLiteral("driver"));
    });
}

Problem StationPlacesService::leaveQueue(const IdentifiedPerson &driver)
{
    return endHeld(driver, &StationPlacesStore::openQueue, [](StationPlacesStore &store, qint64 id, const QDateTime &now) {
        return store.endQueuePlace(id, QStringLiteral("left"), now);
    });
}

Problem StationPlacesService::endRest(const IdentifiedPerson &driver)
{
    return endHeld(driver, &StationPlacesStore::openRestBookings, [](StationPlacesStore &store, qint64 id, const QDateTime &now) {
        return store.endRestBooking(id, now, QStringLiteral("driver"));
    });
}

template<typename OpenOnes, typename IsThere, typename End>
Problem StationPlacesService::endByStaff(OpenOnes openOnes, IsThere isThere, End end)
{
    return changeOnce([&](StationPlacesStore &store, const QDateTime &now) {
        const auto open = (store.*openOnes)();
        if (!open)
            return StationPlaces::StorageError;
        const auto found = std::find_if(open->begin(), open->end(), isThere);
        if (found == open->end())
            return StationPlaces::NothingHeld; // already ended, here or at another kiosk
        return end(store, found->id, now) && tidyWithin(store, now) ? StationPlaces::NoProblem : StationPlaces::StorageError;
    });
}

Problem StationPlacesService::endChargingByStaff(int spot, qint64 staffId)
{
    qCInfo(lcPlaces) << "staff" << staffId << "end the session on spot" << spot;
    return endByStaff(
        &StationPlacesStore::openSessions, [spot](const ChargingSessionRecord &s) { return s.spot == spot; },
        [staffId](StationPlacesStore &store, qint64 id, const QDateTime &now) {
            return store.endSession(id, now, QStringLiteral("staff"), staffId);
        });
}

Problem StationPlacesService::endRestByStaff(qint64 placeId, qint64 staffId)
{
    qCInfo(lcPlaces) << "staff" << staffId << "end the booking of rest place" << placeId;
    return endByStaff(
        &StationPlacesStore::openRestBookings, [placeId](const RestBookingRecord &b) { return b.placeId == placeId; },
        [staffId](StationPlacesStore &store, qint64 id, const QDateTime &now) {
            return store.endRestBooking(id, now, QStringLiteral("staff"), staffId);
        });
}

bool StationPlacesService::releaseAll(qint64 driverId, const QDateTime &at)
{
    StationPlacesStore store(m_db);
    const auto sessions = store.openSessions();
    const auto queue = store.openQueue();
    const auto rests = store.openRestBookings();
    if (!store.takeTurn() || !sessions || !queue || !rests)
        return false;
    const QString checkedOut = QStringLiteral("checked_out");
    if (const auto session = heldBy(*sessions, driverId); session && !store.endSession(session->id, at, checkedOut))
        return false;
    if (const auto place = heldBy(*queue, driverId); place && !store.endQueuePlace(place->id, QStringLiteral("left"), at))
        return false;
    if (const auto rest = heldBy(*rests, driverId); rest && !store.endRestBooking(rest->id, at, checkedOut))
        return false;
    // Whatever they freed goes to the next in the queue.
    return tidyWithin(store, m_clock.now());
}

} // namespace linli
