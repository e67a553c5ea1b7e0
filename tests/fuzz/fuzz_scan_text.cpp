// What a scanned text is (Identity.h, classifyScan, as identifyScan uses it):
// a Shared House thing by its label or a book's ISBN, a person's code, or a
// refusal; a canteen receipt's order code (LLO:day:number:pickup) is not a
// code the kiosk takes.
//
// Input: a mode byte. % 4 == 0: the rest is the text (UTF-8); 1: an ISBN
// from the input's digits, with its check digit right or wrong; 2: a
// receipt's order code; 3: a thing's label or a person's code, issued.
//
// Properties: an ISBN is taken as a book exactly when it is 13 ASCII digits
// from 978 or 979 whose weighted sum is a multiple of ten, and then as the
// trimmed text; a book is never a label, a person or a refusal and vice
// versa; a label or person comes from a code that decodes to that type and
// id (a person with its generation), and an issued one is read back; an
// order code, a visit slip's code and anything refused is InvalidCode with a
// problem, and nothing else has one.

#include "FuzzSupport.h"
#include "Identity.h"

#include <algorithm>

using namespace linli;
using linli::fuzz::Input;

namespace {

const TokenCodec &codec()
{
    static const TokenCodec tokens(QByteArrayLiteral("linli fuzz installation secret, 32 bytes or more"));
    return tokens;
}

const QDate kToday(2026, 12, 7);

bool isBookNumber(const QString &s)
{
    if (s.size() != 13 || !std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return false;
    if (!s.startsWith(QLatin1String("978")) && !s.startsWith(QLatin1String("979")))
        return false;
    int sum = 0;
    for (int i = 0; i < 13; ++i)
        sum += (s[i].unicode() - u'0') * (i % 2 ? 3 : 1);
    return sum % 10 == 0;
}

ScannedText check(const QString &text)
{
    const ScannedText s = classifyScan(codec(), text, kToday);
    const IdentifiedPerson &w = s.what;
    const QString trimmed = text.trimmed();
    const bool book = isBookNumber(trimmed);
    FUZZ_CHECK(book == (w.kind == Identity::ItemLabel && !w.isbn.isEmpty()), trimmed);
    FUZZ_CHECK((w.problem != Identity::NoProblem) == (w.kind == Identity::InvalidCode), trimmed);
    switch (w.kind) {
    case Identity::ItemLabel:
        if (book) {
            FUZZ_CHECK(w.isbn == trimmed && w.itemId == 0, trimmed);
        } else {
            const TokenCodec::Decoded d = codec().decode(text, kToday);
            FUZZ_CHECK(d.problem == Identity::NoProblem && d.type == TokenCodec::Type::Item && d.id == w.itemId
                           && w.itemId > 0 && w.isbn.isEmpty(),
                       trimmed);
        }
        break;
    case Identity::Resident:
    case Identity::Driver: {
        const TokenCodec::Decoded d = codec().decode(text, kToday);
        const TokenCodec::Type type = w.kind == Identity::Resident ? TokenCodec::Type::Resident : TokenCodec::Type::Driver;
        FUZZ_CHECK(d.problem == Identity::NoProblem && d.type == type && d.id == w.personId && d.generation == s.generation
                       && w.personId > 0,
                   trimmed);
        break;
    }
    case Identity::InvalidCode:
        FUZZ_CHECK(w.personId == 0 && w.itemId == 0 && w.isbn.isEmpty(), trimmed);
        break;
    default:
        FUZZ_CHECK(false, QStringLiteral("kind %1 for '%2'").arg(w.kind).arg(trimmed));
    }
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quiet();
    Input in(data, size);
    switch (in.byte() % 4) {
    case 0:
        check(QString::fromUtf8(in.rest()));
        break;
    case 1: {
        QString isbn = in.byte() % 2 ? QStringLiteral("978") : QStringLiteral("979");
        for (int i = 0; i < 9; ++i)
            isbn += QChar(u'0' + in.byte() % 10);
        int sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += (isbn[i].unicode() - u'0') * (i % 2 ? 3 : 1);
        const int right = (10 - sum % 10) % 10;
        const quint8 wrongBy = in.byte() % 10;
        isbn += QChar(u'0' + (right + wrongBy) % 10);
        const ScannedText s = check(isbn);
        FUZZ_CHECK((s.what.kind == Identity::ItemLabel) == (wrongBy == 0), isbn);
        break;
    }
    case 2: {
        // As CanteenService::slipFor writes it.
        const QDate day = QDate(2026, 1, 1).addDays(in.byte() * 4);
        const int low = in.byte();
        const int number = low | in.byte() << 8;
        const int pickupHigh = in.byte() % 100;
        const QString pickup = QStringLiteral("%1").arg(pickupHigh * 100 + in.byte() % 100, 4, 10, QLatin1Char('0'));
        const QString order = QStringLiteral("LLO:%1:%2:%3").arg(day.toString(QStringLiteral("yyyyMMdd"))).arg(number).arg(pickup);
        const ScannedText s = check(order);
        FUZZ_CHECK(s.what.kind == Identity::InvalidCode && s.what.problem == Identity::NotOurs, order);
        break;
    }
    default: {
        static constexpr TokenCodec::Type kTypes[] = {TokenCodec::Type::Resident, TokenCodec::Type::Driver,
                                                     TokenCodec::Type::Visit, TokenCodec::Type::Item};
        const TokenCodec::Type type = kTypes[in.byte() % 4];
        qint64 id = 1 + in.byte();
        id += in.byte() << 8;
        id += qint64(in.byte()) << 16;
        const int generation = 1 + in.byte() % 4;
        const QDate day = kToday.addDays(-int(in.byte()));
        const QString code = codec().issue(type, id, day, generation);
        const ScannedText s = check(code);
        const IdentifiedPerson &w = s.what;
        switch (type) {
        case TokenCodec::Type::Item:
            FUZZ_CHECK(w.kind == Identity::ItemLabel && w.itemId == id, code);
            break;
        case TokenCodec::Type::Visit:
            FUZZ_CHECK(w.kind == Identity::InvalidCode && w.problem == Identity::NotOurs, code);
            break;
        default:
            FUZZ_CHECK(w.isPerson() && w.personId == id && s.generation == generation, code);
        }
        break;
    }
    }
    return 0;
}
