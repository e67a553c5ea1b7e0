#include "RideSlips.h"

namespace linli::slips {

using Align = EscPosEncoder::Align;

namespace {
QString numberText(int number)
{
    return QStringLiteral("%1 号").arg(number);
}
} // namespace

QByteArray rideRequestSlip(const RideRequestSlip &slip, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, QStringLiteral("叫车凭条"));
    out.line(QStringLiteral("金牌服务 · 网约车司机之家"));
    out.separator();
    // What she tells the driver on the phone, as large as the paper allows.
    out.bold(true).doubleSize(true).line(numberText(slip.number)).doubleSize(false);
    out.line(slip.destination).line(slip.window).bold(false);
    out.separator().align(Align::Left);
    out.columns(QStringLiteral("叫车人"), slip.resident);
    assistedBy(out, slip.assistant);
    out.columns(QStringLiteral("上车地点"), slip.building);
    out.columns(QStringLiteral("陪同"), slip.companion ? QStringLiteral("有人陪同") : QStringLiteral("没有"));
    out.columns(QStringLiteral("叫车时间"), slip.requestedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out.separator().align(Align::Center);
    out.bold(true).line(QStringLiteral("司机接单后会给您打电话")).bold(false);
    out.line(QStringLiteral("不用车了请在机器上取消叫车"));
    finish(out);
    return out.bytes();
}

QByteArray rideDriverSlip(const RideDriverSlip &slip, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, QStringLiteral("接单凭条"));
    out.line(slip.day.toString(QStringLiteral("M月d日 ")) + numberText(slip.number));
    out.separator();
    out.bold(true).doubleSize(true).line(slip.resident).doubleSize(false);
    out.line(slip.phone.isEmpty() ? QStringLiteral("（没有电话，请到家门口）") : slip.phone);
    out.bold(false).separator().align(Align::Left);
    out.columns(QStringLiteral("接"), slip.address);
    out.columns(QStringLiteral("送到"), slip.askByPhone ? QStringLiteral("电话里问") : slip.destination);
    out.columns(QStringLiteral("时间"), slip.window);
    out.columns(QStringLiteral("陪同"), slip.companion ? QStringLiteral("有人陪同") : QStringLiteral("没有"));
    out.columns(QStringLiteral("司机"), slip.driver);
    out.columns(QStringLiteral("接单时间"), slip.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out.separator().align(Align::Center);
    out.bold(true).line(QStringLiteral("请先给乘客打电话")).bold(false);
    out.line(QStringLiteral("送到后在站里的屏幕上点 已送达"));
    out.line(QStringLiteral("凭条有乘客信息，用完请撕毁"));
    finish(out);
    return out.bytes();
}

} // namespace linli::slips
