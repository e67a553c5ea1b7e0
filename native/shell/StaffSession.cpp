#include "StaffSession.h"

#include "Backend.h"

namespace linli {

StaffSession::StaffSession(Remote<StaffAuthService> auth, Remote<PeopleService> people, Notice &notice,
                           QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_peopleService(people)
    , m_notice(notice)
    , m_people({
          {NameRole, "name", [](const PersonEntry &p) { return QVariant(p.name); }},
          {DetailRole, "detail", [](const PersonEntry &p) { return QVariant(p.detail); }},
          {IsDriverRole, "isDriver", [](const PersonEntry &p) { return QVariant(p.kind == HolderKind::Driver); }},
      })
{
}

void StaffSession::addDesk(Desk *desk)
{
    m_desks.append(desk);
}

bool StaffSession::personTapped(const IdentifiedPerson &person)
{
    return std::any_of(m_desks.begin(), m_desks.end(), [&](Desk *desk) { return desk->takePerson(person); });
}

bool StaffSession::cardTapped(const QByteArray &uid)
{
    return isOpen() && std::any_of(m_desks.begin(), m_desks.end(), [&](Desk *desk) { return desk->takeCard(uid); });
}

void StaffSession::beginEntry()
{
    close();
    m_entering = true;
}

void StaffSession::submitPin(const QString &pin)
{
    if (!m_entering || m_pinState == PinChecking)
        return;
    if (choosing()) {
        choosePin(pin);
        return;
    }
    setPin(PinChecking);
    // PBKDF2 takes a moment on purpose; it runs on the worker, never the UI thread.
    // An answer for a PIN screen that has been left is dropped: it never opens staff mode.
    m_auth.ask(
        this, m_generation, [pin](StaffAuthService &auth) { return auth.verifyPin(pin); },
        [this](const StaffAuthService::Result &result) { answerPin(result); });
}

bool StaffSession::choosing() const
{
    return m_pinState == PinChoose || m_pinState == PinConfirm || m_pinState == PinMismatch || m_pinState == PinWeak;
}

void StaffSession::choosePin(const QString &pin)
{
    if (m_pinState != PinConfirm) {
        m_firstPin = pin;
        setPin(StaffAuthService::isWeakPin(pin) ? PinWeak : PinConfirm);
        return;
    }
    if (pin != m_firstPin) {
        m_firstPin.clear();
        setPin(PinMismatch); // start again
        return;
    }
    setPin(PinChecking);
    m_auth.ask(
        this, m_generation,
        [pin, staffId = m_choosing.personId](StaffAuthService &auth) { return auth.choosePin(staffId, pin); },
        [this](const StaffAuthService::Result &result) { answerPin(result); });
}

void StaffSession::answerPin(const StaffAuthService::Result &result)
{
    switch (result.outcome) {
    case StaffAuthService::Outcome::Accepted: {
        if (isOpen()) { // confirmed in staff mode, before money moves
            setPin(PinIdle);
            setShown(m_cardShown, true);
            break;
        }
        // Choosing their PIN, they came with their card.
        const Shown shown = m_choosing.isPerson() ? Shown::CardAndPin : Shown::Pin;
        m_choosing = {};
        m_firstPin.clear();
        setPin(PinIdle);
        open(result.staff, shown);
        break;
    }
    case StaffAuthService::Outcome::WrongPin:
        setPin(PinWrong, result.attemptsLeft);
        break;
    case StaffAuthService::Outcome::WeakPin:
        m_firstPin.clear();
        setPin(PinWeak);
        break;
    case StaffAuthService::Outcome::NotPending: // chosen meanwhile, at another kiosk
        m_choosing = {};
        setPin(PinIdle);
        break;
    case StaffAuthService::Outcome::Locked:
        m_choosing = {};
        setPin(PinLocked, 0, result.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        break;
    case StaffAuthService::Outcome::StorageError:
        setPin(m_choosing.isPerson() ? PinChoose : PinIdle);
        m_notice.show(Notice::SaveFailed);
        break;
    }
}

void StaffSession::staffCardTapped(const IdentifiedPerson &staff)
{
    if (isOpen()) {
        if (staff.personId == m_staff.personId)
            setShown(true, m_pinShown);
        return;
    }
    if (!m_entering)
        return;
    if (!staff.pinPending) {
        open(staff);
        return;
    }
    // Their first time: a PIN of their own before staff mode opens.
    m_choosing = staff;
    m_firstPin.clear();
    setPin(PinChoose);
}

void StaffSession::open(const IdentifiedPerson &staff, Shown shown)
{
    m_entering = false;
    m_staff = staff;
    for (Desk *desk : std::as_const(m_desks))
        desk->open(staff.personId);
    setShown(shown != Shown::Pin, shown != Shown::Card);
    Q_EMIT opened();
    m_peopleService.ask(
        this, m_generation, [](PeopleService &people) { return people.residentsAndDrivers(); },
        [this](const QList<PersonEntry> &people) { m_people.setRecords(people); });
}

void StaffSession::leave()
{
    close();
    Q_EMIT left();
}

void StaffSession::close()
{
    if (!isOpen() && !m_entering && m_pinState == PinIdle)
        return; // every screen outside staff mode closes it: mostly there is nothing to close
    m_generation.forget();
    m_entering = false;
    m_printingCode = false;
    m_staff = {};
    m_choosing = {};
    m_firstPin.clear();
    m_cardShown = m_pinShown = false;
    for (Desk *desk : std::as_const(m_desks)) {
        desk->setMoneyUnlocked(false);
        desk->close();
    }
    m_people.setRecords({});
    setPin(PinIdle);
}

void StaffSession::confirmPin(const QString &pin)
{
    if (!isOpen() || m_pinState == PinChecking || m_pinShown)
        return;
    setPin(PinChecking);
    m_auth.ask(
        this, m_generation,
        [pin, staffId = m_staff.personId](StaffAuthService &auth) { return auth.confirmPin(staffId, pin); },
        [this](const StaffAuthService::Result &result) { answerPin(result); });
}

void StaffSession::setShown(bool card, bool pin)
{
    m_cardShown = card;
    m_pinShown = pin;
    for (Desk *desk : std::as_const(m_desks))
        desk->setMoneyUnlocked(moneyUnlocked());
    Q_EMIT changed();
}

void StaffSession::printPersonCode(int row)
{
    if (!isOpen() || row < 0 || row >= m_people.count() || m_printingCode)
        return;
    const PersonEntry person = m_people.records().at(row);
    m_printingCode = true;
    m_peopleService.ask(
        this, m_generation, [person](PeopleService &people) { return people.queueCodeSlip(person.kind, person.id); },
        [this](std::optional<qint64> jobId) {
            m_printingCode = false;
            m_notice.show(jobId ? Notice::CodeSlipQueued : Notice::SaveFailed);
        });
}

void StaffSession::setPin(Pin state, int attemptsLeft, const QString &lockedUntil)
{
    m_pinState = state;
    m_pinAttemptsLeft = attemptsLeft;
    m_pinLockedUntil = lockedUntil;
    Q_EMIT changed();
}

} // namespace linli
