#include "People.h"

#include "Slips.h"

namespace linli {

PeopleService::PeopleService(Database &db, IdentityService &identity, const Clock &clock, PaperWidth paper)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock)
    , m_paper(paper)
{
}

QList<PersonEntry> PeopleService::residentsAndDrivers()
{
    return PeopleStore(m_db).residentsAndDrivers();
}

std::optional<qint64> PeopleService::queueCodeSlip(HolderKind kind, qint64 id)
{
    PeopleStore people(m_db);
    QString name;
    TokenCodec::Type type = TokenCodec::Type::Resident;
    QString title;
    if (kind == HolderKind::Resident) {
        const auto resident = people.resident(id);
        if (!resident)
            return std::nullopt;
        name = resident->name;
        title = QStringLiteral("居民身份码");
    } else if (kind == HolderKind::Driver) {
        const auto driver = people.driver(id);
        if (!driver)
            return std::nullopt;
        name = driver->name;
        type = TokenCodec::Type::Driver;
        title = QStringLiteral("司机身份码");
    } else {
        return std::nullopt;
    }
    const QDateTime now = m_clock.now();
    const QByteArray slip = slips::personCode({title, maskName(name), now.date(), m_identity.issueToken(type, id)},
                                              m_paper);
    return PrintJobStore(m_db).add(QStringLiteral("person_code"), now, slip);
}

} // namespace linli
