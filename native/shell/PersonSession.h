#pragma once

#include "Identity.h"
#include "Remote.h"

#include <QElapsedTimer>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace linli {

// The person in front of the kiosk: who a scan or a card said they are, for
// every screen and flow. Forgetting them moves the generation on, so an
// answer still on its way for them is never shown to the next person.
// In 代办 (assisted mode) a staff member or volunteer stands with them: the
// assistant stays from one resident to the next until they end it or the
// kiosk goes idle, and every order is recorded with both.
class PersonSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.person")
    Q_PROPERTY(linli::Identity::Kind kind READ kind NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(int age READ age NOTIFY changed)
    // A scan or card is being handled: the next one waits its turn.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool assisted READ assisted NOTIFY assistantChanged)
    Q_PROPERTY(QString assistantName READ assistantName NOTIFY assistantChanged)

public:
    PersonSession(Remote<IdentityService> identity, int repeatInputMs, QObject *parent = nullptr);

    const IdentifiedPerson &person() const { return m_person; }
    Identity::Kind kind() const { return m_person.kind; }
    QString name() const { return m_person.maskedName; } // masked: the screen is public
    int age() const { return m_person.age; }
    bool busy() const { return m_busy; }
    const Generation &generation() const { return m_generation; }
    const IdentifiedPerson &assistant() const { return m_assistant; }
    bool assisted() const { return m_assistant.kind == Identity::Staff; }
    QString assistantName() const { return m_assistant.maskedName; }

    void set(const IdentifiedPerson &person);
    void clear() { set({}); }
    void setAssistant(const IdentifiedPerson &staff);
    void endAssisting() { setAssistant({}); }
    // The person walked away: nothing of theirs comes back, and whoever
    // assisted them has gone too.
    void forget();
    void setBusy(bool busy);

    // A code or a card, read by the scanner or the card reader. The same
    // input again within repeatInputMs, or any input while the last is being
    // handled, is dropped (a double tap, a scanner that fires twice).
    void scanned(const QString &text);
    void cardTapped(const QByteArray &uid);

Q_SIGNALS:
    void changed();
    void busyChanged();
    void assistantChanged();
    // Whoever the input turned out to be (or why it was refused).
    void identified(const IdentifiedPerson &person);

private:
    void identify(const QString &inputKey, std::function<IdentifiedPerson(IdentityService &)> lookUp);
    bool isRepeat(const QString &inputKey);

    Remote<IdentityService> m_identity;
    int m_repeatInputMs;
    IdentifiedPerson m_person;
    IdentifiedPerson m_assistant;
    Generation m_generation;
    bool m_busy = false;
    QString m_lastInputKey;
    QElapsedTimer m_sinceLastInput;
};

} // namespace linli
