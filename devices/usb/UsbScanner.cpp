// The scanner driver: keyboard-wedge, HID POS and USB serial scanners.
#include "UsbDrivers.h"

#include "HidPos.h"
#include "SerialScanner.h"
#include "UsbIoThread.h"
#include "UsbPost.h"
#include "UsbWedge.h"

namespace linli {

using State = DeviceStatus::State;

namespace {

// HID POS scanners: the symbol in one report (or a few continued ones).
void runHidPos(UsbIoThread &io, const HidPosLayout &layout, const Symbol &symbol)
{
    UsbLink &link = io.link();
    HidPosDecoder decoder(layout);
    while (!io.stopping()) {
        QByteArray report;
        const UsbResult result =
            link.read(link.interruptIn(), &report, qMax(64, link.interruptIn().maxPacketSize), ReadTimeoutMs);
        if (result == UsbResult::Gone)
            return;
        if (result == UsbResult::Failed)
            io.pause(ErrorPauseMs);
        if (result != UsbResult::Ok)
            continue;
        if (auto text = decoder.feed(report))
            symbol(*text);
    }
}

// Scanners in USB serial mode: bytes on bulk IN until CR/LF or a pause.
void runSerial(UsbIoThread &io, int gapMs, const Symbol &symbol)
{
    UsbLink &link = io.link();
    SerialSymbolDecoder decoder;
    while (!io.stopping()) {
        QByteArray bytes;
        const bool waitingForMore = decoder.hasPendingInput();
        const UsbResult result = link.read(link.bulkIn(), &bytes, qMax(64, link.bulkIn().maxPacketSize),
                                           waitingForMore ? gapMs : ReadTimeoutMs);
        if (result == UsbResult::Gone)
            return;
        QStringList symbols;
        if (result == UsbResult::Timeout && waitingForMore)
            symbols = decoder.flush();
        else if (result == UsbResult::Ok)
            symbols = decoder.feed(bytes);
        else if (result == UsbResult::Failed)
            io.pause(ErrorPauseMs);
        for (const QString &text : symbols)
            symbol(text);
    }
}

} // namespace

UsbScanner::UsbScanner(UsbContext *usb, QObject *parent, int symbolGapMs)
    : QrScanner(parent)
{
    auto start = [this, symbolGapMs](std::unique_ptr<UsbLink> link, const UsbMatch &match, std::function<void()> ended) {
        Symbol symbol = [this](const QString &text) { postTo(this, [this, text] { Q_EMIT scanned(text); }); };
        UsbIoThread::Loop loop;
        if (match.kind == UsbDriverKind::HidPosScanner && match.entry->posLayout)
            loop = [layout = *match.entry->posLayout, symbol](UsbIoThread &io) { runHidPos(io, layout, symbol); };
        else if (match.kind == UsbDriverKind::SerialScanner)
            loop = [symbol, symbolGapMs](UsbIoThread &io) { runSerial(io, symbolGapMs, symbol); };
        else
            loop = [symbol, symbolGapMs](UsbIoThread &io) { runWedge(io, symbolGapMs, symbol); };
        return std::make_unique<UsbIoThread>(std::move(link), std::move(loop), std::move(ended));
    };
    m_attachment = new UsbAttachment(
        usb, {UsbDriverKind::HidKeyboardWedge, UsbDriverKind::HidPosScanner, UsbDriverKind::SerialScanner}, start, this);
    connect(m_attachment, &UsbAttachment::attached, this, [this] { setStatus(State::Ready); });
    connect(m_attachment, &UsbAttachment::detached, this, [this] { setStatus(State::Offline); });
    m_attachment->attach();
}

UsbScanner::~UsbScanner()
{
    delete m_attachment;
}

QString UsbScanner::name() const
{
    return QStringLiteral("USB scanner");
}

} // namespace linli
