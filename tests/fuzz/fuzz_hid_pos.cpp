// HID POS scanners (HidPos.h): reports in, symbols out.
//
// Input: a layout byte (Honeywell, length-first, or a zero-padded one), then
// reports, each a size byte (n % 72, so short and long ones too) and n bytes.
//
// Properties: a parsed report's data is non-empty, within the field, free of
// control bytes and exactly the bytes the layout points at; its AIM is empty
// or three printable characters from the report. The decoder is checked
// against a model of the header's promise: a symbol is handed out exactly
// when a run of well-formed reports, each but the last marked "continued",
// ends, no dropped report marked "continued" comes just before the run, the
// run holds at most MaxSymbolBytes of strict UTF-8 without C1 controls; and
// then the symbol is those bytes, no more and no fewer, with the first
// report's AIM.

#include "FuzzSupport.h"
#include "HidPos.h"

#include <QList>

#include <algorithm>

using namespace linli;
using linli::fuzz::Input;

namespace {

constexpr HidPosLayout kZeroPadded{0x03, -1, 4, 60, 1, -1};
constexpr HidPosLayout kLayouts[] = {kHidPosHoneywell, kHidPosLengthFirst, kZeroPadded};

struct Seen
{
    bool wellFormed = false;
    bool continued = false;     // well-formed and marked continued
    bool droppedMarked = false; // malformed, but its continued bit can be read and is set
    QByteArray data;
    QString aim;
};

QString hex(const QByteArray &b) { return QString::fromLatin1(b.toHex(' ')); }

void checkReport(const QByteArray &report, const HidPosLayout &layout, const HidPosReport &part)
{
    FUZZ_CHECK(!part.data.isEmpty(), hex(report));
    FUZZ_CHECK(part.data.size() <= layout.maxDataLength, hex(report));
    FUZZ_CHECK(std::none_of(part.data.begin(), part.data.end(), [](char c) { return quint8(c) < 0x20 || c == 0x7F; }),
               hex(report));
    FUZZ_CHECK(report.mid(layout.dataOffset, part.data.size()) == part.data, hex(report));
    if (layout.lengthOffset >= 0)
        FUZZ_CHECK(quint8(report[layout.lengthOffset]) == part.data.size(), hex(report));
    FUZZ_CHECK(part.aim.isEmpty() || (layout.aimOffset >= 0 && part.aim == QString::fromLatin1(report.mid(layout.aimOffset, 3))),
               hex(report));
    FUZZ_CHECK(part.aim.isEmpty() || part.aim.size() == 3, hex(report));
    FUZZ_CHECK(part.continued == (layout.continuedOffset >= 0 && (quint8(report[layout.continuedOffset]) & 1)), hex(report));
}

// What the header promises for the report just fed (the last of `seen`).
std::optional<QByteArray> expectedSymbol(const QList<Seen> &seen, QString *aim)
{
    const qsizetype last = seen.size() - 1;
    if (!seen[last].wellFormed || seen[last].continued)
        return std::nullopt;
    qsizetype first = last;
    while (first > 0 && seen[first - 1].continued)
        --first;
    if (first > 0 && seen[first - 1].droppedMarked)
        return std::nullopt; // the rest of a dropped symbol
    QByteArray bytes;
    for (qsizetype i = first; i <= last; ++i)
        bytes += seen[i].data;
    if (bytes.size() > HidPosDecoder::MaxSymbolBytes || !fuzz::isStrictUtf8(bytes))
        return std::nullopt;
    const QList<uint> points = QString::fromUtf8(bytes).toUcs4();
    if (std::any_of(points.begin(), points.end(), [](uint p) { return p >= 0x80 && p <= 0x9F; }))
        return std::nullopt;
    *aim = seen[first].aim;
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quiet();
    Input in(data, size);
    const HidPosLayout layout = kLayouts[in.byte() % 3];
    HidPosDecoder decoder(layout);
    QList<Seen> seen;
    while (!in.atEnd()) {
        const QByteArray report = in.bytes(in.byte() % 72);
        Seen s;
        if (const std::optional<HidPosReport> part = parseHidPosReport(report, layout)) {
            checkReport(report, layout, *part);
            s.wellFormed = true;
            s.continued = part->continued;
            s.data = part->data;
            s.aim = part->aim;
        } else {
            const int at = layout.continuedOffset;
            s.droppedMarked = at >= 0 && at < report.size() && (quint8(report[at]) & 1);
        }
        seen.append(s);

        const std::optional<QString> symbol = decoder.feed(report);
        QString aim;
        const std::optional<QByteArray> expected = expectedSymbol(seen, &aim);
        FUZZ_CHECK(bool(symbol) == bool(expected),
                   QStringLiteral("report %1: decoder %2, expected %3 (%4)")
                       .arg(seen.size())
                       .arg(symbol ? QStringLiteral("gave '%1'").arg(*symbol) : QStringLiteral("gave nothing"),
                            expected ? hex(*expected) : QStringLiteral("nothing"), hex(report)));
        if (symbol) {
            FUZZ_CHECK(symbol->toUtf8() == *expected,
                       QStringLiteral("symbol %1, expected %2").arg(hex(symbol->toUtf8()), hex(*expected)));
            FUZZ_CHECK(!symbol->isEmpty() && fuzz::hasNoControls(*symbol), hex(symbol->toUtf8()));
            FUZZ_CHECK(decoder.lastAim() == aim, QStringLiteral("AIM '%1', expected '%2'").arg(decoder.lastAim(), aim));
        }
    }
    return 0;
}
