#pragma once

// The SQL every service shares: people and their cards, the PIN lockout, print
// jobs, the installation, the demo day. Each service keeps its own stores in
// db/<service>/. Stores read and write rows; the rules (who may do what, when)
// live in the services of native/.

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace linli {

// Times are stored as UTC ISO 8601 text, which sorts and compares correctly.
QString toDbTime(const QDateTime &time);
QDateTime fromDbTime(const QVariant &value);
// Days (a meal's day, a birth date) as ISO 8601 text, 2026-11-27.
QString dayText(const QDate &day);
QDate dayFromText(const QVariant &value);
// An optional reference (a helper, an owner): NULL for 0.
QVariant idOrNull(qint64 id);

// Query::rows() cannot tell an empty answer from a failed one: this can
// (nullopt when the statement failed).
template<typename Read, typename... Args>
auto rowsOrNothing(Query &q, Read read, const Args &...args)
    -> std::optional<QList<std::invoke_result_t<Read &, const Query &>>>
{
    if (!q.exec(args...))
        return std::nullopt;
    QList<std::invoke_result_t<Read &, const Query &>> list;
    while (q.next())
        list.append(read(std::as_const(q)));
    return list;
}

// A resident's door as it is written on slips and screens: building, unit and
// room run together, 8街坊5栋3单元101.
QString formatAddress(const QString &building, const QString &unit, const QString &room);

struct ResidentRecord
{
    qint64 id = 0;
    QString name;
    QDate birthDate;
    QString building, unit, room;
    bool mobilityImpaired = false;
    bool livesAlone = false;
    bool deliveryEnabled = false; // by staff, beyond the age and mobility rule
    int codeGeneration = 1;
};

struct DriverRecord
{
    qint64 id = 0;
    QString name;
    QString phone, plate, platform;
    bool unionMember = false;
    int codeGeneration = 1;
};

struct StaffRecord
{
    qint64 id = 0;
    QString name;
    QString role;
    QByteArray pinSalt, pinHash;
    int pinIterations = 0;
    bool pinPending = false; // imported: they choose a PIN at first use, none opens staff mode before
};

enum class HolderKind { Resident, Driver, Staff };

struct CardHolder
{
    HolderKind kind;
    qint64 id;
};

// The column a card, a change or a history row names its holder in
// (resident_id, driver_id, staff_id): SQL built from our own enum, never from input.
QString holderColumn(HolderKind kind);

struct PersonEntry
{
    HolderKind kind;
    qint64 id;
    QString name;
    QString detail; // address for residents, plate for drivers
    bool deliveryEnabled = false; // residents: by staff, beyond the age and mobility rule
};

class PeopleStore
{
public:
    explicit PeopleStore(Database &db) : m_db(db) {}

    std::optional<ResidentRecord> resident(qint64 id);
    std::optional<DriverRecord> driver(qint64 id);
    std::optional<StaffRecord> staff(qint64 id);
    QList<StaffRecord> activeStaff();
    QList<PersonEntry> residentsAndDrivers();

    std::optional<CardHolder> cardHolder(const QByteArray &uidHash);
    // Why a card no longer opens anything ("lost", "left"); empty for a card never known.
    std::optional<QString> cardRevokedAs(const QByteArray &uidHash);
    // The generation of an active resident's or driver's QR code.
    std::optional<int> codeGeneration(CardHolder person);
    // Active drivers (id, name) and their cards (hash, driver id), for serving offline.
    QList<std::pair<qint64, QString>> activeDrivers();
    QList<std::pair<QByteArray, qint64>> driverCards();
    // `issuedBy` 0: the demo day.
    bool addCard(const QByteArray &uidHash, CardHolder holder, const QDateTime &issuedAt, qint64 issuedBy = 0);
    bool addStaff(const StaffRecord &staff);
    // The PIN a newly imported staff member chose; false when theirs was chosen already.
    std::optional<bool> setChosenPin(const StaffRecord &staff);

private:
    Database &m_db;
};

struct LockoutState
{
    int failures = 0;
    QDateTime lockedUntil;
};

class LockoutStore
{
public:
    explicit LockoutStore(Database &db) : m_db(db) {}
    std::optional<LockoutState> state(const QString &scope);
    bool save(const QString &scope, const LockoutState &state);

private:
    Database &m_db;
};

struct PrintJobRecord
{
    qint64 id = 0;
    QString kind;
    QString state;
    int attempts = 0;
    QString lastError;
    QByteArray payload;
};

// What a slip prints for (print_job's foreign keys); nothing for a label or a list.
struct SlipFor
{
    enum Kind { Nothing, Order, Visit, Loan, BarberBooking, RideRequest };
    Kind kind = Nothing;
    qint64 id = 0;
};

// Jobs belong to the kiosk the Database is set up for (Database::kioskId).
class PrintJobStore
{
public:
    explicit PrintJobStore(Database &db) : m_db(db) {}
    std::optional<qint64> add(const QString &kind, const QDateTime &at, const QByteArray &payload, SlipFor slipFor = {});
    // Several jobs (kind, payload) in one statement: their ids, in order.
    std::optional<QList<qint64>> add(const QList<std::pair<QString, QByteArray>> &jobs, const QDateTime &at,
                                     SlipFor slipFor = {});
    std::optional<PrintJobRecord> job(qint64 id);
    // The oldest job waiting for paper (queued or failed).
    std::optional<PrintJobRecord> nextWaiting();
    bool markPrinting(qint64 id);
    bool markPrinted(qint64 id, const QDateTime &at);
    bool markFailed(qint64 id, const QString &error);
    // Jobs handed to the printer when the kiosk stopped: we cannot know
    // whether they came out, so they print again (a slip twice rather than
    // none).
    bool failInterrupted();
    std::optional<int> waitingCount();

private:
    Database &m_db;
};

class InstallationStore
{
public:
    explicit InstallationStore(Database &db) : m_db(db) {}
    // Empty when none is recorded yet; nullopt when the database cannot answer.
    std::optional<QByteArray> secretCheck();
    bool setSecretCheck(const QByteArray &check);
    // Whether the first start set the database up (nullopt: it cannot answer).
    std::optional<bool> firstStartDone();
    // In the transaction that sets it up: with the demo day or without.
    bool markFirstStartDone(bool demoDay, const QDateTime &at);
    // The codes of the sites kiosks may stand at, in order.
    QStringList siteCodes();

private:
    Database &m_db;
};

// Reads the plain demo PINs and card UIDs that db/demo/demo_day.sql leaves in
// temporary tables, so the program can hash them; then drops them.
class DemoStore
{
public:
    explicit DemoStore(Database &db) : m_db(db) {}
    bool loadScript();
    QList<std::pair<StaffRecord, QString>> staffWithPins();
    QList<std::pair<QString, CardHolder>> cards();
    bool dropTemporaryTables();

private:
    Database &m_db;
};

} // namespace linli
