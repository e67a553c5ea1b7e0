#pragma once

#include "Flow.h"
#include "RecordModel.h"
#include "Remote.h"
#include "ShellContext.h"
#include "SharedHouse.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace linli {

// The Shared House's tab in staff mode: what came back damaged (mark it
// repaired), what is overdue and with whom, and every thing's label to print.
class SharedHouseDesk : public Desk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.sharedHouse.desk")
    Q_PROPERTY(linli::RecordListModel *items READ items CONSTANT)
    Q_PROPERTY(linli::RecordListModel *alerts READ alerts CONSTANT)
    Q_PROPERTY(linli::RecordListModel *overdue READ overdue CONSTANT)

public:
    enum Role { NameRole = Qt::UserRole + 1, DetailRole, CategoryRole, RepairRole };

    explicit SharedHouseDesk(const ShellContext &shell, QObject *parent = nullptr);

    RecordModel<ItemRecord> *items() { return &m_items; }
    RecordModel<ItemAlertRecord> *alerts() { return &m_alerts; }
    RecordModel<OverdueRecord> *overdue() { return &m_overdue; }

    void open(qint64 staffId) override;
    void close() override;

    Q_INVOKABLE void printLabel(int row);
    Q_INVOKABLE void markRepaired(int row); // a row of alerts

private:
    void refresh();
    void show(const SharedHouseService::DeskView &view);

    Remote<SharedHouseService> m_house;
    Notice &m_notice;
    RecordModel<ItemRecord> m_items;
    RecordModel<ItemAlertRecord> m_alerts;
    RecordModel<OverdueRecord> m_overdue;
    Generation m_generation;
    qint64 m_staffId = 0;
    bool m_printing = false; // a double tap prints one label
};

} // namespace linli
