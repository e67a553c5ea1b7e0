#include "SharedHouseFigures.h"

#include "Database.h"
#include "Exports.h"

#include <algorithm>

namespace linli {

SharedHouseCategoryFigures SharedHouseFigures::total() const
{
    SharedHouseCategoryFigures sum;
    sum.code = QStringLiteral("total");
    sum.name = QStringLiteral("合计");
    sum.nameEn = QStringLiteral("Total");
    for (const SharedHouseCategoryFigures &kind : categories) {
        sum.loans += kind.loans;
        sum.returns += kind.returns;
        sum.returnedDamaged += kind.returnedDamaged;
        sum.returnedMissingParts += kind.returnedMissingParts;
        sum.overdue += kind.overdue;
        sum.reservationsServed += kind.reservationsServed;
        sum.reservationsLapsed += kind.reservationsLapsed;
        sum.pointsEarned += kind.pointsEarned;
    }
    return sum;
}

namespace shared_house_figures {

QString exportFileName(const QDate &from, const QDate &to)
{
    return QStringLiteral("shared-house-%1-%2.csv").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

} // namespace shared_house_figures

SharedHouseFiguresService::SharedHouseFiguresService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

SharedHouseFigures SharedHouseFiguresService::figures(const QDate &from, const QDate &to)
{
    SharedHouseFigures figures;
    figures.from = from;
    figures.to = to;
    if (!from.isValid() || !to.isValid() || to < from)
        return figures;
    const QDateTime now = m_clock.now();
    const QDate today = now.toLocalTime().date();
    // A period that is over is counted at its close; one that runs on, at
    // today's close, which is what is out now (nothing has happened after now).
    figures.overdueOn = std::min(to, today);
    const QDateTime outAt(figures.overdueOn.addDays(1), QTime(0, 0));
    // The days run from local midnight to local midnight, stored as UTC times.
    const std::optional<SharedHouseFiguresRows> rows = SharedHouseFiguresStore(m_db).figures(
        QDateTime(from, QTime(0, 0)), QDateTime(to.addDays(1), QTime(0, 0)), outAt, figures.overdueOn, from, to);
    if (!rows)
        return figures;
    figures.categories = rows->categories;
    figures.haircuts = rows->haircuts;
    figures.valid = true;
    return figures;
}

QString SharedHouseFiguresService::figuresCsv(const SharedHouseFigures &figures)
{
    QString csv = csvRecord({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("category"),
                             QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("loans"),
                             QStringLiteral("returns"), QStringLiteral("returned_damaged"),
                             QStringLiteral("returned_missing_parts"), QStringLiteral("overdue"),
                             QStringLiteral("overdue_on"), QStringLiteral("reservations_served"),
                             QStringLiteral("reservations_lapsed"), QStringLiteral("points_earned"),
                             QStringLiteral("haircuts_done"), QStringLiteral("haircut_no_shows")});
    const auto row = [&figures](const SharedHouseCategoryFigures &kind, bool withHaircuts) {
        const auto number = [](int n) { return QString::number(n); };
        return csvRecord({figures.from.toString(Qt::ISODate), figures.to.toString(Qt::ISODate), kind.code, kind.name,
                          kind.nameEn, number(kind.loans), number(kind.returns), number(kind.returnedDamaged),
                          number(kind.returnedMissingParts), number(kind.overdue),
                          figures.overdueOn.toString(Qt::ISODate), number(kind.reservationsServed),
                          number(kind.reservationsLapsed), number(kind.pointsEarned),
                          withHaircuts ? number(figures.haircuts.done) : QString(),
                          withHaircuts ? number(figures.haircuts.noShows) : QString()});
    };
    for (const SharedHouseCategoryFigures &kind : figures.categories)
        csv += row(kind, false);
    csv += row(figures.total(), true);
    return csv;
}

bool SharedHouseFiguresService::exportFigures(const QString &path, const QDate &from, const QDate &to)
{
    const SharedHouseFigures f = figures(from, to);
    if (!f.valid)
        return false;
    return writeExport(path, figuresCsv(f).toUtf8());
}

} // namespace linli
