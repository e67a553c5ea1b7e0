#include "BarberDesk.h"

#include "Backend.h"
#include "BarberSlips.h"
#include "DatabaseLink.h"
#include "Notice.h"

#include <QLocale>

namespace linli {

BarberDesk::BarberDesk(const ShellContext &shell, QObject *parent)
    : Desk(parent)
    , m_barber(shell.remote<BarberService>(&Backend::barber))
    , m_clock(shell.clock)
    , m_notice(shell.notice)
    , m_bookings({
          {TimeRole, "time", [](const BarberListRecord &b) { return QVariant(slips::clockTime(b.startMinute)); }},
          {NameRole, "name", [](const BarberListRecord &b) { return QVariant(b.residentName); }},
          {PhoneRole, "phone", [](const BarberListRecord &b) { return QVariant(b.phone); }},
          {MarkRole, "mark", [](const BarberListRecord &b) { return QVariant(b.state); }},
          {NoShowsRole, "noShows", [](const BarberListRecord &b) { return QVariant(b.earlierNoShows); }},
      })
{
    // Bookings and cancellations at the other kiosks of the site.
    connect(&shell.link, &DatabaseLink::changed, this, [this](const QStringList &tables) {
        if (m_staffId != 0 && m_view.valid && touches(tables, {"barber_booking", "barber_day_off", "barber_schedule"}))
            showDay(m_view.day, 0);
    });
}

void BarberDesk::open(qint64 staffId)
{
    m_staffId = staffId;
    m_problem = Barber::NoProblem;
    m_listQueued = false;
    showDay(m_clock.now().toLocalTime().date(), 0); // today's, or the next session's
}

void BarberDesk::close()
{
    m_generation.forget();
    m_staffId = 0;
    m_printing = false;
    m_listQueued = false;
    show({});
}

void BarberDesk::setEnglish(bool english)
{
    m_english = english;
    Q_EMIT changed();
}

QString BarberDesk::dayText() const
{
    if (!m_view.day.isValid())
        return {};
    return m_english ? QLocale(QLocale::English).toString(m_view.day, QStringLiteral("ddd, MMM d")) : slips::barberDay(m_view.day);
}

QString BarberDesk::hours() const
{
    if (!m_view.session)
        return {};
    return slips::clockTime(m_view.session->opensMinute) + QStringLiteral("-") + slips::clockTime(m_view.session->closesMinute);
}

void BarberDesk::showDay(const QDate &from, int direction)
{
    m_barber.ask(
        this, m_generation, [from, direction](BarberService &barber) { return barber.deskDay(from, direction); },
        [this](const BarberService::DeskDay &view) { show(view); });
}

void BarberDesk::show(const BarberService::DeskDay &view)
{
    if (view.day != m_view.day)
        m_listQueued = false;
    m_view = view;
    m_bookings.setRecords(view.bookings);
    Q_EMIT changed();
}

void BarberDesk::previousDay()
{
    if (m_staffId != 0 && m_view.valid) {
        m_problem = Barber::NoProblem;
        showDay(m_view.day, -1);
    }
}

void BarberDesk::nextDay()
{
    if (m_staffId != 0 && m_view.valid) {
        m_problem = Barber::NoProblem;
        showDay(m_view.day, 1);
    }
}

void BarberDesk::markDone(int row)
{
    mark(row, Barber::Done);
}

void BarberDesk::markNoShow(int row)
{
    mark(row, Barber::NoShow);
}

void BarberDesk::mark(int row, Barber::Mark mark)
{
    if (m_staffId == 0 || row < 0 || row >= m_bookings.count())
        return;
    const qint64 bookingId = m_bookings.records().at(row).bookingId;
    const qint64 staffId = m_staffId;
    const QDate day = m_view.day;
    m_barber.ask(
        this, m_generation,
        [bookingId, mark, staffId, day](BarberService &barber) {
            const Barber::Problem problem = barber.mark(bookingId, mark, staffId);
            return std::pair{problem, barber.deskDay(day, 0)};
        },
        [this](const std::pair<Barber::Problem, BarberService::DeskDay> &answer) {
            m_problem = answer.first;
            if (answer.first == Barber::StorageError)
                m_notice.show(Notice::SaveFailed);
            show(answer.second);
        });
}

void BarberDesk::printList()
{
    if (m_staffId == 0 || !m_view.valid || m_printing)
        return;
    const QDate day = m_view.day;
    m_printing = true;
    m_barber.ask(
        this, m_generation, [day](BarberService &barber) { return barber.queueDayList(day); },
        [this](std::optional<qint64> job) {
            m_printing = false;
            m_listQueued = job.has_value();
            if (!job)
                m_notice.show(Notice::SaveFailed);
            Q_EMIT changed();
        });
}

void BarberDesk::setDayOff(bool off)
{
    if (m_staffId == 0 || !m_view.valid)
        return;
    const qint64 staffId = m_staffId;
    const QDate day = m_view.day;
    m_barber.ask(
        this, m_generation,
        [day, off, staffId](BarberService &barber) {
            const Barber::Problem problem = barber.setDayOff(day, off, staffId);
            return std::pair{problem, barber.deskDay(day, 0)};
        },
        [this](const std::pair<Barber::Problem, BarberService::DeskDay> &answer) {
            m_problem = answer.first;
            if (answer.first == Barber::StorageError)
                m_notice.show(Notice::SaveFailed);
            show(answer.second);
        });
}

} // namespace linli
