#pragma once

// The device contracts. Every call is asynchronous and every device has a
// status the UI shows; real USB drivers and simulators implement the same
// three classes, so services never know which one they talk to.

#include <QByteArray>
#include <QObject>
#include <QString>

namespace linli {

namespace DeviceStatus {
Q_NAMESPACE
enum State {
    Ready,
    Offline,      // not plugged in, or unplugged
    Busy,         // working on a job
    PaperNearEnd, // printer: still prints, paper roll almost done
    PaperOut,
    CoverOpen,
    Error         // anything else the device reported
};
Q_ENUM_NS(State)
} // namespace DeviceStatus

class Device : public QObject
{
    Q_OBJECT
    Q_PROPERTY(linli::DeviceStatus::State status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString name READ name CONSTANT)
public:
    using QObject::QObject;
    DeviceStatus::State status() const { return m_status; }
    virtual QString name() const = 0;

Q_SIGNALS:
    void statusChanged(linli::DeviceStatus::State status);

protected:
    void setStatus(DeviceStatus::State status);

private:
    DeviceStatus::State m_status = DeviceStatus::Offline;
};

// QR and barcode scanners: keyboard-wedge, HID POS, serial or a camera.
class QrScanner : public Device
{
    Q_OBJECT
public:
    using Device::Device;
Q_SIGNALS:
    void scanned(const QString &text);
};

// Card readers: cardTapped() carries the card's raw UID bytes.
class CardReader : public Device
{
    Q_OBJECT
public:
    using Device::Device;
Q_SIGNALS:
    void cardTapped(const QByteArray &uid);
};

// ESC/POS receipt printers. print() returns at once; exactly one of printed()
// or failed() follows for every job id.
class ReceiptPrinter : public Device
{
    Q_OBJECT
public:
    using Device::Device;
    virtual void print(qint64 jobId, const QByteArray &escPos) = 0;
Q_SIGNALS:
    void printed(qint64 jobId);
    void failed(qint64 jobId, linli::DeviceStatus::State reason);
};

} // namespace linli
