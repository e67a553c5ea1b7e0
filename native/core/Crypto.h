#pragma once

#include <QByteArray>
#include <QString>

namespace linli::crypto {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
// Compares without an early exit, so timing does not reveal how many bytes match.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
// RFC 4648 base32 without padding: upper-case letters and digits only, which
// QR codes store in their compact alphanumeric mode.
QString base32(const QByteArray &bytes);
QByteArray randomBytes(int count);

inline constexpr int kPinIterations = 120000;
QByteArray pbkdf2Sha256(const QString &pin, const QByteArray &salt, int iterations);

} // namespace linli::crypto
