#include "UsbContext.h"

#include "ProtocolLogging.h"
#include "UsbLink.h"

#include <QTimer>

#include <libusb.h>

namespace linli {

namespace {

constexpr int RescanIntervalMs = 2000; // only where libusb has no hotplug

QString claimKey(int bus, int address, int interfaceNumber)
{
    return QStringLiteral("%1:%2:%3").arg(bus).arg(address).arg(interfaceNumber);
}

// What the rescan compares: which devices are there.
QStringList deviceKeys(const QList<UsbDeviceSeen> &devices)
{
    QStringList keys;
    for (const UsbDeviceSeen &device : devices)
        keys << QStringLiteral("%1:%2 %3:%4").arg(device.bus).arg(device.address).arg(device.vendorId).arg(device.productId);
    return keys;
}

QString usbError(int rc)
{
    return QString::fromLatin1(libusb_error_name(rc));
}

// Runs on the event thread: only hand the news to the GUI thread.
int LIBUSB_CALL onHotplug(libusb_context *, libusb_device *, libusb_hotplug_event, void *userData)
{
    auto *usb = static_cast<UsbContext *>(userData);
    QMetaObject::invokeMethod(usb, &UsbContext::devicesChanged, Qt::QueuedConnection);
    return 0; // stay registered
}

void findEndpoints(const libusb_interface_descriptor &alt, UsbEndpoint *bulkIn, UsbEndpoint *bulkOut,
                   UsbEndpoint *interruptIn, UsbEndpoint *interruptOut)
{
    for (int e = 0; e < alt.bNumEndpoints; ++e) {
        const libusb_endpoint_descriptor &d = alt.endpoint[e];
        const int type = d.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK;
        const bool in = (d.bEndpointAddress & LIBUSB_ENDPOINT_DIR_MASK) == LIBUSB_ENDPOINT_IN;
        UsbEndpoint endpoint{d.bEndpointAddress, type == LIBUSB_TRANSFER_TYPE_INTERRUPT, d.wMaxPacketSize};
        UsbEndpoint *slot = nullptr;
        if (type == LIBUSB_TRANSFER_TYPE_BULK)
            slot = in ? bulkIn : bulkOut;
        else if (type == LIBUSB_TRANSFER_TYPE_INTERRUPT)
            slot = in ? interruptIn : interruptOut;
        if (slot && !*slot) // the first of each kind
            *slot = endpoint;
    }
}

} // namespace

std::unique_ptr<UsbContext> UsbContext::start(QString *error, Watch watch)
{
    libusb_context *context = nullptr;
    if (const int rc = libusb_init(&context); rc != LIBUSB_SUCCESS) {
        *error = QStringLiteral("libusb cannot start: %1").arg(usbError(rc));
        return nullptr;
    }
    std::unique_ptr<UsbContext> usb(new UsbContext(context, watch));
    return usb;
}

UsbContext::UsbContext(libusb_context *context, Watch watch)
    : m_context(context)
    , m_claims(std::make_shared<Claims>())
{
    if (watch == Watch::Hotplug && libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) {
        const int rc = libusb_hotplug_register_callback(
            m_context, LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT, LIBUSB_HOTPLUG_NO_FLAGS,
            LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, onHotplug, this,
            &m_hotplugHandle);
        m_hotplug = rc == LIBUSB_SUCCESS;
        if (!m_hotplug)
            qCWarning(lcUsb) << "USB hotplug unavailable:" << usbError(rc) << "- rescanning every"
                             << RescanIntervalMs << "ms";
    }
    if (!m_hotplug) {
        m_lastSeen = deviceKeys(devices());
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &UsbContext::rescan);
        timer->start(RescanIntervalMs);
    }
    m_eventThread = std::thread([this] { runEvents(); });
}

UsbContext::~UsbContext()
{
    const QObjectList drivers = children(); // a copy: each delete edits the list
    qDeleteAll(drivers);
    m_stopping = true;
    if (m_hotplug)
        libusb_hotplug_deregister_callback(m_context, m_hotplugHandle);
    libusb_interrupt_event_handler(m_context);
    m_eventThread.join();
    libusb_exit(m_context);
}

void UsbContext::runEvents()
{
    while (!m_stopping) {
        timeval timeout{0, 250 * 1000};
        const int rc = libusb_handle_events_timeout_completed(m_context, &timeout, nullptr);
        if (rc != LIBUSB_SUCCESS && rc != LIBUSB_ERROR_INTERRUPTED) {
            qCWarning(lcUsb) << "USB event handling:" << usbError(rc);
            std::this_thread::sleep_for(std::chrono::milliseconds(100)); // never spin on a persistent error
        }
    }
}

void UsbContext::rescan()
{
    const QStringList seen = deviceKeys(devices());
    if (seen == m_lastSeen)
        return;
    m_lastSeen = seen;
    Q_EMIT devicesChanged();
}

QList<UsbDeviceSeen> UsbContext::devices() const
{
    return enumerateUsbDevices(m_context);
}

std::unique_ptr<UsbLink> UsbContext::claim(const UsbDeviceSeen &seen, int interfaceNumber, QString *error)
{
    const QString key = claimKey(seen.bus, seen.address, interfaceNumber);
    {
        std::lock_guard lock(m_claims->mutex);
        if (m_claims->held.contains(key)) {
            *error = QStringLiteral("interface already claimed by another driver");
            return nullptr;
        }
        m_claims->held.insert(key);
    }
    std::unique_ptr<UsbLink> link(new UsbLink);
    link->m_giveBackClaim = [claims = m_claims, key] {
        std::lock_guard lock(claims->mutex);
        claims->held.remove(key);
    };
    link->m_interface = interfaceNumber;
    link->m_where = QStringLiteral("%1:%2 #%3")
                        .arg(seen.bus, 3, 10, QLatin1Char('0'))
                        .arg(seen.address, 3, 10, QLatin1Char('0'))
                        .arg(interfaceNumber);

    libusb_device **list = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &list);
    libusb_device *device = nullptr;
    for (ssize_t i = 0; i < count; ++i) {
        if (libusb_get_bus_number(list[i]) == seen.bus && libusb_get_device_address(list[i]) == seen.address)
            device = list[i];
    }
    int rc = LIBUSB_ERROR_NO_DEVICE;
    if (device) {
        rc = libusb_open(device, &link->m_handle);
        libusb_config_descriptor *config = nullptr;
        if (rc == LIBUSB_SUCCESS && libusb_get_active_config_descriptor(device, &config) == LIBUSB_SUCCESS) {
            for (int n = 0; n < config->bNumInterfaces; ++n) {
                const libusb_interface &interface = config->interface[n];
                if (interface.num_altsetting > 0 && interface.altsetting[0].bInterfaceNumber == interfaceNumber)
                    findEndpoints(interface.altsetting[0], &link->m_bulkIn, &link->m_bulkOut, &link->m_interruptIn,
                                  &link->m_interruptOut);
            }
            libusb_free_config_descriptor(config);
        }
    }
    if (count >= 0)
        libusb_free_device_list(list, 1);
    if (rc != LIBUSB_SUCCESS) {
        *error = QStringLiteral("cannot open %1: %2").arg(link->m_where, usbError(rc));
        if (rc == LIBUSB_ERROR_ACCESS)
            *error += QStringLiteral(" (no permission: install the rules from linli-kiosk --udev-rules)");
        return nullptr; // the link's destructor gives the claim back
    }
    // usbhid or usblp may hold the interface: keystrokes from a wedge scanner
    // must not reach the UI as typing, and usblp would fight us for the printer.
    if (libusb_kernel_driver_active(link->m_handle, interfaceNumber) == 1) {
        rc = libusb_detach_kernel_driver(link->m_handle, interfaceNumber);
        if (rc != LIBUSB_SUCCESS) {
            *error = QStringLiteral("cannot detach the kernel driver from %1: %2").arg(link->m_where, usbError(rc));
            return nullptr;
        }
        link->m_reattachKernelDriver = true;
    }
    rc = libusb_claim_interface(link->m_handle, interfaceNumber);
    if (rc != LIBUSB_SUCCESS) {
        *error = QStringLiteral("cannot claim %1: %2").arg(link->m_where, usbError(rc));
        return nullptr;
    }
    link->m_claimed = true;
    qCInfo(lcUsb) << "claimed" << link->m_where;
    return link;
}

} // namespace linli
