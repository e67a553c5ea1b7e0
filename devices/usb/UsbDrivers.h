#pragma once

// The real drivers behind the three device contracts. Each one waits for a
// USB interface it can drive (hotplug), claims it, runs its I/O thread on it,
// and goes Offline and back to waiting when the device is unplugged.
//
//  - UsbReceiptPrinter: ESC/POS over bulk OUT in chunks, DLE EOT status over
//    bulk IN where the printer answers.
//  - UsbScanner: keyboard-wedge scanners (boot keyboard reports), HID POS
//    scanners (the whole symbol in one report) and scanners in USB serial
//    mode (bytes on the CDC data interface).
//  - UsbCardReader: CCID contactless readers (UID by GET DATA) and
//    keyboard-wedge RFID readers (they type the card number).

#include "Devices.h"
#include "UsbInventory.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace linli {

class UsbContext;
class UsbIoThread;
class UsbLink;
class UsbPrinterSession;

// Finds, claims and keeps one interface of the given kinds for a driver.
class UsbAttachment : public QObject
{
    Q_OBJECT
public:
    // Builds the I/O thread for a claimed interface; ended() must be called
    // (from any thread) when its loop is over.
    using Start = std::function<std::unique_ptr<UsbIoThread>(std::unique_ptr<UsbLink> link, const UsbMatch &match,
                                                             std::function<void()> ended)>;

    UsbAttachment(UsbContext *usb, QList<UsbDriverKind> kinds, Start start, QObject *parent);
    ~UsbAttachment() override;

    // The I/O thread of the claimed interface, or nullptr while waiting for one.
    UsbIoThread *io() const { return m_io.get(); }
    // Looks for a device now (also done on every hotplug event).
    void attach();

Q_SIGNALS:
    void attached();
    void detached();

private:
    void onEnded();
    bool hasNamedDevice(const QList<UsbDeviceSeen> &devices) const;

    UsbContext *m_usb;
    QList<UsbDriverKind> m_kinds;
    Start m_start;
    std::unique_ptr<UsbIoThread> m_io;
    int m_bus = 0, m_address = 0;
    bool m_heldByVendor = false; // the held interface matched a vendor row, not a class row
};

class UsbReceiptPrinter : public ReceiptPrinter
{
    Q_OBJECT
public:
    // Bytes per bulk transfer, and how long one may take before the printer
    // counts as stalled (paper out, cover open).
    static constexpr int ChunkSize = 4096;
    static constexpr int WriteTimeoutMs = 3000;

    explicit UsbReceiptPrinter(UsbContext *usb, QObject *parent = nullptr);
    ~UsbReceiptPrinter() override;
    QString name() const override;
    void print(qint64 jobId, const QByteArray &escPos) override;

private:
    void finishJob(qint64 jobId, std::optional<DeviceStatus::State> failure);

    UsbAttachment *m_attachment;
    std::shared_ptr<UsbPrinterSession> m_session; // of the attached printer
    QList<qint64> m_jobsInFlight; // handed to the I/O thread, not answered yet
};

// A scanner or reader configured without Enter (or CR) ends a symbol by
// pausing this long. Tests that are not about the pause pass a longer one, so
// a busy machine cannot cut their symbols in two.
inline constexpr int DefaultSymbolGapMs = 100;

class UsbScanner : public QrScanner
{
    Q_OBJECT
public:
    explicit UsbScanner(UsbContext *usb, QObject *parent = nullptr, int symbolGapMs = DefaultSymbolGapMs);
    ~UsbScanner() override;
    QString name() const override;

private:
    UsbAttachment *m_attachment;
};

class UsbCardReader : public CardReader
{
    Q_OBJECT
public:
    explicit UsbCardReader(UsbContext *usb, QObject *parent = nullptr, int symbolGapMs = DefaultSymbolGapMs);
    ~UsbCardReader() override;
    QString name() const override;

private:
    UsbAttachment *m_attachment;
};

} // namespace linli
