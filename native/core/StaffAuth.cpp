#include "StaffAuth.h"

#include "Crypto.h"
#include "Database.h"
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

StaffAuthService::Result StaffAuthService::verifyPin(const QString &pin)
{
    Result result;
    LockoutStore lockouts(m_db);
    const QDateTime now = m_clock.now();
    const auto lockedUntil = [&](const LockoutState &state) {
        return state.lockedUntil.isValid() && now < state.lockedUntil ? state.lockedUntil : QDateTime();
    };
    const std::optional<LockoutState> before = lockouts.state(kPinScope);
    if (!before)
        return result;
    if (lockedUntil(*before).isValid()) {
        result.outcome = Outcome::Locked;
        result.lockedUntil = before->lockedUntil;
        return result;
    }

    // The slow part runs outside any transaction, so it holds no lock.
    std::optional<StaffRecord> match;
    for (const StaffRecord &staff : PeopleStore(m_db).activeStaff()) {
        if (crypto::constantTimeEquals(crypto::pbkdf2Sha256(pin, staff.pinSalt, staff.pinIterations), staff.pinHash)) {
            match = staff;
            break;
        }
    }

    // Count the attempt against the state as it is now: another kiosk on the
    // same database may have counted failures meanwhile.
    Transaction transaction(m_db);
    const std::optional<LockoutState> current = transaction.isActive() ? lockouts.state(kPinScope) : std::nullopt;
    if (!current)
        return result;
    if (lockedUntil(*current).isValid()) {
        result.outcome = Outcome::Locked;
        result.lockedUntil = current->lockedUntil;
        return result;
    }
    LockoutState next; // a match starts the count again
    if (!match) {
        // A lock that has run out starts a fresh count.
        next.failures = current->lockedUntil.isValid() ? 1 : current->failures + 1;
        if (next.failures >= kMaxFailures)
            next.lockedUntil = now.addSecs(kLockSeconds);
    }
    if (!lockouts.save(kPinScope, next) || !transaction.commit())
        return result;

    if (match) {
        result.outcome = Outcome::Accepted;
        result.staff.kind = Identity::Staff;
        result.staff.personId = match->id;
        result.staff.fullName = match->name;
        result.staff.maskedName = maskName(match->name);
        result.staff.staffRole = match->role;
        qCInfo(lcStaff) << "staff" << match->id << "entered by PIN";
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

} // namespace linli
