#include "PeopleModel.h"

namespace linli {

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PersonEntry &person = m_people.at(index.row());
    switch (role) {
    case NameRole: return person.name;
    case DetailRole: return person.detail;
    case IsDriverRole: return person.kind == HolderKind::Driver;
    }
    return {};
}

QHash<int, QByteArray> PeopleModel::roleNames() const
{
    return {{NameRole, "name"}, {DetailRole, "detail"}, {IsDriverRole, "isDriver"}};
}

void PeopleModel::setPeople(QList<PersonEntry> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

std::optional<PersonEntry> PeopleModel::at(int row) const
{
    if (row < 0 || row >= m_people.size())
        return std::nullopt;
    return m_people.at(row);
}

} // namespace linli
