#include "UsbDrivers.h"

#include "ProtocolLogging.h"
#include "UsbContext.h"
#include "UsbIoThread.h"
#include "UsbPost.h"

namespace linli {

namespace {

// Devices named by vendor come before class matches: a scanner the table
// knows wins over any other boot keyboard plugged in.
bool namedByVendor(const UsbMatch &match)
{
    return match.entry->vendorId != 0;
}

} // namespace

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
        // Unplugged while idle (a loop that moves no data would not notice),
        // or a device the table names has come while we hold a class match:
        // let go, and attach() chooses again.
        const QList<UsbDeviceSeen> devices = m_usb->devices();
        const bool stillThere = std::any_of(devices.begin(), devices.end(), [this](const UsbDeviceSeen &d) {
            return d.bus == m_bus && d.address == m_address;
        });
        if (!stillThere || (!m_heldByVendor && hasNamedDevice(devices)))
            m_io->requestStop(); // its loop returns and ends the attachment
    });
}

UsbAttachment::~UsbAttachment() = default; // joins the I/O thread

void UsbAttachment::attach()
{
    if (m_io)
        return;
    const QList<UsbDeviceSeen> devices = m_usb->devices();
    for (const bool byVendor : {true, false}) {
        for (const UsbDeviceSeen &device : devices) {
            for (const UsbInterfaceSeen &interface : device.interfaces) {
                if (!interface.match || !m_kinds.contains(interface.match->kind)
                    || namedByVendor(*interface.match) != byVendor)
                    continue;
                QString error;
                std::unique_ptr<UsbLink> link = m_usb->claim(device, interface.number, &error);
                if (!link) {
                    qCWarning(lcUsb) << interface.match->description << "not usable:" << error;
                    continue;
                }
                m_bus = device.bus;
                m_address = device.address;
                m_heldByVendor = byVendor;
                qCInfo(lcUsb) << "driving" << link->where() << "as" << interface.match->description;
                // The I/O thread is joined before this object goes away.
                m_io = m_start(std::move(link), *interface.match, [this] { postTo(this, [this] { onEnded(); }); });
                Q_EMIT attached();
                return;
            }
        }
    }
}

bool UsbAttachment::hasNamedDevice(const QList<UsbDeviceSeen> &devices) const
{
    for (const UsbDeviceSeen &device : devices)
        for (const UsbInterfaceSeen &interface : device.interfaces)
            if (interface.match && m_kinds.contains(interface.match->kind) && namedByVendor(*interface.match))
                return true;
    return false;
}

void UsbAttachment::onEnded()
{
    m_io.reset();
    Q_EMIT detached();
    attach(); // another device of the kind may be plugged in
}

} // namespace linli
