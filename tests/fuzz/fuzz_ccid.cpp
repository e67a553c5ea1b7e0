// CCID contactless readers (Ccid.h): bulk answers and interrupt messages.
//
// Input: a selector byte, the slot and bSeq the kiosk asked with, then the
// message. Selector % 4: 0 power-on answer, 1 GET DATA answer, 2 a
// NotifySlotChange for slot % 8, 3 a well-formed GET DATA answer built here
// around the rest of the input as the UID.
//
// Properties: an answer is taken (anything but Malformed and WrongSequence)
// only when it is a DataBlock whose dwLength is its size, for the slot and
// bSeq asked; WrongSequence only for another bSeq; only Ok carries data: the
// ATR (not empty), or a UID of 4 to 10 bytes that, with 90 00, is the whole
// payload. NoCard and Failed follow bStatus, bError and the status word. A
// slot change reads the two bits of its slot. Every command the kiosk sends
// has a header that says its own length, slot and bSeq.

#include "Ccid.h"
#include "FuzzSupport.h"

using namespace linli;
using namespace linli::ccid;
using linli::fuzz::Input;

namespace {

QString hex(const QByteArray &b) { return QString::fromLatin1(b.toHex(' ')); }

quint32 dwLength(const QByteArray &m)
{
    quint32 length = 0;
    for (int i = 0; i < 4; ++i)
        length |= quint32(quint8(m[1 + i])) << (8 * i);
    return length;
}

void checkCommand(const QByteArray &command, quint8 type, quint8 slot, quint8 seq)
{
    FUZZ_CHECK(command.size() >= HeaderSize && quint8(command[0]) == type, hex(command));
    FUZZ_CHECK(dwLength(command) == quint32(command.size() - HeaderSize), hex(command));
    FUZZ_CHECK(quint8(command[5]) == slot && quint8(command[6]) == seq, hex(command));
}

void checkReply(const QByteArray &frame, quint8 slot, quint8 seq, const Reply &r, bool uid)
{
    const QString where = hex(frame);
    if (r.outcome == Outcome::Malformed) {
        FUZZ_CHECK(r.data.isEmpty(), where);
        return;
    }
    FUZZ_CHECK(frame.size() >= HeaderSize && quint8(frame[0]) == RDR_to_PC_DataBlock, where);
    FUZZ_CHECK(dwLength(frame) == quint32(frame.size() - HeaderSize), where);
    FUZZ_CHECK(quint8(frame[5]) == slot, where);
    if (r.outcome == Outcome::WrongSequence) {
        FUZZ_CHECK(quint8(frame[6]) != seq && r.data.isEmpty(), where);
        return;
    }
    FUZZ_CHECK(quint8(frame[6]) == seq, where);
    const quint8 commandStatus = quint8(frame[7]) >> 6;
    const QByteArray payload = frame.mid(HeaderSize);
    switch (r.outcome) {
    case Outcome::Ok:
        FUZZ_CHECK(commandStatus == 0, where);
        if (uid) {
            FUZZ_CHECK(r.data.size() >= 4 && r.data.size() <= 10, where);
            FUZZ_CHECK(r.statusWord == 0x9000 && payload == r.data + QByteArray("\x90\x00", 2), where);
        } else {
            FUZZ_CHECK(!r.data.isEmpty() && r.data == payload, where);
        }
        break;
    case Outcome::NoCard:
        FUZZ_CHECK(r.data.isEmpty(), where);
        FUZZ_CHECK((commandStatus == 1 && ((quint8(frame[7]) & 3) == 2 || quint8(frame[8]) == ErrorIccMute))
                       || (uid && commandStatus == 0 && r.statusWord == 0x6300 && payload.endsWith(QByteArray("\x63\x00", 2))),
                   where);
        break;
    case Outcome::Failed:
        FUZZ_CHECK(r.data.isEmpty(), where);
        FUZZ_CHECK((commandStatus == 1 && r.error == quint8(frame[8]))
                       || (uid && commandStatus == 0 && r.statusWord != 0x9000 && r.statusWord != 0x6300),
                   where);
        break;
    case Outcome::TimeExtension:
        FUZZ_CHECK(commandStatus == 2 && r.data.isEmpty(), where);
        break;
    default:
        FUZZ_CHECK(false, where);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quiet();
    Input in(data, size);
    const quint8 selector = in.byte() % 4;
    const quint8 slot = in.byte();
    const quint8 seq = in.byte();
    checkCommand(iccPowerOn(slot, seq), PC_to_RDR_IccPowerOn, slot, seq);
    checkCommand(getUid(slot, seq), PC_to_RDR_XfrBlock, slot, seq);
    FUZZ_CHECK(getUid(slot, seq).mid(HeaderSize) == getUidApdu(), QStringLiteral("GET DATA"));

    const QByteArray message = in.rest();
    switch (selector) {
    case 0:
        checkReply(message, slot, seq, parsePowerOnReply(message, slot, seq), false);
        break;
    case 1:
        checkReply(message, slot, seq, parseUidReply(message, slot, seq), true);
        break;
    case 2: {
        const int which = slot % 8;
        const std::optional<SlotChange> change = parseNotifySlotChange(message, which);
        if (change) {
            FUZZ_CHECK(quint8(message[0]) == RDR_to_PC_NotifySlotChange && message.size() > 1 + which / 4, hex(message));
            const quint8 bits = quint8(message[1 + which / 4]) >> (2 * (which % 4));
            FUZZ_CHECK(change->present == bool(bits & 1) && change->changed == bool(bits & 2), hex(message));
        } else {
            FUZZ_CHECK(message.size() <= 1 + which / 4 || quint8(message[0]) != RDR_to_PC_NotifySlotChange, hex(message));
        }
        break;
    }
    default: {
        // A reader's well-formed answer around this UID: taken whole when it is 4 to 10 bytes.
        const QByteArray uid = message.left(16);
        const QByteArray payload = uid + QByteArray("\x90\x00", 2);
        QByteArray frame(HeaderSize, '\0');
        frame[0] = char(RDR_to_PC_DataBlock);
        for (int i = 0; i < 4; ++i)
            frame[1 + i] = char((payload.size() >> (8 * i)) & 0xFF);
        frame[5] = char(slot);
        frame[6] = char(seq);
        frame += payload;
        const Reply r = parseUidReply(frame, slot, seq);
        checkReply(frame, slot, seq, r, true);
        const bool fits = uid.size() >= 4 && uid.size() <= 10;
        FUZZ_CHECK(fits == (r.outcome == Outcome::Ok) && (!fits || r.data == uid), hex(frame));
        break;
    }
    }
    return 0;
}
