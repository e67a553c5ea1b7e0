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
    std::optional<LockoutState> state = lockouts.state(kPinScope);
    if (!state)
        return result;
    if (state->lockedUntil.isValid() && now < state->lockedUntil) {
        result.outcome = Outcome::Locked;
        result.lockedUntil = state->lockedUntil;
        return result;
    }

    PeopleStore people(m_db);
    for (const StaffRecord &staff : people.activeStaff()) {
        const QByteArray key = crypto::pbkdf2Sha256(pin, staff.pinSalt, staff.pinIterations);
        if (crypto::constantTimeEquals(key, staff.pinHash)) {
            if (!lockouts.save(kPinScope, {}))
                return result;
            result.outcome = Outcome::Accepted;
            result.staff.kind = Identity::Staff;
            result.staff.personId = staff.id;
            result.staff.fullName = staff.name;
            result.staff.maskedName = maskName(staff.name);
            result.staff.staffRole = staff.role;
            qCInfo(lcStaff) << "staff" << staff.id << "entered by PIN";
            return result;
        }
    }

    // A lock that has run out starts a fresh count.
    LockoutState next{state->lockedUntil.isValid() ? 1 : state->failures + 1, {}};
    if (next.failures >= kMaxFailures)
        next.lockedUntil = now.addSecs(kLockSeconds);
    if (!lockouts.save(kPinScope, next))
        return result;
    qCWarning(lcStaff) << "wrong staff PIN, failure" << next.failures;
    if (next.lockedUntil.isValid()) {
        result.outcome = Outcome::Locked;
        result.lockedUntil = next.lockedUntil;
    } else {
        result.outcome = Outcome::WrongPin;
        result.attemptsLeft = kMaxFailures - next.failures;
    }
    return result;
}

} // namespace linli
