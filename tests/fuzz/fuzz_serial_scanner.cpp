// Scanners in USB serial mode (SerialScanner.h): transfers in, symbols out.
//
// Input: steps, each a byte: 0xFF is flush() (the pause timer), anything
// else n is a transfer of the next n % 64 bytes.
//
// Properties, against a model of the header's promise: the stream cut at
// CR, LF and each flush() gives pieces; every non-empty piece of at most
// MaxSymbolBytes, without a control byte, strict UTF-8 and printable (no C1
// control either) is handed out once, as exactly its bytes, when its end
// comes, and nothing else is. hasPendingInput() is true exactly while the
// piece being read is not empty.

#include "FuzzSupport.h"
#include "SerialScanner.h"

#include <algorithm>

using namespace linli;
using linli::fuzz::Input;

namespace {

QString hex(const QByteArray &b) { return QString::fromLatin1(b.toHex(' ')); }

bool isSymbol(const QByteArray &piece)
{
    if (piece.isEmpty() || piece.size() > SerialSymbolDecoder::MaxSymbolBytes)
        return false;
    if (std::any_of(piece.begin(), piece.end(), [](char c) { return quint8(c) < 0x20 || c == 0x7F; }))
        return false;
    if (!fuzz::isStrictUtf8(piece))
        return false;
    return fuzz::hasNoControls(QString::fromUtf8(piece));
}

void compare(const QStringList &symbols, const QList<QByteArray> &expected, const QString &where)
{
    FUZZ_CHECK(symbols.size() == expected.size(),
               QStringLiteral("%1: %2 symbols, expected %3: [%4] vs [%5]")
                   .arg(where)
                   .arg(symbols.size())
                   .arg(expected.size())
                   .arg(symbols.join(u'|'), QString::fromUtf8(expected.join('|'))));
    for (qsizetype i = 0; i < symbols.size(); ++i)
        FUZZ_CHECK(symbols[i].toUtf8() == expected[i],
                   QStringLiteral("%1: %2, expected %3").arg(where, hex(symbols[i].toUtf8()), hex(expected[i])));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quiet();
    Input in(data, size);
    SerialSymbolDecoder decoder;
    QByteArray piece; // the model's piece being read
    while (!in.atEnd()) {
        const quint8 step = in.byte();
        QList<QByteArray> expected;
        if (step == 0xFF) {
            if (isSymbol(piece))
                expected.append(piece);
            piece.clear();
            compare(decoder.flush(), expected, QStringLiteral("flush"));
        } else {
            const QByteArray transfer = in.bytes(step % 64);
            for (const char c : transfer) {
                if (c == '\r' || c == '\n') {
                    if (isSymbol(piece))
                        expected.append(piece);
                    piece.clear();
                } else {
                    piece += c;
                }
            }
            compare(decoder.feed(transfer), expected, QStringLiteral("transfer %1").arg(hex(transfer)));
        }
        FUZZ_CHECK(decoder.hasPendingInput() == !piece.isEmpty(),
                   QStringLiteral("pending %1 with %2 bytes in the piece").arg(decoder.hasPendingInput()).arg(piece.size()));
    }
    return 0;
}
