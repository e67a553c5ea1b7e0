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
};
QByteArray returnSlip(const Return &slip, PaperWidth paper);

} // namespace linli::slips
