#pragma once

#include "Slips.h"

namespace linli::slips {

// The barber corner's paper: the slip a resident takes home (the day and
// the time large), and the day's list for the barber.

// 周二, for a QDate::dayOfWeek() (1 Monday ... 7 Sunday).
QString weekdayName(int dayOfWeek);
// 12月1日 周二
QString barberDay(const QDate &day);
// 09:20, from minutes after midnight.
QString clockTime(int minute);

struct BarberBooking
{
    QDate day;
    int startMinute = 0;
    int slotMinutes = 0;
    QString barber;
    QString resident;  // masked
    QString assistant; // 代办人, if anyone
    QDateTime bookedAt;
};
QByteArray barberBookingSlip(const BarberBooking &booking, PaperWidth paper);

struct BarberListEntry
{
    int startMinute = 0;
    QString resident; // masked: a list left on the chair must not name who comes when
    int earlierNoShows = 0;
};

struct BarberDayList
{
    QDate day;
    QString barber;
    int opensMinute = 0;
    int closesMinute = 0;
    QList<int> times;               // every slot of the day, booked or not
    QList<BarberListEntry> entries; // the booked ones
    bool dayOff = false;
    QDateTime printedAt;
};
QByteArray barberDayList(const BarberDayList &list, PaperWidth paper);

} // namespace linli::slips
