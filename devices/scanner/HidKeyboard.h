#pragma once

// Keyboard-wedge scanners and RFID readers: devices that "type" what they read
// as a USB boot keyboard. Pure bytes in, text out; the transport reads the
// interrupt endpoint and owns the inter-character gap timer.

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>

namespace linli {

// Turns boot-keyboard input reports [modifiers, reserved, key1..key6] into
// symbols, with a US layout. A symbol ends with Enter (main or keypad) or when
// the caller calls flush() after its inter-character gap.
//
// A report of the wrong size, the rollover error state ("phantom" keys) or a
// symbol longer than MaxSymbolLength is dropped with a warning, and so is the
// rest of that symbol up to its Enter or gap: a tail is never handed out as if
// it were a whole symbol (a shortened card number could be someone else's).
class HidWedgeDecoder
{
public:
    static constexpr qsizetype ReportSize = 8;
    static constexpr qsizetype MaxSymbolLength = 512;

    // Feeds one input report. Returns the symbol this report's Enter completed.
    std::optional<QString> feed(const QByteArray &report);

    // The gap timer expired: what was typed so far is a symbol (readers
    // configured without Enter). Also ends the skipping after a dropped symbol.
    std::optional<QString> flush();

    // True while characters wait for Enter, or the rest of a dropped symbol is
    // being skipped: the caller (re)arms its gap timer after feed() then.
    bool hasPendingInput() const;

    // Forgets everything, e.g. when the device is unplugged.
    void reset();

private:
    void drop(const char *why);
    void appendChar(char c);

    QString m_text;
    std::array<quint8, 6> m_held{}; // key slots of the previous report
    bool m_skipping = false;        // after a drop, until Enter or flush()
};

// Card numbers typed by RFID wedge readers, back to UID bytes. After trimming
// white space:
//  - exactly 10 decimal digits: the 4-byte UID read as a little-endian 32-bit
//    number ("10-digit decimal" readers), e.g. "3283263748" = 0xC3B2A104 ->
//    04 A1 B2 C3; values above 4294967295 are refused;
//  - exactly 8, 14 or 20 hex digits (either case): a 4, 7 or 10-byte UID in the
//    order typed, e.g. "04A1B2C3" -> 04 A1 B2 C3. Eight decimal digits count as
//    hex, since the decimal format always has ten;
//  - anything else (other lengths, signs, separators, non-ASCII digits): nullopt.
std::optional<QByteArray> uidFromTypedCardNumber(const QString &typed);

} // namespace linli
