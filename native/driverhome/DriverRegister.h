#pragma once

#include "Clock.h"
#include "DriverStore.h"

#include <QObject>

namespace linli {

class Database;
class PeopleService;

namespace DriverRegister {
Q_NAMESPACE

// Why the register desk refused something, for QML to word.
enum Problem {
    NoProblem,
    NoSurname,     // not one of the list's
    BadPhone,      // not a mobile number's 11 digits
    BadPlate,      // not a number plate
    NoPlatform,    // not one of the list's
    PlateTaken,    // an active driver has this plate (perhaps registered a moment ago at another kiosk)
    UnknownDriver,
    StorageError
};
Q_ENUM_NS(Problem)

} // namespace DriverRegister

struct NewDriver
{
    QString surname;  // from the list: the driver is 陈师傅 until full names are imported
    QString phone;    // 11 digits
    QString province; // 鄂, from driver_rules::provinces()
    QString plateRest; // the city's letter and the number, e.g. AD12345
    QString platform;
    bool unionMember = false;
};

// What a phone number and a number plate look like, as tables can test.
namespace driver_rules {

// The provinces' characters a plate begins with; Hubei's first.
const QStringList &provinces();
// The letters and digits a plate's number is made of (no I, no O).
const QString &plateCharacters();
bool validPhone(const QString &digits);
// A city letter, then five letters and digits, or six for a new-energy car.
bool validPlate(const QString &province, const QString &rest);
// 鄂A·D12345, as plates are written on slips and lists.
QString plateText(const QString &province, const QString &rest);
// 陈师傅: how a driver registered at the desk is called.
QString callName(const QString &surname);
DriverRegister::Problem check(const NewDriver &driver, const QStringList &surnames, const QStringList &platforms);

} // namespace driver_rules

// The station's register desk: every driver (those in first), a new driver
// registered with their QR code slip printed in the same transaction, union
// membership, and a driver who has stopped driving taken off (kept for the
// figures, never deleted).
class DriverRegisterService
{
public:
    DriverRegisterService(Database &db, PeopleService &people, const Clock &clock);

    struct View
    {
        bool valid = false;
        QList<DriverListEntry> drivers;
        QStringList surnames, platforms;
    };
    View view();

    struct Registered
    {
        DriverRegister::Problem problem = DriverRegister::StorageError;
        qint64 driverId = 0;
        qint64 printJobId = 0;  // the driver's QR code slip
        QString holderName;     // PlateTaken: whose the plate is (masked)
    };
    Registered registerDriver(const NewDriver &driver, qint64 staffId);
    DriverRegister::Problem setUnionMember(qint64 driverId, bool member);
    // Reactivating is refused (PlateTaken) when the plate was registered again meanwhile.
    DriverRegister::Problem setActive(qint64 driverId, bool active);

private:
    Database &m_db;
    PeopleService &m_people;
    const Clock &m_clock;
};

} // namespace linli
