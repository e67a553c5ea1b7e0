#pragma once

// One claimed USB interface: its endpoints and blocking transfers with
// timeouts, for a driver's I/O thread (never the GUI thread). Closing it
// releases the interface and gives it back to the kernel driver that held it.

#include <QByteArray>
#include <QString>

#include <functional>

struct libusb_device_handle;

namespace linli {

enum class UsbResult {
    Ok,
    Timeout, // nothing (more) moved in time; a write may have moved part
    Gone,    // unplugged: the link is dead, close it
    Failed,  // stall, overflow or another transfer error
};

struct UsbEndpoint
{
    quint8 address = 0; // 0: the interface has no such endpoint
    bool interrupt = false;
    int maxPacketSize = 0;
    explicit operator bool() const { return address != 0; }
};

class UsbLink
{
public:
    ~UsbLink();
    UsbLink(const UsbLink &) = delete;
    UsbLink &operator=(const UsbLink &) = delete;

    // "001:004 #0", for log lines.
    QString where() const { return m_where; }

    UsbEndpoint bulkIn() const { return m_bulkIn; }
    UsbEndpoint bulkOut() const { return m_bulkOut; }
    UsbEndpoint interruptIn() const { return m_interruptIn; }
    UsbEndpoint interruptOut() const { return m_interruptOut; }

    // Writes all of bytes to an OUT endpoint; *written says how many went out,
    // also when the result is not Ok. A halted endpoint is cleared after its
    // Failed, so the next transfer can go through.
    UsbResult write(const UsbEndpoint &endpoint, const QByteArray &bytes, int timeoutMs, qsizetype *written);
    // Reads one transfer (up to maxSize bytes) from an IN endpoint. Bytes that
    // came just as the timeout struck count: the result is Ok then.
    UsbResult read(const UsbEndpoint &endpoint, QByteArray *bytes, int maxSize, int timeoutMs);

private:
    friend class UsbContext;
    void reportError(const UsbEndpoint &endpoint, const char *what, int rc);
    UsbLink() = default;

    libusb_device_handle *m_handle = nullptr;
    int m_interface = 0;
    bool m_claimed = false;
    bool m_reattachKernelDriver = false;
    QString m_where;
    std::function<void()> m_giveBackClaim; // to the context's list of claimed interfaces
    UsbEndpoint m_bulkIn, m_bulkOut, m_interruptIn, m_interruptOut;
};

} // namespace linli
