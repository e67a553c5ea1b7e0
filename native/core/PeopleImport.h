#pragma once

// The people register from the community's spreadsheets, for the street
// office's staff and installers: linli-kiosk --import-people adds and
// updates residents from the roll (居民花名册), or staff from their list (a
// file with a role column). As with the Shared House's catalog, a file is
// checked whole first: every bad line is reported and nothing is written,
// or every line is written in one transaction. An import never deactivates
// anyone, and never brings back someone who left.

#include "CsvFile.h"
#include "PeopleRegisterStore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace linli {

class Clock;
class Database;

namespace people_import {

// The residents file's columns, by the header's names (English or Chinese,
// in any order). Phone, the two flags and the ID number may be left out:
// then an update keeps what the register holds.
enum Column { Name, Gender, BirthDate, Building, Unit, Room, Phone, MobilityImpaired, LivesAlone, IdNumber, ColumnCount };
QString columnName(Column column); // "gender (性别)"
// name,gender,birth_date,building,unit,room,phone,mobility_impaired,lives_alone,id_number
QString residentsHeader();

// The staff file's columns: name, role (a role column makes a staff file).
enum StaffColumn { StaffName, Role, StaffColumnCount };
QString staffColumnName(StaffColumn column);

struct Header
{
    std::array<int, ColumnCount> index{}; // the field each column is in, -1: left out
    int fields = 0;
    QStringList problems;
    bool has(Column column) const { return index[column] >= 0; }
};
Header readHeader(const QStringList &fields);
struct StaffHeader
{
    std::array<int, StaffColumnCount> index{};
    int fields = 0;
    QStringList problems;
};
StaffHeader readStaffHeader(const QStringList &fields);
// A header with a role (角色) column: the file is a staff list.
bool isStaffHeader(const QStringList &fields);

// F / M from 女 / 男 or the letter.
std::optional<QString> genderCode(const QString &text);
// 1948-03-05, 1948/3/5, 1948.3.5, 19480305, 1948年3月5日.
std::optional<QDate> birthDate(const QString &text);
// 是 / 否, 1 / 0, yes / no; empty is no.
std::optional<bool> flag(const QString &text);
// The digits of a phone number written with spaces or hyphens: 7 to 11 of them.
std::optional<QString> phoneDigits(const QString &text);
// Why an ID number (身份证号, GB 11643: 17 digits and a check digit or X) is
// not one, or is not of someone born on `born` (not compared when invalid);
// empty when it is right.
QString idNumberProblem(const QString &idNumber, const QDate &born);
// canteen / social_worker / volunteer / admin from 食堂 / 社工 / 志愿者 / 管理员 or the code.
std::optional<QString> roleCode(const QString &text);

// One line of a residents file, read without the database.
struct ResidentLine
{
    int line = 0;
    ResidentDetail resident; // id 0 until matched; the ID number upper-case
    QStringList problems;
};
ResidentLine readResidentLine(const csv::Record &record, const Header &header, const QDate &today);

struct StaffLine
{
    int line = 0;
    QString name;
    QString role;
    QStringList problems;
};
StaffLine readStaffLine(const csv::Record &record, const StaffHeader &header);

// Lines of one file that would be one person: the same ID number, or the
// same name and birth date where one of them has no ID number (both lines
// are bad; two people of one name and birthday are told apart by theirs).
QList<ImportError> duplicateResidents(const QList<ResidentLine> &lines);
QList<ImportError> duplicateStaff(const QList<StaffLine> &lines);

// What an update changes, in the words of the history list: "电话、独居".
// Only the columns the file has count; an ID number is never removed.
QString changedFields(const ResidentDetail &before, const ResidentDetail &after);
// `held` with what the line says (the columns the header has).
ResidentDetail merged(const ResidentDetail &held, const ResidentDetail &line, const Header &header);

} // namespace people_import

struct PeopleImportReport
{
    enum class Kind { Residents, Staff };
    Kind kind = Kind::Residents;
    bool imported = false;     // every line written
    QList<ImportError> errors; // what is wrong with the file: nothing was written
    QString storageError;      // the database failed: nothing was written
    QList<qint64> added;
    QList<qint64> updated;
    QList<qint64> unchanged;
    // Matched people who left (or staff no longer active): not changed,
    // never brought back by an import. "王秀英 1938-05-12".
    QStringList leftAlone;

    // What the command line prints on success: 新增 N 人，更新 N 人，未变 N 人 and
    // its English, then the people left alone.
    QStringList summary() const;
};

class PeopleImport
{
public:
    PeopleImport(Database &db, const Clock &clock);
    // A residents file or a staff file, told apart by the header.
    PeopleImportReport importPeople(const QByteArray &file);

private:
    // Inside the import's transaction: every line checked, and written when none is wrong.
    void checkAndWriteResidents(const QList<csv::Record> &rows, const people_import::Header &header,
                                PeopleImportReport &report);
    void checkAndWriteStaff(const QList<csv::Record> &rows, const people_import::StaffHeader &header,
                            PeopleImportReport &report);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace linli
