#include "Stores.h"

#include <algorithm>

namespace linli {

QString toDbTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDbTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QDate dayFromText(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString formatAddress(const QString &building, const QString &unit, const QString &room)
{
    return building + unit + room;
}

QString holderColumn(HolderKind kind)
{
    switch (kind) {
    case HolderKind::Resident: return QStringLiteral("resident_id");
    case HolderKind::Driver: return QStringLiteral("driver_id");
    case HolderKind::Staff: return QStringLiteral("staff_id");
    }
    return {};
}

namespace {

// The holder among three id columns (resident, driver, staff) starting at `first`.
CardHolder holderFrom(const Query &row, int first)
{
    if (!row.value(first).isNull())
        return CardHolder{HolderKind::Resident, row.value(first).toLongLong()};
    if (!row.value(first + 1).isNull())
        return CardHolder{HolderKind::Driver, row.value(first + 1).toLongLong()};
    return CardHolder{HolderKind::Staff, row.value(first + 2).toLongLong()};
}
} // namespace

std::optional<ResidentRecord> PeopleStore::resident(qint64 id)
{
    Query q(m_db, QStringLiteral(
        "SELECT id, name, birth_date, building, unit, room, mobility_impaired, lives_alone, delivery_enabled, "
        "code_generation FROM resident WHERE id = ? AND active = 1"));
    return q.one([](const Query &row) {
        return ResidentRecord{row.value(0).toLongLong(), row.value(1).toString(), dayFromText(row.value(2)),
                              row.value(3).toString(), row.value(4).toString(), row.value(5).toString(),
                              row.value(6).toBool(), row.value(7).toBool(), row.value(8).toBool(),
                              row.value(9).toInt()};
    }, id);
}

std::optional<DriverRecord> PeopleStore::driver(qint64 id)
{
    Query q(m_db, QStringLiteral(
        "SELECT id, name, phone, plate, platform, union_member, code_generation FROM driver WHERE id = ? AND active = 1"));
    return q.one([](const Query &row) {
        return DriverRecord{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                            row.value(3).toString(), row.value(4).toString(), row.value(5).toBool(),
                            row.value(6).toInt()};
    }, id);
}

static StaffRecord staffFrom(const Query &q)
{
    return StaffRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toByteArray(), q.value(4).toByteArray(), q.value(5).toInt(), q.value(6).toBool()};
}

std::optional<StaffRecord> PeopleStore::staff(qint64 id)
{
    Query q(m_db, QStringLiteral("SELECT id, name, role, pin_salt, pin_hash, pin_iterations, pin_pending FROM staff "
                                 "WHERE id = ? AND active = 1"));
    return q.one(staffFrom, id);
}

QList<StaffRecord> PeopleStore::activeStaff()
{
    Query q(m_db, QStringLiteral("SELECT id, name, role, pin_salt, pin_hash, pin_iterations, pin_pending FROM staff "
                                 "WHERE active = 1 ORDER BY id"));
    return q.rows(staffFrom);
}

QList<PersonEntry> PeopleStore::residentsAndDrivers()
{
    Query residents(m_db, QStringLiteral(
        "SELECT id, name, building, unit, room, delivery_enabled FROM resident WHERE active = 1 "
        "ORDER BY building, unit, room"));
    QList<PersonEntry> list = residents.rows([](const Query &row) {
        return PersonEntry{HolderKind::Resident, row.value(0).toLongLong(), row.value(1).toString(),
                           formatAddress(row.value(2).toString(), row.value(3).toString(), row.value(4).toString()),
                           row.value(5).toBool()};
    });
    Query drivers(m_db, QStringLiteral("SELECT id, name, plate FROM driver WHERE active = 1 ORDER BY id"));
    list += drivers.rows([](const Query &row) {
        return PersonEntry{HolderKind::Driver, row.value(0).toLongLong(), row.value(1).toString(),
                           row.value(2).toString()};
    });
    return list;
}

std::optional<CardHolder> PeopleStore::cardHolder(const QByteArray &uidHash)
{
    Query q(m_db, QStringLiteral(
        "SELECT resident_id, driver_id, staff_id FROM card WHERE uid_hash = ? AND revoked_at IS NULL"));
    return q.one([](const Query &row) { return holderFrom(row, 0); }, uidHash);
}

std::optional<QString> PeopleStore::cardRevokedAs(const QByteArray &uidHash)
{
    Query q(m_db, QStringLiteral("SELECT revoked_as FROM card WHERE uid_hash = ? AND revoked_at IS NOT NULL"));
    if (!q.exec(uidHash))
        return std::nullopt;
    return q.next() ? q.value(0).toString() : QString();
}

std::optional<int> PeopleStore::codeGeneration(CardHolder person)
{
    // The table comes from our own enum, never from input.
    Query q(m_db, QStringLiteral("SELECT code_generation FROM %1 WHERE id = ? AND active = 1")
                      .arg(person.kind == HolderKind::Driver ? QStringLiteral("driver") : QStringLiteral("resident")));
    return q.scalar<int>(person.id);
}

QList<std::pair<qint64, QString>> PeopleStore::activeDrivers()
{
    Query q(m_db, QStringLiteral("SELECT id, name FROM driver WHERE active = 1 ORDER BY id"));
    return q.rows([](const Query &row) { return std::pair{row.value(0).toLongLong(), row.value(1).toString()}; });
}

QList<std::pair<QByteArray, qint64>> PeopleStore::driverCards()
{
    Query q(m_db, QStringLiteral(
        "SELECT c.uid_hash, c.driver_id FROM card c JOIN driver d ON d.id = c.driver_id "
        "WHERE c.revoked_at IS NULL AND d.active = 1"));
    return q.rows([](const Query &row) { return std::pair{row.value(0).toByteArray(), row.value(1).toLongLong()}; });
}

bool PeopleStore::addCard(const QByteArray &uidHash, CardHolder holder, const QDateTime &issuedAt, qint64 issuedBy)
{
    Query q(m_db, QStringLiteral("INSERT INTO card (uid_hash, %1, issued_at, issued_by) VALUES (?, ?, ?, ?)")
                      .arg(holderColumn(holder.kind)));
    return q.exec(uidHash, holder.id, toDbTime(issuedAt), idOrNull(issuedBy));
}

bool PeopleStore::addStaff(const StaffRecord &staff)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO staff (id, name, role, pin_salt, pin_hash, pin_iterations) VALUES (?, ?, ?, ?, ?, ?)"));
    return q.exec(staff.id, staff.name, staff.role, staff.pinSalt, staff.pinHash, staff.pinIterations);
}

std::optional<bool> PeopleStore::setChosenPin(const StaffRecord &staff)
{
    Query q(m_db, QStringLiteral("UPDATE staff SET pin_salt = ?, pin_hash = ?, pin_iterations = ?, pin_pending = 0 "
                                 "WHERE id = ? AND active = 1 AND pin_pending = 1"));
    if (!q.exec(staff.pinSalt, staff.pinHash, staff.pinIterations, staff.id))
        return std::nullopt;
    return q.rowsAffected() == 1;
}

std::optional<LockoutState> LockoutStore::state(const QString &scope)
{
    // A write that changes nothing locks the row on both engines, so that
    // another kiosk counting a failure at the same moment waits for this
    // count instead of overwriting it.
    Query lock(m_db, QStringLiteral("UPDATE lockout SET failures = failures WHERE scope = ?"));
    if (!lock.exec(scope))
        return std::nullopt;
    Query q(m_db, QStringLiteral("SELECT failures, locked_until FROM lockout WHERE scope = ?"));
    if (!q.exec(scope))
        return std::nullopt;
    if (!q.next())
        return LockoutState{};
    return LockoutState{q.value(0).toInt(), fromDbTime(q.value(1))};
}

bool LockoutStore::save(const QString &scope, const LockoutState &state)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO lockout (scope, failures, locked_until) VALUES (?, ?, ?) "
        "ON CONFLICT (scope) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until"));
    const QVariant until = state.lockedUntil.isValid() ? QVariant(toDbTime(state.lockedUntil)) : QVariant();
    return q.exec(scope, state.failures, until);
}

std::optional<qint64> PrintJobStore::add(const QString &kind, const QDateTime &at, const QByteArray &payload,
                                         SlipFor slipFor)
{
    const std::optional<QList<qint64>> ids = add({{kind, payload}}, at, slipFor);
    return ids ? std::optional<qint64>(ids->constFirst()) : std::nullopt;
}

namespace {
// The print_job columns of what a slip is for, in SlipFor::Kind's order.
const char *const kSlipForColumns = "order_id, visit_id, loan_id, barber_booking_id, ride_request_id";
QVariantList slipForValues(SlipFor slipFor)
{
    QVariantList values;
    for (SlipFor::Kind kind : {SlipFor::Order, SlipFor::Visit, SlipFor::Loan, SlipFor::BarberBooking,
                               SlipFor::RideRequest})
        values << idOrNull(slipFor.kind == kind ? slipFor.id : 0);
    return values;
}
} // namespace

std::optional<QList<qint64>> PrintJobStore::add(const QList<std::pair<QString, QByteArray>> &jobs, const QDateTime &at,
                                                 SlipFor slipFor)
{
    QStringList rows;
    QVariantList values;
    for (const auto &[kind, payload] : jobs) {
        rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        values << kind << toDbTime(at) << payload << m_db.kioskId() << slipForValues(slipFor);
    }
    Query q(m_db, QStringLiteral("INSERT INTO print_job (kind, created_at, payload, kiosk, %1) VALUES %2 RETURNING id")
                      .arg(QLatin1String(kSlipForColumns), rows.join(QStringLiteral(", "))));
    if (!q.execWith(values))
        return std::nullopt;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.size() != jobs.size())
        return std::nullopt;
    // Both engines number the rows of one statement in order; RETURNING
    // need not list them so.
    std::sort(ids.begin(), ids.end());
    m_db.printJobAdded();
    return ids;
}

static PrintJobRecord jobFrom(const Query &q)
{
    return PrintJobRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toInt(), q.value(4).toString(), q.value(5).toByteArray()};
}

std::optional<PrintJobRecord> PrintJobStore::job(qint64 id)
{
    Query q(m_db, QStringLiteral(
        "SELECT id, kind, state, attempts, last_error, payload FROM print_job WHERE id = ?"));
    return q.one(jobFrom, id);
}

std::optional<PrintJobRecord> PrintJobStore::nextWaiting()
{
    Query q(m_db, QStringLiteral(
        "SELECT id, kind, state, attempts, last_error, payload FROM print_job "
        "WHERE kiosk = ? AND state IN ('queued', 'failed') ORDER BY id LIMIT 1"));
    return q.one(jobFrom, m_db.kioskId());
}

bool PrintJobStore::markPrinting(qint64 id)
{
    Query q(m_db, QStringLiteral(
        "UPDATE print_job SET state = 'printing', attempts = attempts + 1 WHERE id = ? AND state IN ('queued', 'failed')"));
    return q.exec(id) && q.rowsAffected() == 1;
}

bool PrintJobStore::markPrinted(qint64 id, const QDateTime &at)
{
    Query q(m_db, QStringLiteral(
        "UPDATE print_job SET state = 'printed', printed_at = ?, last_error = NULL WHERE id = ?"));
    return q.exec(toDbTime(at), id) && q.rowsAffected() == 1;
}

bool PrintJobStore::markFailed(qint64 id, const QString &error)
{
    Query q(m_db, QStringLiteral(
        "UPDATE print_job SET state = 'failed', last_error = ? WHERE id = ? AND state <> 'printed'"));
    return q.exec(error, id) && q.rowsAffected() == 1;
}

bool PrintJobStore::failInterrupted()
{
    Query q(m_db, QStringLiteral(
        "UPDATE print_job SET state = 'failed', last_error = 'interrupted' WHERE kiosk = ? AND state = 'printing'"));
    return q.exec(m_db.kioskId());
}

std::optional<int> PrintJobStore::waitingCount()
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM print_job WHERE kiosk = ? AND state IN ('queued', 'failed')"));
    return q.scalar<int>(m_db.kioskId());
}

std::optional<QByteArray> InstallationStore::secretCheck()
{
    Query q(m_db, QStringLiteral("SELECT secret_check FROM installation WHERE id = 1"));
    if (!q.exec())
        return std::nullopt;
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QStringList InstallationStore::siteCodes()
{
    Query q(m_db, QStringLiteral("SELECT code FROM site ORDER BY code"));
    return q.rows([](const Query &row) { return row.value(0).toString(); });
}

bool InstallationStore::setSecretCheck(const QByteArray &check)
{
    Query q(m_db, QStringLiteral("INSERT INTO installation (id, secret_check) VALUES (1, ?)"));
    return q.exec(check);
}

std::optional<bool> InstallationStore::firstStartDone()
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM first_start"));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toInt() > 0;
}

bool InstallationStore::markFirstStartDone(bool demoDay, const QDateTime &at)
{
    Query q(m_db, QStringLiteral("INSERT INTO first_start (id, demo_day, done_at) VALUES (1, ?, ?)"));
    return q.exec(demoDay ? 1 : 0, toDbTime(at));
}

bool DemoStore::loadScript()
{
    return m_db.execScript(QStringLiteral(":/db/demo/demo_day.sql"));
}

QList<std::pair<StaffRecord, QString>> DemoStore::staffWithPins()
{
    Query q(m_db, QStringLiteral("SELECT id, name, role, pin FROM demo_staff ORDER BY id"));
    return q.rows([](const Query &row) {
        const StaffRecord staff{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(), {}, {}, 0};
        return std::pair{staff, row.value(3).toString()};
    });
}

QList<std::pair<QString, CardHolder>> DemoStore::cards()
{
    Query q(m_db, QStringLiteral("SELECT uid, resident_id, driver_id, staff_id FROM demo_card"));
    return q.rows([](const Query &row) { return std::pair{row.value(0).toString(), holderFrom(row, 1)}; });
}

bool DemoStore::dropTemporaryTables()
{
    return m_db.execStatement(QStringLiteral("DROP TABLE IF EXISTS demo_staff"))
        && m_db.execStatement(QStringLiteral("DROP TABLE IF EXISTS demo_card"));
}

} // namespace linli
