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
    out.separator().align(Align::Center);
    qrCode(out, slip.visitCode, 5);
    out.line(QStringLiteral("休息  充电  工会爱心驿站")).line(QStringLiteral("离站时请再扫码签退"));
    finish(out);
    return out.bytes();
}

} // namespace linli::slips

namespace linli::slips {

namespace {
QString clock(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}

// The head every station slip shares: title, station, driver.
void stationHeading(EscPosEncoder &out, const QString &title, const QString &stationName, const QString &driverName)
{
    heading(out, title);
    out.wrapped(stationName).separator();
    out.columns(QStringLiteral("司机"), driverName);
    out.separator().align(Align::Center);
}
} // namespace

QString restPlaceName(const QString &kind, int number)
{
    return QStringLiteral("%1 %2 号").arg(kind == QLatin1String("bed") ? QStringLiteral("床位") : QStringLiteral("躺椅"))
        .arg(number);
}

QByteArray chargingSpot(const ChargingSpot &slip, PaperWidth paper)
{
    EscPosEncoder out(paper);
    stationHeading(out, QStringLiteral("充电凭条"), slip.stationName, slip.driverName);
    out.bold(true).doubleSize(true).line(QStringLiteral("%1 号充电桩").arg(slip.spot));
    out.line(QStringLiteral("%1 前挪车").arg(clock(slip.endsAt))).doubleSize(false).bold(false);
    out.line(QStringLiteral("每次最长 %1 分钟").arg(slip.maxMinutes));
    out.separator().align(Align::Left);
    out.columns(QStringLiteral("开始"), slip.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out.columns(QStringLiteral("结束"), slip.endsAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out.separator().align(Align::Center);
    out.line(QStringLiteral("充好请在机器上点结束充电")).line(QStringLiteral("把桩让给排队的师傅"));
    finish(out);
    return out.bytes();
}

QByteArray chargingQueue(const ChargingQueue &slip, PaperWidth paper)
{
    EscPosEncoder out(paper);
    stationHeading(out, QStringLiteral("充电排队"), slip.stationName, slip.driverName);
    out.bold(true).doubleSize(true).line(QStringLiteral("%1 号").arg(slip.number)).doubleSize(false);
    out.line(slip.ahead > 0 ? QStringLiteral("前面 %1 人").arg(slip.ahead) : QStringLiteral("下一个就是您"));
    out.bold(false);
    out.line(slip.waitMinutes > 0 ? QStringLiteral("大约等 %1 分钟").arg(slip.waitMinutes)
                                  : QStringLiteral("有桩空出就叫您"));
    out.separator().align(Align::Left);
    out.columns(QStringLiteral("取号时间"), slip.joinedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out.separator().align(Align::Center);
    out.line(QStringLiteral("叫到号请在 %1 分钟内").arg(slip.holdMinutes)).line(QStringLiteral("扫码开始充电，过时让给下一位"));
    finish(out);
    return out.bytes();
}

QByteArray restPlace(const RestPlace &slip, PaperWidth paper)
{
    EscPosEncoder out(paper);
    stationHeading(out, QStringLiteral("休息凭条"), slip.stationName, slip.driverName);
    out.bold(true).doubleSize(true).line(slip.place);
    out.line(QStringLiteral("休息到 %1").arg(clock(slip.endsAt))).doubleSize(false).bold(false);
    out.separator().align(Align::Left);
    out.columns(QStringLiteral("开始"), slip.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out.separator().align(Align::Center);
    out.line(QStringLiteral("起来后请在机器上点结束休息"));
    finish(out);
    return out.bytes();
}

} // namespace linli::slips
