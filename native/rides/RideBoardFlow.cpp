#include "RideBoardFlow.h"

#include "Backend.h"
#include "DatabaseLink.h"
#include "Notice.h"
#include "RideRows.h"

namespace linli {

namespace {
constexpr int kMinuteMs = 60 * 1000;
} // namespace

RideBoardFlow::RideBoardFlow(const ShellContext &shell, QObject *parent)
    : Flow(parent)
    , m_rides(shell.remote<RidesService>(&Backend::rides))
    , m_clock(shell.clock)
    , m_notice(shell.notice)
    , m_slip(shell.printer)
    , m_waiting({{RideRole, "ride", [this](const RideListRecord &r) { return QVariant(rideRow(r, m_clock.now(), m_english)); }}})
    , m_mine({{RideRole, "ride", [this](const RideListRecord &r) { return QVariant(rideRow(r, m_clock.now(), m_english)); }}})
{
    // Requests asked, taken or cancelled at the other kiosks, and drivers checking in or out.
    connect(&shell.link, &DatabaseLink::changed, this, [this](const QStringList &tables) {
        if (m_open && touches(tables, {"ride_request", "driver_visit", "driver"}))
            load();
    });
    m_minutes.setInterval(kMinuteMs);
    connect(&m_minutes, &QTimer::timeout, this, [this] {
        m_waiting.refreshAll();
        m_mine.refreshAll();
    });
}

void RideBoardFlow::begin(const IdentifiedPerson &person)
{
    reset();
    m_open = true;
    m_minutes.start();
    // From the driver's menu: the driver is known, as if they had just scanned.
    if (person.kind == Identity::Driver)
        take(person);
    else
        load();
}

void RideBoardFlow::reset()
{
    m_generation.forget();
    m_slip.forget();
    m_minutes.stop();
    m_open = false;
    m_busy = false;
    m_problem = Rides::NoProblem;
    m_driver = {};
    m_driverChecked = false;
    m_board = {};
    m_waiting.setRecords({});
    m_mine.setRecords({});
    m_selectedId = 0;
    m_last.reset();
    m_lastAction.clear();
    Q_EMIT changed();
}

void RideBoardFlow::setEnglish(bool english)
{
    m_english = english;
    m_waiting.refreshAll();
    m_mine.refreshAll();
    Q_EMIT changed();
}

void RideBoardFlow::take(const IdentifiedPerson &person)
{
    if (m_busy)
        return;
    if (person.kind != Identity::Driver) {
        m_problem = Rides::NotADriver; // a resident's card or code: drivers take requests here
        Q_EMIT changed();
        return;
    }
    m_driver = person;
    m_driverChecked = false;
    m_problem = Rides::NoProblem;
    const qint64 selected = m_selectedId;
    m_busy = true;
    Q_EMIT changed();
    m_rides.ask(
        this, m_generation, [person](RidesService &rides) { return rides.board(person); },
        [this, selected](const RideBoard &board) {
            m_busy = false;
            m_driverChecked = true;
            show(board);
            m_problem = board.driverProblem;
            Q_EMIT changed();
            // Tapped before the scan: now it is theirs, if they may.
            if (selected != 0 && board.driverProblem == Rides::NoProblem)
                takeRequest(selected);
        });
}

void RideBoardFlow::load()
{
    const IdentifiedPerson driver = m_driver;
    m_rides.ask(
        this, m_generation, [driver](RidesService &rides) { return rides.board(driver); },
        [this](const RideBoard &board) { show(board); });
}

void RideBoardFlow::show(const RideBoard &board)
{
    if (!board.valid) {
        m_notice.show(Notice::SaveFailed);
        return;
    }
    m_board = board;
    m_waiting.setRecords(board.waiting);
    m_mine.setRecords(board.mine);
    // A request tapped, then taken by another driver before this one scanned: say so.
    if (m_selectedId != 0 && std::none_of(board.waiting.begin(), board.waiting.end(), [this](const RideListRecord &r) {
            return r.request.id == m_selectedId;
        })) {
        m_selectedId = 0;
        m_problem = Rides::AlreadyTaken;
    }
    Q_EMIT changed();
}

void RideBoardFlow::choose(qint64 requestId)
{
    if (m_busy || !m_open)
        return;
    m_last.reset();
    m_lastAction.clear();
    if (driverMayTake()) {
        takeRequest(requestId);
        return;
    }
    // No driver yet (or one who may not): the request waits for a scan.
    m_selectedId = requestId;
    m_problem = m_driver.kind == Identity::Driver ? m_board.driverProblem : Rides::NoProblem;
    Q_EMIT changed();
}

void RideBoardFlow::takeRequest(qint64 requestId)
{
    const IdentifiedPerson driver = m_driver;
    m_busy = true;
    Q_EMIT changed();
    m_rides.ask(
        this, m_generation,
        [driver, requestId](RidesService &rides) { return std::pair{rides.take(driver, requestId), rides.board(driver)}; },
        [this](const std::pair<RideTakeResult, RideBoard> &answer) {
            m_busy = false;
            m_selectedId = 0;
            const RideTakeResult &taken = answer.first;
            m_problem = taken.problem;
            if (taken.problem == Rides::NoProblem) {
                m_last = taken.request;
                m_lastAction = QStringLiteral("taken");
                if (taken.slipJob)
                    m_slip.follow(taken.slipJob);
            } else if (taken.problem == Rides::StorageError) {
                m_notice.show(Notice::SaveFailed);
            }
            show(answer.second);
        });
}

void RideBoardFlow::markDone(qint64 requestId)
{
    finish(requestId, true);
}

void RideBoardFlow::giveBack(qint64 requestId)
{
    finish(requestId, false);
}

void RideBoardFlow::finish(qint64 requestId, bool done)
{
    if (m_busy || m_driver.kind != Identity::Driver)
        return;
    const IdentifiedPerson driver = m_driver;
    const auto ride = std::find_if(m_board.mine.begin(), m_board.mine.end(),
                                   [requestId](const RideListRecord &r) { return r.request.id == requestId; });
    const std::optional<RideListRecord> before = ride == m_board.mine.end() ? std::nullopt : std::optional(*ride);
    m_busy = true;
    Q_EMIT changed();
    m_rides.ask(
        this, m_generation,
        [driver, requestId, done](RidesService &rides) {
            const Rides::Problem problem = done ? rides.markDone(driver, requestId) : rides.giveBack(driver, requestId);
            return std::pair{problem, rides.board(driver)};
        },
        [this, before, done](const std::pair<Rides::Problem, RideBoard> &answer) {
            m_busy = false;
            m_problem = answer.first;
            m_slip.forget();
            if (answer.first == Rides::NoProblem) {
                m_last = before;
                m_lastAction = done ? QStringLiteral("done") : QStringLiteral("given_back");
            } else if (answer.first == Rides::StorageError) {
                m_notice.show(Notice::SaveFailed);
            }
            show(answer.second);
        });
}

void RideBoardFlow::forgetDriver()
{
    if (m_busy)
        return;
    m_driver = {};
    m_driverChecked = false;
    m_problem = Rides::NoProblem;
    m_selectedId = 0;
    m_last.reset();
    m_lastAction.clear();
    m_slip.forget();
    m_board.mine.clear();
    m_mine.setRecords({});
    m_board.driverProblem = Rides::NoProblem;
    Q_EMIT changed();
    load();
}

QString RideBoardFlow::driver() const
{
    return m_driver.kind == Identity::Driver ? m_driver.maskedName : QString();
}

bool RideBoardFlow::driverMayTake() const
{
    return m_driver.kind == Identity::Driver && m_driverChecked && m_board.driverProblem == Rides::NoProblem;
}

QVariantMap RideBoardFlow::last() const
{
    return m_last ? rideRow(*m_last, m_clock.now(), m_english) : QVariantMap();
}

} // namespace linli
