#pragma once

#include "Slips.h"

namespace linli::slips {

// The Shared House's paper: the label stuck on a thing, the slip a borrower
// takes home (the due date large), and the slip of a return.
struct ItemLabel
{
    qint64 itemId = 0;
    QString name;
    QString place;
    QString owner; // 社区 or the neighbour's masked name
    QString code;  // the signed item code the QR holds
};
QByteArray itemLabel(const ItemLabel &label, PaperWidth paper);

struct Loan
{
    qint64 itemId = 0;
    QString itemName;
    QString place;
    QString borrower;  // masked
    QString assistant; // 代办人, if anyone
    QDateTime borrowedAt;
    QDate dueOn;
};
QByteArray loanSlip(const Loan &loan, PaperWidth paper);

struct Return
{
    qint64 itemId = 0;
    QString itemName;
    QString returnedAs; // 完好 / 有损坏 / 缺配件
    QDateTime returnedAt;
    int daysLate = 0;
    bool toBeRepaired = false;
    QString heldFor;     // a neighbour waits for it (masked), kept for them...
    QDateTime heldUntil; // ...until then
};
QByteArray returnSlip(const Return &slip, PaperWidth paper);

// For staff to hand over or leave at the door: a thing past its due date.
struct Reminder
{
    qint64 itemId = 0;
    QString itemName;
    QString resident; // masked like every slip's: the address finds the door
    QString address;
    QDate dueOn;
    int daysLate = 0;
    bool othersWaiting = false;
    QDate printedOn;
};
QByteArray reminderSlip(const Reminder &reminder, PaperWidth paper);

} // namespace linli::slips
