// The Shared House's figures for the street office against a real database
// (both engines): a month of loans, returns, places in line and haircuts
// driven through the services, every figure checked, and the CSV byte for
// byte. The common periods are a table.
#include "Barber.h"
#include "Exports.h"
#include "SharedHouse.h"
#include "SharedHouseFigures.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>

using namespace linli;
using namespace linli::test;
using figure_periods::Period;

Q_DECLARE_METATYPE(figure_periods::Period)

namespace {

// Demo things (db/demo/demo_day.sql); the demo day lends the drill (due
// 11-29), the wheelchair and the red-chamber book (due 11-21, overdue), and
// keeps the blood-pressure meter for 周凤英 until 11-28 07:30 (Backend::lendDemoItems).
constexpr qint64 kLentDrill = 1, kLadder = 3, kScrewdrivers = 5, kWheelchair = 19, kCrutch = 23,
                 kBloodPressureMeter = 24, kCaterpillarBook = 28, kUmbrella = 35;
// Residents: 孙福生 waits for the wheelchair; 王秀英 and 孙福生 have the
// first haircuts of Tuesday 12-01 (Barber::addDemoBookings).
constexpr qint64 kZhangGuihua = 1, kLiuDeming = 4, kChenShufen = 5, kWuGuoqing = 10, kSunFusheng = 12,
                 kHuChunmei = 15, kWangXiuying = 3;
const QDate kNovemberFirst(2026, 11, 1), kNovemberLast(2026, 11, 30);
const QDate kDecemberFirst(2026, 12, 1), kDecemberLast(2026, 12, 31);

IdentifiedPerson resident(qint64 id)
{
    IdentifiedPerson p;
    p.kind = Identity::Resident;
    p.personId = id;
    p.maskedName = QStringLiteral("张*华");
    return p;
}

// One kind's figures in a line, to compare as a whole and see every figure
// that differs: loans, returns, damaged, missing parts, overdue, served, lapsed, points.
QString line(const SharedHouseCategoryFigures &f)
{
    return QStringLiteral("%1: loans %2 returns %3 damaged %4 missing %5 overdue %6 served %7 lapsed %8 points %9")
        .arg(f.code)
        .arg(f.loans)
        .arg(f.returns)
        .arg(f.returnedDamaged)
        .arg(f.returnedMissingParts)
        .arg(f.overdue)
        .arg(f.reservationsServed)
        .arg(f.reservationsLapsed)
        .arg(f.pointsEarned);
}

QStringList lines(const SharedHouseFigures &figures)
{
    QStringList all;
    for (const SharedHouseCategoryFigures &kind : figures.categories)
        all.append(line(kind));
    all.append(line(figures.total()));
    return all;
}

} // namespace

class TestSharedHouseFigures : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;
    SharedHouseService &house() { return fixture->backend->sharedHouse(); }
    SharedHouseFiguresService &figures() { return fixture->backend->sharedHouseFigures(); }
    BarberService &barber() { return fixture->backend->barber(); }
    Database &db() { return fixture->backend->database(); }

    SharedHouse::Problem borrow(qint64 residentId, qint64 itemId)
    {
        BorrowDraft draft;
        draft.resident = resident(residentId);
        draft.itemId = itemId;
        draft.requestKey = QStringLiteral("borrow-%1-%2").arg(residentId).arg(itemId);
        return house().borrow(draft).problem;
    }
    SharedHouse::Problem giveBack(qint64 itemId, SharedHouse::ReturnedAs as)
    {
        return house().giveBack(itemId, as).problem;
    }
    qint64 haircutOf(const BarberService::DeskDay &day, qint64 residentId)
    {
        for (const BarberListRecord &booking : day.bookings)
            if (booking.residentId == residentId)
                return booking.bookingId;
        return 0;
    }

    // Friday 11-27 to Tuesday 12-01, driven as people and staff would.
    void driveTheMonthsEnd()
    {
        // Friday lunch: two tools, a neighbour's book (back damaged the same
        // day), the wheelchair back and lent to 孙福生 who waited for it, and a
        // neighbour's crutch.
        QCOMPARE(borrow(kZhangGuihua, kLadder), SharedHouse::NoProblem);         // the community's: no points
        QCOMPARE(borrow(kLiuDeming, kScrewdrivers), SharedHouse::NoProblem);     // 黄伟's: 1 point
        QCOMPARE(borrow(kWuGuoqing, kCaterpillarBook), SharedHouse::NoProblem);  // 林志远's: 1 point
        QCOMPARE(giveBack(kCaterpillarBook, SharedHouse::Damaged), SharedHouse::NoProblem);
        QCOMPARE(giveBack(kWheelchair, SharedHouse::Good), SharedHouse::NoProblem);
        QCOMPARE(borrow(kSunFusheng, kWheelchair), SharedHouse::NoProblem);      // his place in line served
        QCOMPARE(borrow(kHuChunmei, kCrutch), SharedHouse::NoProblem);           // 马桂兰's: 2 points
        // Saturday morning: nobody came for the blood-pressure meter (its
        // hold lapses at the first look), and the screwdrivers come back short of a bit.
        fixture->clock.set(QDateTime(QDate(2026, 11, 28), QTime(9, 0)));
        QVERIFY(!house().items(QStringLiteral("mobility")).isEmpty());
        QCOMPARE(sqlValue(db(), QStringLiteral("SELECT ended_as FROM reservation WHERE item_id = %1")
                                    .arg(kBloodPressureMeter)).toString(),
                 QStringLiteral("lapsed"));
        QCOMPARE(giveBack(kScrewdrivers, SharedHouse::MissingParts), SharedHouse::NoProblem);
        // Tuesday 07:30, still Monday in UTC: the drill comes back two days
        // late, an umbrella goes out, the ladder is a day overdue.
        fixture->clock.set(QDateTime(kDecemberFirst, QTime(7, 30)));
        QCOMPARE(giveBack(kLentDrill, SharedHouse::Good), SharedHouse::NoProblem);
        QCOMPARE(borrow(kChenShufen, kUmbrella), SharedHouse::NoProblem);
        // The barber's morning: 王秀英 had her haircut, 孙福生 did not come.
        const BarberService::DeskDay tuesday = barber().deskDay(kDecemberFirst, 0);
        QVERIFY(tuesday.valid);
        QCOMPARE(tuesday.day, kDecemberFirst);
        QCOMPARE(barber().mark(haircutOf(tuesday, kWangXiuying), Barber::Done, 1), Barber::NoProblem);
        QCOMPARE(barber().mark(haircutOf(tuesday, kSunFusheng), Barber::NoShow, 1), Barber::NoProblem);
    }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    void theCommonPeriods_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<Period>("period");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        const QDate friday(2026, 11, 27);
        QTest::newRow("today") << friday << Period::Today << friday << friday;
        QTest::newRow("this week, from a Friday") << friday << Period::ThisWeek << QDate(2026, 11, 23) << QDate(2026, 11, 29);
        QTest::newRow("this week, on its Monday") << QDate(2026, 11, 23) << Period::ThisWeek << QDate(2026, 11, 23)
                                                  << QDate(2026, 11, 29);
        QTest::newRow("this week, on its Sunday") << QDate(2026, 11, 29) << Period::ThisWeek << QDate(2026, 11, 23)
                                                  << QDate(2026, 11, 29);
        QTest::newRow("a week over the year's end") << QDate(2026, 12, 31) << Period::ThisWeek << QDate(2026, 12, 28)
                                                    << QDate(2027, 1, 3);
        QTest::newRow("this month") << friday << Period::ThisMonth << kNovemberFirst << kNovemberLast;
        QTest::newRow("this month, on its last day") << kDecemberLast << Period::ThisMonth << kDecemberFirst << kDecemberLast;
        QTest::newRow("February of a common year") << QDate(2027, 2, 1) << Period::ThisMonth << QDate(2027, 2, 1)
                                                   << QDate(2027, 2, 28);
        QTest::newRow("February of a leap year") << QDate(2028, 2, 15) << Period::ThisMonth << QDate(2028, 2, 1)
                                                 << QDate(2028, 2, 29);
        QTest::newRow("last month") << friday << Period::LastMonth << QDate(2026, 10, 1) << QDate(2026, 10, 31);
        QTest::newRow("last month, from its next month's first") << kDecemberFirst << Period::LastMonth << kNovemberFirst
                                                                 << kNovemberLast;
        QTest::newRow("last month over the year's end") << QDate(2027, 1, 15) << Period::LastMonth << kDecemberFirst
                                                        << kDecemberLast;
        QTest::newRow("last month of a 31st") << QDate(2026, 3, 31) << Period::LastMonth << QDate(2026, 2, 1)
                                              << QDate(2026, 2, 28);
    }
    void theCommonPeriods()
    {
        QFETCH(QDate, today);
        QFETCH(Period, period);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const figure_periods::Days days = figure_periods::daysOf(period, today);
        QCOMPARE(days.from, from);
        QCOMPARE(days.to, to);
    }

    void theFileIsNamedLikeTheCanteens()
    {
        QCOMPARE(shared_house_figures::exportFileName(kDecemberFirst, kDecemberLast),
                 QStringLiteral("shared-house-2026-12-01-2026-12-31.csv"));
        QCOMPARE(shared_house_figures::exportFileName(QDate(2026, 11, 27), QDate(2026, 11, 27)),
                 QStringLiteral("shared-house-2026-11-27-2026-11-27.csv"));
        // In the same folder as the canteen's: beside the database, unless set.
        KioskConfig config;
        config.databasePath = QStringLiteral("/var/lib/linli/linli.db");
        QCOMPARE(exportFolder(config), QStringLiteral("/var/lib/linli/exports"));
        config.exportDir = QStringLiteral("/media/usb");
        QCOMPARE(exportFolder(config), QStringLiteral("/media/usb"));
    }

    void theDemoDayAsItStands()
    {
        // Friday lunch: the demo's three loans this month, one of them overdue,
        // nobody served from a line yet, 李建国's no-show of Tuesday 11-24.
        const SharedHouseFigures month = figures().figures(kNovemberFirst, kNovemberLast);
        QVERIFY(month.valid);
        QCOMPARE(month.overdueOn, QDate(2026, 11, 27)); // the month runs on: counted today
        QCOMPARE(lines(month), (QStringList{
            QStringLiteral("tools: loans 1 returns 0 damaged 0 missing 0 overdue 0 served 0 lapsed 0 points 0"),
            QStringLiteral("household: loans 0 returns 0 damaged 0 missing 0 overdue 0 served 0 lapsed 0 points 0"),
            QStringLiteral("mobility: loans 1 returns 0 damaged 0 missing 0 overdue 0 served 0 lapsed 0 points 0"),
            QStringLiteral("books: loans 1 returns 0 damaged 0 missing 0 overdue 1 served 0 lapsed 0 points 0"),
            QStringLiteral("emergency: loans 0 returns 0 damaged 0 missing 0 overdue 0 served 0 lapsed 0 points 0"),
            QStringLiteral("total: loans 3 returns 0 damaged 0 missing 0 overdue 1 served 0 lapsed 0 points 0")}));
        QCOMPARE(month.haircuts.done, 0);
        QCOMPARE(month.haircuts.noShows, 1);
        // Overdue today is what the staff desk lists as overdue.
        QCOMPARE(month.total().overdue, int(house().deskView().overdue.size()));
        const SharedHouseCategoryFigures &tools = month.categories.first();
        QCOMPARE(tools.name, QStringLiteral("工具"));
        QCOMPARE(tools.nameEn, QStringLiteral("Tools"));
        // October: nothing yet, every kind still has its row.
        const SharedHouseFigures october = figures().figures(QDate(2026, 10, 1), QDate(2026, 10, 31));
        QVERIFY(october.valid);
        QCOMPARE(october.categories.size(), 5);
        QCOMPARE(line(october.total()),
                 QStringLiteral("total: loans 0 returns 0 damaged 0 missing 0 overdue 0 served 0 lapsed 0 points 0"));
        QCOMPARE(october.haircuts.noShows, 0);
    }

    void aMonthAndTheDaysAfterIt()
    {
        driveTheMonthsEnd();
        // Asked on Tuesday 12-01: November is over, counted at its close.
        // The drill was out and past due then (it came back on Tuesday); the
        // ladder, due on the 30th, was not overdue yet. The umbrella went out
        // at 07:30 on 12-01, which is 11-30 in UTC: December's.
        const SharedHouseFigures november = figures().figures(kNovemberFirst, kNovemberLast);
        QVERIFY(november.valid);
        QCOMPARE(november.from, kNovemberFirst);
        QCOMPARE(november.to, kNovemberLast);
        QCOMPARE(november.overdueOn, kNovemberLast);
        QCOMPARE(lines(november), (QStringList{
            QStringLiteral("tools: loans 3 returns 1 damaged 0 missing 1 overdue 1 served 0 lapsed 0 points 1"),
            QStringLiteral("household: loans 0 returns 0 damaged 0 missing 0 overdue 0 served 0 lapsed 0 points 0"),
            QStringLiteral("mobility: loans 3 returns 1 damaged 0 missing 0 overdue 0 served 1 lapsed 1 points 2"),
            QStringLiteral("books: loans 2 returns 1 damaged 1 missing 0 overdue 1 served 0 lapsed 0 points 1"),
            QStringLiteral("emergency: loans 0 returns 0 damaged 0 missing 0 overdue 0 served 0 lapsed 0 points 0"),
            QStringLiteral("total: loans 8 returns 3 damaged 1 missing 1 overdue 2 served 1 lapsed 1 points 4")}));
        QCOMPARE(november.haircuts.done, 0);
        QCOMPARE(november.haircuts.noShows, 1); // 李建国 on 11-24

        // December runs on: overdue now, the ladder and the book.
        const SharedHouseFigures december = figures().figures(kDecemberFirst, kDecemberLast);
        QVERIFY(december.valid);
        QCOMPARE(december.overdueOn, kDecemberFirst);
        QCOMPARE(lines(december), (QStringList{
            QStringLiteral("tools: loans 0 returns 1 damaged 0 missing 0 overdue 1 served 0 lapsed 0 points 0"),
            QStringLiteral("household: loans 0 returns 0 damaged 0 missing 0 overdue 0 served 0 lapsed 0 points 0"),
            QStringLiteral("mobility: loans 0 returns 0 damaged 0 missing 0 overdue 0 served 0 lapsed 0 points 0"),
            QStringLiteral("books: loans 0 returns 0 damaged 0 missing 0 overdue 1 served 0 lapsed 0 points 0"),
            QStringLiteral("emergency: loans 1 returns 0 damaged 0 missing 0 overdue 0 served 0 lapsed 0 points 0"),
            QStringLiteral("total: loans 1 returns 1 damaged 0 missing 0 overdue 2 served 0 lapsed 0 points 0")}));
        QCOMPARE(december.haircuts.done, 1);
        QCOMPARE(december.haircuts.noShows, 1);
        QCOMPARE(december.total().overdue, int(house().deskView().overdue.size()));

        // One day, Friday 11-27, counted at its close: only the book was
        // overdue then; the hold lapsed on Saturday.
        const SharedHouseFigures friday = figures().figures(QDate(2026, 11, 27), QDate(2026, 11, 27));
        QVERIFY(friday.valid);
        QCOMPARE(friday.overdueOn, QDate(2026, 11, 27));
        QCOMPARE(line(friday.total()),
                 QStringLiteral("total: loans 5 returns 2 damaged 1 missing 0 overdue 1 served 1 lapsed 0 points 4"));
        QCOMPARE(friday.haircuts.done + friday.haircuts.noShows, 0);
        // Saturday alone: the screwdrivers back, the hold lapsed.
        const SharedHouseFigures saturday = figures().figures(QDate(2026, 11, 28), QDate(2026, 11, 28));
        QCOMPARE(line(saturday.total()),
                 QStringLiteral("total: loans 0 returns 1 damaged 0 missing 1 overdue 1 served 0 lapsed 1 points 0"));

        // The CSV as the street office receives it.
        const QByteArray csv = SharedHouseFiguresService::figuresCsv(november).toUtf8();
        const QString mismatch =
            goldenMismatch(QStringLiteral(LINLI_GOLDEN_DIR "/shared_house_figures_2026-11.csv"), csv);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void theCsvEscapesAndKeepsItsColumns()
    {
        SharedHouseFigures f;
        f.valid = true;
        f.from = f.to = f.overdueOn = QDate(2026, 11, 27);
        SharedHouseCategoryFigures odd;
        odd.code = QStringLiteral("odd");
        odd.name = QStringLiteral("锅, \"碗\"");
        odd.nameEn = QStringLiteral("Pots\r\nand pans");
        odd.loans = 2;
        odd.returns = 1;
        odd.returnedMissingParts = 1;
        odd.pointsEarned = 3;
        f.categories = {odd};
        f.haircuts = {4, 1};
        const QString header = QStringLiteral(
            "from,to,category,name_zh,name_en,loans,returns,returned_damaged,returned_missing_parts,overdue,"
            "overdue_on,reservations_served,reservations_lapsed,points_earned,haircuts_done,haircut_no_shows\r\n");
        QCOMPARE(SharedHouseFiguresService::figuresCsv(f),
                 header
                     + QStringLiteral("2026-11-27,2026-11-27,odd,\"锅, \"\"碗\"\"\",\"Pots\r\nand pans\",2,1,0,1,0,"
                                      "2026-11-27,0,0,3,,\r\n"
                                      "2026-11-27,2026-11-27,total,合计,Total,2,1,0,1,0,2026-11-27,0,0,3,4,1\r\n"));
        // No kinds at all: the total row still carries the haircuts.
        f.categories.clear();
        QCOMPARE(SharedHouseFiguresService::figuresCsv(f),
                 header + QStringLiteral("2026-11-27,2026-11-27,total,合计,Total,0,0,0,0,0,2026-11-27,0,0,0,4,1\r\n"));
    }

    void exportWritesTheFileWhole()
    {
        driveTheMonthsEnd();
        const QString folder = fixture->site.path(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(shared_house_figures::exportFileName(kNovemberFirst, kNovemberLast));
        {
            QFile old(path); // a longer file from before must not leave a tail
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(4096, 'x'));
        }
        QVERIFY(figures().exportFigures(path, kNovemberFirst, kNovemberLast));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QCOMPARE(written, SharedHouseFiguresService::figuresCsv(figures().figures(kNovemberFirst, kNovemberLast)).toUtf8());
        QVERIFY(written.startsWith("from,to,category,"));
        QVERIFY(written.contains(QStringLiteral("2026-11-01,2026-11-30,books,图书,Books,2,1,1,0,1,2026-11-30,0,0,1,,\r\n").toUtf8()));
        QVERIFY(written.endsWith(
            QStringLiteral("2026-11-01,2026-11-30,total,合计,Total,8,3,1,1,2,2026-11-30,1,1,4,0,1\r\n").toUtf8()));
        file.close();
        // A period that is no period writes nothing and leaves the file as it was.
        QVERIFY(!figures().figures(kNovemberLast, kNovemberFirst).valid);
        QVERIFY(!figures().exportFigures(path, kNovemberLast, kNovemberFirst));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), written);
    }

    void aDatabaseThatCannotAnswerGivesNoFigures()
    {
        const QString path = fixture->site.path(QStringLiteral("figures.csv"));
        QVERIFY(figures().exportFigures(path, kNovemberFirst, kNovemberLast));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QSqlDatabase connection = db().connection();
        connection.close();
        const SharedHouseFigures lost = figures().figures(kNovemberFirst, kNovemberLast);
        QVERIFY(!lost.valid);
        QVERIFY(lost.categories.isEmpty());
        QVERIFY(!figures().exportFigures(path, kNovemberFirst, kNovemberLast));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestSharedHouseFigures)
#include "tst_shared_house_figures.moc"
