#include "PersonHistoryStore.h"

namespace linli {

namespace {
const std::array<std::pair<PersonChange, const char *>, 9> kChangeCodes = {{
    {PersonChange::Imported, "imported"},
    {PersonChange::Updated, "updated"},
    {PersonChange::Flags, "flags"},
    {PersonChange::Left, "left"},
    {PersonChange::Erased, "erased"},
    {PersonChange::CardEnrolled, "card_enrolled"},
    {PersonChange::CardLost, "card_lost"},
    {PersonChange::CodeReissued, "code_reissued"},
    {PersonChange::PinSet, "pin_set"},
}};

} // namespace

QString changeCode(PersonChange what)
{
    for (const auto &[change, code] : kChangeCodes)
        if (change == what)
            return QString::fromLatin1(code);
    return {};
}

namespace {

PersonChange changeFromCode(const QString &text)
{
    for (const auto &[change, code] : kChangeCodes)
        if (text == QLatin1String(code))
            return change;
    return PersonChange::Updated;
}

} // namespace

bool PersonHistoryStore::record(CardHolder person, const QDateTime &at, qint64 byStaff, PersonChange what,
                                const QString &detail)
{
    // A change with nothing to add (a card enrolled) has an empty detail.
    Query q(m_db, QStringLiteral("INSERT INTO person_change (%1, at, by_staff, what, detail) "
                                 "VALUES (?, ?, ?, ?, coalesce(?, ''))")
                      .arg(holderColumn(person.kind)));
    return q.exec(person.id, toDbTime(at), idOrNull(byStaff), changeCode(what), detail);
}

std::optional<QList<PersonChangeRecord>> PersonHistoryStore::history(CardHolder person, int limit)
{
    Query q(m_db, QStringLiteral(
        "SELECT c.id, c.at, c.by_staff, s.name, c.what, c.detail FROM person_change c "
        "LEFT JOIN staff s ON s.id = c.by_staff WHERE c.%1 = ? ORDER BY c.id DESC LIMIT ?")
                      .arg(holderColumn(person.kind)));
    return rowsOrNothing(q, [](const Query &row) {
        return PersonChangeRecord{row.value(0).toLongLong(), fromDbTime(row.value(1)), row.value(2).toLongLong(),
                                  row.value(3).toString(), changeFromCode(row.value(4).toString()),
                                  row.value(5).toString()};
    }, person.id, limit);
}

} // namespace linli
