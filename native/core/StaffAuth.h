#pragma once

#include "Clock.h"
#include "Identity.h"

#include <optional>

namespace linli {

class Database;
struct StaffRecord;

// Staff entry by PIN. PINs are kept as salted PBKDF2 keys; five wrong PINs in
// a row lock PIN entry for a while (a staff card still works).
class StaffAuthService
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockSeconds = 5 * 60;

    enum class Outcome { Accepted, WrongPin, Locked, StorageError, WeakPin, NotPending };
    struct Result
    {
        Outcome outcome = Outcome::StorageError;
        IdentifiedPerson staff;
        int attemptsLeft = 0;
        QDateTime lockedUntil;
    };

    StaffAuthService(Database &db, const Clock &clock);
    Result verifyPin(const QString &pin);
    // Staff imported from the roll choose their PIN at first use, with their
    // card. Refused as WeakPin: not six digits, one digit repeated, a run
    // (123456), or another staff member's PIN (counted as a wrong PIN, so
    // that choosing cannot be used to guess theirs). Accepted opens staff mode.
    Result choosePin(qint64 staffId, const QString &pin);
    static bool isWeakPin(const QString &pin);
    // In staff mode, before money moves: whether `pin` is this staff
    // member's own, counted against the lockout like any PIN.
    Result confirmPin(qint64 staffId, const QString &pin);
    // Salt and key for a new PIN.
    static void setPin(StaffRecord &staff, const QString &pin);

private:
    // Until when PIN entry is locked: invalid when it is not; nullopt: the database failed.
    std::optional<QDateTime> lockedUntil();
    std::optional<StaffRecord> staffWithPin(const QString &pin);
    // A PIN attempt counted against the lockout (a right one starts the count again).
    Result countAttempt(bool right);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace linli
