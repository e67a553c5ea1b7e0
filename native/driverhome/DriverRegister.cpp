#include "DriverRegister.h"

#include "Database.h"
#include "Identity.h"
#include "People.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcDriverRegister, "linli.station.register")

namespace linli {

namespace driver_rules {

const QStringList &provinces()
{
    static const QStringList list = QStringLiteral("鄂 京 津 沪 渝 冀 豫 云 辽 黑 湘 皖 鲁 新 苏 浙 赣 桂 甘 晋 蒙 陕 吉 闽 贵 粤 "
                                                   "青 藏 川 宁 琼").split(QLatin1Char(' '));
    return list;
}

const QString &plateCharacters()
{
    static const QString characters = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789");
    return characters;
}

bool validPhone(const QString &digits)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    return mobile.match(digits).hasMatch();
}

bool validPlate(const QString &province, const QString &rest)
{
    static const QRegularExpression number(QStringLiteral("^[A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}$"));
    return provinces().contains(province) && number.match(rest).hasMatch();
}

QString plateText(const QString &province, const QString &rest)
{
    return province + rest.left(1) + QStringLiteral("·") + rest.mid(1);
}

QString callName(const QString &surname)
{
    return surname + QStringLiteral("师傅");
}

DriverRegister::Problem check(const NewDriver &driver, const QStringList &surnames, const QStringList &platforms)
{
    if (!surnames.contains(driver.surname))
        return DriverRegister::NoSurname;
    if (!validPhone(driver.phone))
        return DriverRegister::BadPhone;
    if (!validPlate(driver.province, driver.plateRest))
        return DriverRegister::BadPlate;
    if (!platforms.contains(driver.platform))
        return DriverRegister::NoPlatform;
    return DriverRegister::NoProblem;
}

} // namespace driver_rules

DriverRegisterService::DriverRegisterService(Database &db, PeopleService &people, const Clock &clock)
    : m_db(db)
    , m_people(people)
    , m_clock(clock)
{
}

DriverRegisterService::View DriverRegisterService::view()
{
    View view;
    DriverStore store(m_db);
    view.drivers = store.drivers(m_clock.now().toLocalTime().date().startOfDay());
    view.surnames = store.surnames();
    view.platforms = store.platforms();
    view.valid = !m_db.connectionLost() && !view.surnames.isEmpty();
    return view;
}

DriverRegisterService::Registered DriverRegisterService::registerDriver(const NewDriver &driver, qint64 staffId)
{
    Registered result;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return result;
    DriverStore store(m_db);
    result.problem = driver_rules::check(driver, store.surnames(), store.platforms());
    if (result.problem != DriverRegister::NoProblem)
        return result;
    const QString plate = driver_rules::plateText(driver.province, driver.plateRest);
    const std::optional<qint64> id = store.add({driver_rules::callName(driver.surname), driver.phone, plate,
                                                driver.platform, driver.unionMember, staffId, m_clock.now()});
    if (id && *id == 0) {
        const std::optional<DriverListEntry> holder = store.driverWithPlate(plate);
        result.problem = holder ? DriverRegister::PlateTaken : DriverRegister::StorageError;
        result.holderName = holder ? maskName(holder->name) : QString();
        return result;
    }
    // The code slip goes with the registration: a driver never leaves without it.
    const std::optional<qint64> job = id ? m_people.queueCodeSlip(HolderKind::Driver, *id) : std::nullopt;
    if (!job || !transaction.commit()) {
        result.problem = DriverRegister::StorageError;
        return result;
    }
    result.problem = DriverRegister::NoProblem;
    result.driverId = *id;
    result.printJobId = *job;
    qCInfo(lcDriverRegister) << "driver" << *id << "registered by staff" << staffId;
    return result;
}

DriverRegister::Problem DriverRegisterService::setUnionMember(qint64 driverId, bool member)
{
    return DriverStore(m_db).setUnionMember(driverId, member) ? DriverRegister::NoProblem
         : m_db.connectionLost()                               ? DriverRegister::StorageError
                                                               : DriverRegister::UnknownDriver;
}

DriverRegister::Problem DriverRegisterService::setActive(qint64 driverId, bool active)
{
    const std::optional<bool> changed = DriverStore(m_db).setActive(driverId, active);
    if (!changed)
        return DriverRegister::StorageError;
    return *changed ? DriverRegister::NoProblem : active ? DriverRegister::PlateTaken : DriverRegister::UnknownDriver;
}

} // namespace linli
