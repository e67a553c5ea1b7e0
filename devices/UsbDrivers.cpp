#include "UsbDrivers.h"

#include "Ccid.h"
#include "EscPosStatus.h"
#include "HidKeyboard.h"
#include "HidPos.h"
#include "ProtocolLogging.h"
#include "SerialScanner.h"
#include "UsbContext.h"
#include "UsbIoThread.h"

namespace linli {

using State = DeviceStatus::State;

namespace {

// Runs f on target's thread, later; dropped if target is gone by then.
template<typename F>
void postTo(QObject *target, F f)
{
    QMetaObject::invokeMethod(target, std::move(f), Qt::QueuedConnection);
}

bool canPrint(State state)
{
    return state == State::Ready || state == State::PaperNearEnd;
}

} // namespace

// ---------------------------------------------------------------------------
// UsbAttachment

UsbAttachment::UsbAttachment(UsbContext *usb, QList<UsbDriverKind> kinds, Start start, QObject *parent)
    : QObject(parent)
    , m_usb(usb)
    , m_kinds(std::move(kinds))
    , m_start(std::move(start))
{
    connect(m_usb, &UsbContext::devicesChanged, this, [this] {
        if (!m_io) {
            attach();
            return;
        }
        // Unplugged while idle: a loop that moves no data would not notice.
        const QList<UsbDeviceSeen> devices = m_usb->devices();
        const bool stillThere = std::any_of(devices.begin(), devices.end(), [this](const UsbDeviceSeen &d) {
            return d.bus == m_bus && d.address == m_address;
        });
        if (!stillThere)
            m_io->requestStop(); // its loop returns and ends the attachment
    });
}

UsbAttachment::~UsbAttachment() = default; // joins the I/O thread

void UsbAttachment::attach()
{
    if (m_io)
        return;
    // Devices named by vendor come before class matches: a scanner the table
    // knows wins over any other boot keyboard plugged in.
    const QList<UsbDeviceSeen> devices = m_usb->devices();
    for (const bool byVendor : {true, false}) {
        for (const UsbDeviceSeen &device : devices) {
            for (const UsbInterfaceSeen &interface : device.interfaces) {
                if (!interface.match || !m_kinds.contains(interface.match->kind)
                    || (interface.match->entry->vendorId != 0) != byVendor)
                    continue;
                QString error;
                std::unique_ptr<UsbLink> link = m_usb->claim(device, interface.number, &error);
                if (!link) {
                    qCWarning(lcUsb) << interface.match->description << "not usable:" << error;
                    continue;
                }
                m_bus = device.bus;
                m_address = device.address;
                qCInfo(lcUsb) << "driving" << link->where() << "as" << interface.match->description;
                // The I/O thread is joined before this object goes away.
                m_io = m_start(std::move(link), *interface.match, [this] { postTo(this, [this] { onEnded(); }); });
                Q_EMIT attached();
                return;
            }
        }
    }
}

void UsbAttachment::onEnded()
{
    m_io.reset();
    Q_EMIT detached();
    attach(); // another device of the kind may be plugged in
}

// ---------------------------------------------------------------------------
// Receipt printer

// The printer's side of a claimed interface; lives as long as its I/O thread.
class UsbPrinterSession
{
public:
    using ReportStatus = std::function<void(State)>;
    using ReportJob = std::function<void(qint64 jobId, std::optional<State> failure)>;

    UsbPrinterSession(ReportStatus reportStatus, ReportJob reportJob)
        : m_reportStatus(std::move(reportStatus))
        , m_reportJob(std::move(reportJob))
    {
    }

    void run(UsbIoThread &io)
    {
        m_io = &io;
        m_answersStatus = bool(io.link().bulkIn());
        const Answer first = queryStatus();
        if (first.gone)
            return;
        m_reportStatus(first.state.value_or(State::Ready));
        while (!io.stopping() && !m_gone) {
            if (auto task = io.nextTask(StatusPollMs)) {
                (*task)();
                continue;
            }
            const Answer answer = queryStatus();
            if (answer.gone)
                return;
            if (answer.state)
                m_reportStatus(*answer.state);
        }
    }

    // On the I/O thread, one job at a time.
    void send(qint64 jobId, const QByteArray &bytes)
    {
        if (m_gone || m_io->stopping())
            return fail(jobId, State::Offline);
        const Answer before = queryStatus();
        if (before.gone)
            return fail(jobId, State::Offline);
        if (before.state && !canPrint(*before.state)) {
            m_reportStatus(*before.state);
            return fail(jobId, *before.state); // nothing was sent: printing it later prints it once
        }
        m_reportStatus(State::Busy);
        UsbLink &link = m_io->link();
        qsizetype offset = 0;
        int failures = 0;
        while (offset < bytes.size()) {
            if (m_io->stopping()) { // the kiosk is closing: the rest of the slip is not sent
                qCWarning(lcUsb) << "job" << jobId << "broken off after" << offset << "of" << bytes.size() << "bytes";
                return fail(jobId, State::Offline);
            }
            qsizetype written = 0;
            const UsbResult result = link.write(link.bulkOut(), bytes.mid(offset, UsbReceiptPrinter::ChunkSize),
                                                UsbReceiptPrinter::WriteTimeoutMs, &written);
            offset += written;
            if (result == UsbResult::Ok) {
                failures = 0;
                continue;
            }
            if (result == UsbResult::Gone) {
                m_gone = true;
                qCWarning(lcUsb) << "printer unplugged after" << offset << "of" << bytes.size() << "bytes of job"
                                 << jobId;
                return fail(jobId, State::Offline);
            }
            if (result == UsbResult::Failed && ++failures >= MaxFailures) {
                // Not a stall but a broken link: let go, so the printer is claimed afresh.
                m_gone = true;
                return fail(jobId, State::Error);
            }
            // The printer stopped taking data: out of paper or its cover open.
            // It keeps what it has, so wait and go on from here; sending the
            // job again would print its start twice.
            qCWarning(lcUsb) << "printer stalled after" << offset << "of" << bytes.size() << "bytes of job"
                             << jobId << "- waiting for it";
            if (!waitUntilPrintable())
                return fail(jobId, State::Offline);
            m_reportStatus(State::Busy);
        }
        const Answer after = queryStatus();
        m_reportStatus(after.state.value_or(State::Ready));
        m_reportJob(jobId, std::nullopt);
    }

private:
    static constexpr int StatusPollMs = 2000;
    static constexpr int StatusTimeoutMs = 500;
    static constexpr int SilentAfter = 3; // unanswered queries in a row before we stop asking
    static constexpr int MaxFailures = 3; // transfer errors in a row before the link is dropped

    struct Answer
    {
        std::optional<State> state; // nullopt: no answer to DLE EOT this time
        bool gone = false;
    };

    void fail(qint64 jobId, State reason) { m_reportJob(jobId, reason); }

    // Asks DLE EOT 1, 2 and 4 and reads one status byte for each.
    Answer queryStatus()
    {
        if (!m_answersStatus)
            return {};
        UsbLink &link = m_io->link();
        const int readSize = qMax(64, link.bulkIn().maxPacketSize);
        if (m_unanswered > 0) {
            // A late answer to the last query must not pass for the answer to this one.
            QByteArray stale;
            for (int i = 0; i < 4 && link.read(link.bulkIn(), &stale, readSize, 20) == UsbResult::Ok; ++i) {
            }
        }
        quint8 bytes[3] = {};
        const escpos::StatusQuery queries[3] = {escpos::StatusQuery::Printer, escpos::StatusQuery::OfflineCause,
                                                escpos::StatusQuery::RollPaper};
        for (int i = 0; i < 3; ++i) {
            qsizetype written = 0;
            UsbResult result = link.write(link.bulkOut(), escpos::statusRequest(queries[i]), StatusTimeoutMs, &written);
            QByteArray answer;
            if (result == UsbResult::Ok)
                result = link.read(link.bulkIn(), &answer, readSize, StatusTimeoutMs);
            if (result == UsbResult::Gone) {
                m_gone = true;
                return {std::nullopt, true};
            }
            if (result != UsbResult::Ok || answer.isEmpty()) {
                // Busy or warming up, or a printer that never answers: after a
                // few silences in a row, stop waiting for it before every job.
                if (++m_unanswered >= SilentAfter) {
                    m_answersStatus = false;
                    qCInfo(lcUsb) << "printer does not answer DLE EOT: no paper or cover status from it";
                }
                return {};
            }
            bytes[i] = quint8(answer.back()); // the newest byte answers this request
        }
        m_unanswered = 0;
        const auto state = escpos::interpretStatus(bytes[0], bytes[1], bytes[2]);
        if (!state)
            qCWarning(lcUsb) << "printer status answer is not DLE EOT status:"
                             << QByteArray(reinterpret_cast<char *>(bytes), 3).toHex(' ');
        return {state, false};
    }

    // After a stall: polls until the printer can print again. A printer that
    // does not answer DLE EOT is simply given another try after a pause.
    bool waitUntilPrintable()
    {
        while (m_io->pause(1000)) {
            const Answer answer = queryStatus();
            if (answer.gone)
                return false;
            if (!m_answersStatus) {
                m_reportStatus(State::Error);
                return true;
            }
            if (answer.state) {
                m_reportStatus(*answer.state);
                if (canPrint(*answer.state))
                    return true;
            }
        }
        return false;
    }

    ReportStatus m_reportStatus;
    ReportJob m_reportJob;
    UsbIoThread *m_io = nullptr;
    bool m_answersStatus = false;
    int m_unanswered = 0;
    bool m_gone = false;
};

UsbReceiptPrinter::UsbReceiptPrinter(UsbContext *usb, QObject *parent)
    : ReceiptPrinter(parent)
{
    auto start = [this](std::unique_ptr<UsbLink> link, const UsbMatch &, std::function<void()> ended) {
        auto session = std::make_shared<UsbPrinterSession>(
            [this](State state) { postTo(this, [this, state] { setStatus(state); }); },
            [this](qint64 jobId, std::optional<State> failure) {
                postTo(this, [this, jobId, failure] { finishJob(jobId, failure); });
            });
        m_session = session;
        return std::make_unique<UsbIoThread>(
            std::move(link), [session](UsbIoThread &io) { session->run(io); }, std::move(ended));
    };
    m_attachment = new UsbAttachment(usb, {UsbDriverKind::ReceiptPrinter}, start, this);
    connect(m_attachment, &UsbAttachment::detached, this, [this] {
        setStatus(State::Offline);
        m_session.reset();
        // Jobs the thread never answered (queued behind an unplug) fail now.
        for (qint64 jobId : std::exchange(m_jobsInFlight, {}))
            Q_EMIT failed(jobId, State::Offline);
    });
    m_attachment->attach();
}

UsbReceiptPrinter::~UsbReceiptPrinter()
{
    delete m_attachment; // joins the I/O thread while this object can still take its calls
}

QString UsbReceiptPrinter::name() const
{
    return QStringLiteral("USB receipt printer");
}

void UsbReceiptPrinter::print(qint64 jobId, const QByteArray &escPos)
{
    UsbIoThread *io = m_attachment->io();
    if (!io) {
        postTo(this, [this, jobId] { Q_EMIT failed(jobId, State::Offline); });
        return;
    }
    m_jobsInFlight.append(jobId);
    io->post([session = m_session, jobId, escPos] { session->send(jobId, escPos); });
}

void UsbReceiptPrinter::finishJob(qint64 jobId, std::optional<State> failure)
{
    if (!m_jobsInFlight.removeOne(jobId))
        return; // already failed when the printer left
    if (failure)
        Q_EMIT failed(jobId, *failure);
    else
        Q_EMIT printed(jobId);
}

// ---------------------------------------------------------------------------
// Scanners and card readers: loops reading the interrupt endpoint

namespace {

constexpr int ReadTimeoutMs = 250;
constexpr int ErrorPauseMs = 200; // after a transfer error, so a sick device cannot make us spin

using Symbol = std::function<void(const QString &text)>;

// Keyboard-wedge devices: boot keyboard reports until Enter or a pause.
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

// One CCID command and its answer on the bulk endpoints; reads past time
// extensions and stale answers to earlier commands.
class CcidExchange
{
public:
    explicit CcidExchange(UsbLink &link) : m_link(link) {}

    // nullopt when the reader is gone.
    std::optional<ccid::Reply> powerOn() { return exchange(ccid::iccPowerOn(0, ++m_seq), &ccid::parsePowerOnReply); }
    std::optional<ccid::Reply> uid() { return exchange(ccid::getUid(0, ++m_seq), &ccid::parseUidReply); }
    bool gone() const { return m_gone; }

private:
    static constexpr int CommandTimeoutMs = 1000;
    static constexpr int MaxReads = 8;

    using Parse = ccid::Reply (*)(const QByteArray &, quint8, quint8);

    std::optional<ccid::Reply> exchange(const QByteArray &command, Parse parse)
    {
        qsizetype written = 0;
        UsbResult result = m_link.write(m_link.bulkOut(), command, CommandTimeoutMs, &written);
        for (int reads = 0; result == UsbResult::Ok && reads < MaxReads; ++reads) {
            QByteArray frame;
            result = m_link.read(m_link.bulkIn(), &frame, qMax(64, m_link.bulkIn().maxPacketSize) * 4,
                                 CommandTimeoutMs);
            if (result != UsbResult::Ok)
                break;
            const ccid::Reply reply = parse(frame, 0, m_seq);
            if (reply.outcome != ccid::Outcome::TimeExtension && reply.outcome != ccid::Outcome::WrongSequence)
                return reply;
        }
        if (result == UsbResult::Gone) {
            m_gone = true;
            return std::nullopt;
        }
        return ccid::Reply{}; // Malformed: no usable answer this time
    }

    UsbLink &m_link;
    quint8 m_seq = 0;
    bool m_gone = false;
};

using Tap = std::function<void(const QByteArray &uid)>;

// Reads the UID of the card that just arrived.
void readCard(CcidExchange &reader, const Tap &tap)
{
    const auto power = reader.powerOn();
    if (!power || power->outcome != ccid::Outcome::Ok) {
        if (power && power->outcome != ccid::Outcome::NoCard)
            qCWarning(lcCcid) << "card did not power on; error" << power->error;
        return;
    }
    const auto uid = reader.uid();
    if (uid && uid->outcome == ccid::Outcome::Ok)
        tap(uid->data);
    else if (uid)
        qCWarning(lcCcid) << "card UID not read; status word" << Qt::hex << uid->statusWord;
}

// CCID readers: card arrival from the interrupt endpoint, or by polling the
// slot where the reader has none.
void runCcid(UsbIoThread &io, const Tap &tap)
{
    static constexpr int PollMs = 300;
    UsbLink &link = io.link();
    CcidExchange reader(link);
    bool present = false;
    while (!io.stopping() && !reader.gone()) {
        if (!link.interruptIn()) {
            const auto power = reader.powerOn();
            if (!power)
                return;
            const bool nowPresent = power->outcome == ccid::Outcome::Ok;
            if (nowPresent && !present)
                readCard(reader, tap);
            present = nowPresent;
            io.pause(PollMs);
            continue;
        }
        QByteArray message;
        const UsbResult result = link.read(link.interruptIn(), &message, qMax(8, link.interruptIn().maxPacketSize),
                                           ReadTimeoutMs);
        if (result == UsbResult::Gone)
            return;
        if (result == UsbResult::Failed)
            io.pause(ErrorPauseMs);
        if (result != UsbResult::Ok || message.isEmpty())
            continue;
        const auto change = ccid::parseNotifySlotChange(message);
        if (change && change->present && change->changed)
            readCard(reader, tap);
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

UsbCardReader::UsbCardReader(UsbContext *usb, QObject *parent, int symbolGapMs)
    : CardReader(parent)
{
    auto start = [this, symbolGapMs](std::unique_ptr<UsbLink> link, const UsbMatch &match, std::function<void()> ended) {
        Tap tap = [this](const QByteArray &uid) { postTo(this, [this, uid] { Q_EMIT cardTapped(uid); }); };
        UsbIoThread::Loop loop;
        if (match.kind == UsbDriverKind::CcidReader) {
            loop = [tap](UsbIoThread &io) { runCcid(io, tap); };
        } else {
            loop = [tap, symbolGapMs](UsbIoThread &io) {
                runWedge(io, symbolGapMs, [tap](const QString &typed) {
                    if (auto uid = uidFromTypedCardNumber(typed))
                        tap(*uid);
                    else
                        qCWarning(lcHid) << "card reader typed something that is not a card number; dropped";
                });
            };
        }
        return std::make_unique<UsbIoThread>(std::move(link), std::move(loop), std::move(ended));
    };
    m_attachment =
        new UsbAttachment(usb, {UsbDriverKind::CcidReader, UsbDriverKind::HidWedgeCardReader}, start, this);
    connect(m_attachment, &UsbAttachment::attached, this, [this] { setStatus(State::Ready); });
    connect(m_attachment, &UsbAttachment::detached, this, [this] { setStatus(State::Offline); });
    m_attachment->attach();
}

UsbCardReader::~UsbCardReader()
{
    delete m_attachment;
}

QString UsbCardReader::name() const
{
    return QStringLiteral("USB card reader");
}

} // namespace linli
