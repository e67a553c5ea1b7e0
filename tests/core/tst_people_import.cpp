// The people register from spreadsheets and back to a person: the roll's
// columns as tables, a residents file and a staff file against a real
// database (both engines), every kind of bad line writing nothing, and one
// person's export holding everything that refers to them.
#include "CsvFile.h"
#include "PeopleImport.h"
#include "PersonExport.h"
#include "PersonHistoryStore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace linli;
using namespace linli::test;

namespace {

const QString kHeader = QStringLiteral("姓名,性别,出生日期,楼栋,单元,房号,电话,行动不便,独居,身份证号\n");
// Demo residents (db/demo/demo_day.sql): 张桂华 lives alone, 王秀英 too.
constexpr qint64 kZhangGuihua = 1, kWangXiuying = 3;
// Valid ID numbers (GB 11643) of people born on the day in their 7th to 14th digits.
const QString kZhangId = QStringLiteral("420106194403120024");  // 1944-03-12
const QString kNewId = QStringLiteral("420106195001010011");    // 1950-01-01
const QString kOtherId = QStringLiteral("42010619521010003X");  // 1952-10-10

// A good line for a resident new to the register.
const QString kNewLine = QStringLiteral("钱淑英,女,1950-01-01,8街坊3栋,2单元,502,138-0710-0099,否,是,420106195001010011\n");

QString describe(const QList<ImportError> &errors)
{
    QStringList text;
    for (const ImportError &error : errors)
        text.append(error.text());
    return text.join(u'\n');
}

QList<int> linesOf(const QList<ImportError> &errors)
{
    QList<int> lines;
    for (const ImportError &error : errors)
        if (!lines.contains(error.line))
            lines.append(error.line);
    return lines;
}

} // namespace

class TestPeopleImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendFixture> fixture;
    Database &db() { return fixture->backend->database(); }
    QVariant value(const QString &sql) { return sqlValue(db(), sql); }
    int count(const QString &sql) { return value(sql).toInt(); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db().connection());
        if (q.exec(sql))
            return true;
        qWarning().noquote() << sql << q.lastError().text();
        return false;
    }
    PeopleImportReport importText(const QString &text) { return importBytes(text.toUtf8()); }
    PeopleImportReport importBytes(const QByteArray &bytes) { return PeopleImport(db(), fixture->clock).importPeople(bytes); }
    // Everything an import may write, to see that a refused file wrote nothing.
    QString registerState()
    {
        QSqlQuery q(db().connection());
        QStringList state;
        for (const char *sql : {"SELECT count(*), COALESCE(sum(length(name) + length(COALESCE(phone, ''))), 0), "
                                "COALESCE(sum(lives_alone), 0), count(gender), count(id_number) FROM resident",
                                "SELECT count(*), COALESCE(sum(length(role)), 0) FROM staff",
                                "SELECT count(*) FROM person_change"}) {
            if (!q.exec(QString::fromLatin1(sql)) || !q.next())
                return QStringLiteral("unreadable");
            for (int i = 0; i < q.record().count(); ++i)
                state.append(q.value(i).toString());
        }
        return state.join(u' ');
    }
    QJsonObject exportOf(CardHolder person)
    {
        const PersonExportResult result = PersonExport(db()).exportPerson(person);
        if (!result.found)
            qWarning().noquote() << result.error;
        return QJsonDocument::fromJson(result.json).object();
    }

private Q_SLOTS:
    void init()
    {
        fixture = std::make_unique<BackendFixture>();
        QVERIFY(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    // --- the columns, as tables ---

    void birthDatesAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("day");
        const QDate day(1948, 3, 5);
        QTest::newRow("ISO") << QStringLiteral("1948-03-05") << day;
        QTest::newRow("slashes") << QStringLiteral("1948/3/5") << day;
        QTest::newRow("dots") << QStringLiteral("1948.3.5") << day;
        QTest::newRow("compact") << QStringLiteral("19480305") << day;
        QTest::newRow("年月日") << QStringLiteral("1948年3月5日") << day;
        QTest::newRow("spaces around") << QStringLiteral(" 1948-03-05 ") << day;
        QTest::newRow("mixed separators") << QStringLiteral("1948-3/5") << QDate();
        QTest::newRow("no such day") << QStringLiteral("1948-02-30") << QDate();
        QTest::newRow("day first") << QStringLiteral("05/03/1948") << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void birthDatesAsPeopleWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(QDate, day);
        QCOMPARE(people_import::birthDate(text).value_or(QDate()), day);
    }

    void gendersFlagsPhonesAndRoles()
    {
        using namespace people_import;
        QCOMPARE(genderCode(QStringLiteral("女")), QStringLiteral("F"));
        QCOMPARE(genderCode(QStringLiteral("男")), QStringLiteral("M"));
        QCOMPARE(genderCode(QStringLiteral("f")), QStringLiteral("F"));
        QVERIFY(!genderCode(QStringLiteral("女士")));
        QVERIFY(!genderCode(QString()));
        for (const char *yes : {"是", "1", "yes", "YES"})
            QVERIFY(flag(QString::fromUtf8(yes)) == true);
        for (const char *no : {"否", "0", "no", "", " "})
            QVERIFY(flag(QString::fromUtf8(no)) == false);
        QVERIFY(!flag(QStringLiteral("有")));
        QCOMPARE(phoneDigits(QStringLiteral("138-0710 0001")), QStringLiteral("13807100001"));
        QCOMPARE(phoneDigits(QStringLiteral("8765432")), QStringLiteral("8765432"));
        QVERIFY(!phoneDigits(QStringLiteral("876543")));
        QVERIFY(!phoneDigits(QStringLiteral("138071000011")));
        QVERIFY(!phoneDigits(QStringLiteral("1380710000a")));
        QCOMPARE(roleCode(QStringLiteral("社工")), QStringLiteral("social_worker"));
        QCOMPARE(roleCode(QStringLiteral("Volunteer")), QStringLiteral("volunteer"));
        QCOMPARE(roleCode(QStringLiteral("管理员")), QStringLiteral("admin"));
        QCOMPARE(roleCode(QStringLiteral("食堂")), QStringLiteral("canteen"));
        QVERIFY(!roleCode(QStringLiteral("厨师")));
    }

    void idNumbersByGb11643_data()
    {
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QString>("says"); // empty: right
        QTest::newRow("the standard's example, X") << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << QString();
        QTest::newRow("a digit") << kZhangId << QDate(1944, 3, 12) << QString();
        QTest::newRow("birth date not compared") << kZhangId << QDate() << QString();
        QTest::newRow("wrong check digit") << QStringLiteral("420106194403120025") << QDate(1944, 3, 12)
                                           << QStringLiteral("wrong check digit");
        QTest::newRow("another birth date") << kZhangId << QDate(1944, 3, 13) << QStringLiteral("born on 1944-03-12");
        QTest::newRow("17 characters") << QStringLiteral("42010619440312002") << QDate(1944, 3, 12)
                                       << QStringLiteral("not 18 characters");
        QTest::newRow("lower-case x is read upper-case first") << QStringLiteral("11010519491231002x") << QDate(1949, 12, 31)
                                                               << QStringLiteral("not 18 characters");
        QTest::newRow("no day inside") << QStringLiteral("420106194413120028") << QDate(1944, 3, 12)
                                       << QStringLiteral("no day");
    }
    void idNumbersByGb11643()
    {
        QFETCH(QString, idNumber);
        QFETCH(QDate, born);
        QFETCH(QString, says);
        const QString problem = people_import::idNumberProblem(idNumber, born);
        if (says.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(says), qPrintable(problem));
    }

    // --- the file's encoding ---

    void aFileIsUtf8OrGb18030()
    {
        const QString text = QStringLiteral("姓名,性别\n王秀英,女\n");
        const QByteArray bom = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        for (const QByteArray &bytes : {text.toUtf8(), bom, gb18030(text)}) {
            const csv::Text decoded = csv::decode(bytes);
            QVERIFY(!decoded.error);
            QCOMPARE(decoded.text, text);
        }
        QVERIFY(csv::decode(gb18030(text)).encoding == csv::Encoding::Gb18030);
        QVERIFY(csv::decode(bom).encoding == csv::Encoding::Utf8);
        // 0x80 alone is neither.
        const csv::Text bad = csv::decode(QByteArray("a\nb\n\x80\n"));
        QVERIFY(bad.error);
        QCOMPARE(bad.error->line, 3);
    }

    // --- a residents file against the register ---

    void aGoodFileAddsAndUpdates()
    {
        const QString before = registerState();
        const int active = count(QStringLiteral("SELECT count(*) FROM resident WHERE active = 1"));
        // 张桂华 gets her gender, a new phone, no longer lives alone; 钱淑英 is new. Columns in another order.
        const PeopleImportReport report = importText(
            QStringLiteral("name,birth_date,gender,building,unit,room,phone,lives_alone,mobility_impaired,id_number\n"
                           "张桂华,1944/3/12,女,8街坊3栋,2单元,501,13807100101,否,否,\n"
                           "钱淑英,1950年1月1日,女,8街坊3栋,2单元,502,138-0710-0099,是,否,420106195001010011\n"));
        QVERIFY2(report.imported, qPrintable(describe(report.errors) + report.storageError));
        QVERIFY(report.kind == PeopleImportReport::Kind::Residents);
        QCOMPARE(report.updated, QList<qint64>{kZhangGuihua});
        QCOMPARE(report.added.size(), 1);
        QVERIFY(report.unchanged.isEmpty());
        QVERIFY(before != registerState());

        const qint64 added = report.added.constFirst();
        QCOMPARE(value(QStringLiteral("SELECT name || gender || birth_date || building || unit || room || phone || "
                                      "lives_alone || mobility_impaired || active || id_number FROM resident WHERE id = %1")
                           .arg(added))
                     .toString(),
                 QStringLiteral("钱淑英F1950-01-018街坊3栋2单元5021380710009910142010619500101001" "1"));
        QCOMPARE(value(QStringLiteral("SELECT gender || phone || lives_alone || COALESCE(id_number, '-') FROM resident "
                                      "WHERE id = %1").arg(kZhangGuihua))
                     .toString(),
                 QStringLiteral("F138071001010-"));

        // History: imported for the new one, updated with the fields that changed, both by the import (no staff).
        QCOMPARE(value(QStringLiteral("SELECT what || '|' || detail FROM person_change WHERE resident_id = %1").arg(added))
                     .toString(),
                 QStringLiteral("imported|"));
        QCOMPARE(value(QStringLiteral("SELECT what || '|' || detail FROM person_change WHERE resident_id = %1")
                           .arg(kZhangGuihua))
                     .toString(),
                 QStringLiteral("updated|性别、电话、独居"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person_change WHERE by_staff IS NOT NULL")), 0);
        // Nobody absent from the file was deactivated.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident WHERE active = 1")), active + 1);
        QCOMPARE(report.summary().constFirst(), QStringLiteral("新增 1 人，更新 1 人，未变 0 人 (1 added, 1 changed, 0 as they were)"));
    }

    void importingTheSameFileAgainChangesNothing()
    {
        const QString file = kHeader + kNewLine
            + QStringLiteral("张桂华,女,1944-03-12,8街坊3栋,2单元,501,13807100001,否,是,420106194403120024\n");
        const PeopleImportReport first = importText(file);
        QVERIFY2(first.imported, qPrintable(describe(first.errors)));
        QCOMPARE(first.added.size() + first.updated.size(), 2);
        const QString after = registerState();
        const PeopleImportReport again = importText(file);
        QVERIFY2(again.imported, qPrintable(describe(again.errors)));
        QVERIFY(again.added.isEmpty());
        QVERIFY(again.updated.isEmpty());
        QCOMPARE(again.unchanged.size(), 2);
        QCOMPARE(registerState(), after);
        QCOMPARE(again.summary(), QStringList{QStringLiteral("新增 0 人，更新 0 人，未变 2 人 (0 added, 0 changed, 2 as they were)")});
    }

    void theKeyIsTheIdNumberElseNameAndBirthDate()
    {
        QVERIFY(importText(kHeader + kNewLine).imported);
        const qint64 qian = value(QStringLiteral("SELECT id FROM resident WHERE id_number = '%1'").arg(kNewId)).toLongLong();
        // The ID number finds her under a corrected name.
        const PeopleImportReport renamed = importText(
            kHeader + QStringLiteral("钱淑瑛,女,1950-01-01,8街坊3栋,2单元,502,13807100099,否,是,420106195001010011\n"));
        QVERIFY2(renamed.imported, qPrintable(describe(renamed.errors)));
        QCOMPARE(renamed.updated, QList<qint64>{qian});
        QCOMPARE(value(QStringLiteral("SELECT detail FROM person_change WHERE resident_id = %1 AND what = 'updated'").arg(qian))
                     .toString(),
                 QStringLiteral("姓名"));
        // A line without the ID number finds her by name and birth date, and keeps her ID number.
        const PeopleImportReport noId = importText(
            QStringLiteral("姓名,性别,出生日期,楼栋,单元,房号\n钱淑瑛,女,1950-01-01,8街坊3栋,2单元,503\n"));
        QVERIFY2(noId.imported, qPrintable(describe(noId.errors)));
        QCOMPARE(noId.updated, QList<qint64>{qian});
        QCOMPARE(value(QStringLiteral("SELECT room || id_number || phone || lives_alone FROM resident WHERE id = %1").arg(qian))
                     .toString(),
                 QStringLiteral("503") + kNewId + QStringLiteral("138071000991"));
        // Another ID number with the same name and birth date is another person.
        const PeopleImportReport twin = importText(
            kHeader + QStringLiteral("钱淑瑛,女,1950-01-01,8街坊3栋,2单元,504,,否,否,%1\n")
                          .arg(QStringLiteral("420106195001010038")));
        QVERIFY2(twin.imported, qPrintable(describe(twin.errors)));
        QCOMPARE(twin.added.size(), 1);
    }

    void aResidentWhoLeftIsLeftAlone()
    {
        QVERIFY(exec(QStringLiteral("UPDATE resident SET left_as = 'moved', left_at = '2026-10-01T00:00:00Z', active = 0 "
                                    "WHERE id = %1").arg(kWangXiuying)));
        const QString before = registerState();
        const PeopleImportReport report = importText(
            kHeader + QStringLiteral("王秀英,女,1938-06-20,8街坊5栋,3单元,101,13900000000,是,是,\n"));
        QVERIFY2(report.imported, qPrintable(describe(report.errors)));
        QVERIFY(report.added.isEmpty() && report.updated.isEmpty() && report.unchanged.isEmpty());
        QCOMPARE(report.leftAlone, QStringList{QStringLiteral("王秀英 1938-06-20")});
        QCOMPARE(registerState(), before);
        QCOMPARE(value(QStringLiteral("SELECT active || left_as || phone FROM resident WHERE id = %1").arg(kWangXiuying))
                     .toString(),
                 QStringLiteral("0moved13807100003"));
        QCOMPARE(report.summary().value(1), QStringLiteral("已离开，未更改 (left, not changed): 王秀英 1938-06-20"));
    }

    void aGb18030FileIsRead()
    {
        const PeopleImportReport report = importBytes(gb18030(kHeader + kNewLine));
        QVERIFY2(report.imported, qPrintable(describe(report.errors)));
        QCOMPARE(value(QStringLiteral("SELECT name || building FROM resident WHERE id = %1").arg(report.added.value(0)))
                     .toString(),
                 QStringLiteral("钱淑英8街坊3栋"));
    }

    void everyBadLineIsNamedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("setup"); // SQL run first
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QString>("says");
        const QString good = QStringLiteral("张桂华,女,1944-03-12,8街坊3栋,2单元,501,13807100101,否,否,\n");
        const QString none;
        QTest::newRow("a required column missing")
            << none << QStringLiteral("姓名,性别,楼栋,单元,房号\n钱淑英,女,8街坊3栋,2单元,502\n") << QList<int>{1}
            << QStringLiteral("the column birth_date (出生日期) is missing");
        QTest::newRow("an unknown column") << none << QStringLiteral("姓名,性别,出生日期,楼栋,单元,房号,民族\n") + good
                                           << QList<int>{1} << QStringLiteral("the column '民族' is not one of");
        QTest::newRow("empty name") << none << kHeader + good + QStringLiteral(",女,1950-01-01,8街坊3栋,2单元,502,,否,否,\n")
                                    << QList<int>{3} << QStringLiteral("the name (姓名) is empty");
        QTest::newRow("bad gender") << none << kHeader + QStringLiteral("钱淑英,女士,1950-01-01,8街坊3栋,2单元,502,,否,否,\n") + good
                                    << QList<int>{2} << QStringLiteral("the gender (性别) '女士' is not 男 or 女");
        QTest::newRow("bad date") << none << kHeader + good + QStringLiteral("钱淑英,女,1950-13-01,8街坊3栋,2单元,502,,否,否,\n")
                                  << QList<int>{3} << QStringLiteral("the birth_date (出生日期) '1950-13-01' is not a day");
        QTest::newRow("a birth date to come") << none
                                              << kHeader + good + QStringLiteral("钱淑英,女,2030-01-01,8街坊3栋,2单元,502,,否,否,\n")
                                              << QList<int>{3} << QStringLiteral("cannot be anyone's");
        QTest::newRow("empty room") << none << kHeader + good + QStringLiteral("钱淑英,女,1950-01-01,8街坊3栋,2单元,,,否,否,\n")
                                    << QList<int>{3} << QStringLiteral("the room (房号) is empty");
        QTest::newRow("bad ID check digit")
            << none << kHeader + good + QStringLiteral("钱淑英,女,1950-01-01,8街坊3栋,2单元,502,,否,否,420106195001010012\n")
            << QList<int>{3} << QStringLiteral("the id_number (身份证号) has a wrong check digit");
        QTest::newRow("ID of another birth date")
            << none << kHeader + good + QStringLiteral("钱淑英,女,1950-01-02,8街坊3栋,2单元,502,,否,否,420106195001010011\n")
            << QList<int>{3} << QStringLiteral("is of someone born on 1950-01-01, not on the birth_date (出生日期) 1950-01-02");
        QTest::newRow("bad phone") << none << kHeader + good + QStringLiteral("钱淑英,女,1950-01-01,8街坊3栋,2单元,502,12345,否,否,\n")
                                   << QList<int>{3} << QStringLiteral("the phone (电话) '12345' is not 7 to 11 digits");
        QTest::newRow("bad flag") << none << kHeader + good + QStringLiteral("钱淑英,女,1950-01-01,8街坊3栋,2单元,502,,有,否,\n")
                                  << QList<int>{3} << QStringLiteral("the mobility_impaired (行动不便) '有' is not 是 or 否");
        QTest::newRow("a field too many") << none << kHeader + good + QStringLiteral("钱淑英,女,1950-01-01,8街坊3栋,2单元,502,,否,否,,x\n")
                                          << QList<int>{3} << QStringLiteral("has 11 fields where the header has 10");
        QTest::newRow("the same person twice in the file")
            << none << kHeader + kNewLine + good + QStringLiteral("钱淑英,女,1950-01-01,8街坊3栋,2单元,503,,否,否,\n")
            << QList<int>{2, 4} << QStringLiteral("the same name and birth date as line");
        QTest::newRow("the same ID number twice in the file")
            << none << kHeader + kNewLine + QStringLiteral("钱小英,女,1950-01-01,8街坊3栋,2单元,503,,否,否,420106195001010011\n")
            << QList<int>{2, 3} << QStringLiteral("the same id_number (身份证号) as line");
        QTest::newRow("one resident named twice, by ID number and by name")
            << QStringLiteral("UPDATE resident SET id_number = '420106194403120024' WHERE id = 1")
            << kHeader + QStringLiteral("张桂花,女,1944-03-12,8街坊3栋,2单元,501,,否,否,420106194403120024\n") + good
            << QList<int>{2, 3} << QStringLiteral("names the same resident as another line (2, 3)");
        QTest::newRow("two residents share the name and birth date")
            << QStringLiteral("INSERT INTO resident (name, birth_date, building, unit, room) "
                              "VALUES ('张桂华', '1944-03-12', '9街坊1栋', '1单元', '101')")
            << kHeader + kNewLine + good << QList<int>{3}
            << QStringLiteral("two residents share this name and birth date; add the id_number (身份证号)");
        QTest::newRow("two residents without an ID number, the line with one")
            << QStringLiteral("INSERT INTO resident (name, birth_date, building, unit, room) "
                              "VALUES ('张桂华', '1944-03-12', '9街坊1栋', '1单元', '101')")
            << kHeader + kNewLine + QStringLiteral("张桂华,女,1944-03-12,8街坊3栋,2单元,501,,否,否,420106194403120024\n")
            << QList<int>{3} << QStringLiteral("two residents without an id_number (身份证号) share this name");
        QTest::newRow("not a text file") << none << QStringLiteral("姓名\n\x80\n") << QList<int>{2}
                                         << QStringLiteral("neither UTF-8 nor GB18030");
        QTest::newRow("nothing below the header") << none << kHeader << QList<int>{0}
                                                  << QStringLiteral("nothing below its header");
    }
    void everyBadLineIsNamedAndNothingWritten()
    {
        QFETCH(QString, setup);
        QFETCH(QString, file);
        QFETCH(QList<int>, lines);
        QFETCH(QString, says);
        if (!setup.isEmpty())
            QVERIFY(exec(setup));
        const QString before = registerState();
        // "\x80" in a QString is U+0080: the bad byte is put in by hand.
        QByteArray bytes = file.toUtf8();
        bytes.replace("\xC2\x80", "\x80");
        const PeopleImportReport report = importBytes(bytes);
        QVERIFY(!report.imported);
        QCOMPARE(linesOf(report.errors), lines);
        for (const ImportError &error : report.errors)
            QVERIFY2(error.message.contains(says), qPrintable(describe(report.errors)));
        QCOMPARE(registerState(), before);
        QVERIFY(report.added.isEmpty() && report.updated.isEmpty());
    }

    void everyBadLineOfAFileIsNamedAtOnce()
    {
        const PeopleImportReport report = importText(
            kHeader + QStringLiteral("钱淑英,女士,1950-01-01,8街坊3栋,2单元,502,,否,否,\n")
            + QStringLiteral("李建国,男,1951-10-01,8街坊3栋,1单元,302,1,否,否,\n"
                             "张桂华,女,1944-03-12,8街坊3栋,2单元,501,,否,否,\n"
                             "赵玉兰,女,1934-09-30,8街坊5栋,1单元,102,,是,是,420106193409300000\n"));
        QVERIFY(!report.imported);
        QCOMPARE(linesOf(report.errors), (QList<int>{2, 3, 5}));
    }

    // --- a staff file ---

    void aStaffFileAddsStaffWhoChooseTheirPin()
    {
        const QString before = registerState();
        const PeopleImportReport report = importText(QStringLiteral(
            "角色,姓名\n食堂,周晓燕\n志愿者,吴海涛\nvolunteer,冯丽\n社工,韩磊\n"));
        QVERIFY2(report.imported, qPrintable(describe(report.errors)));
        QVERIFY(report.kind == PeopleImportReport::Kind::Staff);
        QCOMPARE(report.unchanged, QList<qint64>{1});
        QCOMPARE(report.updated, QList<qint64>{2});
        QCOMPARE(report.added.size(), 2);
        QVERIFY(before != registerState());
        for (qint64 id : report.added) {
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM staff WHERE id = %1 AND pin_pending = 1 AND active = 1")
                               .arg(id)),
                     1);
            QVERIFY(count(QStringLiteral("SELECT count(*) FROM staff WHERE id = %1 AND length(pin_salt) >= 16 AND "
                                         "length(pin_hash) = 32 AND pin_iterations >= 100000").arg(id)) == 1);
            QCOMPARE(value(QStringLiteral("SELECT what FROM person_change WHERE staff_id = %1").arg(id)).toString(),
                     QStringLiteral("imported"));
        }
        // Each one's key of different random bytes: no one PIN opens both.
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT pin_hash) FROM staff WHERE pin_pending = 1")), 2);
        QCOMPARE(value(QStringLiteral("SELECT role FROM staff WHERE id = 2")).toString(), QStringLiteral("volunteer"));
        QCOMPARE(value(QStringLiteral("SELECT what || '|' || detail FROM person_change WHERE staff_id = 2")).toString(),
                 QStringLiteral("updated|角色"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person_change WHERE staff_id = 1")), 0);
        // The demo PINs of those known still work: their keys were not touched.
        QCOMPARE(value(QStringLiteral("SELECT pin_pending FROM staff WHERE id = 2")).toInt(), 0);

        const PeopleImportReport again = importText(QStringLiteral("角色,姓名\n食堂,周晓燕\n志愿者,吴海涛\nvolunteer,冯丽\n社工,韩磊\n"));
        QCOMPARE(again.unchanged.size(), 4);
    }

    void aBadStaffFileWritesNothing()
    {
        const QString before = registerState();
        const PeopleImportReport report = importText(QStringLiteral("name,role\n冯丽,厨师\n韩磊,社工\n韩磊,志愿者\n,admin\n"));
        QVERIFY(!report.imported);
        QCOMPARE(linesOf(report.errors), (QList<int>{2, 3, 4, 5}));
        QVERIFY(describe(report.errors).contains(QStringLiteral("the role (角色) '厨师' is not 食堂")));
        QVERIFY(describe(report.errors).contains(QLatin1String("has the same name as line 4")));
        QCOMPARE(registerState(), before);
    }

    // --- one person's export ---

    void personIdsAreReadAsTheyAreWritten()
    {
        using namespace person_export;
        QVERIFY(parsePersonId(QStringLiteral("12"))->kind == HolderKind::Resident);
        QCOMPARE(parsePersonId(QStringLiteral("12"))->id, qint64(12));
        QVERIFY(parsePersonId(QStringLiteral("D3"))->kind == HolderKind::Driver);
        QVERIFY(parsePersonId(QStringLiteral("s2"))->kind == HolderKind::Staff);
        QCOMPARE(parsePersonId(QStringLiteral("s2"))->id, qint64(2));
        for (const char *bad : {"", "0", "D", "X3", "12a", "-1", "D 3"})
            QVERIFY2(!parsePersonId(QString::fromLatin1(bad)), bad);
        QCOMPARE(personId({HolderKind::Driver, 3}), QStringLiteral("D3"));
    }

    void aResidentsExportHoldsEverythingAboutThem()
    {
        QVERIFY(exec(QStringLiteral("UPDATE resident SET id_number = '%1', gender = 'F' WHERE id = %2").arg(kZhangId).arg(kZhangGuihua)));
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO meal_order (day, period, number, pickup_code, resident_id, service, normal_fen, subsidy_fen, "
            "total_fen, payment, created_at, request_key) VALUES ('2026-11-27', 'lunch', 1, '4321', 1, 'dine_in', 1500, "
            "800, 700, 'counter', '2026-11-27T03:30:00Z', 'export-test')")));
        QVERIFY(PersonHistoryStore(db()).record({HolderKind::Resident, kZhangGuihua}, lunchTime(), 2, PersonChange::Flags,
                                                QStringLiteral("独居")));
        // Someone else's order is not hers.
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO meal_order (day, period, number, pickup_code, resident_id, service, normal_fen, subsidy_fen, "
            "total_fen, payment, created_at, request_key) VALUES ('2026-11-27', 'lunch', 2, '4322', 2, 'dine_in', 1500, "
            "800, 700, 'counter', '2026-11-27T03:31:00Z', 'export-test-2')")));

        const PersonExportResult result = PersonExport(db()).exportPerson({HolderKind::Resident, kZhangGuihua});
        QVERIFY2(result.found, qPrintable(result.error));
        QVERIFY(result.json.contains("\n    \"")); // indented
        const QJsonObject json = QJsonDocument::fromJson(result.json).object();
        QCOMPARE(json.value(QStringLiteral("person")).toString(), QStringLiteral("1"));
        const QJsonObject row = json.value(QStringLiteral("row")).toObject();
        QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("张桂华"));
        QCOMPARE(row.value(QStringLiteral("id_number")).toString(), kZhangId); // unmasked: it is hers
        QCOMPARE(row.value(QStringLiteral("phone")).toString(), QStringLiteral("13807100001"));
        QVERIFY(row.contains(QStringLiteral("left_as")));

        const QJsonArray cards = json.value(QStringLiteral("cards")).toArray();
        QCOMPARE(cards.size(), count(QStringLiteral("SELECT count(*) FROM card WHERE resident_id = 1")));
        QVERIFY(!cards.isEmpty());
        for (const QJsonValue &card : cards) {
            QVERIFY(card.toObject().contains(QStringLiteral("issued_at")));
            QVERIFY(card.toObject().contains(QStringLiteral("revoked_as")));
            QVERIFY(!card.toObject().contains(QStringLiteral("uid_hash")));
        }
        QVERIFY(!result.json.contains(value(QStringLiteral("SELECT uid_hash FROM card WHERE resident_id = 1"))
                                          .toByteArray()
                                          .toBase64()));
        const QJsonArray history = json.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(QStringLiteral("detail")).toString(), QStringLiteral("独居"));

        const QJsonObject referring = json.value(QStringLiteral("referring")).toObject();
        const QJsonArray orders = referring.value(QStringLiteral("meal_order.resident_id")).toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first().toObject().value(QStringLiteral("pickup_code")).toString(), QStringLiteral("4321"));
        QCOMPARE(orders.first().toObject().value(QStringLiteral("total_fen")).toInt(), 700);
        QCOMPARE(referring.value(QStringLiteral("meal_card.resident_id")).toArray().size(), 1);
    }

    void aStaffExportHasNoPinKey()
    {
        const QJsonObject json = exportOf({HolderKind::Staff, 2});
        const QJsonObject row = json.value(QStringLiteral("row")).toObject();
        QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("吴海涛"));
        QVERIFY(row.contains(QStringLiteral("pin_pending")));
        QVERIFY(!row.contains(QStringLiteral("pin_hash")));
        QVERIFY(!row.contains(QStringLiteral("pin_salt")));
        // What staff did to others' records refers to them too.
        QVERIFY(json.value(QStringLiteral("referring")).toObject().contains(QStringLiteral("person_change.by_staff")));
        QCOMPARE(exportOf({HolderKind::Driver, 3}).value(QStringLiteral("row")).toObject().value(QStringLiteral("plate")).toString(),
                 QStringLiteral("鄂A·F23456"));
    }

    void anUnknownPersonIsRefused()
    {
        for (const CardHolder person : {CardHolder{HolderKind::Resident, 999}, CardHolder{HolderKind::Driver, 99},
                                        CardHolder{HolderKind::Staff, 99}}) {
            const PersonExportResult result = PersonExport(db()).exportPerson(person);
            QVERIFY(!result.found);
            QVERIFY(result.json.isEmpty());
            QVERIFY2(result.error.startsWith(QStringLiteral("there is no %1 %2")
                                                 .arg(person_export::tableOf(person.kind), person_export::personId(person))),
                     qPrintable(result.error));
        }
    }

    // Every table with a foreign key to a person is in the export: the
    // schema's own list (SQLite's PRAGMA foreign_key_list on a fresh
    // database) against what the export reads on this engine, and each of
    // them as a key of an export.
    void theExportCoversEveryForeignKeyToAPerson()
    {
        Database fresh(QStringLiteral("coverage"));
        QVERIFY(fresh.open(QStringLiteral(":memory:")));
        QVERIFY(fresh.migrate());
        QSqlQuery tables(fresh.connection());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QMap<QString, QStringList> expected; // person table -> "table.column"
        while (tables.next()) {
            QSqlQuery keys(fresh.connection());
            QVERIFY(keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(tables.value(0).toString())));
            while (keys.next()) {
                const QString to = keys.value(2).toString();
                if (to == u"resident" || to == u"driver" || to == u"staff")
                    expected[to].append(tables.value(0).toString() + u'.' + keys.value(3).toString());
            }
        }
        QVERIFY(expected.value(QStringLiteral("resident")).contains(QStringLiteral("meal_order.resident_id")));
        QVERIFY(expected.value(QStringLiteral("staff")).contains(QStringLiteral("card.issued_by")));
        for (HolderKind kind : {HolderKind::Resident, HolderKind::Driver, HolderKind::Staff}) {
            const std::optional<QList<ForeignKey>> references = PersonExport(db()).references(kind);
            QVERIFY(references);
            QStringList covered;
            for (const ForeignKey &key : *references)
                covered.append(key.table + u'.' + key.column);
            QStringList wanted = expected.value(person_export::tableOf(kind));
            std::sort(covered.begin(), covered.end());
            std::sort(wanted.begin(), wanted.end());
            QCOMPARE(covered, wanted);

            const QJsonObject json = exportOf({kind, 1});
            const QJsonObject referring = json.value(QStringLiteral("referring")).toObject();
            for (const QString &key : std::as_const(wanted)) {
                const bool own = key == QStringLiteral("card.") + holderColumn(kind)
                    || key == QStringLiteral("person_change.") + holderColumn(kind);
                QVERIFY2(own ? json.contains(key.startsWith(u"card") ? QStringLiteral("cards") : QStringLiteral("history"))
                             : referring.contains(key),
                         qPrintable(key));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPeopleImport)
#include "tst_people_import.moc"
