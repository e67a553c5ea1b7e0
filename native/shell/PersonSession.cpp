#include "PersonSession.h"

#include "Backend.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPerson, "linli.person")

namespace linli {

PersonSession::PersonSession(Remote<IdentityService> identity, int repeatInputMs, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_repeatInputMs(repeatInputMs)
{
}

void PersonSession::set(const IdentifiedPerson &person)
{
    m_person = person;
    Q_EMIT changed();
}

void PersonSession::setAssistant(const IdentifiedPerson &staff)
{
    m_assistant = staff.kind == Identity::Staff ? staff : IdentifiedPerson{};
    Q_EMIT assistantChanged();
}

void PersonSession::forget()
{
    clear();
    endAssisting();
    m_lastInputKey.clear();
    m_generation.forget();
}

void PersonSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void PersonSession::scanned(const QString &text)
{
    identify(QStringLiteral("scan:") + text, [text](IdentityService &identity) { return identity.identifyScan(text); });
}

void PersonSession::cardTapped(const QByteArray &uid)
{
    identify(QStringLiteral("card:") + QString::fromLatin1(uid.toHex()),
             [uid](IdentityService &identity) { return identity.identifyCard(uid); });
}

void PersonSession::identify(const QString &inputKey, std::function<IdentifiedPerson(IdentityService &)> lookUp)
{
    if (m_busy || isRepeat(inputKey))
        return;
    // Asked for the person of this moment: whoever is forgotten meanwhile
    // (even by what setBusy sets off) never gets the answer.
    const quint64 askedFor = m_generation.current();
    setBusy(true);
    m_identity.run(std::move(lookUp)).then(this, [this, askedFor](const IdentifiedPerson &person) {
        setBusy(false);
        if (m_generation.isCurrent(askedFor))
            Q_EMIT identified(person);
    });
}

bool PersonSession::isRepeat(const QString &inputKey)
{
    if (inputKey == m_lastInputKey && m_sinceLastInput.isValid() && m_sinceLastInput.elapsed() < m_repeatInputMs) {
        qCInfo(lcPerson) << "same code or card again within" << m_repeatInputMs << "ms: ignored";
        return true;
    }
    m_lastInputKey = inputKey;
    m_sinceLastInput.start();
    return false;
}

} // namespace linli
