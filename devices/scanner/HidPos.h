#pragma once

// HID POS barcode scanners (usage page 0x8C, "HID Point of Sale Usage
// Tables"): the decoded symbol arrives in one input report, or a few when it
// is longer than the report's data field. Pure bytes in, text out.

#include <QByteArray>
#include <QString>

#include <optional>

namespace linli {

// Where the fields of a scanned data report sit. The usage tables name the
// fields but not their order or sizes, so each vendor's report descriptor
// decides; known layouts are constants below and the USB table says which
// device uses which. Offsets count from the report's first byte, which is the
// report id when the device numbers its reports. -1 means "no such field".
struct HidPosLayout
{
    int reportId = -1;        // expected first byte; -1: the device sends no report id
    int lengthOffset = -1;    // one byte: how many data bytes follow; -1: zero-padded field
    int dataOffset = 0;       // first byte of the decoded data field
    int maxDataLength = 0;    // size of the decoded data field
    int aimOffset = -1;       // three bytes of AIM symbology identifier ("]Q1")
    int continuedOffset = -1; // bit 0 set: the symbol continues in the next report
};

// Honeywell and Access-IS scanners in HID POS mode (64-byte report 0x02):
// [0x02][length][AIM 3 bytes][data, 56 bytes][vendor code id][reserved][bit 0: continued].
inline constexpr HidPosLayout kHidPosHoneywell{0x02, 1, 5, 56, 2, 63};

// Engines that put the data right after the length (64-byte report 0x02):
// [0x02][length][data, 56 bytes][reserved 4][code id][bit 0: continued].
inline constexpr HidPosLayout kHidPosLengthFirst{0x02, 1, 2, 56, -1, 63};

// One report's content.
struct HidPosReport
{
    QByteArray data;        // the decoded data bytes of this report
    QString aim;            // "]Q1", or empty when the layout has none
    bool continued = false; // more of the same symbol follows
};

// Parses one report. Returns nullopt, with a warning (linli.devices.hid), for a
// report shorter than the layout, another report id, a length beyond the data
// field, no data, a zero-padded field with bytes after its padding, or data
// with a control byte (0x00-0x1F, 0x7F; GS1 codes with FNC1 included: the
// kiosk reads none).
std::optional<HidPosReport> parseHidPosReport(const QByteArray &report, const HidPosLayout &layout);

// Joins continued reports into symbols. A malformed report, a symbol over
// MaxSymbolBytes, or one that is not valid UTF-8 or holds C1 controls is
// dropped with a warning, together with the part assembled before it and, when
// the dropped report says more follows, the reports after it up to the
// symbol's last: a tail is never handed out as a whole symbol.
class HidPosDecoder
{
public:
    static constexpr qsizetype MaxSymbolBytes = 4096;

    explicit HidPosDecoder(const HidPosLayout &layout) : m_layout(layout) {}

    // Returns the symbol (UTF-8 decoded) once its last report arrived.
    std::optional<QString> feed(const QByteArray &report);
    // Returns the AIM identifier of the last completed symbol ("]Q1" for QR).
    QString lastAim() const { return m_lastAim; }
    void reset();

private:
    void dropSymbol(bool moreFollows);

    HidPosLayout m_layout;
    bool m_skipping = false; // the rest of a dropped symbol is still coming
    QByteArray m_pending;
    QString m_pendingAim; // from the symbol's first report
    QString m_lastAim;
};

} // namespace linli
