#pragma once

// Scanners in USB serial mode (CDC ACM): the symbol arrives as bytes on the
// data interface's bulk IN endpoint, ended by CR, LF or CR LF, or by a pause
// for scanners configured without a suffix. Pure bytes in, text out; the
// transport reads the endpoint and owns the pause timer.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace linli {

// A symbol longer than MaxSymbolBytes, with a control byte (other than its
// terminator), not valid UTF-8 or with C1 controls is dropped with a warning, and so is
// the rest of it up to its terminator or pause: a tail is never handed out as
// if it were a whole symbol.
class SerialSymbolDecoder
{
public:
    static constexpr qsizetype MaxSymbolBytes = 4096;

    // Feeds one transfer; returns the symbols its terminators completed.
    QStringList feed(const QByteArray &bytes);
    // The pause expired: what came so far is a symbol. Also ends the
    // skipping after a dropped symbol.
    QStringList flush();
    // True while bytes wait for a terminator, or a dropped symbol's rest is
    // being skipped: the caller (re)arms its pause timer then.
    bool hasPendingInput() const { return m_skipping || !m_pending.isEmpty(); }

private:
    void complete(QStringList *symbols);
    void drop(const char *why);

    QByteArray m_pending;
    bool m_skipping = false;
};

} // namespace linli
