#include "StaffAuth.h"

#include "Crypto.h"
#include "Database.h"
#include "PersonHistoryStore.h"
#include "Stores.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStaff, "linli.staff")

namespace linli {

namespace {
const QString kPinScope = QStringLiteral("staff-pin");
}

StaffAuthService::StaffAuthService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

void StaffAuthService::setPin(StaffRecord &staff, const QString &pin)
{
    staff.pinSalt = crypto::randomBytes(16);
    staff.pinIterations = crypto::kPinIterations;
    staff.pinHash = crypto::pbkdf2Sha256(pin, staff.pinSalt, staff.pinIterations);
}

std::optional<QDateTime> StaffAuthService::lockedUntil()
{
    const std::optional<LockoutState> state = LockoutStore(m_db).state(kPinScope);
    if (!state)
        return std::nullopt;
    return state->lockedUntil.isValid() && m_clock.now() < state->lockedUntil ? state->lockedUntil : QDateTime();
}

std::optional<StaffRecord> StaffAuthService::staffWithPin(const QString &pin)
{
    // Staff who have not chosen a PIN have a random one nobody knows: skipped.
    for (const StaffRecord &staff : PeopleStore(m_db).activeStaff())
        if (!staff.pinPending
            && crypto::constantTimeEquals(crypto::pbkdf2Sha256(pin, staff.pinSalt, staff.pinIterations), staff.pinHash))
            return staff;
    return std::nullopt;
}

StaffAuthService::Result StaffAuthService::countAttempt(bool right)
{
    Result result;
    LockoutStore lockouts(m_db);
    const QDateTime now = m_clock.now();
    // Count the attempt against the state as it is now: another kiosk on the
    // same database may have counted failures meanwhile.
    Transaction transaction(m_db);
    const std::optional<LockoutState> current = transaction.isActive() ? lockouts.state(kPinScope) : std::nullopt;
    if (!current)
        return result;
    if (current->lockedUntil.isValid() && now < current->lockedUntil) {
        result.outcome = Outcome::Locked;
        result.lockedUntil = current->lockedUntil;
        return result;
    }
    LockoutState next; // a right PIN starts the count again
    if (!right) {
        // A lock that has run out starts a fresh count.
        next.failures = current->lockedUntil.isValid() ? 1 : current->failures + 1;
        if (next.failures >= kMaxFailures)
            next.lockedUntil = now.addSecs(kLockSeconds);
    }
    if (!lockouts.save(kPinScope, next) || !transaction.commit())
        return result;
    if (right) {
        result.outcome = Outcome::Accepted;
    } else if (next.lockedUntil.isValid()) {
        qCWarning(lcStaff) << "wrong staff PIN, failure" << next.failures << "- PIN entry locked";
        result.outcome = Outcome::Locked;
        result.lockedUntil = next.lockedUntil;
    } else {
        qCWarning(lcStaff) << "wrong staff PIN, failure" << next.failures;
        result.outcome = Outcome::WrongPin;
        result.attemptsLeft = kMaxFailures - next.failures;
    }
    return result;
}

namespace {
IdentifiedPerson staffPerson(const StaffRecord &staff)
{
    IdentifiedPerson person;
    person.kind = Identity::Staff;
    person.personId = staff.id;
    person.fullName = staff.name;
    person.maskedName = maskName(staff.name);
    person.staffRole = staff.role;
    return person;
}
} // namespace

StaffAuthService::Result StaffAuthService::verifyPin(const QString &pin)
{
    const std::optional<QDateTime> locked = lockedUntil();
    if (!locked)
        return {};
    if (locked->isValid())
        return Result{Outcome::Locked, {}, 0, *locked};
    // The slow part runs outside any transaction, so it holds no lock.
    const std::optional<StaffRecord> match = staffWithPin(pin);
    Result result = countAttempt(match.has_value());
    if (result.outcome == Outcome::Accepted) {
        result.staff = staffPerson(*match);
        qCInfo(lcStaff) << "staff" << match->id << "entered by PIN";
    }
    return result;
}

StaffAuthService::Result StaffAuthService::confirmPin(qint64 staffId, const QString &pin)
{
    const std::optional<QDateTime> locked = lockedUntil();
    if (!locked)
        return {};
    if (locked->isValid())
        return Result{Outcome::Locked, {}, 0, *locked};
    const std::optional<StaffRecord> staff = PeopleStore(m_db).staff(staffId);
    if (!staff)
        return {};
    const bool right = !staff->pinPending
        && crypto::constantTimeEquals(crypto::pbkdf2Sha256(pin, staff->pinSalt, staff->pinIterations), staff->pinHash);
    Result result = countAttempt(right);
    if (result.outcome == Outcome::Accepted) {
        result.staff = staffPerson(*staff);
        qCInfo(lcStaff) << "staff" << staffId << "confirmed their PIN";
    }
    return result;
}

bool StaffAuthService::isWeakPin(const QString &pin)
{
    if (pin.size() != 6 || !std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return true;
    const auto allSteps = [&](int step) {
        for (int i = 1; i < pin.size(); ++i)
            if (pin[i].unicode() - pin[i - 1].unicode() != step)
                return false;
        return true;
    };
    return allSteps(0) || allSteps(1) || allSteps(-1); // 111111, 123456, 654321
}

StaffAuthService::Result StaffAuthService::choosePin(qint64 staffId, const QString &pin)
{
    const std::optional<StaffRecord> staff = PeopleStore(m_db).staff(staffId);
    if (!staff)
        return Result{m_db.connectionLost() ? Outcome::StorageError : Outcome::NotPending, {}, 0, {}};
    if (!staff->pinPending)
        return Result{Outcome::NotPending, {}, 0, {}};
    if (isWeakPin(pin))
        return Result{Outcome::WeakPin, {}, 0, {}};
    const std::optional<QDateTime> locked = lockedUntil();
    if (!locked)
        return {};
    if (locked->isValid())
        return Result{Outcome::Locked, {}, 0, *locked};
    if (staffWithPin(pin)) {
        // Someone's PIN: refused like a weak one, and counted like a wrong one.
        Result counted = countAttempt(false);
        if (counted.outcome == Outcome::WrongPin)
            counted.outcome = Outcome::WeakPin;
        return counted;
    }
    StaffRecord chosen = *staff;
    setPin(chosen, pin);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {};
    const std::optional<bool> set = PeopleStore(m_db).setChosenPin(chosen);
    if (!set)
        return {};
    if (!*set)
        return Result{Outcome::NotPending, {}, 0, {}};
    if (!PersonHistoryStore(m_db).record({HolderKind::Staff, staffId}, m_clock.now(), staffId, PersonChange::PinSet,
                                         QStringLiteral("本人设置密码"))
        || !transaction.commit())
        return {};
    qCInfo(lcStaff) << "staff" << staffId << "chose their PIN";
    return Result{Outcome::Accepted, staffPerson(chosen), 0, {}};
}

} // namespace linli
