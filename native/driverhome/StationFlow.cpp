#include "StationFlow.h"

#include "Backend.h"

#include <QUuid>

namespace linli {

namespace {
QString newRequestKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

StationFlow::StationFlow(const ShellContext &shell, QObject *parent)
    : QObject(parent)
    , m_places(shell.remote<StationPlacesService>(&Backend::stationPlaces))
    , m_slip(shell.printer)
    , m_notice(shell.notice)
{
    // Another kiosk of the station took a spot or a place: it shows here at once.
    connect(&shell.link, &DatabaseLink::changed, this, [this](const QStringList &tables) {
        if (m_shown && touches(tables, {"charging_session", "charging_queue", "rest_booking", "charging_spot",
                                        "rest_place", "love_station_offer", "driver_visit"}))
            refresh();
    });
    // Calls run out and rest times end while nobody touches the screen.
    shell.housekeeping.every(std::chrono::seconds(30), [this] {
        if (m_shown)
            refresh();
    });
}

void StationFlow::begin()
{
    reset();
    m_shown = true;
    refresh();
}

void StationFlow::watchBoard()
{
    if (m_shown)
        return;
    m_shown = true;
    refresh();
}

void StationFlow::setDriver(const IdentifiedPerson &driver)
{
    m_generation.forget(); // whatever was on its way was for the one before
    m_driver = driver;
    forgetHoldings();
    m_shown = true;
    m_page = Menu;
    m_done = NothingDone;
    m_problem = StationPlaces::NoProblem;
    m_busy = false;
    m_requestKey = newRequestKey();
    m_slip.forget();
    refresh();
}

void StationFlow::driverLeft()
{
    m_driver = {};
    forgetHoldings();
    m_page = Menu;
    m_done = NothingDone;
    m_slip.forget();
    refresh(); // what they freed
}

void StationFlow::forgetHoldings()
{
    // The board stays; what the last driver held is not the next one's.
    const StationBoard board = m_view.board;
    m_view = {};
    m_view.board = board;
}

void StationFlow::reset()
{
    m_generation.forget();
    m_driver = {};
    m_view = {};
    m_page = Menu;
    m_done = NothingDone;
    m_problem = StationPlaces::NoProblem;
    m_busy = false;
    m_shown = false;
    m_requestKey.clear();
    m_slip.forget();
    Q_EMIT changed();
}

void StationFlow::setEnglish(bool english)
{
    m_english = english;
    Q_EMIT changed(); // the offers' words
}

void StationFlow::refresh()
{
    if (m_busy)
        return; // the answer to the tap brings the view with it
    const IdentifiedPerson driver = m_driver;
    m_places.ask(
        this, m_generation, [driver](StationPlacesService &places) { return places.view(driver); },
        [this](const StationView &view) {
            if (!m_busy)
                show(view);
        });
}

void StationFlow::show(const StationView &view)
{
    if (view.board.valid)
        m_view = view;
    Q_EMIT changed();
}

void StationFlow::showPage(Page page)
{
    if (m_busy || !hasDriver())
        return;
    m_page = page;
    m_done = NothingDone;
    m_problem = StationPlaces::NoProblem;
    m_slip.forget();
    Q_EMIT changed();
}

template<typename Call>
void StationFlow::act(Done done, Call call, qint64 restPlaceId)
{
    if (m_busy || !hasDriver())
        return; // a second tap while the first is on its way
    m_busy = true;
    m_problem = StationPlaces::NoProblem;
    Q_EMIT changed();
    const PlaceRequest request{m_driver, restPlaceId, m_requestKey};
    // The slip is committed with the booking: it prints even if the driver walked away meanwhile.
    m_places.ask(
        this, m_generation,
        [call, request](StationPlacesService &places) {
            const PlaceResult result = call(places, request);
            return std::pair{result, places.view(request.driver)};
        },
        [this, done](const std::pair<PlaceResult, StationView> &answer) {
            const auto &[result, view] = answer;
            m_busy = false;
            if (result.problem == StationPlaces::StorageError) {
                m_notice.show(Notice::SaveFailed); // the same tap again asks once more
                m_problem = StationPlaces::NoProblem;
            } else {
                m_problem = result.problem;
            }
            if (result.problem == StationPlaces::NoProblem) {
                m_done = done;
                m_requestKey = newRequestKey(); // the next tap is a new request
                if (result.slipJob)
                    m_slip.follow(result.slipJob);
                else if (!result.repeated)
                    m_slip.forget(); // (endings print nothing)
            }
            show(view);
        });
}

void StationFlow::startCharging()
{
    act(StartedCharging, [](StationPlacesService &places, const PlaceRequest &r) { return places.startCharging(r); });
}

void StationFlow::joinQueue()
{
    act(JoinedQueue, [](StationPlacesService &places, const PlaceRequest &r) { return places.joinQueue(r); });
}

void StationFlow::bookRest(qint64 placeId)
{
    act(BookedRest, [](StationPlacesService &places, const PlaceRequest &r) { return places.bookRest(r); }, placeId);
}

void StationFlow::endCharging()
{
    act(EndedCharging, [](StationPlacesService &places, const PlaceRequest &r) {
        return PlaceResult{places.endCharging(r.driver), 0, false};
    });
}

void StationFlow::leaveQueue()
{
    act(LeftQueue, [](StationPlacesService &places, const PlaceRequest &r) {
        return PlaceResult{places.leaveQueue(r.driver), 0, false};
    });
}

void StationFlow::endRest()
{
    act(EndedRest, [](StationPlacesService &places, const PlaceRequest &r) {
        return PlaceResult{places.endRest(r.driver), 0, false};
    });
}

QString StationFlow::clockText(const QDateTime &at) const
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

QVariantList StationFlow::spots() const
{
    QVariantList list;
    for (const SpotView &spot : m_view.board.spots)
        list.append(QVariantMap{{QStringLiteral("number"), spot.number},
                                {QStringLiteral("state"), int(spot.state)},
                                {QStringLiteral("endsAt"), clockText(spot.endsAt)},
                                {QStringLiteral("overdue"), spot.overdue},
                                {QStringLiteral("calledNumber"), spot.calledNumber}});
    return list;
}

QVariantList StationFlow::callUps() const
{
    QVariantList list;
    for (const CallUp &call : m_view.board.callUps)
        list.append(QVariantMap{{QStringLiteral("number"), call.queueNumber},
                                {QStringLiteral("spot"), call.spot},
                                {QStringLiteral("until"), clockText(call.until)}});
    return list;
}

QVariantList StationFlow::restPlaces() const
{
    QVariantList list;
    for (const RestPlaceView &view : m_view.board.restPlaces)
        list.append(QVariantMap{{QStringLiteral("id"), view.place.id},
                                {QStringLiteral("kind"), view.place.kind},
                                {QStringLiteral("number"), view.place.number},
                                {QStringLiteral("maxMinutes"), view.place.maxMinutes},
                                {QStringLiteral("free"), view.free},
                                {QStringLiteral("endsAt"), clockText(view.endsAt)}});
    return list;
}

int StationFlow::freeRestPlaces(const QString &kind) const
{
    return int(std::count_if(m_view.board.restPlaces.begin(), m_view.board.restPlaces.end(),
                             [&](const RestPlaceView &v) { return v.free && v.place.kind == kind; }));
}

QVariantList StationFlow::offers() const
{
    QVariantList list;
    for (const LoveOfferRecord &offer : m_view.board.offers)
        list.append(QVariantMap{{QStringLiteral("code"), offer.code},
                                {QStringLiteral("name"), m_english ? offer.nameEn : offer.nameZh},
                                {QStringLiteral("line"), m_english ? offer.lineEn : offer.lineZh}});
    return list;
}

QVariantMap StationFlow::mine() const
{
    const station_rules::Holdings &held = m_view.mine;
    const bool called = held.queue && held.queue->called();
    const auto &spots = m_view.board.spots;
    const bool overdue = held.session && std::any_of(spots.begin(), spots.end(), [&](const SpotView &s) {
        return s.number == held.session->spot && s.overdue;
    });
    return {{QStringLiteral("checkedIn"), held.checkedIn},
            {QStringLiteral("charging"), held.session.has_value()},
            {QStringLiteral("spot"), held.session ? held.session->spot : 0},
            {QStringLiteral("endsAt"), held.session ? clockText(held.session->endsAt) : QString()},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("queued"), held.queue && !called},
            {QStringLiteral("called"), called},
            {QStringLiteral("number"), held.queue ? held.queue->number : 0},
            {QStringLiteral("ahead"), m_view.ahead},
            {QStringLiteral("waitMinutes"), m_view.waitMinutes},
            {QStringLiteral("calledSpot"), called ? held.queue->calledSpot : 0},
            {QStringLiteral("calledUntil"), called ? clockText(held.queue->calledUntil) : QString()},
            {QStringLiteral("resting"), held.rest.has_value()},
            {QStringLiteral("restKind"), m_view.restPlace.kind},
            {QStringLiteral("restNumber"), m_view.restPlace.number},
            {QStringLiteral("restEndsAt"), held.rest ? clockText(held.rest->endsAt) : QString()}};
}

} // namespace linli
