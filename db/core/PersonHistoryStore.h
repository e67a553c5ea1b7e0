#pragma once

#include "Database.h"
#include "Stores.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

#include <optional>

namespace linli {

// What happened to a person's record, as person_change.what spells it.
enum class PersonChange { Imported, Updated, Flags, Left, Erased, CardEnrolled, CardLost, CodeReissued, PinSet };
// "card_enrolled": also what the people desk hands QML to word.
QString changeCode(PersonChange what);

struct PersonChangeRecord
{
    qint64 id = 0;
    QDateTime at;
    qint64 byStaff = 0;  // 0: the roll's import from the command line
    QString byName;      // the staff member's name, empty for the import
    PersonChange what = PersonChange::Updated;
    QString detail;
};

// Every change to a person, their cards and their codes, with who made it
// and when: written in the transaction of the change itself.
class PersonHistoryStore
{
public:
    explicit PersonHistoryStore(Database &db)
        : m_db(db)
    {
    }
    // `byStaff` 0: the import.
    bool record(CardHolder person, const QDateTime &at, qint64 byStaff, PersonChange what, const QString &detail);
    // Newest first.
    std::optional<QList<PersonChangeRecord>> history(CardHolder person, int limit = 200);

private:
    Database &m_db;
};

} // namespace linli
