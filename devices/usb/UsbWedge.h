#pragma once

// What the scanner and card reader drivers share; not part of the device API.
// Both drive keyboard-wedge devices (scanners type symbols, RFID readers card
// numbers), and all their read loops keep the same timings.

#include <QString>

#include <functional>

namespace linli {

class UsbIoThread;

// How long one read waits before the loop looks at stopping() again.
inline constexpr int ReadTimeoutMs = 250;
// After a transfer error, so a sick device cannot make us spin.
inline constexpr int ErrorPauseMs = 200;

// Called on the I/O thread with each symbol read.
using Symbol = std::function<void(const QString &text)>;

// Keyboard-wedge devices: boot keyboard reports until Enter or a pause of gapMs.
void runWedge(UsbIoThread &io, int gapMs, const Symbol &symbol);

} // namespace linli
