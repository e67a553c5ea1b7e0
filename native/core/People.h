#pragma once

#include "Clock.h"
#include "EscPosEncoder.h"
#include "Identity.h"
#include "Stores.h"

#include <optional>

namespace linli {

// The people every service shares, as staff mode sees them: the list of
// residents and drivers, and a person's QR code slip for the printer.
class PeopleService
{
public:
    PeopleService(Database &db, IdentityService &identity, const Clock &clock, PaperWidth paper);

    QList<PersonEntry> residentsAndDrivers();
    // A person's QR code slip, queued for the printer; the job's id.
    std::optional<qint64> queueCodeSlip(HolderKind kind, qint64 id);

private:
    Database &m_db;
    IdentityService &m_identity;
    const Clock &m_clock;
    PaperWidth m_paper;
};

} // namespace linli
