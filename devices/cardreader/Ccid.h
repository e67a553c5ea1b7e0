#pragma once

// USB CCID (smart-card reader class 0x0B) messages for contactless readers of
// the ACR122U kind: power the card on, ask for its UID with the PC/SC GET DATA
// pseudo-APDU, and read card present / removed from the interrupt endpoint.
// Pure bytes in, bytes out; the transport moves them over bulk and interrupt
// endpoints and chooses bSeq.
//
// Every bulk message starts with a 10-byte header: bMessageType,
// dwLength (little-endian, bytes after the header), bSlot, bSeq and three
// message-specific bytes.

#include <QByteArray>

#include <optional>

namespace linli::ccid {

inline constexpr int HeaderSize = 10;

enum MessageType : quint8 {
    PC_to_RDR_IccPowerOn = 0x62,
    PC_to_RDR_XfrBlock = 0x6F,
    RDR_to_PC_DataBlock = 0x80,
    RDR_to_PC_NotifySlotChange = 0x50,
    RDR_to_PC_HardwareError = 0x51,
};

// bError when the command failed because no card answered.
inline constexpr quint8 ErrorIccMute = 0xFE;

// PC_to_RDR_IccPowerOn with automatic voltage selection (bPowerSelect 0).
QByteArray iccPowerOn(quint8 slot, quint8 seq);

// PC_to_RDR_XfrBlock carrying one short APDU (bBWI 0, wLevelParameter 0).
QByteArray xfrBlock(quint8 slot, quint8 seq, const QByteArray &apdu);

// PC/SC GET DATA for the card's UID: FF CA 00 00 00 (Le 0: all of it).
QByteArray getUidApdu();

// xfrBlock() with getUidApdu().
QByteArray getUid(quint8 slot, quint8 seq);

enum class Outcome {
    Ok,            // data holds the ATR (power on) or the UID (GET DATA)
    NoCard,        // no card: bStatus says absent, bError ICC_MUTE, or SW 63 00
    TimeExtension, // the reader asks for more time: read again for the same bSeq
    WrongSequence, // the answer to an earlier command: discard it and read again
    Failed,        // any other reader error (error) or card status word (statusWord)
    Malformed,     // not a well-formed RDR_to_PC_DataBlock for this slot
};

struct Reply
{
    Outcome outcome = Outcome::Malformed;
    QByteArray data;
    quint8 error = 0;       // bError when the reader reported a failure
    quint16 statusWord = 0; // SW1 SW2 of a GET DATA answer, e.g. 0x9000
};

// Parses the RDR_to_PC_DataBlock answering iccPowerOn(slot, seq): data is the ATR.
Reply parsePowerOnReply(const QByteArray &frame, quint8 slot, quint8 seq);

// Parses the RDR_to_PC_DataBlock answering getUid(slot, seq). Ok needs the
// payload to end in 90 00 with 4 to 10 UID bytes before it (ISO 14443 4/7/10,
// FeliCa and ISO 15693 8); 63 00 is NoCard; any other status word is Failed.
Reply parseUidReply(const QByteArray &frame, quint8 slot, quint8 seq);

struct SlotChange
{
    bool present = false; // a card is in the field now
    bool changed = false; // it arrived or left since the last notification
};

// Parses RDR_to_PC_NotifySlotChange from the interrupt endpoint: two bits per
// slot (bit 0 present, bit 1 changed), slot 0 in the low bits of the second
// byte. Anything else (empty, another message, too short for the slot) is
// nullopt with a warning.
std::optional<SlotChange> parseNotifySlotChange(const QByteArray &message, int slot = 0);

} // namespace linli::ccid
