#include "HelpDesk.h"

#include "DatabaseLink.h"
#include "Notice.h"

#include <QLoggingCategory>

namespace linli {

Q_LOGGING_CATEGORY(lcHelp, "linli.help")

HelpDesk::HelpDesk(ShellContext &shell, QObject *parent)
    : Desk(parent)
    , m_shell(shell)
    , m_store(shell.remote<HelpCallStore>(&Backend::helpCalls))
{
    // Calls made or taken at another kiosk of the site.
    connect(&shell.link, &DatabaseLink::changed, this, [this](const QStringList &tables) {
        if ((m_staffId != 0 || m_calling) && touches(tables, {"help_call"}))
            refresh();
    });
}

void HelpDesk::call()
{
    if (m_sending)
        return;
    m_sending = true;
    const QString kiosk = kioskName(m_shell.config);
    const QDateTime now = m_shell.clock.now();
    m_store.ask(this, m_generation, [kiosk, now](HelpCallStore &store) { return store.call(kiosk, now); },
                [this](const std::optional<HelpCallRecord> &made) {
                    m_sending = false;
                    if (!made) {
                        m_shell.notice.show(Notice::SaveFailed);
                        return;
                    }
                    qCInfo(lcHelp).noquote() << "help called at" << made->kiosk;
                    m_calling = true;
                    m_shell.notice.show(Notice::HelpComing);
                    Q_EMIT changed();
                });
}

void HelpDesk::take(qint64 id)
{
    if (m_staffId == 0)
        return;
    const qint64 staffId = m_staffId;
    const QDateTime now = m_shell.clock.now();
    m_store.ask(this, m_generation, [id, staffId, now](HelpCallStore &store) {
        store.take(id, staffId, now);
        return store.open();
    }, [this](const QList<HelpCallRecord> &open) { setCalls(open); });
}

void HelpDesk::open(qint64 staffId)
{
    m_staffId = staffId;
    refresh();
}

void HelpDesk::close()
{
    m_staffId = 0;
}

void HelpDesk::refresh()
{
    m_store.ask(this, m_generation, [](HelpCallStore &store) { return store.open(); },
                [this](const QList<HelpCallRecord> &open) { setCalls(open); });
}

void HelpDesk::setCalls(const QList<HelpCallRecord> &calls)
{
    m_calls.clear();
    bool mine = false;
    for (const HelpCallRecord &c : calls) {
        const bool here = c.kiosk == kioskName(m_shell.config);
        mine = mine || here;
        m_calls.append(QVariantMap{{QStringLiteral("id"), c.id},
                                   {QStringLiteral("kiosk"), c.kiosk},
                                   {QStringLiteral("at"), c.calledAt.toLocalTime().toString(QStringLiteral("HH:mm"))},
                                   {QStringLiteral("here"), here}});
    }
    m_calling = mine;
    Q_EMIT changed();
}

} // namespace linli
