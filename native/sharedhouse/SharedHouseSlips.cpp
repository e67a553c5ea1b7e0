#include "SharedHouseSlips.h"

namespace linli::slips {

using Align = EscPosEncoder::Align;

namespace {
QString itemNumber(qint64 id)
{
    return QStringLiteral("编号 %1").arg(id);
}
} // namespace

QByteArray itemLabel(const ItemLabel &label, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, QStringLiteral("共享小屋"));
    out.bold(true).doubleSize(true).wrapped(label.name).doubleSize(false).bold(false);
    out.line(itemNumber(label.itemId));
    qrCode(out, label.code, 5);
    out.separator().align(Align::Left);
    out.columns(QStringLiteral("放在"), label.place);
    out.columns(QStringLiteral("物主"), label.owner);
    out.align(Align::Center).line(QStringLiteral("借还都在机器上扫这个码"));
    finish(out);
    return out.bytes();
}

QByteArray loanSlip(const Loan &loan, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, QStringLiteral("共享小屋 借用凭条"));
    out.bold(true).wrapped(loan.itemName).bold(false).line(itemNumber(loan.itemId));
    out.separator().align(Align::Left);
    out.columns(QStringLiteral("借用人"), loan.borrower);
    assistedBy(out, loan.assistant);
    out.columns(QStringLiteral("借出时间"), loan.borrowedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out.columns(QStringLiteral("取物地点"), loan.place);
    out.separator().align(Align::Center).line(QStringLiteral("请在这天之前归还"));
    out.bold(true).doubleSize(true).line(loan.dueOn.toString(QStringLiteral("M月d日"))).doubleSize(false).bold(false);
    out.line(QStringLiteral("归还时在机器上扫物品上的码"));
    finish(out);
    return out.bytes();
}

QByteArray returnSlip(const Return &slip, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, QStringLiteral("共享小屋 归还凭条"));
    out.bold(true).wrapped(slip.itemName).bold(false).line(itemNumber(slip.itemId));
    out.separator().align(Align::Left);
    out.columns(QStringLiteral("归还时间"), slip.returnedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out.columns(QStringLiteral("物品状况"), slip.returnedAs);
    if (slip.daysLate > 0)
        out.columns(QStringLiteral("逾期"), QStringLiteral("%1 天").arg(slip.daysLate));
    out.separator().align(Align::Center);
    if (slip.toBeRepaired)
        out.line(QStringLiteral("已告诉工作人员，修好后再借出"));
    if (slip.heldUntil.isValid()) {
        out.line(QStringLiteral("已有邻居预约：%1").arg(slip.heldFor));
        out.line(QStringLiteral("保留到 %1").arg(slip.heldUntil.toString(QStringLiteral("M月d日 HH:mm"))));
        out.line(QStringLiteral("请放回原处"));
    }
    out.bold(true).line(QStringLiteral("谢谢！邻里共享靠大家")).bold(false);
    finish(out);
    return out.bytes();
}

QByteArray reminderSlip(const Reminder &reminder, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, QStringLiteral("共享小屋 还物提醒"));
    out.align(Align::Left);
    out.columns(QStringLiteral("居民"), reminder.resident);
    out.columns(QStringLiteral("住址"), reminder.address);
    out.separator();
    out.bold(true).wrapped(reminder.itemName).bold(false).line(itemNumber(reminder.itemId));
    out.columns(QStringLiteral("应还日期"), reminder.dueOn.toString(QStringLiteral("M月d日")));
    out.columns(QStringLiteral("已过期"), QStringLiteral("%1 天").arg(reminder.daysLate));
    out.separator().align(Align::Center);
    if (reminder.othersWaiting)
        out.bold(true).line(QStringLiteral("还有邻居在等着借")).bold(false);
    out.line(QStringLiteral("请尽快还到共享小屋"));
    out.line(QStringLiteral("在机器上扫物品上的码就能还"));
    out.line(QStringLiteral("不方便出门请打电话，我们上门取"));
    out.line(reminder.printedOn.toString(QStringLiteral("yyyy-MM-dd")));
    finish(out);
    return out.bytes();
}

} // namespace linli::slips
