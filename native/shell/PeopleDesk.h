#pragma once

#include "Flow.h"
#include "People.h"
#include "RecordModel.h"
#include "Remote.h"
#include "ShellContext.h"
#include "Slip.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace linli {

// PeopleRegister.CardTaken, ... for the staff screen.
namespace PeopleRegisterForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(linli::PeopleRegister)
QML_NAMED_ELEMENT(PeopleRegister)
} // namespace PeopleRegisterForeign

// 居民 in staff mode: the people register with nothing typed. Staff find a
// resident by building, unit and room, or by the first letter of the
// surname, on large buttons; open them to correct their flags, enrol a new
// card (tapped on the reader), mark a card lost, issue a new QR code, or
// mark them moved away or deceased (and erase their contact details).
// Drivers (their cards and codes) and staff members (their cards) are on the
// same desk. Every change is recorded
// with who made it and shown in the person's history.
class PeopleDesk : public Desk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.peopleDesk")
    // Finding a resident: the buttons to choose from and what is chosen.
    Q_PROPERTY(QStringList buildings READ buildings NOTIFY changed)
    Q_PROPERTY(QStringList units READ units NOTIFY changed)
    Q_PROPERTY(QStringList letters READ letters NOTIFY changed)
    Q_PROPERTY(QString building READ building NOTIFY changed)
    Q_PROPERTY(QString unit READ unit NOTIFY changed)
    Q_PROPERTY(QString letter READ letter NOTIFY changed)
    // The residents of the chosen unit (by room) or of the chosen letter.
    Q_PROPERTY(linli::RecordListModel *matches READ matches CONSTANT)
    Q_PROPERTY(linli::RecordListModel *drivers READ drivers CONSTANT)
    Q_PROPERTY(linli::RecordListModel *staff READ staff CONSTANT)
    // The person open on the desk: empty when none.
    Q_PROPERTY(QVariantMap person READ person NOTIFY personChanged)
    Q_PROPERTY(QVariantList cards READ cards NOTIFY personChanged)
    Q_PROPERTY(QVariantList history READ history NOTIFY personChanged)
    // 发卡: the desk waits for the new card on the reader.
    Q_PROPERTY(bool awaitingCard READ awaitingCard NOTIFY changed)
    // The last thing asked that did not go through, and what did.
    Q_PROPERTY(linli::PeopleRegister::Problem problem READ problem NOTIFY changed)
    Q_PROPERTY(QString cardHolder READ cardHolder NOTIFY changed) // CardTaken: whose (masked)
    Q_PROPERTY(QString done READ done NOTIFY changed)             // what just happened, for the line above the page
    Q_PROPERTY(linli::Slip *slip READ slip CONSTANT)               // a new code's slip
    Q_PROPERTY(bool busy READ busy NOTIFY changed)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, AddressRole, LeftAsRole, PlateRole, RoleRole, PinPendingRole,
                CardsRole };

    explicit PeopleDesk(const ShellContext &shell, QObject *parent = nullptr);

    QStringList buildings() const { return m_buildings; }
    QStringList units() const;
    QStringList letters() const { return m_letters; }
    QString building() const { return m_building; }
    QString unit() const { return m_unit; }
    QString letter() const { return m_letter; }
    RecordModel<RollEntry> *matches() { return &m_matches; }
    RecordModel<PersonEntry> *drivers() { return &m_drivers; }
    RecordModel<StaffEntry> *staff() { return &m_staff; }
    QVariantMap person() const;
    QVariantList cards() const;
    QVariantList history() const;
    bool awaitingCard() const { return m_awaitingCard; }
    PeopleRegister::Problem problem() const { return m_problem; }
    QString cardHolder() const { return m_cardHolder; }
    QString done() const { return m_done; }
    Slip *slip() { return &m_slip; }
    bool busy() const { return m_busy; }

    void open(qint64 staffId) override;
    void close() override;
    // The new card while 发卡 waits: its UID, as the reader gives it.
    bool takeCard(const QByteArray &uid) override;

    Q_INVOKABLE void chooseBuilding(const QString &building);
    Q_INVOKABLE void chooseUnit(const QString &unit);
    Q_INVOKABLE void chooseLetter(const QString &letter);
    Q_INVOKABLE void openResident(qint64 id);
    Q_INVOKABLE void openDriver(qint64 id);
    Q_INVOKABLE void openStaff(qint64 id);
    Q_INVOKABLE void closePerson();

    // The open resident's switches: mobilityImpaired, livesAlone, deliveryEnabled.
    Q_INVOKABLE void setFlag(const QString &flag, bool on);
    // moved / deceased; `eraseContact` also removes phone, ID number and room.
    Q_INVOKABLE void markLeft(const QString &leftAs, bool eraseContact);
    Q_INVOKABLE void reactivate();
    Q_INVOKABLE void beginEnrol();
    Q_INVOKABLE void cancelEnrol();
    // The open person's card at `index` in `cards`.
    Q_INVOKABLE void markLost(int index);
    // A new QR code for the open resident, its slip printing; the old code stops.
    Q_INVOKABLE void reissueCode();
    // The open resident's current code printed again (the same code: nothing is revoked).
    Q_INVOKABLE void printCode();

Q_SIGNALS:
    void changed();
    void personChanged();

private:
    void refresh();
    void showRoll(const PeopleService::Roll &roll);
    // The residents the chosen unit or letter names, into `matches`.
    void filter();
    void openPerson(CardHolder person);
    void reloadPerson();
    // A change to the open person, then the person and the roll afresh.
    void change(const QString &done, std::function<PeopleService::Outcome(PeopleService &, CardHolder, qint64)> change);
    void setProblem(PeopleRegister::Problem problem, const QString &holder = {});

    Remote<PeopleService> m_people;
    Notice &m_notice;
    RecordModel<RollEntry> m_matches;
    RecordModel<PersonEntry> m_drivers;
    RecordModel<StaffEntry> m_staff;
    QList<RollEntry> m_roll;
    QStringList m_buildings;
    QStringList m_letters;
    QString m_building, m_unit, m_letter;
    PeopleService::PersonView m_person;
    Slip m_slip;
    const Clock &m_clock; // a resident's age today
    Generation m_generation;       // the desk's whole session
    Generation m_personGeneration; // the person on it
    qint64 m_staffId = 0;
    bool m_awaitingCard = false;
    bool m_busy = false; // a double tap makes one change
    PeopleRegister::Problem m_problem = PeopleRegister::NoProblem;
    QString m_cardHolder;
    QString m_done;
};

} // namespace linli
