// Keyboard-wedge scanners and RFID readers (HidKeyboard.h): boot-keyboard
// reports in, symbols out, and a reader's typed card number back to a UID.
//
// Input: a list of steps, each a step byte and what it needs:
//   0-11  one 8-byte report          12  flush() (the gap timer)
//   13    a report of n % 16 bytes    14  reset() (unplugged)
//   15    n bytes of UTF-8 for uidFromTypedCardNumber
//
// Properties: a symbol is non-empty printable ASCII, at most MaxSymbolLength
// long; feed() hands one out only for a report holding an Enter; a report of
// the wrong size or in rollover gives nothing, nor does a flush() right after
// it (what came before is dropped, not shortened); nothing is pending after
// flush() or reset(). A typed card number gives a 4, 7 or 10-byte UID that
// is exactly what was typed (ten decimal digits little-endian, or the hex).

#include "FuzzSupport.h"
#include "HidKeyboard.h"

#include <algorithm>

using namespace linli;
using linli::fuzz::Input;

namespace {

void checkSymbol(const QString &symbol)
{
    FUZZ_CHECK(!symbol.isEmpty(), QStringLiteral("empty symbol"));
    FUZZ_CHECK(symbol.size() <= HidWedgeDecoder::MaxSymbolLength, QStringLiteral("length %1").arg(symbol.size()));
    FUZZ_CHECK(std::all_of(symbol.begin(), symbol.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; }),
               symbol);
}

void checkTypedCardNumber(const QString &typed)
{
    const std::optional<QByteArray> uid = uidFromTypedCardNumber(typed);
    if (!uid)
        return;
    const QString s = typed.trimmed();
    FUZZ_CHECK(uid->size() == 4 || uid->size() == 7 || uid->size() == 10,
               QStringLiteral("UID of %1 bytes from '%2'").arg(uid->size()).arg(typed));
    if (s.size() == 10) {
        quint64 value = 0;
        for (int i = 3; i >= 0; --i)
            value = value << 8 | quint8(uid->at(i));
        FUZZ_CHECK(uid->size() == 4 && QString::number(value).rightJustified(10, u'0') == s,
                   QStringLiteral("'%1' gave %2").arg(s, QString::fromLatin1(uid->toHex())));
    } else {
        FUZZ_CHECK(QString::fromLatin1(uid->toHex()) == s.toLower(),
                   QStringLiteral("'%1' gave %2").arg(s, QString::fromLatin1(uid->toHex())));
    }
}

bool holdsEnter(const QByteArray &report)
{
    return report.size() == HidWedgeDecoder::ReportSize
        && std::any_of(report.begin() + 2, report.end(), [](char k) { return k == 0x28 || k == 0x58; });
}

bool isDropped(const QByteArray &report)
{
    return report.size() != HidWedgeDecoder::ReportSize
        || std::any_of(report.begin() + 2, report.end(), [](char k) { return k >= 0x01 && k <= 0x03; });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quiet();
    Input in(data, size);
    HidWedgeDecoder decoder;
    bool justDropped = false;
    while (!in.atEnd()) {
        const quint8 step = in.byte() % 16;
        if (step <= 11 || step == 13) {
            const QByteArray report = in.bytes(step == 13 ? in.byte() % 16 : HidWedgeDecoder::ReportSize);
            const std::optional<QString> symbol = decoder.feed(report);
            if (symbol) {
                checkSymbol(*symbol);
                checkTypedCardNumber(*symbol);
                FUZZ_CHECK(holdsEnter(report), QStringLiteral("symbol '%1' from a report without Enter: %2")
                                                   .arg(*symbol, QString::fromLatin1(report.toHex(' '))));
            }
            justDropped = isDropped(report);
            FUZZ_CHECK(!(justDropped && symbol), QStringLiteral("a dropped report gave '%1'").arg(*symbol));
        } else if (step == 12) {
            const std::optional<QString> symbol = decoder.flush();
            if (symbol) {
                checkSymbol(*symbol);
                checkTypedCardNumber(*symbol);
                FUZZ_CHECK(!justDropped, QStringLiteral("flush after a dropped report gave '%1'").arg(*symbol));
            }
            FUZZ_CHECK(!decoder.hasPendingInput(), QStringLiteral("pending after flush"));
            justDropped = false;
        } else if (step == 14) {
            decoder.reset();
            FUZZ_CHECK(!decoder.hasPendingInput(), QStringLiteral("pending after reset"));
            FUZZ_CHECK(!decoder.flush(), QStringLiteral("a symbol after reset"));
            justDropped = false;
        } else {
            checkTypedCardNumber(QString::fromUtf8(in.bytes(in.byte())));
        }
    }
    return 0;
}
