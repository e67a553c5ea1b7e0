#include "UsbWedge.h"

#include "HidKeyboard.h"
#include "UsbIoThread.h"

namespace linli {

void runWedge(UsbIoThread &io, int gapMs, const Symbol &symbol)
{
    UsbLink &link = io.link();
    HidWedgeDecoder decoder;
    while (!io.stopping()) {
        QByteArray report;
        const bool waitingForMore = decoder.hasPendingInput();
        const UsbResult result = link.read(link.interruptIn(), &report, qMax(8, link.interruptIn().maxPacketSize),
                                           waitingForMore ? gapMs : ReadTimeoutMs);
        if (result == UsbResult::Gone)
            return;
        if (result == UsbResult::Timeout) {
            if (waitingForMore)
                if (auto text = decoder.flush())
                    symbol(*text);
            continue;
        }
        if (result == UsbResult::Failed) {
            io.pause(ErrorPauseMs);
            continue;
        }
        if (auto text = decoder.feed(report))
            symbol(*text);
    }
}

} // namespace linli
