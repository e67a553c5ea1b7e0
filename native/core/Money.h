#pragma once

#include <QString>

namespace linli {

// 700 fen -> "7.00". Money is integer fen everywhere; this is the one place
// it becomes text.
inline QString yuan(qint64 fen)
{
    const qint64 magnitude = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace linli
