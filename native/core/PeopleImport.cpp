#include "PeopleImport.h"

#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "PersonHistoryStore.h"
#include "RollStore.h"
#include "StaffAuth.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcPeopleImport, "linli.people.import")

namespace linli {

namespace people_import {

namespace {

// In Column's order.
const std::array<csv::ColumnName, ColumnCount> kColumns = {{{"name", "姓名"},
                                                            {"gender", "性别"},
                                                            {"birth_date", "出生日期"},
                                                            {"building", "楼栋"},
                                                            {"unit", "单元"},
                                                            {"room", "房号"},
                                                            {"phone", "电话"},
                                                            {"mobility_impaired", "行动不便"},
                                                            {"lives_alone", "独居"},
                                                            {"id_number", "身份证号"}}};
const std::array<csv::ColumnName, StaffColumnCount> kStaffColumns = {{{"name", "姓名"}, {"role", "角色"}}};

constexpr int kMaxName = 40; // the resident and staff tables' CHECKs

int characters(const QString &text)
{
    return int(text.toUcs4().size());
}

// A name that fits the tables' CHECK, or why not.
void checkName(const QString &name, const QString &column, QStringList &problems)
{
    if (name.isEmpty())
        problems.append(QStringLiteral("the %1 is empty").arg(column));
    else if (characters(name) > kMaxName)
        problems.append(QStringLiteral("the %1 has %2 characters, at most %3 fit").arg(column).arg(characters(name)).arg(kMaxName));
}

// A column's value as text, for telling what an update changes.
QString valueOf(const ResidentDetail &r, Column column)
{
    switch (column) {
    case Name: return r.name;
    case Gender: return r.gender;
    case BirthDate: return r.birthDate.toString(Qt::ISODate);
    case Building: return r.building;
    case Unit: return r.unit;
    case Room: return r.room;
    case Phone: return r.phone;
    case MobilityImpaired: return r.mobilityImpaired ? QStringLiteral("1") : QStringLiteral("0");
    case LivesAlone: return r.livesAlone ? QStringLiteral("1") : QStringLiteral("0");
    case IdNumber: return r.idNumber;
    case ColumnCount: break;
    }
    return {};
}

QString nameAndBirth(const QString &name, const QDate &born)
{
    return name + QChar(0x1f) + born.toString(Qt::ISODate);
}

QString lineList(const QList<int> &lines)
{
    QStringList numbers;
    for (int line : lines)
        numbers.append(QString::number(line));
    return numbers.join(QStringLiteral(", "));
}

// Each of `lines` bad when there are two or more of them: `message` names the others.
void allBad(const QList<int> &lines, const QString &message, QList<ImportError> &errors)
{
    if (lines.size() < 2)
        return;
    for (int line : lines) {
        QList<int> others = lines;
        others.removeAll(line);
        errors.append({line, message.arg(lineList(others))});
    }
}

// A header of either file from what csv::findColumns found.
template<typename Result>
Result fromColumns(const csv::Columns &found)
{
    Result header;
    std::copy(found.index.begin(), found.index.end(), header.index.begin());
    header.fields = found.fields;
    header.problems = found.problems;
    return header;
}

} // namespace

QString columnName(Column column)
{
    return csv::label(kColumns[column]);
}

QString staffColumnName(StaffColumn column)
{
    return csv::label(kStaffColumns[column]);
}

QString residentsHeader()
{
    QStringList names;
    for (const csv::ColumnName &column : kColumns)
        names.append(QLatin1String(column.english));
    return names.join(u',');
}

Header readHeader(const QStringList &fields)
{
    QList<bool> required;
    for (int c = 0; c < ColumnCount; ++c)
        required.append(c < Phone); // name to room; phone, the flags and the ID number may be left out
    return fromColumns<Header>(csv::findColumns(fields, QList<csv::ColumnName>(kColumns.begin(), kColumns.end()), required));
}

StaffHeader readStaffHeader(const QStringList &fields)
{
    return fromColumns<StaffHeader>(
        csv::findColumns(fields, QList<csv::ColumnName>(kStaffColumns.begin(), kStaffColumns.end()), {true, true}));
}

bool isStaffHeader(const QStringList &fields)
{
    return std::any_of(fields.begin(), fields.end(), [](const QString &field) {
        return csv::matches(kStaffColumns[Role], field);
    });
}

std::optional<QString> genderCode(const QString &text)
{
    return csv::choose(text, {{"F", "女"}, {"M", "男"}});
}

std::optional<QDate> birthDate(const QString &text)
{
    // As spreadsheets and people write a day: one separator throughout, or
    // none, or the Chinese 年月日.
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression chinese(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$"));
    const QString wanted = text.trimmed();
    QDate day;
    if (const auto m = separated.match(wanted); m.hasMatch())
        day = QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    else if (const auto m = compact.match(wanted); m.hasMatch())
        day = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto m = chinese.match(wanted); m.hasMatch())
        day = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!day.isValid())
        return std::nullopt;
    return day;
}

std::optional<bool> flag(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty() || wanted == u"否" || wanted == u"0" || wanted.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0)
        return false;
    if (wanted == u"是" || wanted == u"1" || wanted.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
        return true;
    return std::nullopt;
}

std::optional<QString> phoneDigits(const QString &text)
{
    QString digits = text.trimmed();
    digits.remove(u' ');
    digits.remove(u'-');
    static const QRegularExpression shape(QStringLiteral("^[0-9]{7,11}$"));
    if (!shape.match(digits).hasMatch())
        return std::nullopt;
    return digits;
}

QString idNumberProblem(const QString &idNumber, const QDate &born)
{
    static const QRegularExpression shape(QStringLiteral("^[1-9][0-9]{16}[0-9X]$"));
    if (!shape.match(idNumber).hasMatch())
        return QStringLiteral("is not 18 characters, 17 digits and a last digit or X");
    // GB 11643-1999: the digits weighted 2^(17-i) mod 11, their sum mod 11 picks the check character.
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += idNumber[i].digitValue() * weights[i];
    if (idNumber[17] != QLatin1Char("10X98765432"[sum % 11]))
        return QStringLiteral("has a wrong check digit (its last): a digit is mistyped");
    const QDate embedded = QDate::fromString(idNumber.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!embedded.isValid())
        return QStringLiteral("has no day in its birth date digits (the 7th to 14th, %1)").arg(idNumber.mid(6, 8));
    if (born.isValid() && embedded != born)
        return QStringLiteral("is of someone born on %1, not on the %2 %3")
            .arg(embedded.toString(Qt::ISODate), columnName(BirthDate), born.toString(Qt::ISODate));
    return {};
}

std::optional<QString> roleCode(const QString &text)
{
    return csv::choose(text, {{"canteen", "食堂"}, {"social_worker", "社工"}, {"volunteer", "志愿者"}, {"admin", "管理员"}});
}

ResidentLine readResidentLine(const csv::Record &record, const Header &header, const QDate &today)
{
    ResidentLine line;
    line.line = record.line;
    if (const QString problem = csv::fieldCountProblem(record, header.fields); !problem.isEmpty()) {
        line.problems.append(problem);
        return line;
    }
    const auto field = [&](Column column) { return csv::field(record, header.index[column]); };
    ResidentDetail &r = line.resident;
    QStringList &problems = line.problems;

    r.name = field(Name);
    checkName(r.name, columnName(Name), problems);

    const QString gender = field(Gender);
    if (const std::optional<QString> code = genderCode(gender))
        r.gender = *code;
    else
        problems.append(QStringLiteral("the %1 '%2' is not 男 or 女 (M or F)").arg(columnName(Gender), gender));

    const QString born = field(BirthDate);
    if (const std::optional<QDate> day = birthDate(born); !day)
        problems.append(QStringLiteral("the %1 '%2' is not a day: write 1948-03-05, 1948/3/5 or 1948年3月5日")
                            .arg(columnName(BirthDate), born));
    else if (day->year() < 1900 || *day > today)
        problems.append(QStringLiteral("the %1 %2 cannot be anyone's").arg(columnName(BirthDate), day->toString(Qt::ISODate)));
    else
        r.birthDate = *day;

    for (Column column : {Building, Unit, Room}) {
        const QString text = field(column);
        if (text.isEmpty())
            problems.append(QStringLiteral("the %1 is empty").arg(columnName(column)));
        (column == Building ? r.building : column == Unit ? r.unit : r.room) = text;
    }

    const QString phone = field(Phone);
    if (!phone.isEmpty()) {
        if (const std::optional<QString> digits = phoneDigits(phone))
            r.phone = *digits;
        else
            problems.append(QStringLiteral("the %1 '%2' is not 7 to 11 digits (spaces and hyphens may stay)")
                                .arg(columnName(Phone), phone));
    }

    for (Column column : {MobilityImpaired, LivesAlone}) {
        const QString text = field(column);
        const std::optional<bool> value = flag(text);
        if (!value)
            problems.append(QStringLiteral("the %1 '%2' is not 是 or 否 (1 or 0, yes or no; empty is 否)")
                                .arg(columnName(column), text));
        (column == MobilityImpaired ? r.mobilityImpaired : r.livesAlone) = value.value_or(false);
    }

    const QString idNumber = field(IdNumber).toUpper();
    if (!idNumber.isEmpty()) {
        // Against the birth date when that one is right (else it is reported already).
        if (const QString problem = idNumberProblem(idNumber, r.birthDate); !problem.isEmpty())
            problems.append(QStringLiteral("the %1 %2").arg(columnName(IdNumber), problem));
        r.idNumber = idNumber;
    }
    return line;
}

StaffLine readStaffLine(const csv::Record &record, const StaffHeader &header)
{
    StaffLine line;
    line.line = record.line;
    if (const QString problem = csv::fieldCountProblem(record, header.fields); !problem.isEmpty()) {
        line.problems.append(problem);
        return line;
    }
    line.name = csv::field(record, header.index[StaffName]);
    checkName(line.name, staffColumnName(StaffName), line.problems);
    const QString role = csv::field(record, header.index[Role]);
    if (const std::optional<QString> code = roleCode(role))
        line.role = *code;
    else
        line.problems.append(QStringLiteral("the %1 '%2' is not 食堂, 社工, 志愿者 or 管理员 (canteen, social_worker, "
                                            "volunteer, admin)")
                                 .arg(staffColumnName(Role), role));
    return line;
}

QList<ImportError> duplicateResidents(const QList<ResidentLine> &lines)
{
    QHash<QString, QList<int>> byIdNumber;
    QHash<QString, QList<const ResidentLine *>> byNameAndBirth;
    QStringList order; // the groups in the file's order, for errors in order
    for (const ResidentLine &line : lines) {
        if (!line.problems.isEmpty())
            continue;
        if (!line.resident.idNumber.isEmpty())
            byIdNumber[line.resident.idNumber].append(line.line);
        const QString key = nameAndBirth(line.resident.name, line.resident.birthDate);
        if (!byNameAndBirth.contains(key))
            order.append(key);
        byNameAndBirth[key].append(&line);
    }
    QList<ImportError> errors;
    for (const QList<int> &same : std::as_const(byIdNumber))
        allBad(same, QStringLiteral("has the same %1 as line %2: one person, on one line").arg(columnName(IdNumber)),
               errors);
    for (const QString &key : std::as_const(order)) {
        const QList<const ResidentLine *> &same = byNameAndBirth[key];
        if (same.size() < 2)
            continue;
        // Two people of one name and birthday are told apart by their ID numbers: a line without one could be either.
        const bool unclear = std::any_of(same.begin(), same.end(), [](const ResidentLine *line) {
            return line->resident.idNumber.isEmpty();
        });
        if (!unclear)
            continue;
        QList<int> numbers;
        for (const ResidentLine *line : same)
            numbers.append(line->line);
        allBad(numbers, QStringLiteral("has the same name and birth date as line %2: one person goes on one line, "
                                       "two people need their %1 each")
                            .arg(columnName(IdNumber)),
               errors);
    }
    csv::sortByLine(errors);
    return errors;
}

QList<ImportError> duplicateStaff(const QList<StaffLine> &lines)
{
    QHash<QString, QList<int>> byName;
    for (const StaffLine &line : lines)
        if (line.problems.isEmpty())
            byName[line.name].append(line.line);
    QList<ImportError> errors;
    for (const QList<int> &same : std::as_const(byName))
        allBad(same, QStringLiteral("has the same name as line %1: a staff member is known by their name"), errors);
    csv::sortByLine(errors);
    return errors;
}

ResidentDetail merged(const ResidentDetail &held, const ResidentDetail &line, const Header &header)
{
    ResidentDetail after = held;
    after.name = line.name;
    after.gender = line.gender;
    after.birthDate = line.birthDate;
    after.building = line.building;
    after.unit = line.unit;
    after.room = line.room;
    if (header.has(Phone))
        after.phone = line.phone;
    if (header.has(MobilityImpaired))
        after.mobilityImpaired = line.mobilityImpaired;
    if (header.has(LivesAlone))
        after.livesAlone = line.livesAlone;
    if (!line.idNumber.isEmpty())
        after.idNumber = line.idNumber; // never removed by a line without one
    return after;
}

QString changedFields(const ResidentDetail &before, const ResidentDetail &after)
{
    QStringList changed;
    for (int c = 0; c < ColumnCount; ++c)
        if (valueOf(before, Column(c)) != valueOf(after, Column(c)))
            changed.append(QString::fromUtf8(kColumns[c].chinese));
    return changed.join(u'、');
}

} // namespace people_import

using namespace people_import;

QStringList PeopleImportReport::summary() const
{
    QStringList lines = {
        QStringLiteral("新增 %1 人，更新 %2 人，未变 %3 人 (%1 added, %2 changed, %3 as they were)")
            .arg(added.size())
            .arg(updated.size())
            .arg(unchanged.size())};
    if (!leftAlone.isEmpty())
        lines.append((kind == Kind::Residents ? QStringLiteral("已离开，未更改 (left, not changed): ")
                                              : QStringLiteral("已停用，未更改 (no longer active, not changed): "))
                     + leftAlone.join(QStringLiteral(", ")));
    return lines;
}

namespace {

// Checks and writes in one transaction (csv::writeAllOrNothing); a report
// of nothing written when refused.
template<typename Write>
void inOneTransaction(Database &db, PeopleImportReport &report, Write write)
{
    report.imported = csv::writeAllOrNothing(db, report.errors, report.storageError, [&] { write(report); });
    if (report.imported)
        return;
    report.added.clear();
    report.updated.clear();
    report.unchanged.clear();
    report.leftAlone.clear();
}

// The lines of a file as read, from the lines matched against the register.
template<typename Matched>
auto linesRead(const QList<Matched> &matched) -> QList<decltype(Matched::line)>
{
    QList<decltype(Matched::line)> lines;
    for (const Matched &m : matched)
        lines.append(m.line);
    return lines;
}

void addProblems(int line, const QStringList &problems, QList<ImportError> &errors)
{
    for (const QString &problem : problems)
        errors.append({line, problem});
}

} // namespace

PeopleImport::PeopleImport(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

PeopleImportReport PeopleImport::importPeople(const QByteArray &file)
{
    const PeopleImportReport report = m_db.retryingConflicts([&] {
        PeopleImportReport report;
        Header header;
        StaffHeader staffHeader;
        const csv::Sheet sheet = csv::readSheet(file, residentsHeader(), [&](const QStringList &fields) {
            if (isStaffHeader(fields)) {
                report.kind = PeopleImportReport::Kind::Staff;
                staffHeader = readStaffHeader(fields);
                return staffHeader.problems;
            }
            header = readHeader(fields);
            return header.problems;
        });
        report.errors = sheet.errors;
        if (!sheet.headerUsable || sheet.rows.isEmpty()) {
            csv::sortByLine(report.errors);
            return report;
        }
        inOneTransaction(m_db, report, [&](PeopleImportReport &report) {
            if (report.kind == PeopleImportReport::Kind::Staff)
                checkAndWriteStaff(sheet.rows, staffHeader, report);
            else
                checkAndWriteResidents(sheet.rows, header, report);
        });
        return report;
    });
    if (report.imported)
        qCInfo(lcPeopleImport) << (report.kind == PeopleImportReport::Kind::Staff ? "staff" : "residents")
                               << "imported:" << report.added.size() << "added," << report.updated.size() << "changed,"
                               << report.unchanged.size() << "unchanged," << report.leftAlone.size() << "left alone";
    return report;
}

void PeopleImport::checkAndWriteResidents(const QList<csv::Record> &rows, const Header &header, PeopleImportReport &report)
{
    RollStore roll(m_db);
    PeopleRegisterStore register_(m_db);
    const QDateTime now = m_clock.now();

    // Each line's resident on the register: 0 for a new one.
    struct Matched
    {
        ResidentLine line;
        std::optional<ResidentDetail> held;
    };
    QList<Matched> lines;
    QHash<qint64, QList<int>> linesOfResident;
    for (const csv::Record &row : rows) {
        Matched m{readResidentLine(row, header, now.date()), std::nullopt};
        const ResidentDetail &r = m.line.resident;
        if (m.line.problems.isEmpty()) {
            // The key: the ID number when a resident has it, else name and birth date.
            std::optional<QList<qint64>> ids = r.idNumber.isEmpty() ? QList<qint64>() : roll.residentsWithIdNumber(r.idNumber);
            std::optional<QList<RollMatch>> named = roll.residentsNamed(r.name, r.birthDate);
            if (!ids || !named) {
                report.storageError = m_db.errorString();
                return;
            }
            qint64 id = ids->isEmpty() ? 0 : ids->constFirst();
            if (id == 0) {
                // A resident with another ID number is another person.
                QList<qint64> candidates;
                for (const RollMatch &match : std::as_const(*named))
                    if (r.idNumber.isEmpty() || match.idNumber.isEmpty())
                        candidates.append(match.id);
                if (candidates.size() > 1)
                    m.line.problems.append(r.idNumber.isEmpty()
                        ? QStringLiteral("two residents share this name and birth date; add the %1").arg(columnName(IdNumber))
                        : QStringLiteral("two residents without an %1 share this name and birth date: give one of them "
                                         "theirs first, at the staff desk (人员登记)")
                              .arg(columnName(IdNumber)));
                else if (candidates.size() == 1)
                    id = candidates.constFirst();
            }
            if (id > 0) {
                m.held = register_.resident(id);
                if (!m.held) {
                    report.storageError = m_db.errorString();
                    return;
                }
                linesOfResident[id].append(m.line.line);
            }
        }
        addProblems(m.line.line, m.line.problems, report.errors);
        lines.append(m);
    }
    report.errors += duplicateResidents(linesRead(lines));
    for (const QList<int> &same : std::as_const(linesOfResident))
        if (same.size() > 1)
            for (int line : same)
                report.errors.append({line, QStringLiteral("names the same resident as another line (%1): one "
                                                           "person, on one line").arg(lineList(same))});
    if (!report.errors.isEmpty())
        return;

    PersonHistoryStore history(m_db);
    for (const Matched &m : std::as_const(lines)) {
        const ResidentDetail &r = m.line.resident;
        if (!m.held) {
            const std::optional<qint64> id = roll.addResident(r);
            if (!id || !history.record({HolderKind::Resident, *id}, now, 0, PersonChange::Imported, QStringLiteral(""))) {
                report.storageError = m_db.errorString();
                return;
            }
            report.added.append(*id);
            continue;
        }
        if (!m.held->leftAs.isEmpty()) {
            // Moved away or died: never brought back, nor changed, by a spreadsheet.
            report.leftAlone.append(QStringLiteral("%1 %2").arg(r.name, r.birthDate.toString(Qt::ISODate)));
            continue;
        }
        const ResidentDetail after = merged(*m.held, r, header);
        const QString changed = changedFields(*m.held, after);
        if (changed.isEmpty()) {
            report.unchanged.append(after.id);
        } else if (roll.updateResident(after)
                   && history.record({HolderKind::Resident, after.id}, now, 0, PersonChange::Updated, changed)) {
            report.updated.append(after.id);
        } else {
            report.storageError = m_db.errorString();
            return;
        }
    }
}

void PeopleImport::checkAndWriteStaff(const QList<csv::Record> &rows, const StaffHeader &header, PeopleImportReport &report)
{
    RollStore roll(m_db);
    struct Matched
    {
        StaffLine line;
        std::optional<RollStaff> held;
    };
    QList<Matched> lines;
    for (const csv::Record &row : rows) {
        Matched m{readStaffLine(row, header), std::nullopt};
        if (m.line.problems.isEmpty()) {
            const std::optional<QList<RollStaff>> named = roll.staffNamed(m.line.name);
            if (!named) {
                report.storageError = m_db.errorString();
                return;
            }
            if (named->size() > 1)
                m.line.problems.append(QStringLiteral("two staff members share this name: change one of them at the "
                                                      "staff desk (人员登记)"));
            else if (named->size() == 1)
                m.held = named->constFirst();
        }
        addProblems(m.line.line, m.line.problems, report.errors);
        lines.append(m);
    }
    report.errors += duplicateStaff(linesRead(lines));
    if (!report.errors.isEmpty())
        return;

    PersonHistoryStore history(m_db);
    const QDateTime now = m_clock.now();
    for (const Matched &m : std::as_const(lines)) {
        if (!m.held) {
            // No PIN works until they choose one, the first time their card opens staff mode:
            // the key is of random bytes nobody knows.
            StaffRecord staff{0, m.line.name, m.line.role, {}, {}, 0};
            StaffAuthService::setPin(staff, crypto::base32(crypto::randomBytes(20)));
            const std::optional<qint64> id = roll.addStaff(staff);
            if (!id || !history.record({HolderKind::Staff, *id}, now, 0, PersonChange::Imported, QStringLiteral(""))) {
                report.storageError = m_db.errorString();
                return;
            }
            report.added.append(*id);
        } else if (!m.held->active) {
            report.leftAlone.append(m.line.name);
        } else if (m.held->role == m.line.role) {
            report.unchanged.append(m.held->id);
        } else if (roll.setStaffRole(m.held->id, m.line.role)
                   && history.record({HolderKind::Staff, m.held->id}, now, 0, PersonChange::Updated,
                                     QString::fromUtf8(kStaffColumns[Role].chinese))) {
            report.updated.append(m.held->id);
        } else {
            report.storageError = m_db.errorString();
            return;
        }
    }
}

} // namespace linli
