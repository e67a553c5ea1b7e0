#include "UsbDrivers.h"

#include "EscPosStatus.h"
#include "ProtocolLogging.h"
#include "UsbIoThread.h"
#include "UsbPost.h"

namespace linli {

using State = DeviceStatus::State;

namespace {

bool canPrint(State state)
{
    return state == State::Ready || state == State::PaperNearEnd;
}

} // namespace

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
        m_answersStatus = bool(io.link().bulkIn()); // no bulk IN: no status, ever
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
    static constexpr int SilentAfter = 3;     // unanswered queries in a row before we stop asking each time
    static constexpr int AskSilentEvery = 15; // ...and ask only every 15th time (30 s when idle)
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
        // A printer that went silent is asked again now and then: it may
        // have been warming up, or busy, for longer than we waited.
        if (!m_answersStatus && ++m_queriesSkipped % AskSilentEvery != 0)
            return {};
        UsbLink &link = m_io->link();
        if (!link.bulkIn())
            return {};
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
            if (result == UsbResult::Gone) {
                m_gone = true;
                return {std::nullopt, true};
            }
            if (result != UsbResult::Ok)
                return {}; // the printer takes no data now (stalled): no news of its status
            QByteArray answer;
            result = link.read(link.bulkIn(), &answer, readSize, StatusTimeoutMs);
            if (result == UsbResult::Gone) {
                m_gone = true;
                return {std::nullopt, true};
            }
            if (result != UsbResult::Ok || answer.isEmpty()) {
                // Busy or warming up, or a printer that never answers: after a
                // few silences in a row, stop waiting for it before every job.
                if (++m_unanswered >= SilentAfter && m_answersStatus) {
                    m_answersStatus = false;
                    qCInfo(lcUsb) << "printer does not answer DLE EOT: asking only now and then";
                }
                return {};
            }
            bytes[i] = quint8(answer.back()); // the newest byte answers this request
        }
        m_unanswered = 0;
        m_answersStatus = true;
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
    int m_queriesSkipped = 0;
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

} // namespace linli
