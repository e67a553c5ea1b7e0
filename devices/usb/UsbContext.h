#pragma once

// The kiosk's one libusb context. Its events are handled on a thread of its
// own; hotplug (or, where libusb has none, a rescan every few seconds) tells
// the drivers when to look for their device again. Drivers claim interfaces
// through claim(), which hands each interface to one driver at a time.

#include "UsbInventory.h"

#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

struct libusb_context;

namespace linli {

class UsbLink;

class UsbContext : public QObject
{
    Q_OBJECT
public:
    enum class Watch {
        Hotplug, // libusb's hotplug callbacks, or a rescan where it has none
        Rescan,  // always the rescan (tests of that fallback)
    };

    // nullptr (and *error) when libusb cannot start.
    static std::unique_ptr<UsbContext> start(QString *error, Watch watch = Watch::Hotplug);
    // Drivers made with this context as their parent are deleted first: their
    // I/O threads end before libusb does.
    ~UsbContext() override;

    // Every device libusb knows now, with the driver each interface matches.
    QList<UsbDeviceSeen> devices() const;

    // Opens the device at bus/address and claims one interface, detaching a
    // kernel driver that holds it. nullptr (and *error) when the device is
    // gone, cannot be opened (permissions: see the udev rules), or another
    // driver of ours holds that interface.
    std::unique_ptr<UsbLink> claim(const UsbDeviceSeen &device, int interfaceNumber, QString *error);

    bool hasHotplug() const { return m_hotplug; }

Q_SIGNALS:
    // A device arrived or left (hotplug), or the rescan saw a difference.
    // Delivered on the context's own (GUI) thread.
    void devicesChanged();

private:
    UsbContext(libusb_context *context, Watch watch);
    void runEvents();
    void rescan();

    libusb_context *m_context;
    bool m_hotplug = false;
    int m_hotplugHandle = 0;
    std::atomic<bool> m_stopping{false};
    std::thread m_eventThread;
    QStringList m_lastSeen; // for the rescan fallback

    // Interfaces claimed by a UsbLink, "bus:address:interface"; shared with
    // the links, which give theirs back when they close.
    struct Claims
    {
        std::mutex mutex;
        QSet<QString> held;
    };
    std::shared_ptr<Claims> m_claims;
    friend class UsbLink;
};

} // namespace linli
