#pragma once

#include "DriverRegister.h"
#include "StationPlaces.h"
#include "Flow.h"
#include "RecordModel.h"
#include "Remote.h"
#include "ShellContext.h"
#include "Slip.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace linli {

// DriverRegister.PlateTaken, ... for the staff screen.
namespace DriverRegisterForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(linli::DriverRegister)
QML_NAMED_ELEMENT(DriverRegister)
} // namespace DriverRegisterForeign

// The station's drivers in staff mode: who is in since when, every driver
// with their union membership, their QR code slip reprinted, a driver who
// stopped driving taken off; and registering a new one with nothing typed
// (a surname, the phone and the plate on keypads, the platform), their
// code slip printing at once. Staff also end a charging session or a rest
// booking here.
class DriverDesk : public Desk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.driverHome.drivers")
    Q_PROPERTY(linli::RecordListModel *drivers READ drivers CONSTANT)
    Q_PROPERTY(int present READ present NOTIFY changed)
    Q_PROPERTY(QStringList surnames READ surnames NOTIFY changed)
    Q_PROPERTY(QStringList platforms READ platforms NOTIFY changed)
    Q_PROPERTY(QStringList provinces READ provinces CONSTANT)
    Q_PROPERTY(QString plateCharacters READ plateCharacters CONSTANT)
    // The new driver's form.
    Q_PROPERTY(QString surname READ surname NOTIFY formChanged)
    Q_PROPERTY(QString callName READ callName NOTIFY formChanged)
    Q_PROPERTY(QString phone READ phone NOTIFY formChanged)
    Q_PROPERTY(QString province READ province NOTIFY formChanged)
    Q_PROPERTY(QString plateRest READ plateRest NOTIFY formChanged)
    Q_PROPERTY(QString plate READ plate NOTIFY formChanged)
    Q_PROPERTY(QString platform READ platform NOTIFY formChanged)
    Q_PROPERTY(bool unionMember READ unionMember NOTIFY formChanged)
    // What the form still lacks (NoProblem: it can be filed).
    Q_PROPERTY(linli::DriverRegister::Problem missing READ missing NOTIFY formChanged)
    // The last thing asked of the desk that did not go through.
    Q_PROPERTY(linli::DriverRegister::Problem problem READ problem NOTIFY changed)
    Q_PROPERTY(QString plateHolder READ plateHolder NOTIFY changed) // PlateTaken: whose (masked)
    Q_PROPERTY(QString registered READ registered NOTIFY changed)   // the call name just registered
    Q_PROPERTY(linli::Slip *slip READ slip CONSTANT)                 // their code slip
    Q_PROPERTY(bool busy READ busy NOTIFY changed)

public:
    enum Role { DriverIdRole = Qt::UserRole + 1, NameRole, PhoneRole, PlateRole, PlatformRole, UnionRole,
                ActiveRole, PresentSinceRole };

    explicit DriverDesk(const ShellContext &shell, QObject *parent = nullptr);

    RecordModel<DriverListEntry> *drivers() { return &m_drivers; }
    int present() const;
    QStringList surnames() const { return m_view.surnames; }
    QStringList platforms() const { return m_view.platforms; }
    QStringList provinces() const { return driver_rules::provinces(); }
    QString plateCharacters() const { return driver_rules::plateCharacters(); }
    QString surname() const { return m_form.surname; }
    QString callName() const { return m_form.surname.isEmpty() ? QString() : driver_rules::callName(m_form.surname); }
    QString phone() const { return m_form.phone; }
    QString province() const { return m_form.province; }
    QString plateRest() const { return m_form.plateRest; }
    QString plate() const { return driver_rules::plateText(m_form.province, m_form.plateRest); }
    QString platform() const { return m_form.platform; }
    bool unionMember() const { return m_form.unionMember; }
    DriverRegister::Problem missing() const;
    DriverRegister::Problem problem() const { return m_problem; }
    QString plateHolder() const { return m_plateHolder; }
    QString registered() const { return m_registered; }
    Slip *slip() { return &m_slip; }
    bool busy() const { return m_busy; }

    void open(qint64 staffId) override;
    void close() override;

    Q_INVOKABLE void pickSurname(const QString &surname);
    Q_INVOKABLE void pressPhone(const QString &digit);
    Q_INVOKABLE void erasePhone();
    Q_INVOKABLE void pickProvince(const QString &province);
    Q_INVOKABLE void pressPlate(const QString &character);
    Q_INVOKABLE void erasePlate();
    Q_INVOKABLE void pickPlatform(const QString &platform);
    Q_INVOKABLE void setUnionMember(bool member);
    Q_INVOKABLE void clearForm();
    Q_INVOKABLE void registerDriver();

    Q_INVOKABLE void setUnionMemberOf(int row, bool member);
    Q_INVOKABLE void setActiveOf(int row, bool active);
    Q_INVOKABLE void printCode(int row);
    // Staff end the session on a charging spot (an overdue car moved, a
    // driver gone): the first in the queue is called to it.
    Q_INVOKABLE void endCharging(int spot);
    // Staff end a rest booking (a driver who left without getting up).
    Q_INVOKABLE void endRest(qint64 placeId);

Q_SIGNALS:
    void changed();
    void formChanged();
    void placesChanged(); // staff ended something: the station's board is to be read afresh

private:
    void refresh();
    void show(const DriverRegisterService::View &view);
    void setForm(const NewDriver &form);
    // A change to one driver, then the list afresh.
    void change(int row, std::function<DriverRegister::Problem(DriverRegisterService &, qint64)> change);
    void setProblem(DriverRegister::Problem problem, const QString &holder = {});
    // Staff end a charging session or a rest booking.
    void endForStation(std::function<StationPlaces::Problem(StationPlacesService &, qint64 staffId)> end);

    Remote<DriverRegisterService> m_register;
    Remote<PeopleService> m_people;
    Remote<StationPlacesService> m_places;
    Notice &m_notice;
    RecordModel<DriverListEntry> m_drivers;
    DriverRegisterService::View m_view;
    NewDriver m_form;
    Slip m_slip;
    Generation m_generation;
    qint64 m_staffId = 0;
    bool m_busy = false; // a double tap files one driver
    DriverRegister::Problem m_problem = DriverRegister::NoProblem;
    QString m_plateHolder;
    QString m_registered;
};

} // namespace linli
