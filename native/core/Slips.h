#pragma once

#include "EscPosEncoder.h"

#include <QDateTime>
#include <QStringList>

namespace linli {

// The layouts of the slips the kiosk prints, as ESC/POS bytes. Text is Chinese:
// it is what residents take home. Each service keeps its own slips beside it
// (CanteenSlips.h, StationSlips.h); a person's code slip is everyone's.
namespace slips {

// The parts every slip shares: a large centred title, and the feed and cut.
void heading(EscPosEncoder &out, const QString &title);
void finish(EscPosEncoder &out);
// A QR code with its quiet zone: 4 modules of blank paper above and below,
// so that a phone or the kiosk's camera tells it from the text around it.
void qrCode(EscPosEncoder &out, const QString &code, int moduleSize);
// 代办人 on a resident's slip: the staff member who helped, masked like any
// name on paper that leaves the kiosk (nothing when nobody helped).
void assistedBy(EscPosEncoder &out, const QString &staffName);

struct PersonCode
{
    QString title; // 居民身份码 / 司机身份码
    QString maskedName;
    QDate issuedOn;
    QString code;
    int generation = 1; // a reissued code says that the one before is void
};
QByteArray personCode(const PersonCode &slip, PaperWidth paper);

} // namespace slips
} // namespace linli
