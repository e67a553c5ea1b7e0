#pragma once

#include "Clock.h"

#include <QDate>
#include <QObject>
#include <QString>

namespace linli {

class Outbox;

class Database;

// What a scan or a card tap turned out to be. Shared by the services, the
// kiosk controller and QML (as Identity.Driver, Identity.Forged, ...).
namespace Identity {
Q_NAMESPACE

// ItemLabel: not a person but a Shared House thing, by its signed label or a
// book's ISBN barcode (IdentifiedPerson::itemId or ::isbn says which).
enum Kind { Nobody, Resident, Driver, Staff, UnknownCard, InvalidCode, ItemLabel };
Q_ENUM_NS(Kind)

enum Problem {
    NoProblem,
    NotOurs,       // a QR code from somewhere else (a shop, a payment app)
    Malformed,     // ours by its prefix, but truncated or mangled
    Forged,        // right shape, wrong signature: altered or made up
    FutureDated,   // signed for a day that has not come
    UnknownPerson, // genuine, but the person is no longer registered
    StorageError,  // the database could not answer
    RevokedCode,   // genuine, but staff issued the person a newer one
    LostCard       // a card its holder reported lost
};
Q_ENUM_NS(Problem)
} // namespace Identity

struct IdentifiedPerson
{
    Identity::Kind kind = Identity::Nobody;
    Identity::Problem problem = Identity::NoProblem;
    qint64 personId = 0;
    QString fullName;
    QString maskedName; // what the public screen may show
    int age = -1;       // residents only, on the day they were identified
    QDate birthDate;    // residents only: rules count age on the day of the order
    bool mobilityImpaired = false;
    bool deliveryEnabled = false;
    QString staffRole;
    bool pinPending = false; // staff who have not chosen their PIN yet
    qint64 itemId = 0; // ItemLabel from a label
    QString isbn;      // ItemLabel from a book's barcode

    bool isPerson() const { return kind == Identity::Resident || kind == Identity::Driver || kind == Identity::Staff; }
};

// 张*华: the first and last character stay, the middle is hidden; a two
// character name keeps its first.
QString maskName(const QString &name);
// A book's ISBN barcode (EAN-13 starting 978 or 979, its check digit right).
bool isIsbn(const QString &text);
// Full years on `day`: someone born on 1966-11-27 is 60 on 2026-11-27.
int ageOn(const QDate &birthDate, const QDate &day);

// Signed QR tokens: "LL1:<type>:<id>:<yyyyMMdd>:<signature>", upper-case so a
// QR code stores them in alphanumeric mode (about 45 characters, QR version 3).
// A person's reissued code carries its generation after the id,
// "LL1:R:12:2:20261202:<signature>"; the first generation keeps the short
// form, so codes printed before reissuing existed stay good.
class TokenCodec
{
public:
    enum class Type : char { Resident = 'R', Driver = 'D', Visit = 'V', Item = 'I' };

    struct Decoded
    {
        Identity::Problem problem = Identity::NoProblem;
        Type type = Type::Resident;
        qint64 id = 0;
        int generation = 1;
        QDate issuedOn;
    };

    explicit TokenCodec(const QByteArray &installationSecret);
    QString issue(Type type, qint64 id, const QDate &issuedOn, int generation = 1) const;
    Decoded decode(const QString &text, const QDate &today) const;

private:
    QString signatureFor(const QString &signedPart) const;
    QByteArray m_key;
};

// What a scanned text is before anyone is looked up: a book's ISBN or a
// thing's label (kind ItemLabel), a person's code (kind Resident or Driver,
// with personId and the code's generation), or a refusal (InvalidCode with
// its problem; a visit slip's code and a receipt's order code are NotOurs).
struct ScannedText
{
    IdentifiedPerson what;
    int generation = 0;
};
ScannedText classifyScan(const TokenCodec &tokens, const QString &text, const QDate &today);

// The one place where a scan or a card tap becomes a person (or a refusal).
class IdentityService
{
public:
    // `outbox`: the kiosk's own file when it works on a server (drivers are
    // still known while the server is away), else null.
    IdentityService(Database &db, const QByteArray &installationSecret, const Clock &clock, Outbox *outbox = nullptr);

    IdentifiedPerson identifyScan(const QString &text);
    IdentifiedPerson identifyCard(const QByteArray &uid);
    // A person's code is of their current generation (an empty text when
    // they are not registered); labels and visits have none.
    QString issueToken(TokenCodec::Type type, qint64 id);
    // The keyed hash a card's UID is stored as.
    QByteArray cardHash(const QByteArray &uid) const;

private:
    // `generation`: the scanned code's, checked against the person's current one (0: a card).
    IdentifiedPerson lookUp(Identity::Kind kind, qint64 id, int generation = 0);
    // The server is away: drivers from the outbox, everyone else waits.
    IdentifiedPerson lookUpOffline(Identity::Kind kind, qint64 id);

    Database &m_db;
    QByteArray m_cardKey;
    TokenCodec m_tokens;
    const Clock &m_clock;
    Outbox *m_outbox;
};

// The per-installation secret: 32 random bytes in a file of their own, outside
// the database (a stolen database alone cannot forge codes or match cards).
class InstallationSecret
{
public:
    // Reads the file, or creates it (mode 0600) on first start. Empty on error.
    static QByteArray loadOrCreate(const QString &path, QString *error);
};

} // namespace linli
