#include "Rides.h"

#include "Database.h"
#include "RideSlips.h"
#include "Stores.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRides, "linli.rides")

namespace linli {

using Rides::Problem;

namespace ride_rules {

namespace {
QDateTime atMinute(const QDate &day, int minute)
{
    return QDateTime(day.addDays(minute / 1440), QTime((minute % 1440) / 60, minute % 60));
}

QString clock(const QDateTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}
} // namespace

QDateTime windowStart(const RideTimeRecord &time, const QDateTime &asked)
{
    const QDate day = asked.date().addDays(time.dayOffset);
    if (time.startsMinute >= 0)
        return atMinute(day, time.startsMinute);
    // Counted from the asking, to the minute.
    const QDateTime minute(asked.date(), QTime(asked.time().hour(), asked.time().minute()));
    return minute.addSecs(qint64(time.leadMinutes) * 60);
}

QDateTime windowEnd(const RideTimeRecord &time, const QDateTime &asked)
{
    return time.endsMinute < 0 ? QDateTime() : atMinute(asked.date().addDays(time.dayOffset), time.endsMinute);
}

bool offered(const RideTimeRecord &time, const QDateTime &asked)
{
    const QDateTime end = windowEnd(time, asked);
    return !end.isValid() || windowStart(time, asked) < end;
}

QDateTime alertDueAt(const RideTimeRecord &time, const QDateTime &asked)
{
    const QDateTime takeWithin = asked.addSecs(qint64(time.takeWithinMinutes) * 60);
    const QDateTime beforeWindow = windowStart(time, asked).addSecs(-qint64(time.alertBeforeMinutes) * 60);
    return qMax(takeWithin, beforeWindow);
}

bool notTakenInTime(const RideRequestRecord &request, const QDateTime &now)
{
    return request.waiting() && request.alertDueAt.isValid() && now >= request.alertDueAt;
}

Problem mayRequest(const IdentifiedPerson &person, const QDate &rideDay)
{
    if (person.kind != Identity::Resident)
        return Rides::NotAResident;
    if (!person.birthDate.isValid() || ageOn(person.birthDate, rideDay) < kMinAge)
        return Rides::TooYoung;
    return Rides::NoProblem;
}

Problem mayTake(const RideDriverRecord &driver)
{
    if (!driver.goldService)
        return Rides::NotGoldService;
    if (!driver.checkedIn)
        return Rides::NotCheckedIn;
    return Rides::NoProblem;
}

QString windowText(const QString &whenCode, const QDateTime &startAt, const QDateTime &endAt, const QDate &today, bool english)
{
    // (times read back from the database are UTC)
    const QDateTime start = startAt.toLocalTime();
    const QDateTime end = endAt.isValid() ? endAt.toLocalTime() : QDateTime();
    if (whenCode == QLatin1String("now"))
        return english ? QStringLiteral("Now, as soon as possible") : QStringLiteral("现在（尽快）");
    const QDate day = start.date();
    QString dayText;
    if (day == today)
        dayText = english ? QStringLiteral("Today") : QStringLiteral("今天");
    else if (day == today.addDays(1))
        dayText = english ? QStringLiteral("Tomorrow") : QStringLiteral("明天");
    else
        dayText = english ? QLocale(QLocale::English).toString(day, QStringLiteral("MMM d")) : day.toString(QStringLiteral("M月d日"));
    if (end.isValid())
        return QStringLiteral("%1 %2-%3").arg(dayText, clock(start), end.time() == QTime(0, 0) ? QStringLiteral("24:00") : clock(end));
    return english ? QStringLiteral("%1 from %2").arg(dayText, clock(start)) : QStringLiteral("%1 %2 起").arg(dayText, clock(start));
}

int minutesBetween(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() && to.isValid() ? int(qMax<qint64>(0, from.secsTo(to) / 60)) : 0;
}

} // namespace ride_rules

RidesService::RidesService(Database &db, const Clock &clock, PaperWidth paper)
    : m_db(db)
    , m_clock(clock)
    , m_paper(paper)
{
}

RideOverview RidesService::overview(const IdentifiedPerson &person)
{
    RideOverview overview;
    if (person.kind != Identity::Resident) {
        overview.problem = Rides::NotAResident;
        return overview;
    }
    RidesStore store(m_db);
    const auto destinations = store.destinations();
    const auto times = store.times();
    const auto underWay = store.underWayOf(person.personId);
    if (!destinations || !times || !underWay)
        return overview;
    const QDateTime now = localNow();
    for (const RideTimeRecord &time : *times) {
        RideTimeChoice choice{time, Rides::NoProblem, ride_rules::windowStart(time, now), ride_rules::windowEnd(time, now)};
        choice.problem = ride_rules::offered(time, now) ? ride_rules::mayRequest(person, choice.start.date()) : Rides::TimeGone;
        overview.times.append(choice);
    }
    // Under 60 on every day she could choose (a request already made still shows).
    const bool tooYoung = std::none_of(overview.times.begin(), overview.times.end(), [&](const RideTimeChoice &c) {
        return ride_rules::mayRequest(person, c.start.date()) == Rides::NoProblem;
    });
    overview.problem = tooYoung && !*underWay ? Rides::TooYoung : Rides::NoProblem;
    overview.destinations = *destinations;
    overview.underWay = *underWay;
    return overview;
}

std::optional<RideRequestRecord> RidesService::newRequest(const RideDraft &draft, const RideTimeRecord &time,
                                                          const QDateTime &asked)
{
    const std::optional<int> number = RidesStore(m_db).nextNumber(asked.date());
    if (!number)
        return std::nullopt;
    RideRequestRecord request;
    request.day = asked.date();
    request.number = *number;
    request.residentId = draft.resident.personId;
    request.destinationId = draft.destinationId;
    request.whenCode = time.code;
    request.windowStartsAt = ride_rules::windowStart(time, asked);
    request.windowEndsAt = ride_rules::windowEnd(time, asked);
    request.companion = draft.companion;
    request.requestedAt = asked;
    request.kiosk = draft.kiosk;
    request.assistedBy = draft.assistant.kind == Identity::Staff ? draft.assistant.personId : 0;
    request.alertDueAt = ride_rules::alertDueAt(time, asked);
    request.requestKey = draft.requestKey;
    return request;
}

RideRequestResult RidesService::request(const RideDraft &draft)
{
    return m_db.retryingConflicts([&] { return requestOnce(draft); });
}

RideRequestResult RidesService::requestOnce(const RideDraft &draft)
{
    RideRequestResult result;
    if (draft.resident.kind != Identity::Resident) {
        result.problem = Rides::NotAResident;
        return result;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return result;
    RidesStore store(m_db);
    // A second tap on "confirm" finds the request the first tap made.
    if (const std::optional<RideListRecord> earlier = store.requestByKey(draft.requestKey)) {
        result.problem = Rides::NoProblem;
        result.request = *earlier;
        result.repeated = true;
        return result;
    }
    const auto destinations = store.destinations();
    const auto times = store.times();
    const auto underWay = store.underWayOf(draft.resident.personId);
    if (!destinations || !times || !underWay)
        return result;
    const auto destination = std::find_if(destinations->begin(), destinations->end(),
                                          [&](const RideDestinationRecord &d) { return d.id == draft.destinationId; });
    const auto time = std::find_if(times->begin(), times->end(), [&](const RideTimeRecord &t) { return t.code == draft.whenCode; });
    const QDateTime asked = localNow();
    if (destination == destinations->end()) {
        result.problem = Rides::NoSuchDestination;
        return result;
    }
    if (time == times->end() || !ride_rules::offered(*time, asked)) {
        result.problem = Rides::TimeGone;
        return result;
    }
    result.problem = ride_rules::mayRequest(draft.resident, ride_rules::windowStart(*time, asked).date());
    if (result.problem != Rides::NoProblem)
        return result;
    if (*underWay) {
        result.problem = Rides::AlreadyRequested;
        result.request = **underWay;
        return result;
    }
    const std::optional<RideRequestRecord> request = newRequest(draft, *time, asked);
    const std::optional<qint64> id = request ? store.addRequest(*request) : std::nullopt;
    if (!id) {
        result.problem = Rides::StorageError;
        return result;
    }
    if (*id == 0) {
        result.problem = Rides::AlreadyRequested; // asked at another kiosk a moment ago
        return result;
    }
    const std::optional<RideListRecord> made = store.request(*id);
    if (!made) {
        result.problem = Rides::StorageError;
        return result;
    }
    const slips::RideRequestSlip slip{made->request.number,
                                      made->destinationZh,
                                      ride_rules::windowText(time->code, made->request.windowStartsAt,
                                                             made->request.windowEndsAt, asked.date(), false),
                                      draft.companion,
                                      maskName(made->residentName),
                                      made->building,
                                      request->assistedBy ? draft.assistant.fullName : QString(),
                                      asked};
    const std::optional<qint64> job =
        PrintJobStore(m_db).add(QStringLiteral("ride_request_slip"), m_clock.now(), slips::rideRequestSlip(slip, m_paper),
                                {SlipFor::RideRequest, *id});
    if (!job || !transaction.commit()) {
        result.problem = Rides::StorageError;
        return result;
    }
    result.problem = Rides::NoProblem;
    result.request = *made;
    result.slipJob = *job;
    qCInfo(lcRides) << "ride request" << made->request.number << "of" << made->request.day << "to destination"
                    << made->request.destinationId << made->request.whenCode;
    return result;
}

Problem RidesService::cancel(const IdentifiedPerson &person, qint64 requestId)
{
    if (person.kind != Identity::Resident)
        return Rides::NotAResident;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Rides::StorageError;
    RidesStore store(m_db);
    const std::optional<RideListRecord> request = store.request(requestId);
    if (!request || request->request.residentId != person.personId || !request->request.underWay())
        return Rides::NotUnderWay;
    if (!store.cancel(requestId, person.personId, m_clock.now()))
        return Rides::NotUnderWay; // (cancelled or done a moment ago)
    if (!transaction.commit())
        return Rides::StorageError;
    qCInfo(lcRides) << "ride request" << requestId << "cancelled";
    return Rides::NoProblem;
}

RideBoard RidesService::board(const IdentifiedPerson &driver)
{
    RideBoard board;
    RidesStore store(m_db);
    const auto waiting = store.waiting();
    const auto leader = store.teamLeader();
    if (!waiting || !leader)
        return board;
    board.waiting = *waiting;
    board.leader = *leader;
    if (driver.kind == Identity::Driver) {
        const std::optional<RideDriverRecord> record = store.driver(driver.personId);
        const auto mine = store.takenBy(driver.personId);
        if (!mine)
            return board;
        board.driver = record.value_or(RideDriverRecord{});
        board.driverProblem = record ? ride_rules::mayTake(*record) : Rides::NotADriver;
        board.mine = *mine;
    } else if (driver.kind != Identity::Nobody) {
        board.driverProblem = Rides::NotADriver;
    }
    board.valid = true;
    return board;
}

RideTakeResult RidesService::take(const IdentifiedPerson &driver, qint64 requestId)
{
    return m_db.retryingConflicts([&] { return takeOnce(driver, requestId); });
}

RideTakeResult RidesService::takeOnce(const IdentifiedPerson &driver, qint64 requestId)
{
    RideTakeResult result;
    if (driver.kind != Identity::Driver) {
        result.problem = Rides::NotADriver;
        return result;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return result;
    RidesStore store(m_db);
    const std::optional<RideDriverRecord> record = store.driver(driver.personId);
    if (!record) {
        result.problem = Rides::NotADriver;
        return result;
    }
    result.problem = ride_rules::mayTake(*record);
    if (result.problem != Rides::NoProblem)
        return result;
    const std::optional<RideListRecord> request = store.request(requestId);
    if (!request || !request->request.underWay()) {
        result.problem = Rides::NotUnderWay;
        return result;
    }
    result.request = *request;
    if (request->request.state == QLatin1String("taken")) {
        // Theirs already (a second tap): no second slip.
        result.problem = request->request.takenBy == driver.personId ? Rides::NoProblem : Rides::AlreadyTaken;
        return result;
    }
    const QDateTime now = m_clock.now();
    if (!store.take(requestId, driver.personId, now)) {
        result.problem = Rides::AlreadyTaken; // another driver, a moment ago
        return result;
    }
    const RideRequestRecord &r = request->request;
    const slips::RideDriverSlip slip{r.number,
                                     r.day,
                                     request->destinationZh,
                                     request->askByPhone,
                                     ride_rules::windowText(r.whenCode, r.windowStartsAt, r.windowEndsAt, localNow().date(), false),
                                     r.companion,
                                     request->residentName,
                                     formatAddress(request->building, request->unit, request->room),
                                     request->phone,
                                     record->name,
                                     now.toLocalTime()};
    const std::optional<qint64> job =
        PrintJobStore(m_db).add(QStringLiteral("ride_driver_slip"), now, slips::rideDriverSlip(slip, m_paper),
                                {SlipFor::RideRequest, requestId});
    const std::optional<RideListRecord> taken = store.request(requestId);
    if (!job || !taken || !transaction.commit()) {
        result.problem = Rides::StorageError;
        return result;
    }
    result.problem = Rides::NoProblem;
    result.request = *taken;
    result.slipJob = *job;
    qCInfo(lcRides) << "ride request" << requestId << "taken by driver" << driver.personId;
    return result;
}

Problem RidesService::markDone(const IdentifiedPerson &driver, qint64 requestId)
{
    return finish(driver, requestId, true);
}

Problem RidesService::giveBack(const IdentifiedPerson &driver, qint64 requestId)
{
    return finish(driver, requestId, false);
}

Problem RidesService::finish(const IdentifiedPerson &driver, qint64 requestId, bool done)
{
    if (driver.kind != Identity::Driver)
        return Rides::NotADriver;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Rides::StorageError;
    RidesStore store(m_db);
    const std::optional<RideListRecord> request = store.request(requestId);
    if (!request)
        return Rides::NotUnderWay;
    const RideRequestRecord &r = request->request;
    if (r.state == QLatin1String("done") && done && r.takenBy == driver.personId)
        return Rides::NoProblem; // a second tap
    if (r.state != QLatin1String("taken"))
        return Rides::NotUnderWay;
    if (r.takenBy != driver.personId)
        return Rides::NotYours;
    const QDateTime now = m_clock.now();
    const bool changed = done ? store.markDone(requestId, driver.personId, now) : store.giveBack(requestId, driver.personId, now);
    if (!changed)
        return Rides::NotUnderWay; // (cancelled a moment ago)
    if (!transaction.commit())
        return Rides::StorageError;
    qCInfo(lcRides) << "ride request" << requestId << (done ? "done" : "given back") << "by driver" << driver.personId;
    return Rides::NoProblem;
}

int RidesService::raiseDueAlerts()
{
    const int raised = RidesStore(m_db).raiseDueAlerts(m_clock.now()).value_or(0);
    if (raised > 0)
        qCWarning(lcRides) << raised << "ride request(s) not taken in time: alert raised";
    return raised;
}

RidesDeskView RidesService::deskView()
{
    RidesDeskView view;
    RidesStore store(m_db);
    // Yesterday's and today's, and whatever is still under way.
    const QDateTime since(localNow().date().addDays(-1), QTime(0, 0));
    const auto alerts = store.openAlerts();
    const auto requests = store.recent(since);
    if (!alerts || !requests)
        return view;
    view.alerts = *alerts;
    view.requests = *requests;
    view.valid = true;
    return view;
}

Problem RidesService::resolveAlert(qint64 requestId, qint64 staffId, Rides::Note note)
{
    static const QStringList notes = {QStringLiteral("called_driver"), QStringLiteral("other_car"),
                                      QStringLiteral("resident_cancelled")};
    if (note < 0 || note >= notes.size())
        return Rides::StorageError;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Rides::StorageError;
    RidesStore store(m_db);
    if (!store.resolveAlert(requestId, staffId, m_clock.now(), notes.at(note))) {
        const std::optional<RideListRecord> request = store.request(requestId);
        return request && request->request.alertResolvedAt.isValid() ? Rides::AlertResolved : Rides::NotUnderWay;
    }
    if (!transaction.commit())
        return Rides::StorageError;
    qCInfo(lcRides) << "ride alert of request" << requestId << "resolved by staff" << staffId << notes.at(note);
    return Rides::NoProblem;
}

bool RidesService::addDemoRequests()
{
    RidesStore store(m_db);
    const std::optional<QList<RideTimeRecord>> times = store.times();
    if (!times)
        return false;
    const auto timeOf = [&](const QString &code) {
        const auto it = std::find_if(times->begin(), times->end(), [&](const RideTimeRecord &t) { return t.code == code; });
        return it == times->end() ? std::nullopt : std::optional(*it);
    };
    struct DemoRequest
    {
        qint64 residentId, destinationId;
        const char *when;
        bool companion;
        int minutesAgo;
        qint64 takenBy; // 0: waiting
    };
    // 赵玉兰 (92) asked for 六七二医院 twenty minutes ago and nobody has
    // taken it yet; 孙福生 goes to 湖北省肿瘤医院 tomorrow morning with his
    // daughter; 陈建军 took 吴国庆's ride to 湖北省妇幼保健院.
    const QList<DemoRequest> demos = {{12, 4, "tomorrow_morning", true, 60, 0},
                                      {10, 1, "later_today", false, 40, 1},
                                      {7, 2, "now", false, 20, 0}};
    for (const DemoRequest &demo : demos) {
        const std::optional<RideTimeRecord> time = timeOf(QString::fromLatin1(demo.when));
        if (!time)
            continue;
        RideDraft draft;
        draft.resident.kind = Identity::Resident;
        draft.resident.personId = demo.residentId;
        draft.destinationId = demo.destinationId;
        draft.companion = demo.companion;
        draft.kiosk = QStringLiteral("demo");
        draft.requestKey = QStringLiteral("demo-ride-%1").arg(demo.residentId);
        const QDateTime asked = localNow().addSecs(-60 * demo.minutesAgo);
        const std::optional<RideRequestRecord> request = newRequest(draft, *time, asked);
        const qint64 id = request ? store.addRequest(*request).value_or(0) : 0;
        if (id == 0)
            return false;
        if (demo.takenBy != 0 && !store.take(id, demo.takenBy, asked.addSecs(600)))
            return false;
    }
    return store.raiseDueAlerts(m_clock.now()).has_value();
}

} // namespace linli
