#pragma once

#include "Identity.h"

#include <QObject>

namespace linli {

// One task a person does at the kiosk (order a meal, check in at the
// station). The shell knows flows only through this: it begins one when its
// screen opens, hands it whoever is identified while it is on screen, and
// resets them all when the person walks away.
class Flow : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Its screen opens, for the person identified so far (Nobody: anyone).
    virtual void begin(const IdentifiedPerson &person) = 0;
    // Forget everything: the person left, or the kiosk went idle.
    virtual void reset() = 0;
    // A resident or driver was identified while this flow is on screen.
    virtual void take(const IdentifiedPerson &person) = 0;
    // A resident or driver was identified where no flow is on screen:
    // whether this flow starts for them (a driver's scan anywhere checks
    // them in). A flow that starts emits wantsScreen once it has an answer.
    virtual bool startsFor(const IdentifiedPerson &person)
    {
        Q_UNUSED(person);
        return false;
    }
    // A thing's label (or a book's barcode) was scanned while this flow is
    // on screen: whether it takes it.
    virtual bool takeItem(const IdentifiedPerson &label)
    {
        Q_UNUSED(label);
        return false;
    }
    // Names that are data (dishes, sets) follow the screen's language.
    virtual void setEnglish(bool english) { Q_UNUSED(english); }

Q_SIGNALS:
    void wantsScreen();
};

// A service's tab in staff mode.
class Desk : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Staff mode opens with who is on duty, and closes.
    virtual void open(qint64 staffId) = 0;
    virtual void close() = 0;
    virtual void setEnglish(bool english) { Q_UNUSED(english); }
    // A resident's card or code while staff are at the desk: true when this
    // desk was waiting for it (intake's owner, say).
    virtual bool takePerson(const IdentifiedPerson &person)
    {
        Q_UNUSED(person);
        return false;
    }
    // A card's raw UID before anyone identifies it: true when this desk was
    // waiting for a new card to enrol (it is nobody's yet).
    virtual bool takeCard(const QByteArray &uid)
    {
        Q_UNUSED(uid);
        return false;
    }

    // Money moves (top-ups, refunds, corrections) only once the staff member
    // on duty showed both their card and their PIN: a card's UID alone can be
    // copied. StaffSession says when.
    void setMoneyUnlocked(bool unlocked) { m_moneyUnlocked = unlocked; }
    bool moneyUnlocked() const { return m_moneyUnlocked; }

private:
    bool m_moneyUnlocked = false;
};

} // namespace linli
