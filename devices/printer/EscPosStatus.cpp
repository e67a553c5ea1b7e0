#include "EscPosStatus.h"

namespace linli::escpos {

QByteArray statusRequest(StatusQuery query)
{
    return QByteArray("\x10\x04", 2) + char(query);
}

bool isStatusByte(quint8 byte)
{
    return (byte & 0x93) == 0x12;
}

std::optional<DeviceStatus::State> interpretStatus(quint8 printer, quint8 offlineCause, quint8 rollPaper)
{
    if (!isStatusByte(printer) || !isStatusByte(offlineCause) || !isStatusByte(rollPaper))
        return std::nullopt;
    if (offlineCause & 0x04)
        return DeviceStatus::CoverOpen;
    if ((rollPaper & 0x60) || (offlineCause & 0x20))
        return DeviceStatus::PaperOut;
    if ((offlineCause & 0x40) || (printer & 0x08))
        return DeviceStatus::Error;
    if (rollPaper & 0x0C)
        return DeviceStatus::PaperNearEnd;
    return DeviceStatus::Ready;
}

} // namespace linli::escpos
