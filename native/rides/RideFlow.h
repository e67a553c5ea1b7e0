#pragma once

#include "Flow.h"
#include "Remote.h"
#include "Rides.h"
#include "ShellContext.h"
#include "Slip.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace linli {

// Rides.TooYoung, Rides.AlreadyTaken, ... for the screens.
namespace RidesForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(linli::Rides)
QML_NAMED_ELEMENT(Rides)
} // namespace RidesForeign

// 叫车 at a community kiosk: her card, then where to, when, and whether
// someone comes along; confirm, and a slip prints with her number. Her
// request under way shows when she comes back, with 取消叫车. Nothing to
// type: every choice is a button. Pickup is her home.
class RideFlow : public Flow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.rides.request")
    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(linli::Rides::Problem problem READ problem NOTIFY changed)
    // Where to: id, name (in the screen's language).
    Q_PROPERTY(QVariantList destinations READ destinations NOTIFY changed)
    // When: code (now, later_today, tomorrow_morning, tomorrow_afternoon),
    // window ("明天 08:00-12:00"), problem (a Rides.Problem: NoProblem when she may choose it).
    Q_PROPERTY(QVariantList times READ times NOTIFY changed)
    // What she chose so far: destination, window, companion (bool), chosen (true once she answered it).
    Q_PROPERTY(QVariantMap chosen READ chosen NOTIFY changed)
    // Her request under way or just made: number, destination, window,
    // companion, state (open, taken, given_back), driver (masked), askedAt ("11:32").
    Q_PROPERTY(QVariantMap request READ request NOTIFY changed)
    Q_PROPERTY(linli::Slip *slip READ slip CONSTANT)

public:
    // NeedCard: waits for a resident's card (or says why she cannot ask).
    // ChooseDestination, ChooseTime, ChooseCompanion, Confirm; Requested:
    // done, with the slip. Mine: her request under way. ConfirmCancel, Cancelled.
    enum Step { NeedCard, ChooseDestination, ChooseTime, ChooseCompanion, Confirm, Requested, Mine, ConfirmCancel, Cancelled };
    Q_ENUM(Step)

    explicit RideFlow(const ShellContext &shell, QObject *parent = nullptr);

    void begin(const IdentifiedPerson &person) override;
    void reset() override;
    void take(const IdentifiedPerson &person) override;
    void setEnglish(bool english) override;

    Step step() const { return m_step; }
    bool busy() const { return m_busy; }
    Rides::Problem problem() const { return m_problem; }
    QVariantList destinations() const;
    QVariantList times() const;
    QVariantMap chosen() const;
    QVariantMap request() const;
    Slip *slip() { return &m_slip; }

    Q_INVOKABLE void chooseDestination(qint64 id);
    Q_INVOKABLE void chooseTime(const QString &code);
    Q_INVOKABLE void chooseCompanion(bool companion);
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void startCancel();
    Q_INVOKABLE void confirmCancel();
    // One step back within the flow; false when there is none (the screen leaves).
    Q_INVOKABLE bool back();

Q_SIGNALS:
    void changed();

private:
    void setStep(Step step);
    void setProblem(Rides::Problem problem);
    // Her choices and request afresh; then `after` (by default: her request
    // if she has one, else the destinations).
    void load(std::optional<Step> after = std::nullopt, Rides::Problem problem = Rides::NoProblem);
    void show(const RideOverview &overview, std::optional<Step> after, Rides::Problem problem);
    QString destinationName(qint64 id) const;
    const RideTimeChoice *timeChoice(const QString &code) const;

    Remote<RidesService> m_rides;
    PersonSession &m_session;
    const KioskConfig &m_config;
    const Clock &m_clock;
    Slip m_slip;
    Step m_step = NeedCard;
    bool m_busy = false;
    bool m_english = false;
    Rides::Problem m_problem = Rides::NoProblem;
    RideOverview m_overview;
    qint64 m_destinationId = 0;
    QString m_whenCode;
    std::optional<bool> m_companion;
    std::optional<RideListRecord> m_request; // under way, or just made
    QString m_requestKey;
    Generation m_generation;
};

} // namespace linli
