#include "Slips.h"

#include "Identity.h"

namespace linli::slips {

void heading(EscPosEncoder &out, const QString &title)
{
    out.initialize().align(EscPosEncoder::Align::Center).bold(true).doubleSize(true).line(title).doubleSize(false).bold(false);
}

void finish(EscPosEncoder &out)
{
    out.feed(3).cut();
}

void qrCode(EscPosEncoder &out, const QString &code, int moduleSize)
{
    constexpr int kQuietModules = 4;
    out.feedDots(kQuietModules * moduleSize).qrCode(code.toLatin1(), moduleSize).feedDots(kQuietModules * moduleSize);
}

void assistedBy(EscPosEncoder &out, const QString &staffName)
{
    if (!staffName.isEmpty())
        out.columns(QStringLiteral("代办人"), maskName(staffName));
}

QByteArray personCode(const PersonCode &slip, PaperWidth paper)
{
    EscPosEncoder out(paper);
    heading(out, slip.title);
    out.line(slip.maskedName).separator();
    qrCode(out, slip.code, 6);
    out.line(QStringLiteral("签发日期 %1").arg(slip.issuedOn.toString(QStringLiteral("yyyy-MM-dd"))));
    if (slip.generation > 1)
        out.line(QStringLiteral("第 %1 版，以前的码已作废").arg(slip.generation));
    out.wrapped(QStringLiteral("在邻里自助机上扫此码即可识别身份，请妥善保管，勿借给他人。"));
    finish(out);
    return out.bytes();
}

} // namespace linli::slips
