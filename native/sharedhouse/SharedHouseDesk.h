#pragma once

#include "Flow.h"
#include "People.h"
#include "RecordModel.h"
#include "Remote.h"
#include "ShellContext.h"
#include "SharedHouse.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The Shared House's tab in staff mode: what came back damaged (close it
// with what was done), what is overdue and with whom (a reminder slip for
// the door), the day's loans and returns and who waits in line, every
// thing (its label, repaired, retired, or taken back by its owner), and
// intake of new things, picked from lists rather than typed.
class SharedHouseDesk : public Desk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.sharedHouse.desk")
    Q_PROPERTY(linli::RecordListModel *items READ items CONSTANT)
    Q_PROPERTY(linli::RecordListModel *alerts READ alerts CONSTANT)
    Q_PROPERTY(linli::RecordListModel *overdue READ overdue CONSTANT)
    Q_PROPERTY(linli::RecordListModel *movements READ movements CONSTANT)
    Q_PROPERTY(linli::RecordListModel *reservations READ reservations CONSTANT)
    Q_PROPERTY(linli::RecordListModel *owners READ owners CONSTANT)
    Q_PROPERTY(QVariantList categories READ categories NOTIFY intakeChanged)
    // The intake being filled in: category, name, owner (id, name), condition,
    // place, and what to pick them from (names, places); ready when complete.
    Q_PROPERTY(QVariantMap intake READ intake NOTIFY intakeChanged)
    // What the last action said: {problem, name, itemId} (problem NoProblem: done).
    Q_PROPERTY(QVariantMap outcome READ outcome NOTIFY outcomeChanged)
    // While the owner list shows, the owner may tap their own card instead.
    Q_PROPERTY(bool awaitingOwner MEMBER m_awaitingOwner NOTIFY intakeChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        IdRole,
        PlaceRole,
        OwnerRole,   // masked; empty for the community's
        StateRole,   // out, repair, held, shelf
        DueRole,
        WaitingRole,
        CategoryRole,
        NeedsRepairRole,
        OwnedRole,
        OnLoanRole,
        KindRole,    // an alert's or a return's: damaged, missing_parts (good)
        AtRole,
        PersonRole,  // in full: staff phone or knock
        AddressRole,
        PhoneRole,
        ReturnedRole,
        HeldRole,
        PositionRole,
    };

    explicit SharedHouseDesk(const ShellContext &shell, QObject *parent = nullptr);

    RecordModel<ItemRecord> *items() { return &m_items; }
    RecordModel<ItemAlertRecord> *alerts() { return &m_alerts; }
    RecordModel<OverdueRecord> *overdue() { return &m_overdue; }
    RecordModel<MovementRecord> *movements() { return &m_movements; }
    RecordModel<ReservationRecord> *reservations() { return &m_reservations; }
    RecordModel<PersonEntry> *owners() { return &m_owners; }
    QVariantList categories() const { return m_categories; }
    QVariantMap intake() const;
    QVariantMap outcome() const { return m_outcome; }

    void open(qint64 staffId) override;
    void close() override;
    void setEnglish(bool english) override;
    bool takePerson(const IdentifiedPerson &person) override;

    // Rows of items.
    Q_INVOKABLE void printLabel(int row);
    Q_INVOKABLE void markRepaired(int row);
    Q_INVOKABLE void retire(int row);
    Q_INVOKABLE void withdraw(int row);
    // A row of alerts, closed as SharedHouse::AlertOutcome says.
    Q_INVOKABLE void resolveAlert(int row, int outcome);
    // A row of overdue.
    Q_INVOKABLE void printReminder(int row);

    Q_INVOKABLE void chooseCategory(const QString &code);
    Q_INVOKABLE void chooseName(const QString &name);
    Q_INVOKABLE void chooseOwner(int row); // a row of owners; -1: the community's
    Q_INVOKABLE void chooseCondition(const QString &condition);
    Q_INVOKABLE void choosePlace(const QString &place);
    Q_INVOKABLE void takeIn();

Q_SIGNALS:
    void intakeChanged();
    void outcomeChanged();
    void ownerChosen();

private:
    void refresh();
    void show(const SharedHouseService::DeskView &view);
    void takeOut(int row, SharedHouse::TakenOutAs as);
    void setOutcome(SharedHouse::Problem problem, const QString &name, qint64 itemId = 0);
    // Runs `change` on the service, then shows the desk as it is after it.
    void change(std::function<SharedHouse::Problem(SharedHouseService &)> change, const QString &name);

    Remote<SharedHouseService> m_house;
    Remote<PeopleService> m_people;
    Notice &m_notice;
    RecordModel<ItemRecord> m_items;
    RecordModel<ItemAlertRecord> m_alerts;
    RecordModel<OverdueRecord> m_overdue;
    RecordModel<MovementRecord> m_movements;
    RecordModel<ReservationRecord> m_reservations;
    RecordModel<PersonEntry> m_owners;
    QVariantList m_categories;
    NewItem m_draft;
    QString m_ownerName;
    SharedHouseService::IntakeChoices m_choices;
    QVariantMap m_outcome;
    Generation m_generation;
    qint64 m_staffId = 0;
    bool m_english = false;
    bool m_awaitingOwner = false;
    bool m_busy = false; // a double tap prints one slip and takes in one thing
};

} // namespace linli
