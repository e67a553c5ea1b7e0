#include "UsbDrivers.h"

#include "ProtocolLogging.h"
#include "UsbContext.h"
#include "UsbIoThread.h"
#include "UsbPost.h"

namespace linli {

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

} // namespace linli
