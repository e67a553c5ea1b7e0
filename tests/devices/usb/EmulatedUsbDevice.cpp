#include "EmulatedUsbDevice.h"

#include <QFile>
#include <QRegularExpression>

#include <linux/usbdevice_fs.h>
#include <sys/ioctl.h>

#include <cerrno>
#include <cstddef>
#include <cstring>

namespace {

QString capture(const QString &text, const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::MultilineOption)
        .match(text)
        .captured(1);
}

// Holds a reference of our own: the data must outlive the ioctl that resolved
// it. Never given back (a test's few URBs), as the ownership of what resolve()
// returns is not documented.
UMockdevIoctlData *resolve(UMockdevIoctlData *data, gsize offset, gsize length)
{
    GError *error = nullptr;
    UMockdevIoctlData *resolved = umockdev_ioctl_data_resolve(data, offset, length, &error);
    if (error) {
        qWarning("umockdev cannot resolve ioctl data: %s", error->message);
        g_error_free(error);
        return nullptr;
    }
    if (resolved)
        g_object_ref(resolved);
    return resolved;
}

usbdevfs_urb *urbOf(UMockdevIoctlData *data)
{
    return reinterpret_cast<usbdevfs_urb *>(data->data);
}

} // namespace

EmulatedUsbDevice::EmulatedUsbDevice(UMockdevTestbed *testbed, const QString &file)
    : m_testbed(testbed)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    m_description = QString::fromUtf8(f.readAll());
    m_sysPath = QStringLiteral("/sys") + capture(m_description, "^P: (\\S+)");
    m_node = QStringLiteral("/dev/") + capture(m_description, "^N: ([^=\\s]+)");
    replug();
}

EmulatedUsbDevice::~EmulatedUsbDevice()
{
    umockdev_testbed_detach_ioctl(m_testbed, m_node.toUtf8().constData(), nullptr);
    for (UMockdevIoctlBase *handler : std::as_const(m_handlers)) {
        g_signal_handlers_disconnect_by_data(handler, this); // old fds may outlive this object
        g_object_unref(handler);
    }
}

void EmulatedUsbDevice::replug()
{
    {
        std::lock_guard lock(m_mutex);
        m_unplugged = false;
        m_pending.clear();
        m_done.clear();
        m_inQueues.clear(); // a device plugged in again starts with nothing to say
        m_outHalted = false;
        m_kernelDriverBound = !m_kernelDriver.isEmpty();
        m_claimed = 0;
    }
    if (!m_handlers.isEmpty())
        umockdev_testbed_detach_ioctl(m_testbed, m_node.toUtf8().constData(), nullptr);
    // A new handler for the new device; fds opened on the old one keep the old
    // handler and are answered ENODEV, as the kernel answers a dead fd.
    UMockdevIoctlBase *handler = umockdev_ioctl_base_new();
    g_signal_connect(handler, "handle-ioctl", G_CALLBACK(&EmulatedUsbDevice::onIoctl), this);
    {
        std::lock_guard lock(m_mutex);
        m_handlers.append(handler);
    }
    // The ioctl handler goes on the node before the device exists.
    GError *error = nullptr;
    if (!umockdev_testbed_attach_ioctl(m_testbed, m_node.toUtf8().constData(), handler, &error))
        qFatal("cannot attach ioctl handler to %s: %s", qPrintable(m_node), error ? error->message : "?");
    if (!umockdev_testbed_add_from_string(m_testbed, m_description.toUtf8().constData(), &error))
        qFatal("cannot add device %s: %s", qPrintable(m_node), error ? error->message : "?");
    umockdev_testbed_uevent(m_testbed, m_sysPath.toUtf8().constData(), "add");
}

void EmulatedUsbDevice::unplug()
{
    {
        // As the kernel does: transfers in flight end with ESHUTDOWN and can
        // still be reaped; everything after that fails with ENODEV.
        std::lock_guard lock(m_mutex);
        m_unplugged = true;
        for (const Urb &urb : std::exchange(m_pending, {}))
            complete(urb, -ESHUTDOWN, urb.taken);
    }
    umockdev_testbed_uevent(m_testbed, m_sysPath.toUtf8().constData(), "remove");
    umockdev_testbed_remove_device(m_testbed, m_sysPath.toUtf8().constData());
}

void EmulatedUsbDevice::setOutHandler(OutHandler handler)
{
    std::lock_guard lock(m_mutex);
    m_outHandler = std::move(handler);
}

void EmulatedUsbDevice::queueIn(quint8 endpoint, const QByteArray &data)
{
    std::lock_guard lock(m_mutex);
    m_inQueues[endpoint].push_back(data);
}

QByteArray EmulatedUsbDevice::received(quint8 endpoint) const
{
    std::lock_guard lock(m_mutex);
    return m_received.value(endpoint);
}

void EmulatedUsbDevice::setKernelDriver(const QString &name)
{
    std::lock_guard lock(m_mutex);
    m_kernelDriver = name;
    m_kernelDriverBound = !name.isEmpty();
}

bool EmulatedUsbDevice::kernelDriverBound() const
{
    std::lock_guard lock(m_mutex);
    return m_kernelDriverBound;
}

int EmulatedUsbDevice::claimedInterfaces() const
{
    std::lock_guard lock(m_mutex);
    return m_claimed;
}

void EmulatedUsbDevice::setClaimRefused(bool refused)
{
    std::lock_guard lock(m_mutex);
    m_claimRefused = refused;
}

int EmulatedUsbDevice::haltsCleared() const
{
    std::lock_guard lock(m_mutex);
    return m_haltsCleared;
}

void EmulatedUsbDevice::locked(const std::function<void()> &f)
{
    std::lock_guard lock(m_mutex);
    f();
}

gboolean EmulatedUsbDevice::onIoctl(UMockdevIoctlBase *handler, UMockdevIoctlClient *client, gpointer self)
{
    return static_cast<EmulatedUsbDevice *>(self)->serve(handler, client);
}

void EmulatedUsbDevice::complete(Urb urb, int status, int actualLength)
{
    usbdevfs_urb *u = urbOf(urb.urb);
    u->status = status;
    u->actual_length = actualLength;
    m_done.push_back(urb);
}

// IN transfers waiting for data get it as soon as some is queued.
void EmulatedUsbDevice::fillWaitingInUrbs()
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        std::deque<QByteArray> &queue = m_inQueues[it->endpoint];
        if (!(it->endpoint & 0x80) || queue.empty()) {
            ++it;
            continue;
        }
        const QByteArray data = queue.front();
        queue.pop_front();
        usbdevfs_urb *u = urbOf(it->urb);
        const int length = int(qMin<qsizetype>(data.size(), u->buffer_length));
        if (length > 0)
            std::memcpy(it->buffer->data, data.constData(), size_t(length));
        complete(*it, 0, length);
        it = m_pending.erase(it);
    }
}

bool EmulatedUsbDevice::serve(UMockdevIoctlBase *handler, UMockdevIoctlClient *client)
{
    const gulong request = umockdev_ioctl_client_get_request(client);
    UMockdevIoctlData *arg = umockdev_ioctl_client_get_arg(client);
    std::lock_guard lock(m_mutex);
    if (handler != m_handlers.constLast()) { // an fd of the device as it was before an unplug
        umockdev_ioctl_client_complete(client, -1, ENODEV);
        return true;
    }
    const bool reaping = request == USBDEVFS_REAPURB || request == USBDEVFS_REAPURBNDELAY;
    if (m_unplugged && !(reaping && !m_done.empty())) {
        umockdev_ioctl_client_complete(client, -1, ENODEV);
        return true;
    }
    switch (request) {
    case USBDEVFS_SUBMITURB: {
        UMockdevIoctlData *urbData = resolve(arg, 0, sizeof(usbdevfs_urb));
        if (!urbData) {
            umockdev_ioctl_client_complete(client, -1, EFAULT);
            return true;
        }
        usbdevfs_urb *u = urbOf(urbData);
        UMockdevIoctlData *buffer =
            u->buffer_length > 0 ? resolve(urbData, offsetof(usbdevfs_urb, buffer), gsize(u->buffer_length)) : nullptr;
        Urb urb{urbData, buffer, u->endpoint};
        if (u->type == USBDEVFS_URB_TYPE_CONTROL) {
            complete(urb, -EPIPE, 0); // the emulated devices answer no control requests
        } else if (u->endpoint & 0x80) {
            m_pending.append(urb);
        } else if (m_outHalted) {
            complete(urb, -EPIPE, 0);
        } else {
            const QByteArray data(reinterpret_cast<const char *>(buffer ? buffer->data : nullptr),
                                  buffer ? u->buffer_length : 0);
            qsizetype taken = m_outHandler ? m_outHandler(u->endpoint, data) : data.size();
            if (taken < 0) {
                m_outHalted = true;
                complete(urb, -EPIPE, 0);
                fillWaitingInUrbs();
                umockdev_ioctl_client_complete(client, 0, 0);
                return true;
            }
            taken = qMin(taken, data.size());
            m_received[u->endpoint] += data.left(taken);
            urb.taken = int(taken);
            if (taken == data.size())
                complete(urb, 0, int(taken));
            else
                m_pending.append(urb); // stalled until the host discards it
        }
        fillWaitingInUrbs();
        umockdev_ioctl_client_complete(client, 0, 0);
        return true;
    }
    case USBDEVFS_REAPURB:
    case USBDEVFS_REAPURBNDELAY: {
        fillWaitingInUrbs();
        if (m_done.empty()) {
            umockdev_ioctl_client_complete(client, -1, EAGAIN);
            return true;
        }
        Urb urb = m_done.front();
        m_done.pop_front();
        UMockdevIoctlData *where = resolve(arg, 0, sizeof(void *));
        GError *error = nullptr;
        if (!where || !umockdev_ioctl_data_set_ptr(where, 0, urb.urb)) {
            qWarning("umockdev cannot hand back the URB: %s", error ? error->message : "?");
            umockdev_ioctl_client_complete(client, -1, EFAULT);
            return true;
        }
        umockdev_ioctl_client_complete(client, 0, 0);
        return true;
    }
    case USBDEVFS_DISCARDURB: {
        const gulong address = *reinterpret_cast<gulong *>(arg->data);
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (m_pending[i].urb->client_addr != address)
                continue;
            Urb urb = m_pending.takeAt(i);
            complete(urb, -ENOENT, urb.taken);
            umockdev_ioctl_client_complete(client, 0, 0);
            return true;
        }
        umockdev_ioctl_client_complete(client, -1, EINVAL);
        return true;
    }
    case USBDEVFS_CLEAR_HALT:
        m_outHalted = false;
        ++m_haltsCleared;
        umockdev_ioctl_client_complete(client, 0, 0);
        return true;
    case USBDEVFS_CLAIMINTERFACE:
        if (m_claimRefused) {
            umockdev_ioctl_client_complete(client, -1, EBUSY);
            return true;
        }
        ++m_claimed;
        umockdev_ioctl_client_complete(client, 0, 0);
        return true;
    case USBDEVFS_RELEASEINTERFACE:
        --m_claimed;
        umockdev_ioctl_client_complete(client, 0, 0);
        return true;
    case USBDEVFS_GETDRIVER: {
        UMockdevIoctlData *data = resolve(arg, 0, sizeof(usbdevfs_getdriver));
        if (!data || !m_kernelDriverBound) {
            umockdev_ioctl_client_complete(client, -1, ENODATA);
            return true;
        }
        auto *getDriver = reinterpret_cast<usbdevfs_getdriver *>(data->data);
        qstrncpy(getDriver->driver, m_kernelDriver.toLatin1().constData(), sizeof(getDriver->driver));
        umockdev_ioctl_client_complete(client, 0, 0);
        return true;
    }
    case USBDEVFS_IOCTL: {
        UMockdevIoctlData *data = resolve(arg, 0, sizeof(usbdevfs_ioctl));
        const int code = data ? reinterpret_cast<usbdevfs_ioctl *>(data->data)->ioctl_code : 0;
        if (code == int(USBDEVFS_DISCONNECT) && m_kernelDriverBound) {
            m_kernelDriverBound = false;
            umockdev_ioctl_client_complete(client, 0, 0);
        } else if (code == int(USBDEVFS_CONNECT) && !m_kernelDriver.isEmpty()) {
            m_kernelDriverBound = true;
            umockdev_ioctl_client_complete(client, 0, 0);
        } else {
            umockdev_ioctl_client_complete(client, -1, ENODATA);
        }
        return true;
    }
    default:
        umockdev_ioctl_client_complete(client, -1, ENOTTY);
        return true;
    }
}
