#pragma once

#include "Flow.h"
#include "HelpCallStore.h"
#include "Remote.h"
#include "ShellContext.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace linli {

// 呼叫工作人员: a resident screen's call for help, and the calls waiting on
// every staff desk of the site (any kiosk's) until a staff member takes one.
class HelpDesk : public Desk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.help")
    // Waiting calls: {id, kiosk, at ("11:32"), here (this kiosk's own)}.
    Q_PROPERTY(QVariantList calls READ calls NOTIFY changed)
    // This kiosk's call is waiting for someone.
    Q_PROPERTY(bool calling READ calling NOTIFY changed)

public:
    explicit HelpDesk(ShellContext &shell, QObject *parent = nullptr);

    // From a resident screen: the call goes to every desk; the screen says
    // help is coming (Notice::HelpComing) or that it could not be sent.
    Q_INVOKABLE void call();
    // A staff member takes it: it leaves every desk.
    Q_INVOKABLE void take(qint64 id);

    QVariantList calls() const { return m_calls; }
    bool calling() const { return m_calling; }

    void open(qint64 staffId) override;
    void close() override;

Q_SIGNALS:
    void changed();

private:
    void refresh();
    void setCalls(const QList<HelpCallRecord> &calls);

    ShellContext &m_shell;
    Remote<HelpCallStore> m_store;
    Generation m_generation;
    qint64 m_staffId = 0;
    QVariantList m_calls;
    bool m_calling = false;
    bool m_sending = false; // a double tap sends one call
};

} // namespace linli
