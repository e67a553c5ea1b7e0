#pragma once

#include "Stores.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace linli {

// Residents and drivers, for staff mode (print a person's QR code slip).
class PeopleModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk")
public:
    enum Role { NameRole = Qt::UserRole + 1, DetailRole, IsDriverRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setPeople(QList<PersonEntry> people);
    std::optional<PersonEntry> at(int row) const;

private:
    QList<PersonEntry> m_people;
};

} // namespace linli
