#include "CanteenSlips.h"

#include "Money.h"

#include <QHash>

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

QString cancelReasonText(const QString &code)
{
    static const QHash<QString, QString> texts = {{QStringLiteral("changed_mind"), QStringLiteral("居民不要了")},
                                                  {QStringLiteral("wrong_order"), QStringLiteral("点错了")},
                                                  {QStringLiteral("cannot_cook"), QStringLiteral("做不了这道菜")},
                                                  {QStringLiteral("other"), QStringLiteral("其他")}};
    return texts.value(code, code);
}

QString correctionReasonText(const QString &code)
{
    static const QHash<QString, QString> texts = {{QStringLiteral("counted_wrong"), QStringLiteral("金额记错")},
                                                  {QStringLiteral("paid_cash"), QStringLiteral("已付现金")},
                                                  {QStringLiteral("cash_back"), QStringLiteral("余额退还现金")},
                                                  {QStringLiteral("other"), QStringLiteral("其他")}};
    return texts.value(code, code);
}

QByteArray cancelledOrder(const CancelledOrderSlip &slip, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, QStringLiteral("幸福食堂"));
    out.bold(true).doubleSize(true).line(QStringLiteral("%1号 已取消").arg(slip.number)).doubleSize(false).bold(false);
    out.line(QStringLiteral("取餐码 %1　厨房请勿制作").arg(slip.pickupCode));
    out.separator().align(Align::Left);
    out.columns(QStringLiteral("原因"), slip.reason);
    if (slip.refundFen > 0)
        out.bold(true)
            .columns(slip.refundToCard ? QStringLiteral("退回饭卡") : QStringLiteral("柜台退现金"), money(slip.refundFen))
            .bold(false);
    else
        out.columns(QStringLiteral("退款"), QStringLiteral("未付款，无需退款"));
    out.columns(QStringLiteral("经办"), slip.staff);
    out.columns(QStringLiteral("时间"), slip.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    finish(out);
    return out.bytes();
}

QByteArray mealCardStatement(const MealCardStatement &statement, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, QStringLiteral("饭卡账单"));
    out.line(statement.name);
    out.separator().align(Align::Left);
    if (statement.earlierRows > 0)
        out.line(QStringLiteral("（更早的 %1 笔未列出）").arg(statement.earlierRows));
    for (const StatementLine &line : statement.lines) {
        const QString amount = (line.amountFen > 0 ? QStringLiteral("+") : QString()) + yuan(line.amountFen);
        out.columns(line.at.toString(QStringLiteral("MM-dd HH:mm")) + QStringLiteral(" ") + line.what, amount);
        out.columns(QString(), QStringLiteral("余额 %1").arg(money(line.balanceFen)));
    }
    out.separator();
    out.bold(true).columns(QStringLiteral("现余额"), money(statement.balanceFen)).bold(false);
    out.columns(QStringLiteral("打印时间"), statement.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    finish(out);
    return out.bytes();
}

} // namespace linli::slips
