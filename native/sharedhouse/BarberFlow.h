#pragma once

#include "Barber.h"
#include "Flow.h"
#include "Remote.h"
#include "ShellContext.h"
#include "Slip.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace linli {

// Barber.TooYoung, Barber.SlotTaken, ... for the screens.
namespace BarberForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(linli::Barber)
QML_NAMED_ELEMENT(Barber)
} // namespace BarberForeign

// A resident at the barber corner: her card, then a free slot of a day
// within reach, then confirm (a slip prints); or her booking, to see it or
// cancel it. Nothing to type: days and times are buttons.
class BarberFlow : public Flow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.sharedHouse.barber")
    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(linli::Barber::Problem problem READ problem NOTIFY changed)
    // The weekly hours: weekday ("周二"), hours ("09:00-11:30"), barber.
    Q_PROPERTY(QVariantList schedule READ schedule NOTIFY changed)
    // Who books how far ahead, the oldest first: minAge, daysAhead.
    Q_PROPERTY(QVariantList windows READ windows NOTIFY changed)
    // The session days within reach: date ("12月1日 周二"), barber, hours,
    // problem (a Barber.Problem: NoProblem when she may book it), opensOn.
    Q_PROPERTY(QVariantList days READ days NOTIFY changed)
    Q_PROPERTY(int dayIndex READ dayIndex NOTIFY changed)
    // The chosen day's slots still to come: minute, time ("09:20"), free.
    Q_PROPERTY(QVariantList times READ times NOTIFY changed)
    // Her upcoming bookings: id, date, time, barber.
    Q_PROPERTY(QVariantList bookings READ bookings NOTIFY changed)
    // Whether a day within reach is still hers to book.
    Q_PROPERTY(bool canBookMore READ canBookMore NOTIFY changed)
    // The slot on the Confirm and Booked steps, or the booking being cancelled: date, time, barber.
    Q_PROPERTY(QVariantMap chosen READ chosen NOTIFY changed)
    Q_PROPERTY(linli::Slip *slip READ slip CONSTANT)

public:
    // NeedCard: waits for a resident's card (or says why she cannot book).
    // ChooseSlot: days and their free times. Confirm: the slot. Booked: done,
    // with the slip. Mine: her bookings. ConfirmCancel, Cancelled.
    enum Step { NeedCard, ChooseSlot, Confirm, Booked, Mine, ConfirmCancel, Cancelled };
    Q_ENUM(Step)

    explicit BarberFlow(const ShellContext &shell, QObject *parent = nullptr);

    void begin(const IdentifiedPerson &person) override;
    void reset() override;
    void take(const IdentifiedPerson &person) override;
    void setEnglish(bool english) override;

    Step step() const { return m_step; }
    bool busy() const { return m_busy; }
    Barber::Problem problem() const { return m_problem; }
    QVariantList schedule() const;
    QVariantList windows() const;
    QVariantList days() const;
    int dayIndex() const { return m_dayIndex; }
    QVariantList times() const;
    QVariantList bookings() const;
    bool canBookMore() const;
    QVariantMap chosen() const;
    Slip *slip() { return &m_slip; }

    Q_INVOKABLE void chooseDay(int index);
    Q_INVOKABLE void chooseSlot(int minute);
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void bookAnother();
    Q_INVOKABLE void startCancel(qint64 bookingId);
    Q_INVOKABLE void confirmCancel();
    // One step back within the flow; false when there is none (the screen leaves).
    Q_INVOKABLE bool back();

Q_SIGNALS:
    void changed();

private:
    void setStep(Step step);
    void setProblem(Barber::Problem problem);
    // Her days and bookings afresh; then `after` (by default: her bookings
    // if she has any, else the days).
    void load(std::optional<Step> after = std::nullopt, Barber::Problem problem = Barber::NoProblem);
    void show(const BarberOverview &overview, std::optional<Step> after, Barber::Problem problem);
    QString dateText(const QDate &day) const;
    QVariantMap slotMap(const QDate &day, int minute, const QString &barber) const;

    Remote<BarberService> m_barber;
    PersonSession &m_session;
    Slip m_slip;
    Step m_step = NeedCard;
    bool m_busy = false;
    bool m_english = false;
    Barber::Problem m_problem = Barber::NoProblem;
    BarberService::Timetable m_timetable;
    BarberOverview m_overview;
    int m_dayIndex = -1;
    BarberAppointment m_chosen; // being booked, booked, or being cancelled
    QString m_requestKey;
    Generation m_generation;
};

} // namespace linli
