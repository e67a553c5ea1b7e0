#include "HidKeyboard.h"

#include "ProtocolLogging.h"

#include <algorithm>
#include <utility>

namespace linli {

namespace {

// Keyboard/Keypad usage page (0x07) ids we act on.
constexpr quint8 kUsageErrorRollOver = 0x01; // 0x01-0x03 are error states, not keys
constexpr quint8 kUsageErrorUndefined = 0x03;
constexpr quint8 kUsageEnter = 0x28;
constexpr quint8 kUsageKeypadEnter = 0x58;

// Modifier byte bits: Ctrl, Alt and GUI (left and right) make a key a
// shortcut, not a character; Shift (0x02, 0x20) selects the shifted one.
constexpr quint8 kShiftBits = 0x02 | 0x20;
constexpr quint8 kShortcutBits = 0x01 | 0x04 | 0x08 | 0x10 | 0x40 | 0x80;

struct KeyChars
{
    char plain = 0; // 0: not a character (control keys, F-keys, unknown usages)
    char shifted = 0;
};

// The US layout as a table indexed by usage id. Enter, Escape, Backspace and
// Tab stay 0: control characters are never part of a symbol.
constexpr std::array<KeyChars, 256> makeUsLayout()
{
    std::array<KeyChars, 256> t{};
    for (int i = 0; i < 26; ++i)
        t[0x04 + i] = {char('a' + i), char('A' + i)};
    const char digits[] = "1234567890";
    const char digitsShifted[] = "!@#$%^&*()";
    for (int i = 0; i < 10; ++i)
        t[0x1E + i] = {digits[i], digitsShifted[i]};
    t[0x2C] = {' ', ' '};
    t[0x2D] = {'-', '_'};
    t[0x2E] = {'=', '+'};
    t[0x2F] = {'[', '{'};
    t[0x30] = {']', '}'};
    t[0x31] = {'\\', '|'};
    t[0x33] = {';', ':'};
    t[0x34] = {'\'', '"'};
    t[0x35] = {'`', '~'};
    t[0x36] = {',', '<'};
    t[0x37] = {'.', '>'};
    t[0x38] = {'/', '?'};
    // Keypad, as typed with Num Lock on (scanners set to "keypad digits").
    t[0x54] = {'/', '/'};
    t[0x55] = {'*', '*'};
    t[0x56] = {'-', '-'};
    t[0x57] = {'+', '+'};
    const char keypadDigits[] = "1234567890";
    for (int i = 0; i < 10; ++i)
        t[0x59 + i] = {keypadDigits[i], keypadDigits[i]};
    t[0x63] = {'.', '.'};
    return t;
}

constexpr std::array<KeyChars, 256> kUsLayout = makeUsLayout();

bool isErrorState(quint8 usage)
{
    return usage >= kUsageErrorRollOver && usage <= kUsageErrorUndefined;
}

} // namespace

std::optional<QString> HidWedgeDecoder::feed(const QByteArray &report)
{
    if (report.size() != ReportSize) {
        qCWarning(lcHid) << "wedge: dropped a report of" << report.size() << "bytes, expected"
                         << ReportSize;
        drop("report of the wrong size");
        return std::nullopt;
    }

    std::array<quint8, 6> keys{};
    for (int i = 0; i < 6; ++i)
        keys[i] = quint8(report[2 + i]);

    // Too many keys at once: the report carries error codes instead of keys,
    // so a character may have been lost.
    if (std::any_of(keys.begin(), keys.end(), isErrorState)) {
        qCWarning(lcHid) << "wedge: keyboard rollover error state, symbol dropped";
        drop("rollover error");
        return std::nullopt;
    }

    const quint8 modifiers = quint8(report[0]);
    const bool shift = modifiers & kShiftBits;
    const bool shortcut = modifiers & kShortcutBits;

    std::optional<QString> completed;
    for (const quint8 key : keys) {
        // Only keys that were not down in the previous report: a held key
        // (auto-repeat is the host's business, not the device's) counts once.
        if (key == 0 || std::find(m_held.begin(), m_held.end(), key) != m_held.end())
            continue;

        if (key == kUsageEnter || key == kUsageKeypadEnter) {
            if (m_skipping) {
                m_skipping = false; // the dropped symbol's rest ends here
                continue;
            }
            if (m_text.isEmpty())
                continue;
            if (completed) {
                // One return value per report; scanners never type this fast.
                qCWarning(lcHid) << "wedge: second symbol in one report dropped";
                m_text.clear();
                continue;
            }
            completed = std::exchange(m_text, QString());
            continue;
        }

        const KeyChars &chars = kUsLayout[key];
        if (shortcut || chars.plain == 0 || m_skipping)
            continue;
        appendChar(shift ? chars.shifted : chars.plain);
    }
    m_held = keys;
    return completed;
}

void HidWedgeDecoder::appendChar(char c)
{
    if (m_text.size() >= MaxSymbolLength) {
        qCWarning(lcHid) << "wedge: symbol longer than" << MaxSymbolLength
                         << "characters dropped";
        drop("overlong symbol");
        return;
    }
    m_text += QLatin1Char(c);
}

std::optional<QString> HidWedgeDecoder::flush()
{
    m_skipping = false;
    if (m_text.isEmpty())
        return std::nullopt;
    return std::exchange(m_text, QString());
}

bool HidWedgeDecoder::hasPendingInput() const
{
    return m_skipping || !m_text.isEmpty();
}

void HidWedgeDecoder::reset()
{
    m_text.clear();
    m_held = {};
    m_skipping = false;
}

void HidWedgeDecoder::drop(const char *why)
{
    qCDebug(lcHid) << "wedge: skipping to the next Enter or gap after" << why;
    // Keys still down will be seen as new presses; that is harmless while the
    // rest of the symbol is skipped.
    m_text.clear();
    m_held = {};
    m_skipping = true;
}

std::optional<QByteArray> uidFromTypedCardNumber(const QString &typed)
{
    const QString s = typed.trimmed();
    const auto all = [&s](auto pred) {
        return std::all_of(s.begin(), s.end(), [&pred](QChar c) { return pred(c.unicode()); });
    };
    const auto isDecimal = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    const auto isHex = [](char16_t c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };

    if (s.size() == 10 && all(isDecimal)) {
        const quint64 value = s.toULongLong(); // ten digits always fit in 64 bits
        if (value > 0xFFFFFFFFull)
            return std::nullopt;
        QByteArray uid(4, '\0');
        for (int i = 0; i < 4; ++i)
            uid[i] = char((value >> (8 * i)) & 0xFF);
        return uid;
    }
    if ((s.size() == 8 || s.size() == 14 || s.size() == 20) && all(isHex))
        return QByteArray::fromHex(s.toLatin1());
    return std::nullopt;
}

} // namespace linli
