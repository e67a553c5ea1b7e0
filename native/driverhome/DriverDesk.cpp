#include "DriverDesk.h"

#include "Backend.h"
#include "DatabaseLink.h"
#include "Notice.h"

namespace linli {

namespace {
constexpr int kPhoneDigits = 11;
constexpr int kLongestPlate = 7; // a new-energy car's: the city's letter and six more
} // namespace

DriverDesk::DriverDesk(const ShellContext &shell, QObject *parent)
    : Desk(parent)
    , m_register(shell.remote<DriverRegisterService>(&Backend::driverRegister))
    , m_people(shell.remote<PeopleService>(&Backend::people))
    , m_places(shell.remote<StationPlacesService>(&Backend::stationPlaces))
    , m_notice(shell.notice)
    , m_drivers({
          {DriverIdRole, "driverId", [](const DriverListEntry &d) { return QVariant(d.id); }},
          {NameRole, "name", [](const DriverListEntry &d) { return QVariant(d.name); }},
          {PhoneRole, "phone", [](const DriverListEntry &d) { return QVariant(d.phone); }},
          {PlateRole, "plate", [](const DriverListEntry &d) { return QVariant(d.plate); }},
          {PlatformRole, "platform", [](const DriverListEntry &d) { return QVariant(d.platform); }},
          {UnionRole, "unionMember", [](const DriverListEntry &d) { return QVariant(d.unionMember); }},
          {ActiveRole, "active", [](const DriverListEntry &d) { return QVariant(d.active); }},
          {PresentSinceRole, "presentSince", [](const DriverListEntry &d) {
               return QVariant(d.presentSince.isValid() ? d.presentSince.toLocalTime().toString(QStringLiteral("HH:mm"))
                                                        : QString());
           }},
      })
    , m_slip(shell.printer)
{
    // Drivers checking in and out, and registered at another kiosk.
    connect(&shell.link, &DatabaseLink::changed, this, [this](const QStringList &tables) {
        if (m_staffId != 0 && touches(tables, {"driver", "driver_visit"}))
            refresh();
    });
    setForm({});
}

int DriverDesk::present() const
{
    return int(std::count_if(m_view.drivers.begin(), m_view.drivers.end(),
                             [](const DriverListEntry &d) { return d.active && d.presentSince.isValid(); }));
}

DriverRegister::Problem DriverDesk::missing() const
{
    return driver_rules::check(m_form, m_view.surnames, m_view.platforms);
}

void DriverDesk::open(qint64 staffId)
{
    m_staffId = staffId;
    setForm({});
    setProblem(DriverRegister::NoProblem);
    refresh();
}

void DriverDesk::close()
{
    m_generation.forget();
    m_staffId = 0;
    m_busy = false;
    m_registered.clear();
    m_slip.forget();
    setForm({});
    show({});
}

void DriverDesk::refresh()
{
    m_register.ask(this, m_generation, [](DriverRegisterService &desk) { return desk.view(); },
                   [this](const DriverRegisterService::View &view) { show(view); });
}

void DriverDesk::show(const DriverRegisterService::View &view)
{
    m_view = view;
    m_drivers.setRecords(view.drivers);
    Q_EMIT changed();
    Q_EMIT formChanged(); // what the form lacks depends on the lists
}

void DriverDesk::setForm(const NewDriver &form)
{
    m_form = form;
    if (m_form.province.isEmpty())
        m_form.province = driver_rules::provinces().constFirst(); // most cars here are Hubei's
    Q_EMIT formChanged();
}

void DriverDesk::setProblem(DriverRegister::Problem problem, const QString &holder)
{
    m_problem = problem;
    m_plateHolder = holder;
    Q_EMIT changed();
}

void DriverDesk::pickSurname(const QString &surname)
{
    NewDriver form = m_form;
    form.surname = surname;
    setForm(form);
}

void DriverDesk::pressPhone(const QString &digit)
{
    if (digit.size() != 1 || !digit.front().isDigit() || m_form.phone.size() >= kPhoneDigits)
        return;
    NewDriver form = m_form;
    form.phone += digit;
    setForm(form);
}

void DriverDesk::erasePhone()
{
    NewDriver form = m_form;
    form.phone.chop(1);
    setForm(form);
}

void DriverDesk::pickProvince(const QString &province)
{
    if (!driver_rules::provinces().contains(province))
        return;
    NewDriver form = m_form;
    form.province = province;
    setForm(form);
}

void DriverDesk::pressPlate(const QString &character)
{
    if (character.size() != 1 || !driver_rules::plateCharacters().contains(character)
        || m_form.plateRest.size() >= kLongestPlate)
        return;
    NewDriver form = m_form;
    form.plateRest += character;
    setForm(form);
}

void DriverDesk::erasePlate()
{
    NewDriver form = m_form;
    form.plateRest.chop(1);
    setForm(form);
}

void DriverDesk::pickPlatform(const QString &platform)
{
    NewDriver form = m_form;
    form.platform = platform;
    setForm(form);
}

void DriverDesk::setUnionMember(bool member)
{
    NewDriver form = m_form;
    form.unionMember = member;
    setForm(form);
}

void DriverDesk::clearForm()
{
    setForm({});
    setProblem(DriverRegister::NoProblem);
}

void DriverDesk::registerDriver()
{
    if (m_busy || m_staffId == 0 || missing() != DriverRegister::NoProblem)
        return;
    m_busy = true;
    m_registered.clear();
    m_slip.forget();
    setProblem(DriverRegister::NoProblem);
    m_register.ask(
        this, m_generation,
        [form = m_form, staffId = m_staffId](DriverRegisterService &desk) { return desk.registerDriver(form, staffId); },
        [this](const DriverRegisterService::Registered &result) {
            m_busy = false;
            setProblem(result.problem, result.holderName);
            if (result.problem == DriverRegister::StorageError)
                m_notice.show(Notice::SaveFailed);
            if (result.problem == DriverRegister::NoProblem) {
                m_registered = callName();
                m_slip.follow(result.printJobId);
                setForm({});
            }
            refresh();
        });
}

void DriverDesk::change(int row, std::function<DriverRegister::Problem(DriverRegisterService &, qint64)> change)
{
    if (row < 0 || row >= m_view.drivers.size() || m_staffId == 0)
        return;
    const qint64 driverId = m_view.drivers.at(row).id;
    m_register.ask(
        this, m_generation, [change, driverId](DriverRegisterService &desk) { return change(desk, driverId); },
        [this](DriverRegister::Problem problem) {
            setProblem(problem);
            if (problem == DriverRegister::StorageError)
                m_notice.show(Notice::SaveFailed);
            refresh();
        });
}

void DriverDesk::setUnionMemberOf(int row, bool member)
{
    change(row, [member](DriverRegisterService &desk, qint64 id) { return desk.setUnionMember(id, member); });
}

void DriverDesk::setActiveOf(int row, bool active)
{
    change(row, [active](DriverRegisterService &desk, qint64 id) { return desk.setActive(id, active); });
}

void DriverDesk::printCode(int row)
{
    if (row < 0 || row >= m_view.drivers.size() || !m_view.drivers.at(row).active)
        return;
    const qint64 driverId = m_view.drivers.at(row).id;
    m_people.ask(this, m_generation,
                 [driverId](PeopleService &people) { return people.queueCodeSlip(HolderKind::Driver, driverId); },
                 [this](const std::optional<qint64> &job) {
                     if (!job)
                         m_notice.show(Notice::SaveFailed);
                 });
}

void DriverDesk::endCharging(int spot)
{
    endForStation([spot](StationPlacesService &places, qint64 staffId) { return places.endChargingByStaff(spot, staffId); });
}

void DriverDesk::endRest(qint64 placeId)
{
    endForStation([placeId](StationPlacesService &places, qint64 staffId) { return places.endRestByStaff(placeId, staffId); });
}

void DriverDesk::endForStation(std::function<StationPlaces::Problem(StationPlacesService &, qint64)> end)
{
    if (m_staffId == 0)
        return;
    m_places.ask(this, m_generation,
                 [end = std::move(end), staffId = m_staffId](StationPlacesService &places) { return end(places, staffId); },
                 [this](StationPlaces::Problem problem) {
                     if (problem == StationPlaces::StorageError)
                         m_notice.show(Notice::SaveFailed);
                     Q_EMIT placesChanged(); // NothingHeld too: another kiosk ended it first
                 });
}

} // namespace linli
