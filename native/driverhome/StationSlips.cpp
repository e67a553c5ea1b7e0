#include "StationSlips.h"

namespace linli::slips {

using Align = EscPosEncoder::Align;

QByteArray checkIn(const CheckIn &slip, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, QStringLiteral("司机之家 签到"));
    out.wrapped(slip.stationName).separator().align(Align::Left);
    out.columns(QStringLiteral("司机"), slip.driverName);
    out.columns(QStringLiteral("签到时间"), slip.checkedInAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out.columns(QStringLiteral("在站司机"), QStringLiteral("%1 人").arg(slip.driversPresent));
    out.separator().align(Align::Center).qrCode(slip.visitCode.toLatin1(), 5);
    out.line(QStringLiteral("休息  充电  工会爱心驿站")).line(QStringLiteral("离站时请再扫码签退"));
    finish(out);
    return out.bytes();
}

} // namespace linli::slips
