#pragma once

#include "Barber.h"
#include "Flow.h"
#include "RecordModel.h"
#include "Remote.h"
#include "ShellContext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The barber corner's tab in staff mode: a session day's list (the next one
// first; earlier and later ones a tap away), each booking marked done or
// no-show once the day has come, earlier no-shows shown beside the name,
// the list printed for the barber, and a day without bookings made a day off.
class BarberDesk : public Desk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.sharedHouse.barberDesk")
    Q_PROPERTY(QString day READ dayText NOTIFY changed)
    Q_PROPERTY(QString barber READ barber NOTIFY changed)
    Q_PROPERTY(QString hours READ hours NOTIFY changed)
    Q_PROPERTY(bool dayOff READ dayOff NOTIFY changed)
    Q_PROPERTY(bool canMark READ canMark NOTIFY changed)
    Q_PROPERTY(int slotCount READ slotCount NOTIFY changed)
    // The last thing asked of the desk that did not go through (HasBookings, ...).
    Q_PROPERTY(linli::Barber::Problem problem READ problem NOTIFY changed)
    // The day's list was queued for the printer.
    Q_PROPERTY(bool listQueued READ listQueued NOTIFY changed)
    Q_PROPERTY(linli::RecordListModel *bookings READ bookings CONSTANT)

public:
    enum Role { TimeRole = Qt::UserRole + 1, NameRole, PhoneRole, MarkRole, NoShowsRole };

    explicit BarberDesk(const ShellContext &shell, QObject *parent = nullptr);

    QString dayText() const;
    QString barber() const { return m_view.session ? m_view.session->barber : QString(); }
    QString hours() const;
    bool dayOff() const { return m_view.dayOff; }
    bool canMark() const { return m_view.canMark; }
    int slotCount() const { return m_view.slotCount; }
    Barber::Problem problem() const { return m_problem; }
    bool listQueued() const { return m_listQueued; }
    RecordModel<BarberListRecord> *bookings() { return &m_bookings; }

    void open(qint64 staffId) override;
    void close() override;
    void setEnglish(bool english) override;

    Q_INVOKABLE void previousDay();
    Q_INVOKABLE void nextDay();
    Q_INVOKABLE void markDone(int row);
    Q_INVOKABLE void markNoShow(int row);
    Q_INVOKABLE void printList();
    Q_INVOKABLE void setDayOff(bool off);

Q_SIGNALS:
    void changed();

private:
    void showDay(const QDate &from, int direction);
    void show(const BarberService::DeskDay &view);
    void mark(int row, Barber::Mark mark);

    Remote<BarberService> m_barber;
    const Clock &m_clock;
    Notice &m_notice;
    RecordModel<BarberListRecord> m_bookings;
    BarberService::DeskDay m_view;
    Generation m_generation;
    qint64 m_staffId = 0;
    bool m_english = false;
    bool m_printing = false; // a double tap prints one list
    bool m_listQueued = false;
    Barber::Problem m_problem = Barber::NoProblem;
};

} // namespace linli
