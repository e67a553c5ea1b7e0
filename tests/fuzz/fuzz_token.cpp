// The signed QR codes (Identity.h, TokenCodec::decode).
//
// Input: a mode byte. Even: the rest is the scanned text (UTF-8). Odd: the
// fields of a code (type, id, generation, day) are read from the input, the
// code is issued, then one character of it may be changed or it may be
// padded with white space, as a scan or a forger would.
//
// Properties: an accepted code (no problem, or only dated in the future) is
// exactly, after trimming, what issue() makes of its decoded fields: nothing
// else is ever accepted, so any change to a code is refused. A code issued
// for fields the format can hold decodes to those fields. FutureDated
// exactly for a day after today; Malformed and Forged only for texts that
// start as ours (LL1:), NotOurs only for texts that do not.

#include "FuzzSupport.h"
#include "Identity.h"

using namespace linli;
using linli::fuzz::Input;

namespace {

const TokenCodec &codec()
{
    static const TokenCodec tokens(QByteArrayLiteral("linli fuzz installation secret, 32 bytes or more"));
    return tokens;
}

const QDate kToday(2026, 12, 7);

TokenCodec::Decoded checkDecode(const QString &text)
{
    const TokenCodec::Decoded d = codec().decode(text, kToday);
    const QString trimmed = text.trimmed();
    switch (d.problem) {
    case Identity::NoProblem:
    case Identity::FutureDated: {
        const QString again = codec().issue(d.type, d.id, d.issuedOn, d.generation);
        FUZZ_CHECK(again == trimmed, QStringLiteral("'%1' accepted, but its fields make '%2'").arg(trimmed, again));
        FUZZ_CHECK(d.id >= 1 && d.id <= 999999999999LL && d.generation >= 1 && d.issuedOn.isValid(), trimmed);
        FUZZ_CHECK((d.problem == Identity::FutureDated) == (d.issuedOn > kToday), trimmed);
        break;
    }
    case Identity::Malformed:
    case Identity::Forged:
        FUZZ_CHECK(trimmed.startsWith(QLatin1String("LL1:")), trimmed);
        break;
    case Identity::NotOurs:
        FUZZ_CHECK(!trimmed.startsWith(QLatin1String("LL1:")), trimmed);
        break;
    default:
        FUZZ_CHECK(false, QStringLiteral("problem %1 for '%2'").arg(d.problem).arg(trimmed));
    }
    return d;
}

qint64 readInt(Input &in, int bytes)
{
    quint64 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = v << 8 | in.byte();
    return qint64(v);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quiet();
    Input in(data, size);
    if (in.byte() % 2 == 0) {
        checkDecode(QString::fromUtf8(in.rest()));
        return 0;
    }

    static constexpr TokenCodec::Type kTypes[] = {TokenCodec::Type::Resident, TokenCodec::Type::Driver,
                                                 TokenCodec::Type::Visit, TokenCodec::Type::Item};
    const TokenCodec::Type type = kTypes[in.byte() % 4];
    // Small ids and generations mostly, the format's edges sometimes.
    const quint8 idSize = in.byte() % 9;
    const qint64 id = readInt(in, idSize) - (idSize == 0 ? 1 : 0);
    const int generation = int(readInt(in, in.byte() % 4));
    const QDate day = QDate(1, 1, 1).addDays(readInt(in, 3) % 3700000);
    const QString code = codec().issue(type, id, day, generation);

    const bool fits = id >= 1 && id <= 999999999999LL && generation >= 1 && generation <= 999999 && day.year() >= 1000
                   && day.year() <= 9999;
    const TokenCodec::Decoded d = checkDecode(code);
    if (fits) {
        FUZZ_CHECK(d.problem == Identity::NoProblem || d.problem == Identity::FutureDated,
                   QStringLiteral("'%1' refused: %2").arg(code).arg(d.problem));
        FUZZ_CHECK(d.type == type && d.id == id && d.generation == generation && d.issuedOn == day, code);
    }

    // One character changed, or white space around it.
    QString changed = code;
    const quint8 how = in.byte();
    if (how % 3 == 0 && !changed.isEmpty()) {
        const qsizetype at = in.byte() % changed.size();
        char16_t c = in.byte();
        if (how & 0x80)
            c |= char16_t(in.byte() << 8);
        changed[at] = QChar(c);
    } else if (how % 3 == 1) {
        changed = QString::fromUtf8(in.bytes(in.byte() % 4)) + changed + QString::fromUtf8(in.bytes(in.byte() % 4));
    }
    const TokenCodec::Decoded e = checkDecode(changed);
    if (changed.trimmed() != code)
        FUZZ_CHECK(e.problem != Identity::NoProblem && e.problem != Identity::FutureDated,
                   QStringLiteral("'%1' changed to '%2' and still accepted").arg(code, changed));
    return 0;
}
