#include "BarberSlips.h"

namespace linli::slips {

using Align = EscPosEncoder::Align;

QString weekdayName(int dayOfWeek)
{
    static const QStringList names = {QStringLiteral("周一"), QStringLiteral("周二"), QStringLiteral("周三"),
                                      QStringLiteral("周四"), QStringLiteral("周五"), QStringLiteral("周六"),
                                      QStringLiteral("周日")};
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? names.at(dayOfWeek - 1) : QString();
}

QString barberDay(const QDate &day)
{
    return day.toString(QStringLiteral("M月d日 ")) + weekdayName(day.dayOfWeek());
}

QString clockTime(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QByteArray barberBookingSlip(const BarberBooking &booking, PaperWidth paper)
{
    EscPosEncoder out(paper);
    // (a double-size title fits a 58 mm line at eight characters)
    heading(out, QStringLiteral("理发预约"));
    out.line(QStringLiteral("共享理发屋 · 免费理发"));
    out.separator();
    // What she must remember, as large as the paper allows.
    out.bold(true).doubleSize(true).line(barberDay(booking.day)).line(clockTime(booking.startMinute));
    out.doubleSize(false).bold(false);
    out.line(QStringLiteral("约 %1 分钟").arg(booking.slotMinutes));
    out.separator().align(Align::Left);
    out.columns(QStringLiteral("预约人"), booking.resident);
    assistedBy(out, booking.assistant);
    out.columns(QStringLiteral("理发师"), booking.barber);
    out.columns(QStringLiteral("预约时间"), booking.bookedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out.separator().align(Align::Center);
    out.line(QStringLiteral("请提前五分钟到共享小屋"));
    out.line(QStringLiteral("来不了请在机器上取消预约"));
    finish(out);
    return out.bytes();
}

QByteArray barberDayList(const BarberDayList &list, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, QStringLiteral("理发名单"));
    out.bold(true).line(barberDay(list.day)).bold(false);
    out.line(QStringLiteral("%1-%2").arg(clockTime(list.opensMinute), clockTime(list.closesMinute)));
    out.separator().align(Align::Left);
    out.columns(QStringLiteral("理发师"), list.barber);
    out.columns(QStringLiteral("预约"), QStringLiteral("%1 / %2 人").arg(list.entries.size()).arg(list.times.size()));
    out.separator();
    if (list.dayOff)
        out.align(Align::Center).bold(true).line(QStringLiteral("今天理发师休息")).bold(false).align(Align::Left);
    for (int slot : list.times) {
        const auto entry = std::find_if(list.entries.begin(), list.entries.end(),
                                        [slot](const BarberListEntry &e) { return e.startMinute == slot; });
        if (entry == list.entries.end()) {
            out.columns(clockTime(slot), QStringLiteral("（空）"));
            continue;
        }
        out.bold(true).columns(clockTime(slot), entry->resident).bold(false);
        if (entry->earlierNoShows > 0)
            out.line(QStringLiteral("  之前爽约 %1 次").arg(entry->earlierNoShows));
        out.line(QStringLiteral("  □已理发  □未到"));
    }
    out.separator();
    out.columns(QStringLiteral("打印时间"), list.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    finish(out);
    return out.bytes();
}

} // namespace linli::slips
