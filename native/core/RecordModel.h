#pragma once

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <vector>

namespace linli {

// What QML sees of every RecordModel: a list model with a count.
class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists of the desks and flows")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;
    int count() const { return rowCount(); }
    // One row as an object with its roles, as ListModel.get gives it.
    Q_INVOKABLE QVariantMap get(int row) const
    {
        QVariantMap values;
        const QHash<int, QByteArray> names = roleNames();
        for (auto it = names.begin(); it != names.end(); ++it)
            values.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
        return values;
    }

Q_SIGNALS:
    void countChanged();
};

// A list of records for QML, its roles declared once as a table: the role
// (an enum of the list's own), its name in QML and how it is read from a
// record. A desk fills it with what the database answered.
template<typename Record>
class RecordModel : public RecordListModel
{
public:
    struct Role
    {
        int role;
        QByteArray name;
        std::function<QVariant(const Record &)> value;
    };

    explicit RecordModel(std::vector<Role> roles, QObject *parent = nullptr)
        : RecordListModel(parent)
        , m_roles(std::move(roles))
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        for (const Role &r : m_roles)
            if (r.role == role)
                return r.value(m_records.at(index.row()));
        return {};
    }

    QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names;
        for (const Role &r : m_roles)
            names.insert(r.role, r.name);
        return names;
    }

    void setRecords(QList<Record> records)
    {
        // The same number of rows (a refresh after another kiosk's change):
        // the rows stay and only their values change, so a tap landing on
        // one during the refresh is not lost with a recreated row.
        if (!records.isEmpty() && records.size() == m_records.size()) {
            m_records = std::move(records);
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
            return;
        }
        const bool countChanges = records.size() != m_records.size();
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
        if (countChanges)
            Q_EMIT countChanged();
    }
    // The roles that depend on the screen's language (or other state) changed.
    void refreshAll()
    {
        if (!m_records.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    }
    const QList<Record> &records() const { return m_records; }

private:
    std::vector<Role> m_roles;
    QList<Record> m_records;
};

} // namespace linli
