#include "Slips.h"

namespace linli::slips {

namespace {
using Align = EscPosEncoder::Align;

void heading(EscPosEncoder &out, const QString &title)
{
    out.initialize().align(Align::Center).bold(true).doubleSize(true).line(title).doubleSize(false).bold(false);
}

void finish(EscPosEncoder &out)
{
    out.feed(3).cut();
}
} // namespace

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

QByteArray personCode(const PersonCode &slip, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, slip.title);
    out.line(slip.maskedName).separator().qrCode(slip.code.toLatin1(), 6);
    out.line(QStringLiteral("签发日期 %1").arg(slip.issuedOn.toString(QStringLiteral("yyyy-MM-dd"))));
    out.wrapped(QStringLiteral("在邻里自助机上扫此码即可识别身份，请妥善保管，勿借给他人。"));
    finish(out);
    return out.bytes();
}

} // namespace linli::slips
