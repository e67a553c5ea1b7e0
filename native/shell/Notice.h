#pragma once

#include "Identity.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The one message banner of the shell: what a scan, a card or an action did
// when it could not go on. It belongs to the screen it was shown on and goes
// by itself after a few seconds.
class Notice : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.notice")
    Q_PROPERTY(Kind kind READ kind NOTIFY changed)
    Q_PROPERTY(linli::Identity::Problem problem READ problem NOTIFY changed)

public:
    enum Kind { None, CodeRefused, CardUnknown, NotAStaffCard, NotADriver, SaveFailed, CodeSlipQueued, LabelQueued,
                ReminderQueued,
                Offline, HelpComing,
                StaffProofNeeded, // money moves need the staff card and the PIN
                NotCancellable,   // the kitchen has begun the order
                CorrectionRefused // the card would go below zero
    };
    Q_ENUM(Kind)

    explicit Notice(QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    Identity::Problem problem() const { return m_problem; }
    // SaveFailed reads Offline while the database connection is lost.
    void show(Kind kind, Identity::Problem problem = Identity::NoProblem);
    void setOffline(bool offline) { m_offline = offline; }
    Q_INVOKABLE void dismiss();

Q_SIGNALS:
    void changed();

private:
    Kind m_kind = None;
    Identity::Problem m_problem = Identity::NoProblem;
    QTimer m_timer;
    bool m_offline = false;
};

} // namespace linli
