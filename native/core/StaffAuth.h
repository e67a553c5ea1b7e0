#pragma once

#include "Clock.h"
#include "Identity.h"

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

    enum class Outcome { Accepted, WrongPin, Locked, StorageError };
    struct Result
    {
        Outcome outcome = Outcome::StorageError;
        IdentifiedPerson staff;
        int attemptsLeft = 0;
        QDateTime lockedUntil;
    };

    StaffAuthService(Database &db, const Clock &clock);
    Result verifyPin(const QString &pin);
    // Salt and key for a new PIN.
    static void setPin(StaffRecord &staff, const QString &pin);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace linli
