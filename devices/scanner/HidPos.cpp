#include "HidPos.h"

#include "ProtocolLogging.h"

#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace linli {

namespace {

bool isControlByte(char c)
{
    const auto b = quint8(c);
    return b < 0x20 || b == 0x7F;
}

bool isPrintableAscii(char c)
{
    const auto b = quint8(c);
    return b >= 0x20 && b < 0x7F;
}

// The last byte the layout reads, plus one: the report must be at least this long.
int requiredSize(const HidPosLayout &l)
{
    int size = l.dataOffset + l.maxDataLength;
    if (l.reportId >= 0)
        size = std::max(size, 1);
    if (l.lengthOffset >= 0)
        size = std::max(size, l.lengthOffset + 1);
    if (l.aimOffset >= 0)
        size = std::max(size, l.aimOffset + 3);
    if (l.continuedOffset >= 0)
        size = std::max(size, l.continuedOffset + 1);
    return size;
}

} // namespace

std::optional<HidPosReport> parseHidPosReport(const QByteArray &report, const HidPosLayout &layout)
{
    if (report.size() < requiredSize(layout)) {
        qCWarning(lcHid) << "HID POS: dropped a report of" << report.size()
                         << "bytes, the layout needs" << requiredSize(layout);
        return std::nullopt;
    }
    if (layout.reportId >= 0 && quint8(report[0]) != layout.reportId) {
        qCWarning(lcHid) << "HID POS: dropped report id" << quint8(report[0]) << "expected"
                         << layout.reportId;
        return std::nullopt;
    }

    const QByteArray field = report.mid(layout.dataOffset, layout.maxDataLength);
    HidPosReport out;
    if (layout.lengthOffset >= 0) {
        const int length = quint8(report[layout.lengthOffset]);
        if (length > layout.maxDataLength) {
            qCWarning(lcHid) << "HID POS: dropped a report claiming" << length
                             << "data bytes in a field of" << layout.maxDataLength;
            return std::nullopt;
        }
        out.data = field.left(length);
    } else {
        // Zero-padded: the data ends at the first zero, and only zeros may follow
        // it, otherwise the report is not what the layout says it is.
        const qsizetype end = field.indexOf('\0');
        out.data = end < 0 ? field : field.left(end);
        if (end >= 0 && std::any_of(field.begin() + end, field.end(), [](char c) { return c != 0; })) {
            qCWarning(lcHid) << "HID POS: dropped a report with bytes after its zero padding";
            return std::nullopt;
        }
    }
    if (out.data.isEmpty()) {
        qCWarning(lcHid) << "HID POS: dropped a report without data";
        return std::nullopt;
    }
    if (std::any_of(out.data.begin(), out.data.end(), isControlByte)) {
        qCWarning(lcHid) << "HID POS: dropped a report with control bytes in its data";
        return std::nullopt;
    }

    if (layout.aimOffset >= 0) {
        const QByteArray aim = report.mid(layout.aimOffset, 3);
        // Scanners with AIM identifiers turned off send zeros here.
        if (std::all_of(aim.begin(), aim.end(), isPrintableAscii))
            out.aim = QString::fromLatin1(aim);
    }
    if (layout.continuedOffset >= 0)
        out.continued = quint8(report[layout.continuedOffset]) & 0x01;
    return out;
}

std::optional<QString> HidPosDecoder::feed(const QByteArray &report)
{
    const std::optional<HidPosReport> part = parseHidPosReport(report, m_layout);
    if (!part) {
        // Trust the flag of a broken report only as far as it can be read.
        const int at = m_layout.continuedOffset;
        dropSymbol(at >= 0 && at < report.size() && (quint8(report[at]) & 0x01));
        return std::nullopt;
    }
    if (m_skipping) {
        qCDebug(lcHid) << "HID POS: skipped a part of a dropped symbol";
        m_skipping = part->continued;
        return std::nullopt;
    }
    if (m_pending.size() + part->data.size() > MaxSymbolBytes) {
        qCWarning(lcHid) << "HID POS: symbol longer than" << MaxSymbolBytes << "bytes dropped";
        m_pending.clear();
        m_skipping = part->continued;
        return std::nullopt;
    }
    if (m_pending.isEmpty())
        m_pendingAim = part->aim;
    m_pending += part->data;
    if (part->continued)
        return std::nullopt;

    const QByteArray bytes = std::exchange(m_pending, QByteArray());
    // A leading byte-order mark stays a character: the symbol is exactly its bytes, never empty.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = utf8(bytes);
    if (utf8.hasError()) {
        qCWarning(lcHid) << "HID POS: dropped a symbol that is not valid UTF-8";
        return std::nullopt;
    }
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x80 && c.unicode() <= 0x9F; })) {
        qCWarning(lcHid) << "HID POS: dropped a symbol with C1 control characters";
        return std::nullopt;
    }
    m_lastAim = m_pendingAim;
    return text;
}

void HidPosDecoder::dropSymbol(bool moreFollows)
{
    if (!m_pending.isEmpty())
        qCWarning(lcHid) << "HID POS: the symbol being assembled is dropped too";
    m_pending.clear();
    m_skipping = moreFollows;
}

void HidPosDecoder::reset()
{
    m_skipping = false;
    m_pending.clear();
    m_pendingAim.clear();
    m_lastAim.clear();
}

} // namespace linli
