#pragma once

// What every fuzz target shares: a property check that aborts with a message
// (libFuzzer and the replay runner both catch abort()), quiet logging, a
// reader that cuts the fuzzer's bytes into the pieces a target feeds, and an
// independent strict UTF-8 check to compare the parsers against.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace linli::fuzz {

[[noreturn]] void fail(const char *file, int line, const char *condition, const QString &detail);

// Turns the parsers' warnings off (every malformed input logs one) once per process.
void quiet();

// The fuzzer's bytes, read front to back; reading past the end gives zeros / less.
class Input
{
public:
    Input(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}
    bool atEnd() const { return m_at >= m_size; }
    size_t left() const { return m_size - m_at; }
    quint8 byte() { return atEnd() ? 0 : m_data[m_at++]; }
    QByteArray bytes(size_t n);
    QByteArray rest() { return bytes(left()); }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

// Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
// U+10FFFF), written apart from Qt's decoder so that it can check it.
bool isStrictUtf8(const QByteArray &bytes);

// No C0 control, DEL or C1 control (Unicode category Cc).
bool hasNoControls(const QString &text);

} // namespace linli::fuzz

// Fails the run with the condition, where it is and what was seen.
#define FUZZ_CHECK(condition, detail)                                                     \
    do {                                                                                  \
        if (!(condition))                                                                 \
            ::linli::fuzz::fail(__FILE__, __LINE__, #condition, (detail));                \
    } while (false)
