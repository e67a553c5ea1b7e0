#include "UsbLink.h"

#include "ProtocolLogging.h"

#include <libusb.h>

namespace linli {

namespace {

UsbResult resultOf(int rc)
{
    switch (rc) {
    case LIBUSB_SUCCESS:
        return UsbResult::Ok;
    case LIBUSB_ERROR_TIMEOUT:
        return UsbResult::Timeout;
    case LIBUSB_ERROR_NO_DEVICE:
        return UsbResult::Gone;
    default:
        return UsbResult::Failed;
    }
}

} // namespace

UsbLink::~UsbLink()
{
    if (m_handle) {
        if (m_claimed)
            libusb_release_interface(m_handle, m_interface);
        if (m_reattachKernelDriver)
            libusb_attach_kernel_driver(m_handle, m_interface);
        libusb_close(m_handle);
        qCInfo(lcUsb) << "let go of" << m_where;
    }
    if (m_giveBackClaim)
        m_giveBackClaim();
}

UsbResult UsbLink::write(const UsbEndpoint &endpoint, const QByteArray &bytes, int timeoutMs, qsizetype *written)
{
    *written = 0;
    while (*written < bytes.size()) {
        auto *data = reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.constData())) + *written;
        const int length = int(bytes.size() - *written);
        int moved = 0;
        const int rc = endpoint.interrupt
                           ? libusb_interrupt_transfer(m_handle, endpoint.address, data, length, &moved, timeoutMs)
                           : libusb_bulk_transfer(m_handle, endpoint.address, data, length, &moved, timeoutMs);
        *written += moved;
        if (rc != LIBUSB_SUCCESS) {
            reportError(endpoint, "write to", rc);
            return resultOf(rc);
        }
    }
    return UsbResult::Ok;
}

UsbResult UsbLink::read(const UsbEndpoint &endpoint, QByteArray *bytes, int maxSize, int timeoutMs)
{
    bytes->resize(maxSize);
    int moved = 0;
    auto *data = reinterpret_cast<unsigned char *>(bytes->data());
    const int rc = endpoint.interrupt
                       ? libusb_interrupt_transfer(m_handle, endpoint.address, data, maxSize, &moved, timeoutMs)
                       : libusb_bulk_transfer(m_handle, endpoint.address, data, maxSize, &moved, timeoutMs);
    bytes->resize(moved);
    if (rc == LIBUSB_ERROR_TIMEOUT && moved > 0)
        return UsbResult::Ok; // what arrived before the timeout is kept, not lost
    reportError(endpoint, "read from", rc);
    return resultOf(rc);
}

void UsbLink::reportError(const UsbEndpoint &endpoint, const char *what, int rc)
{
    if (rc == LIBUSB_SUCCESS || rc == LIBUSB_ERROR_TIMEOUT)
        return;
    qCWarning(lcUsb) << m_where << what << "endpoint" << Qt::hex << endpoint.address << Qt::dec
                     << "failed:" << libusb_error_name(rc);
    // A stalled (halted) endpoint stays halted until the host clears it.
    if (rc == LIBUSB_ERROR_PIPE)
        libusb_clear_halt(m_handle, endpoint.address);
}

} // namespace linli
