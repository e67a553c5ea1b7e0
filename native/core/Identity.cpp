#include "Identity.h"

#include "Crypto.h"
#include "Outbox.h"
#include "Stores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcIdentity, "linli.identity")

namespace linli {

QString maskName(const QString &name)
{
    const QList<uint> chars = name.trimmed().toUcs4();
    if (chars.size() <= 1)
        return name.trimmed();
    QList<uint> masked = chars;
    if (chars.size() == 2) {
        masked[1] = '*';
    } else {
        for (qsizetype i = 1; i + 1 < chars.size(); ++i)
            masked[i] = '*';
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(masked.constData()), masked.size());
}

int ageOn(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

namespace {
constexpr int kSignatureBytes = 15; // 120 bits, 24 base32 characters
const QString kPrefix = QStringLiteral("LL1:");

QByteArray deriveKey(const QByteArray &secret, const char *purpose)
{
    // Separate keys per use: a card hash can never double as a token signature.
    return crypto::hmacSha256(secret, QByteArray(purpose));
}
} // namespace

TokenCodec::TokenCodec(const QByteArray &installationSecret)
    : m_key(deriveKey(installationSecret, "linli qr token v1"))
{
}

QString TokenCodec::signatureFor(const QString &signedPart) const
{
    return crypto::base32(crypto::hmacSha256(m_key, signedPart.toLatin1()).left(kSignatureBytes));
}

QString TokenCodec::issue(Type type, qint64 id, const QDate &issuedOn, int generation) const
{
    const QString generationPart = generation > 1 ? QString::number(generation) + u':' : QString();
    const QString signedPart = kPrefix + QChar::fromLatin1(char(type)) + u':' + QString::number(id) + u':'
                             + generationPart + issuedOn.toString(QStringLiteral("yyyyMMdd"));
    return signedPart + u':' + signatureFor(signedPart);
}

TokenCodec::Decoded TokenCodec::decode(const QString &rawText, const QDate &today) const
{
    Decoded result;
    const QString text = rawText.trimmed();
    if (!text.startsWith(QLatin1String("LL"))) {
        result.problem = Identity::NotOurs;
        return result;
    }
    static const QRegularExpression shape(
        QStringLiteral("^LL1:([RDVI]):([1-9][0-9]{0,11}):(?:([1-9][0-9]{0,5}):)?([0-9]{8}):([A-Z2-7]{24})$"));
    const auto match = shape.match(text);
    if (!match.hasMatch()) {
        result.problem = text.startsWith(kPrefix) ? Identity::Malformed : Identity::NotOurs;
        return result;
    }
    const QString signedPart = text.left(text.lastIndexOf(u':'));
    if (!crypto::constantTimeEquals(signatureFor(signedPart).toLatin1(), match.captured(5).toLatin1())) {
        result.problem = Identity::Forged;
        return result;
    }
    result.type = Type(match.captured(1).at(0).toLatin1());
    result.id = match.captured(2).toLongLong();
    result.generation = match.hasCaptured(3) ? match.captured(3).toInt() : 1;
    result.issuedOn = QDate::fromString(match.captured(4), QStringLiteral("yyyyMMdd"));
    // "1:" is never written (the first generation has the short form)
    if (!result.issuedOn.isValid() || (match.hasCaptured(3) && result.generation < 2))
        result.problem = Identity::Malformed;
    else if (result.issuedOn > today)
        result.problem = Identity::FutureDated;
    return result;
}

IdentityService::IdentityService(Database &db, const QByteArray &installationSecret, const Clock &clock, Outbox *outbox)
    : m_db(db)
    , m_cardKey(deriveKey(installationSecret, "linli card uid v1"))
    , m_tokens(installationSecret)
    , m_clock(clock)
    , m_outbox(outbox)
{
}

QByteArray IdentityService::cardHash(const QByteArray &uid) const
{
    return crypto::hmacSha256(m_cardKey, uid);
}

QString IdentityService::issueToken(TokenCodec::Type type, qint64 id)
{
    int generation = 1;
    if (type == TokenCodec::Type::Resident || type == TokenCodec::Type::Driver) {
        const std::optional<int> current = PeopleStore(m_db).codeGeneration(
            CardHolder{type == TokenCodec::Type::Resident ? HolderKind::Resident : HolderKind::Driver, id});
        if (!current)
            return {};
        generation = *current;
    }
    return m_tokens.issue(type, id, m_clock.now().date(), generation);
}

// A book's EAN-13 barcode: 978 or 979, twelve digits and their check digit.
bool isIsbn(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^97[89][0-9]{10}$"));
    if (!shape.match(text).hasMatch())
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (text.at(i).digitValue()) * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10 == text.at(12).digitValue();
}

ScannedText classifyScan(const TokenCodec &tokens, const QString &text, const QDate &today)
{
    ScannedText scanned;
    if (isIsbn(text.trimmed())) {
        scanned.what.kind = Identity::ItemLabel;
        scanned.what.isbn = text.trimmed();
        return scanned;
    }
    const TokenCodec::Decoded token = tokens.decode(text, today);
    IdentifiedPerson &what = scanned.what;
    what.kind = Identity::InvalidCode;
    what.problem = token.problem;
    if (token.problem == Identity::NoProblem && token.type == TokenCodec::Type::Visit)
        what.problem = Identity::NotOurs; // a visit slip is a receipt, not a person's code
    if (what.problem != Identity::NoProblem) {
        // Never log the whole text: it may be someone's payment code.
        qCWarning(lcIdentity) << "refused QR code:" << what.problem << "length" << text.size();
        return scanned;
    }
    if (token.type == TokenCodec::Type::Item) {
        // which thing, and whether it may be lent, is the Shared House's to say
        what.kind = Identity::ItemLabel;
        what.itemId = token.id;
        return scanned;
    }
    what.kind = token.type == TokenCodec::Type::Resident ? Identity::Resident : Identity::Driver;
    what.personId = token.id;
    scanned.generation = token.generation;
    return scanned;
}

IdentifiedPerson IdentityService::identifyScan(const QString &text)
{
    const ScannedText scanned = classifyScan(m_tokens, text, m_clock.now().date());
    if (!scanned.what.isPerson())
        return scanned.what;
    return lookUp(scanned.what.kind, scanned.what.personId, scanned.generation);
}

IdentifiedPerson IdentityService::identifyCard(const QByteArray &uid)
{
    const QByteArray hash = cardHash(uid);
    if (m_db.connectionLost()) {
        const std::optional<qint64> driver = m_outbox ? m_outbox->driverForCard(hash) : std::nullopt;
        return lookUpOffline(Identity::Driver, driver.value_or(0));
    }
    PeopleStore people(m_db);
    const std::optional<CardHolder> holder = people.cardHolder(hash);
    if (!holder && m_db.connectionLost())
        return identifyCard(uid); // lost just now
    if (!holder) {
        IdentifiedPerson unknown;
        unknown.kind = Identity::UnknownCard;
        const QString revokedAs = people.cardRevokedAs(hash).value_or(QString());
        if (revokedAs == QLatin1String("lost"))
            unknown.problem = Identity::LostCard;
        else if (revokedAs == QLatin1String("left"))
            unknown.problem = Identity::UnknownPerson;
        qCWarning(lcIdentity) << "unknown card, hash prefix" << hash.left(4).toHex() << unknown.problem;
        return unknown;
    }
    switch (holder->kind) {
    case HolderKind::Resident: return lookUp(Identity::Resident, holder->id);
    case HolderKind::Driver: return lookUp(Identity::Driver, holder->id);
    case HolderKind::Staff: return lookUp(Identity::Staff, holder->id);
    }
    return {};
}

IdentifiedPerson IdentityService::lookUpOffline(Identity::Kind kind, qint64 id)
{
    IdentifiedPerson person;
    const std::optional<QString> name =
        kind == Identity::Driver && id > 0 && m_outbox ? m_outbox->driverName(id) : std::nullopt;
    if (!name) {
        person.kind = Identity::InvalidCode;
        person.problem = Identity::StorageError;
        return person;
    }
    person.kind = kind;
    person.personId = id;
    person.fullName = *name; // masked already: the outbox keeps no full names
    person.maskedName = *name;
    return person;
}

IdentifiedPerson IdentityService::lookUp(Identity::Kind kind, qint64 id, int generation)
{
    if (m_db.connectionLost())
        return lookUpOffline(kind, id);
    PeopleStore people(m_db);
    IdentifiedPerson person;
    person.kind = kind;
    person.personId = id;
    int currentGeneration = 1;
    if (kind == Identity::Resident) {
        if (const auto resident = people.resident(id)) {
            currentGeneration = resident->codeGeneration;
            person.fullName = resident->name;
            person.age = ageOn(resident->birthDate, m_clock.now().date());
            person.birthDate = resident->birthDate;
            person.mobilityImpaired = resident->mobilityImpaired;
            person.deliveryEnabled = resident->deliveryEnabled;
        }
    } else if (kind == Identity::Driver) {
        if (const auto driver = people.driver(id)) {
            person.fullName = driver->name;
            currentGeneration = driver->codeGeneration;
        }
    } else if (kind == Identity::Staff) {
        if (const auto staff = people.staff(id)) {
            person.fullName = staff->name;
            person.staffRole = staff->role;
            person.pinPending = staff->pinPending;
        }
    }
    if (person.fullName.isEmpty() && m_db.connectionLost())
        return lookUpOffline(kind, id); // lost just now
    if (person.fullName.isEmpty()) {
        qCWarning(lcIdentity) << "genuine code or card for a person no longer registered:" << kind << id;
        IdentifiedPerson refused;
        refused.kind = Identity::InvalidCode;
        refused.problem = Identity::UnknownPerson;
        return refused;
    }
    if (generation != 0 && generation != currentGeneration) {
        qCWarning(lcIdentity) << "a code of generation" << generation << "for" << kind << id << "now at"
                              << currentGeneration;
        IdentifiedPerson refused;
        refused.kind = Identity::InvalidCode;
        refused.problem = Identity::RevokedCode;
        return refused;
    }
    person.maskedName = maskName(person.fullName);
    return person;
}

QByteArray InstallationSecret::loadOrCreate(const QString &path, QString *error)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read the installation secret %1: %2").arg(path, file.errorString());
            return {};
        }
        const QByteArray secret = QByteArray::fromHex(file.readAll().trimmed());
        if (secret.size() < 32) {
            *error = QStringLiteral("The installation secret %1 is damaged; restore it from the backup.").arg(path);
            return {};
        }
        return secret;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("Cannot create the folder for %1").arg(path);
        return {};
    }
    const QByteArray secret = crypto::randomBytes(32);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(secret.toHex() + '\n') < 0
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !out.commit()) {
        *error = QStringLiteral("Cannot write the installation secret %1: %2").arg(path, out.errorString());
        return {};
    }
    return secret;
}

} // namespace linli
