#pragma once

// A USB device emulated by umockdev for in-process driver tests: the
// description (descriptors, sysfs) comes from a .umockdev file, and this class
// answers the usbfs ioctls libusb sends to its node, so the driver under test
// runs through real libusb. The test runs under umockdev-wrapper.
//
// ioctls are served on umockdev's own thread; everything here is guarded by
// one mutex, including the device model callback.

#include <umockdev.h> // before any Qt header: Qt's `signals` macro breaks gio's headers

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <functional>
#include <mutex>

class EmulatedUsbDevice
{
public:
    // Adds the device described in `file` to the testbed and answers for its node.
    EmulatedUsbDevice(UMockdevTestbed *testbed, const QString &file);
    ~EmulatedUsbDevice();

    // The device's side of an OUT transfer: returns how many bytes it takes.
    // Fewer than offered leaves the transfer hanging (a device that stopped
    // taking data) until the host gives up on it; a negative number halts the
    // endpoint (EPIPE) until the host clears it.
    using OutHandler = std::function<qsizetype(quint8 endpoint, const QByteArray &data)>;
    void setOutHandler(OutHandler handler);

    // Data for the next IN transfer on endpoint (one transfer per call).
    void queueIn(quint8 endpoint, const QByteArray &data);
    // Every byte the host wrote to an OUT endpoint and the device took.
    QByteArray received(quint8 endpoint) const;

    // Cable pulled: every later ioctl fails with ENODEV.
    void unplug();
    // Plugs it back: the device reappears (uevent) for hotplug.
    void replug();

    // A kernel driver (usbhid, usblp) bound to interface 0 at start.
    void setKernelDriver(const QString &name);
    bool kernelDriverBound() const;
    int claimedInterfaces() const;
    // Another program holds the device: claiming an interface fails (EBUSY).
    void setClaimRefused(bool refused);
    int haltsCleared() const;

    // Runs f under the device's lock (to change the model's state safely).
    void locked(const std::function<void()> &f);

private:
    struct Urb
    {
        UMockdevIoctlData *urb;    // resolved usbdevfs_urb
        UMockdevIoctlData *buffer; // resolved transfer buffer
        quint8 endpoint;
        int taken = 0;             // OUT: bytes the device took so far
    };

    static gboolean onIoctl(UMockdevIoctlBase *handler, UMockdevIoctlClient *client, gpointer self);
    bool serve(UMockdevIoctlBase *handler, UMockdevIoctlClient *client);
    void fillWaitingInUrbs();
    void complete(Urb urb, int status, int actualLength);

    UMockdevTestbed *m_testbed;
    QList<UMockdevIoctlBase *> m_handlers; // one per plug-in; the last answers
    QString m_sysPath, m_node, m_description;

    mutable std::recursive_mutex m_mutex;
    OutHandler m_outHandler;
    QHash<quint8, std::deque<QByteArray>> m_inQueues;
    QHash<quint8, QByteArray> m_received;
    QList<Urb> m_pending;   // submitted, not finished
    std::deque<Urb> m_done; // finished, not reaped
    bool m_unplugged = false;
    QString m_kernelDriver;
    bool m_kernelDriverBound = false;
    int m_claimed = 0;
    bool m_claimRefused = false;
    bool m_outHalted = false;
    int m_haltsCleared = 0;
};

// A receipt printer behind an emulated device: it answers DLE EOT from its
// status bytes and takes job bytes while it has paper and room (`budget`,
// -1 for no limit). Change its fields inside device.locked().
struct EmulatedPrinterModel
{
    QByteArray job;                        // job bytes taken, without the status requests
    quint8 status[3] = {0x12, 0x12, 0x12}; // answers to DLE EOT 1, 2 and 4
    qsizetype budget = -1;
    int unansweredRequests = 0; // status requests left unanswered first (warming up)
    int haltingChunks = 0;      // job transfers that halt the endpoint first

    void setStatus(quint8 printer, quint8 offlineCause, quint8 rollPaper)
    {
        status[0] = printer;
        status[1] = offlineCause;
        status[2] = rollPaper;
    }
    void paperOut() { setStatus(0x1A, 0x32, 0x72); } // offline, stopped by paper end, roll empty
    void ready() { setStatus(0x12, 0x12, 0x12); }

    void install(EmulatedUsbDevice &device)
    {
        device.setOutHandler([this, &device](quint8, const QByteArray &data) -> qsizetype {
            if (data.size() == 3 && data.startsWith("\x10\x04")) {
                const int n = data[2];
                if (unansweredRequests > 0) {
                    --unansweredRequests;
                    return 3;
                }
                device.queueIn(0x81, QByteArray(1, char(status[n == 1 ? 0 : n == 2 ? 1 : 2])));
                return 3;
            }
            if (haltingChunks > 0) {
                --haltingChunks;
                return -1;
            }
            const qsizetype taken = budget < 0 ? data.size() : qMin(budget, data.size());
            if (budget >= 0)
                budget -= taken;
            job += data.left(taken);
            return taken;
        });
    }
};
