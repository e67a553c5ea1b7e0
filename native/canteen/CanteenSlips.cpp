#include "CanteenSlips.h"

#include "Money.h"

namespace linli::slips {

using Align = EscPosEncoder::Align;

namespace {
QString money(qint64 fen)
{
    return yuan(fen) + QStringLiteral("元");
}
} // namespace

QByteArray canteenReceipt(const CanteenOrder &order, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, QStringLiteral("幸福食堂"));
    if (order.copy)
        out.line(QStringLiteral("（补打）"));
    out.line(QStringLiteral("订单 %1号").arg(order.number)).line(QStringLiteral("取餐码"));
    out.bold(true).doubleSize(true).line(order.pickupCode).doubleSize(false).bold(false);
    qrCode(out, order.orderCode, 5);
    out.separator().align(Align::Left);
    if (!order.setName.isEmpty())
        out.line(order.setName);
    for (const SlipLine &line : order.lines)
        out.columns(line.name, money(line.priceFen));
    out.separator();
    out.columns(QStringLiteral("原价"), money(order.normalFen));
    if (order.subsidyFen > 0)
        out.columns(QStringLiteral("补贴"), money(-order.subsidyFen));
    out.bold(true).columns(order.paid ? QStringLiteral("实付") : QStringLiteral("应付"), money(order.totalFen)).bold(false);
    out.columns(QStringLiteral("支付方式"), order.payment);
    out.columns(QStringLiteral("用餐方式"), order.service);
    if (!order.address.isEmpty())
        out.columns(QStringLiteral("送餐地址"), order.address);
    assistedBy(out, order.assistant);
    out.columns(QStringLiteral("时间"), order.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!order.paid)
        out.separator().align(Align::Center).bold(true).line(QStringLiteral("请到柜台付款后取餐")).bold(false);
    finish(out);
    return out.bytes();
}

QByteArray kitchenTicket(const CanteenOrder &order, PaperWidth paper)
{
    // Read across a hot kitchen: everything large.
    EscPosEncoder out(paper);
    out.initialize().bold(true).doubleSize(true);
    out.columns(QStringLiteral("%1号").arg(order.number), order.pickupCode);
    out.line(order.service).doubleSize(false).separator().doubleSize(true);
    for (const SlipLine &line : order.lines) {
        out.wrapped(line.name);
        if (!line.tags.isEmpty())
            out.wrapped(QStringLiteral("（%1）").arg(line.tags.join(QStringLiteral(" "))));
    }
    out.doubleSize(false).separator();
    if (!order.address.isEmpty())
        out.doubleSize(true).wrapped(order.address).doubleSize(false);
    out.bold(false).line(order.at.toString(QStringLiteral("HH:mm")));
    finish(out);
    return out.bytes();
}

} // namespace linli::slips
