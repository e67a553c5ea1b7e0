// The card reader driver: CCID contactless readers and keyboard-wedge RFID readers.
#include "UsbDrivers.h"

#include "Ccid.h"
#include "HidKeyboard.h"
#include "ProtocolLogging.h"
#include "UsbIoThread.h"
#include "UsbPost.h"
#include "UsbWedge.h"

namespace linli {

using State = DeviceStatus::State;

namespace {

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
    std::optional<bool> present; // unknown until the first poll: a card left lying there is no tap
    while (!io.stopping() && !reader.gone()) {
        if (!link.interruptIn()) {
            const auto power = reader.powerOn();
            if (!power)
                return;
            // Only a clear answer moves the state: a failed or garbled poll
            // says nothing about the card, and must not make a lying card a tap.
            if (power->outcome == ccid::Outcome::Ok || power->outcome == ccid::Outcome::NoCard) {
                const bool nowPresent = power->outcome == ccid::Outcome::Ok;
                if (nowPresent && present == false)
                    readCard(reader, tap);
                present = nowPresent;
            }
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
