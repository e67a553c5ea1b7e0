#include "Ccid.h"

#include "ProtocolLogging.h"

namespace linli::ccid {

namespace {

constexpr quint8 kStatusIccMask = 0x03; // bmICCStatus
constexpr quint8 kIccAbsent = 0x02;
constexpr int kCommandStatusShift = 6;  // bmCommandStatus, bits 6-7
constexpr quint8 kCommandOk = 0;
constexpr quint8 kCommandFailed = 1;
constexpr quint8 kCommandTimeExtension = 2;

constexpr quint16 kSwOk = 0x9000;
constexpr quint16 kSwNoCard = 0x6300; // ACR122U: the card did not answer GET DATA
constexpr int kMinUid = 4;
constexpr int kMaxUid = 10;

QByteArray header(quint8 type, quint32 length, quint8 slot, quint8 seq, quint8 b7, quint8 b8, quint8 b9)
{
    QByteArray h(HeaderSize, '\0');
    h[0] = char(type);
    for (int i = 0; i < 4; ++i)
        h[1 + i] = char((length >> (8 * i)) & 0xFF);
    h[5] = char(slot);
    h[6] = char(seq);
    h[7] = char(b7);
    h[8] = char(b8);
    h[9] = char(b9);
    return h;
}

quint8 byteAt(const QByteArray &b, qsizetype i) { return quint8(b[i]); }

// Header checks and bStatus/bError common to every DataBlock answer.
Reply parseDataBlock(const QByteArray &frame, quint8 slot, quint8 seq)
{
    Reply r;
    if (frame.size() < HeaderSize) {
        qCWarning(lcCcid) << "CCID: dropped a" << frame.size() << "byte message, shorter than a header";
        return r;
    }
    if (byteAt(frame, 0) != RDR_to_PC_DataBlock) {
        qCWarning(lcCcid) << "CCID: dropped message type" << Qt::hex << byteAt(frame, 0)
                          << "expected a DataBlock (0x80)";
        return r;
    }
    quint64 length = 0;
    for (int i = 0; i < 4; ++i)
        length |= quint64(byteAt(frame, 1 + i)) << (8 * i);
    // A bulk transfer carries exactly one message, so its size must agree.
    if (length != quint64(frame.size() - HeaderSize)) {
        qCWarning(lcCcid) << "CCID: dropped a DataBlock whose dwLength" << length << "does not match its"
                          << frame.size() - HeaderSize << "bytes";
        return r;
    }
    if (byteAt(frame, 5) != slot) {
        qCWarning(lcCcid) << "CCID: dropped a DataBlock for slot" << byteAt(frame, 5) << "expected" << slot;
        return r;
    }
    if (byteAt(frame, 6) != seq) {
        qCWarning(lcCcid) << "CCID: dropped a DataBlock with bSeq" << byteAt(frame, 6) << "expected" << seq;
        r.outcome = Outcome::WrongSequence;
        return r;
    }

    const quint8 status = byteAt(frame, 7);
    r.error = byteAt(frame, 8);
    switch (status >> kCommandStatusShift) {
    case kCommandOk:
        r.outcome = Outcome::Ok;
        r.data = frame.mid(HeaderSize);
        return r;
    case kCommandFailed:
        if ((status & kStatusIccMask) == kIccAbsent || r.error == ErrorIccMute) {
            qCDebug(lcCcid) << "CCID: no card in slot" << slot;
            r.outcome = Outcome::NoCard;
        } else {
            qCWarning(lcCcid) << "CCID: the reader failed the command, bError" << Qt::hex << r.error;
            r.outcome = Outcome::Failed;
        }
        return r;
    case kCommandTimeExtension:
        qCDebug(lcCcid) << "CCID: the reader asks for more time";
        r.outcome = Outcome::TimeExtension;
        return r;
    default:
        qCWarning(lcCcid) << "CCID: dropped a DataBlock with reserved command status" << Qt::hex << status;
        r.error = 0;
        return r;
    }
}

} // namespace

QByteArray iccPowerOn(quint8 slot, quint8 seq)
{
    return header(PC_to_RDR_IccPowerOn, 0, slot, seq, 0x00, 0x00, 0x00);
}

QByteArray xfrBlock(quint8 slot, quint8 seq, const QByteArray &apdu)
{
    return header(PC_to_RDR_XfrBlock, quint32(apdu.size()), slot, seq, 0x00, 0x00, 0x00) + apdu;
}

QByteArray getUidApdu()
{
    return QByteArray::fromRawData("\xFF\xCA\x00\x00\x00", 5);
}

QByteArray getUid(quint8 slot, quint8 seq)
{
    return xfrBlock(slot, seq, getUidApdu());
}

Reply parsePowerOnReply(const QByteArray &frame, quint8 slot, quint8 seq)
{
    Reply r = parseDataBlock(frame, slot, seq);
    if (r.outcome == Outcome::Ok && r.data.isEmpty()) {
        qCWarning(lcCcid) << "CCID: dropped a power-on answer without an ATR";
        r.outcome = Outcome::Malformed;
    }
    return r;
}

Reply parseUidReply(const QByteArray &frame, quint8 slot, quint8 seq)
{
    Reply r = parseDataBlock(frame, slot, seq);
    if (r.outcome != Outcome::Ok)
        return r;
    if (r.data.size() < 2) {
        qCWarning(lcCcid) << "CCID: dropped a GET DATA answer without a status word";
        r.outcome = Outcome::Malformed;
        r.data.clear();
        return r;
    }
    const qsizetype n = r.data.size();
    r.statusWord = quint16(byteAt(r.data, n - 2) << 8 | byteAt(r.data, n - 1));
    r.data.chop(2);
    if (r.statusWord == kSwNoCard) {
        qCDebug(lcCcid) << "CCID: GET DATA: no card";
        r.outcome = Outcome::NoCard;
        r.data.clear();
    } else if (r.statusWord != kSwOk) {
        qCWarning(lcCcid) << "CCID: GET DATA failed with status word" << Qt::hex << r.statusWord;
        r.outcome = Outcome::Failed;
        r.data.clear();
    } else if (r.data.size() < kMinUid || r.data.size() > kMaxUid) {
        qCWarning(lcCcid) << "CCID: dropped a UID of" << r.data.size() << "bytes";
        r.outcome = Outcome::Malformed;
        r.data.clear();
    }
    return r;
}

std::optional<SlotChange> parseNotifySlotChange(const QByteArray &message, int slot)
{
    if (message.isEmpty()) {
        qCWarning(lcCcid) << "CCID: dropped an empty interrupt message";
        return std::nullopt;
    }
    if (byteAt(message, 0) != RDR_to_PC_NotifySlotChange) {
        qCWarning(lcCcid) << "CCID: dropped interrupt message type" << Qt::hex << byteAt(message, 0)
                          << "expected NotifySlotChange (0x50)";
        return std::nullopt;
    }
    // Four slots per byte; the message has as many bytes as the reader's slots need.
    const qsizetype index = 1 + slot / 4;
    if (slot < 0 || message.size() <= index) {
        qCWarning(lcCcid) << "CCID: dropped a NotifySlotChange of" << message.size()
                          << "bytes, too short for slot" << slot;
        return std::nullopt;
    }
    const quint8 bits = (byteAt(message, index) >> ((slot % 4) * 2)) & 0x03;
    return SlotChange{bool(bits & 0x01), bool(bits & 0x02)};
}

} // namespace linli::ccid
