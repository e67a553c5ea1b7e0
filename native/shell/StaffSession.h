#pragma once

#include "Flow.h"
#include "Notice.h"
#include "People.h"
#include "RecordModel.h"
#include "Remote.h"
#include "StaffAuth.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// Staff mode: who is on duty, the PIN at the door (with its lockout), the
// people list for QR code slips, and each service's desk, opened and closed
// with it.
class StaffSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.staff")
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(Pin pinState READ pinState NOTIFY changed)
    Q_PROPERTY(int pinAttemptsLeft READ pinAttemptsLeft NOTIFY changed)
    Q_PROPERTY(QString pinLockedUntil READ pinLockedUntil NOTIFY changed)
    // Who is choosing their PIN (PinChoose ... PinWeak).
    Q_PROPERTY(QString choosingName READ choosingName NOTIFY changed)
    // Money moves once the card and the PIN of the staff member on duty
    // were both shown this session; until then the desk asks for the one missing.
    Q_PROPERTY(bool moneyUnlocked READ moneyUnlocked NOTIFY changed)
    Q_PROPERTY(bool cardShown READ cardShown NOTIFY changed)
    Q_PROPERTY(bool pinShown READ pinShown NOTIFY changed)
    // Residents and drivers, for their QR code slips.
    Q_PROPERTY(linli::RecordListModel *people READ people CONSTANT)

public:
    // PinChoose ... PinWeak: staff imported from the roll choose their PIN
    // with their card, typing it twice.
    enum Pin { PinIdle, PinChecking, PinWrong, PinLocked, PinChoose, PinConfirm, PinMismatch, PinWeak };
    Q_ENUM(Pin)

    StaffSession(Remote<StaffAuthService> auth, Remote<PeopleService> people, Notice &notice, QObject *parent = nullptr);

    // A service's staff tab: opened with staff mode, closed with it.
    void addDesk(Desk *desk);
    const QList<Desk *> &desks() const { return m_desks; }

    QString name() const { return m_staff.fullName; }
    Pin pinState() const { return m_pinState; }
    int pinAttemptsLeft() const { return m_pinAttemptsLeft; }
    QString pinLockedUntil() const { return m_pinLockedUntil; }
    QString choosingName() const { return m_choosing.fullName; }
    enum PersonRole { NameRole = Qt::UserRole + 1, DetailRole, IsDriverRole };
    RecordModel<PersonEntry> *people() { return &m_people; }
    bool isOpen() const { return m_staff.isPerson(); }
    bool cardShown() const { return m_cardShown; }
    bool pinShown() const { return m_pinShown; }
    bool moneyUnlocked() const { return m_cardShown && m_pinShown; }
    // How staff mode was opened: what the staff member has shown so far.
    enum class Shown { Card, Pin, CardAndPin };

    // The PIN screen is up: a PIN or a staff card opens staff mode from it.
    void beginEntry();
    Q_INVOKABLE void submitPin(const QString &pin);
    // On the PIN screen a staff card opens staff mode; in it, the card of
    // the staff member on duty counts as shown (for money), any other changes nothing.
    void staffCardTapped(const IdentifiedPerson &staff);
    // In staff mode: the PIN of the staff member on duty, before money moves.
    Q_INVOKABLE void confirmPin(const QString &pin);
    // A resident's card or code while staff mode is open; false when no desk waited for it.
    bool personTapped(const IdentifiedPerson &person);
    // Any card while staff mode is open, before it is identified: true when a
    // desk waited for a new card (发卡).
    bool cardTapped(const QByteArray &uid);
    // Staff mode for a staff card tapped elsewhere, once they chose it.
    void open(const IdentifiedPerson &staff, Shown shown = Shown::Card);
    // Back to the residents' screens (staff asked), or forgetting everything
    // (idle, a screen outside staff mode): nothing of staff mode stays.
    Q_INVOKABLE void leave();
    void close();
    Q_INVOKABLE void printPersonCode(int row);

Q_SIGNALS:
    void changed();
    void opened();
    void left();

private:
    void setPin(Pin state, int attemptsLeft = 0, const QString &lockedUntil = {});
    void answerPin(const StaffAuthService::Result &result);
    bool choosing() const;
    void choosePin(const QString &pin);
    void setShown(bool card, bool pin);

    Remote<StaffAuthService> m_auth;
    Remote<PeopleService> m_peopleService;
    Notice &m_notice;
    QList<Desk *> m_desks;
    RecordModel<PersonEntry> m_people;
    IdentifiedPerson m_staff;
    IdentifiedPerson m_choosing; // a staff member choosing their PIN
    QString m_firstPin;          // as they typed it the first time
    bool m_entering = false;
    bool m_cardShown = false, m_pinShown = false;
    bool m_printingCode = false; // a double tap queues one slip, not two
    Pin m_pinState = PinIdle;
    int m_pinAttemptsLeft = 0;
    QString m_pinLockedUntil;
    Generation m_generation;
};

} // namespace linli
