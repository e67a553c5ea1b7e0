#include "SerialScanner.h"

#include "ProtocolLogging.h"

#include <QStringDecoder>

#include <algorithm>

namespace linli {

QStringList SerialSymbolDecoder::feed(const QByteArray &bytes)
{
    QStringList symbols;
    for (const char c : bytes) {
        if (c == '\r' || c == '\n') {
            if (std::exchange(m_skipping, false))
                continue; // the dropped symbol's rest ends here
            complete(&symbols); // an empty "symbol" (the LF of CR LF) gives nothing
            continue;
        }
        if (m_skipping)
            continue;
        if (quint8(c) < 0x20 || c == 0x7F) {
            drop("a control byte");
            continue;
        }
        if (m_pending.size() >= MaxSymbolBytes) {
            drop("an overlong symbol");
            continue;
        }
        m_pending += c;
    }
    return symbols;
}

QStringList SerialSymbolDecoder::flush()
{
    QStringList symbols;
    m_skipping = false;
    complete(&symbols);
    return symbols;
}

void SerialSymbolDecoder::complete(QStringList *symbols)
{
    if (m_pending.isEmpty())
        return;
    // A leading byte-order mark is kept as a character: a symbol is exactly
    // what the scanner sent, and never empty.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = utf8.decode(std::exchange(m_pending, QByteArray()));
    if (utf8.hasError()) {
        qCWarning(lcHid) << "serial scanner: dropped a symbol that is not UTF-8";
        return;
    }
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x80 && c.unicode() <= 0x9F; })) {
        qCWarning(lcHid) << "serial scanner: dropped a symbol with C1 control characters";
        return;
    }
    symbols->append(text);
}

void SerialSymbolDecoder::drop(const char *why)
{
    qCWarning(lcHid) << "serial scanner: dropped a symbol with" << why;
    m_pending.clear();
    m_skipping = true;
}

} // namespace linli
