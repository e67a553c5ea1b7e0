// ESC/POS real-time status (EscPosStatus.h): the answers to DLE EOT 1, 2, 4.
//
// Input: answers three bytes at a time (printer, offline cause, roll paper),
// as the USB driver passes them on.
//
// Properties: a byte is a status byte exactly when bits 1 and 4 are set and
// 0 and 7 clear, and the three are refused exactly when one is not; the
// state is one of the five a printer can report, Ready exactly when no
// meaningful bit is set; bits that mean nothing change nothing; and a
// further fault bit never makes the state better (worst first: cover open,
// paper out, error, paper near end, ready), nor clearing one worse.

#include "EscPosStatus.h"
#include "FuzzSupport.h"

using namespace linli;
using namespace linli::escpos;
using linli::fuzz::Input;

namespace {

// The bits that mean something, per answer: printer bit 3 (offline); cause
// bits 2 (cover), 5 (paper end stop), 6 (error); roll paper bits 2-3 (near
// end) and 5-6 (out).
constexpr quint8 kMeaningful[3] = {0x08, 0x64, 0x6C};
constexpr quint8 kFixed = 0x93; // bits 0, 1, 4, 7: always 0, 1, 1, 0

int rank(DeviceStatus::State s)
{
    switch (s) {
    case DeviceStatus::CoverOpen: return 0;
    case DeviceStatus::PaperOut: return 1;
    case DeviceStatus::Error: return 2;
    case DeviceStatus::PaperNearEnd: return 3;
    case DeviceStatus::Ready: return 4;
    default: return -1;
    }
}

QString bytesText(const quint8 b[3]) { return QStringLiteral("%1 %2 %3").arg(b[0], 2, 16).arg(b[1], 2, 16).arg(b[2], 2, 16); }

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quiet();
    FUZZ_CHECK(statusRequest(StatusQuery::Printer) == QByteArray("\x10\x04\x01", 3), QStringLiteral("DLE EOT 1"));
    FUZZ_CHECK(statusRequest(StatusQuery::OfflineCause) == QByteArray("\x10\x04\x02", 3), QStringLiteral("DLE EOT 2"));
    FUZZ_CHECK(statusRequest(StatusQuery::RollPaper) == QByteArray("\x10\x04\x04", 3), QStringLiteral("DLE EOT 4"));

    Input in(data, size);
    while (!in.atEnd()) {
        quint8 b[3] = {in.byte(), in.byte(), in.byte()};
        bool allStatus = true;
        for (const quint8 byte : b) {
            const bool expected = (byte & 0x02) && (byte & 0x10) && !(byte & 0x01) && !(byte & 0x80);
            FUZZ_CHECK(isStatusByte(byte) == expected, QStringLiteral("%1").arg(byte, 2, 16));
            allStatus = allStatus && expected;
        }
        const std::optional<DeviceStatus::State> state = interpretStatus(b[0], b[1], b[2]);
        FUZZ_CHECK(bool(state) == allStatus, bytesText(b));
        if (!state)
            continue;
        const int r = rank(*state);
        FUZZ_CHECK(r >= 0, QStringLiteral("state %1 for %2").arg(*state).arg(bytesText(b)));
        const bool anyFault = (b[0] & kMeaningful[0]) || (b[1] & kMeaningful[1]) || (b[2] & kMeaningful[2]);
        FUZZ_CHECK((*state == DeviceStatus::Ready) == !anyFault, bytesText(b));

        for (int which = 0; which < 3; ++which) {
            for (int bit = 0; bit < 8; ++bit) {
                const quint8 mask = quint8(1u << bit);
                if (kFixed & mask)
                    continue;
                quint8 other[3] = {b[0], b[1], b[2]};
                other[which] ^= mask;
                const std::optional<DeviceStatus::State> then = interpretStatus(other[0], other[1], other[2]);
                FUZZ_CHECK(then.has_value(), bytesText(other));
                if (!(kMeaningful[which] & mask)) {
                    FUZZ_CHECK(*then == *state, QStringLiteral("a free bit changed %1 to %2").arg(bytesText(b), bytesText(other)));
                } else if (other[which] & mask) {
                    FUZZ_CHECK(rank(*then) <= r, QStringLiteral("a fault made %1 better than %2").arg(bytesText(other), bytesText(b)));
                } else {
                    FUZZ_CHECK(rank(*then) >= r, QStringLiteral("clearing a fault made %1 worse than %2").arg(bytesText(other), bytesText(b)));
                }
            }
        }
    }
    return 0;
}
