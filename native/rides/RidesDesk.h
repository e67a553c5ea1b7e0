#pragma once

#include "Flow.h"
#include "Remote.h"
#include "Rides.h"
#include "ShellContext.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace linli {

// 叫车 in staff mode, on every kiosk of the street: the requests not taken
// in time (above every tab, until staff resolve each with what they did),
// and every request of yesterday and today, or still under way, with its state.
class RidesDesk : public Desk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.rides.desk")
    // Requests not taken in time and not yet resolved, the oldest first (RideRows.h's fields).
    Q_PROPERTY(QVariantList alerts READ alerts NOTIFY changed)
    Q_PROPERTY(QVariantList requests READ requests NOTIFY changed)
    // The last resolution that did not go through (AlertResolved: at another desk).
    Q_PROPERTY(linli::Rides::Problem problem READ problem NOTIFY changed)

public:
    explicit RidesDesk(const ShellContext &shell, QObject *parent = nullptr);

    QVariantList alerts() const { return m_alerts; }
    QVariantList requests() const { return m_requests; }
    Rides::Problem problem() const { return m_problem; }

    void open(qint64 staffId) override;
    void close() override;
    void setEnglish(bool english) override;

    Q_INVOKABLE void resolve(qint64 requestId, linli::Rides::Note note);

Q_SIGNALS:
    void changed();

private:
    void refresh();
    void show(const RidesDeskView &view);

    Remote<RidesService> m_rides;
    const Clock &m_clock;
    Notice &m_notice;
    RidesDeskView m_view;
    QVariantList m_alerts, m_requests;
    Generation m_generation;
    qint64 m_staffId = 0;
    bool m_english = false;
    Rides::Problem m_problem = Rides::NoProblem;
};

} // namespace linli
