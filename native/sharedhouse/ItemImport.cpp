#include "ItemImport.h"

#include "Database.h"
#include "HidKeyboard.h"
#include "Identity.h"
#include "Stores.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

Q_LOGGING_CATEGORY(lcItemImport, "linli.sharedhouse.import")

namespace linli {

namespace item_import {

namespace {

// In Column's order.
const std::array<csv::ColumnName, ColumnCount> kColumns = {{{"id", "编号"},
                                                        {"category", "类别"},
                                                        {"name", "名称"},
                                                        {"owner", "主人"},
                                                        {"condition", "状况"},
                                                        {"place", "位置"},
                                                        {"notes", "备注"},
                                                        {"isbn", "ISBN"}}};

constexpr int kMaxName = 40;  // the item and item_template tables' CHECKs
constexpr int kMaxPlace = 20; // the item table's CHECK

int characters(const QString &text)
{
    return int(text.toUcs4().size());
}

QString header(const QList<Column> &columns, bool chinese)
{
    QStringList names;
    for (Column column : columns)
        names.append(QString::fromUtf8(chinese ? kColumns[column].chinese : kColumns[column].english));
    return names.join(u',');
}

// Every one of `wanted` is required.
Header readColumns(const QStringList &fields, const QList<Column> &wanted)
{
    QList<csv::ColumnName> names;
    for (Column column : wanted)
        names.append(kColumns[column]);
    const csv::Columns found = csv::findColumns(fields, names, QList<bool>(wanted.size(), true));
    Header result;
    result.index.fill(-1);
    result.fields = found.fields;
    result.problems = found.problems;
    for (int c = 0; c < wanted.size(); ++c)
        result.index[wanted[c]] = found.index[c];
    return result;
}

QString field(const csv::Record &record, const Header &header, Column column)
{
    return csv::field(record, header.index[column]);
}

QString categoryChoices(const QList<ItemCategoryRecord> &categories)
{
    if (categories.isEmpty())
        return QStringLiteral("the database has no categories yet");
    QStringList choices;
    for (const ItemCategoryRecord &category : categories)
        choices.append(QStringLiteral("%1 (%2)").arg(category.code, category.name));
    return QStringLiteral("write one of ") + choices.join(QStringLiteral(", "));
}

// A category's code, or why the text names none.
QString readCategory(const QString &text, const QList<ItemCategoryRecord> &categories, QStringList &problems)
{
    if (text.isEmpty()) {
        problems.append(QStringLiteral("the %1 is empty: %2").arg(columnName(Category), categoryChoices(categories)));
        return {};
    }
    const std::optional<QString> code = categoryCode(text, categories);
    if (!code)
        problems.append(QStringLiteral("the %1 '%2' is unknown: %3").arg(columnName(Category), text, categoryChoices(categories)));
    return code.value_or(QString());
}

// A name or place that fits its column, or why it does not.
void checkText(const QString &text, Column column, int maxCharacters, QStringList &problems)
{
    if (text.isEmpty())
        problems.append(QStringLiteral("the %1 is empty").arg(columnName(column)));
    else if (characters(text) > maxCharacters)
        problems.append(QStringLiteral("the %1 has %2 characters, at most %3 fit")
                            .arg(columnName(column))
                            .arg(characters(text))
                            .arg(maxCharacters));
}

} // namespace

QString columnName(Column column)
{
    return csv::label(kColumns[column]);
}

QString itemsHeader()
{
    return header({Id, Category, Name, Owner, Condition, Place, Notes, Isbn}, false);
}

Header readHeader(const QStringList &fields)
{
    return readColumns(fields, {Id, Category, Name, Owner, Condition, Place, Notes, Isbn});
}

Header readNamesHeader(const QStringList &fields)
{
    return readColumns(fields, {Category, Name});
}

std::optional<QString> categoryCode(const QString &text, const QList<ItemCategoryRecord> &categories)
{
    const QString wanted = text.trimmed();
    for (const ItemCategoryRecord &category : categories)
        if (wanted.compare(category.code, Qt::CaseInsensitive) == 0 || wanted == category.name
            || wanted.compare(category.nameEn, Qt::CaseInsensitive) == 0)
            return category.code;
    return std::nullopt;
}

std::optional<QString> conditionCode(const QString &text)
{
    return csv::choose(text, {{"good", "好"}, {"worn", "有磨损"}, {"needs_repair", "待修"}});
}

QString isbnDigits(const QString &text)
{
    QString digits = text.trimmed();
    digits.remove(u'-');
    digits.remove(u' ');
    return digits;
}

ItemLine readItemLine(const csv::Record &record, const Header &header, const QList<ItemCategoryRecord> &categories)
{
    ItemLine line;
    line.line = record.line;
    if (const QString problem = csv::fieldCountProblem(record, header.fields); !problem.isEmpty()) {
        line.problems.append(problem);
        return line;
    }
    NewItem &item = line.item;

    const QString id = field(record, header, Id);
    if (!id.isEmpty()) {
        bool ok = false;
        item.id = id.toLongLong(&ok);
        if (!ok || item.id <= 0) {
            item.id = 0;
            line.problems.append(QStringLiteral("the %1 '%2' is not a thing's number: leave it empty for a new thing")
                                     .arg(columnName(Id), id));
        }
    }

    item.category = readCategory(field(record, header, Category), categories, line.problems);

    item.name = field(record, header, Name);
    checkText(item.name, Name, kMaxName, line.problems);

    line.ownerText = field(record, header, Owner);
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,9}$"));
    const QString card = QStringLiteral("card:");
    if (line.ownerText.isEmpty()) {
        item.ownerResidentId = 0; // the community's
    } else if (number.match(line.ownerText).hasMatch() && line.ownerText.toLongLong() > 0) {
        item.ownerResidentId = line.ownerText.toLongLong();
    } else if (line.ownerText.startsWith(card, Qt::CaseInsensitive)) {
        const std::optional<QByteArray> uid = uidFromTypedCardNumber(line.ownerText.mid(card.size()));
        if (uid)
            line.ownerCard = *uid;
        else
            line.problems.append(QStringLiteral("the %1 '%2' is not a card number a reader gives (10 digits, or 8, 14 "
                                                "or 20 hex digits after card:)")
                                     .arg(columnName(Owner), line.ownerText));
    } else {
        line.problems.append(QStringLiteral("the %1 '%2' is neither a resident's number nor card:NUMBER (leave it "
                                            "empty for the community's things)")
                                 .arg(columnName(Owner), line.ownerText));
    }

    const QString condition = field(record, header, Condition);
    if (const std::optional<QString> code = conditionCode(condition))
        item.condition = *code;
    else if (condition.isEmpty())
        line.problems.append(QStringLiteral("the %1 is empty: write 好, 有磨损 or 待修 (good, worn, needs_repair)")
                                 .arg(columnName(Condition)));
    else
        line.problems.append(QStringLiteral("the %1 '%2' is not 好, 有磨损 or 待修 (good, worn, needs_repair)")
                                 .arg(columnName(Condition), condition));

    item.place = field(record, header, Place);
    checkText(item.place, Place, kMaxPlace, line.problems);

    item.notes = field(record, header, Notes);

    const QString isbn = field(record, header, Isbn);
    if (!isbn.isEmpty()) {
        item.isbn = isbnDigits(isbn);
        static const QRegularExpression shape(QStringLiteral("^97[89][0-9]{10}$"));
        if (!shape.match(item.isbn).hasMatch())
            line.problems.append(QStringLiteral("the %1 '%2' is not the 13 digits of a book's barcode (978... or 979...)")
                                     .arg(columnName(Isbn), isbn));
        else if (!isIsbn(item.isbn))
            line.problems.append(QStringLiteral("the %1 '%2' has a wrong check digit (its last): a digit is mistyped")
                                     .arg(columnName(Isbn), isbn));
    }
    return line;
}

QList<ImportError> duplicates(const QList<ItemLine> &lines)
{
    QList<ImportError> errors;
    QHash<qint64, int> byId;
    QHash<QString, int> byContent;
    for (const ItemLine &line : lines) {
        if (!line.problems.isEmpty())
            continue;
        const NewItem &item = line.item;
        if (item.id > 0) {
            if (const auto earlier = byId.constFind(item.id); earlier != byId.cend())
                errors.append({line.line, QStringLiteral("changes thing %1 again, as line %2 does").arg(item.id).arg(*earlier)});
            else
                byId.insert(item.id, line.line);
            continue;
        }
        const QString key = QStringList{item.category, item.name, QString::number(item.ownerResidentId),
                                        QString::fromLatin1(line.ownerCard.toHex()), item.condition, item.place,
                                        item.notes, item.isbn}
                                .join(QChar(0x1f));
        if (const auto earlier = byContent.constFind(key); earlier != byContent.cend())
            errors.append({line.line, QStringLiteral("repeats the new thing on line %1: for two of one thing, tell "
                                                     "them apart in the %2")
                                          .arg(*earlier)
                                          .arg(columnName(Notes))});
        else
            byContent.insert(key, line.line);
    }
    return errors;
}

NameLine readNameLine(const csv::Record &record, const Header &header, const QList<ItemCategoryRecord> &categories)
{
    NameLine line;
    line.line = record.line;
    if (record.fields.size() != header.fields) {
        line.problems.append(QStringLiteral("has %1 fields where the header has %2").arg(record.fields.size()).arg(header.fields));
        return line;
    }
    line.category = readCategory(field(record, header, Category), categories, line.problems);
    line.name = field(record, header, Name);
    checkText(line.name, Name, kMaxName, line.problems);
    return line;
}

QList<ImportError> duplicateNames(const QList<NameLine> &lines)
{
    QList<ImportError> errors;
    QHash<QString, int> seen;
    for (const NameLine &line : lines) {
        if (!line.problems.isEmpty())
            continue;
        const QString key = line.category + QChar(0x1f) + line.name;
        if (const auto earlier = seen.constFind(key); earlier != seen.cend())
            errors.append({line.line, QStringLiteral("repeats line %1").arg(*earlier)});
        else
            seen.insert(key, line.line);
    }
    return errors;
}

} // namespace item_import

namespace {

using namespace item_import;

// The file's records below a usable header, or the errors that stop it.
struct Sheet
{
    QList<csv::Record> rows;
    Header header;
    QList<ImportError> errors;
    bool usable = false;
};

Sheet readSheet(const QByteArray &file, Header (*readHeaderOf)(const QStringList &), const QString &columns)
{
    Sheet sheet;
    const csv::Sheet read = csv::readSheet(file, columns, [&](const QStringList &fields) {
        sheet.header = readHeaderOf(fields);
        return sheet.header.problems;
    });
    sheet.rows = read.rows;
    sheet.errors = read.errors;
    sheet.usable = read.headerUsable && !read.rows.isEmpty();
    return sheet;
}

bool sameAs(const NewItem &line, const ItemRecord &item)
{
    return line.category == item.category && line.name == item.name && line.ownerResidentId == item.ownerResidentId
        && line.condition == item.condition && line.place == item.place && line.notes == item.notes
        && line.isbn == item.isbn;
}

// Reads the file and, when its header is usable, checks and writes its rows
// in one transaction: `write(sheet, report)` adds to report.errors and writes
// nothing when there are any (the file's own come first), or writes every
// row (a failure goes to report.storageError). Committed only when both
// stay empty.
template<typename Write>
ImportReport importSheet(Database &db, const QByteArray &file, Header (*readHeaderOf)(const QStringList &),
                         const QString &columns, Write write)
{
    ImportReport report;
    const Sheet sheet = readSheet(file, readHeaderOf, columns);
    report.errors = sheet.errors;
    if (!sheet.usable) {
        csv::sortByLine(report.errors);
        return report;
    }
    report.imported = csv::writeAllOrNothing(db, report.errors, report.storageError, [&] { write(sheet, report); });
    if (!report.imported) {
        // Rolled back: nothing was written.
        report.added.clear();
        report.updated.clear();
        report.unchanged.clear();
        report.namesAdded = report.namesKnown = 0;
    }
    return report;
}

} // namespace

ItemImport::ItemImport(Database &db, IdentityService &identity, const Clock &clock)
    : m_db(db)
    , m_identity(identity)
    , m_clock(clock)
{
}

ImportReport ItemImport::importItems(const QByteArray &file)
{
    const ImportReport report = m_db.retryingConflicts([&] {
        return importSheet(m_db, file, &readHeader, itemsHeader(), [this](const Sheet &sheet, ImportReport &report) {
            checkAndWriteItems(sheet.rows, sheet.header, report);
        });
    });
    if (report.imported)
        qCInfo(lcItemImport) << "items imported:" << report.added.size() << "added," << report.updated.size()
                             << "changed," << report.unchanged.size() << "unchanged";
    return report;
}

ImportReport ItemImport::importNames(const QByteArray &file)
{
    const ImportReport report = m_db.retryingConflicts([&] {
        return importSheet(m_db, file, &readNamesHeader, QStringLiteral("category,name"),
                           [this](const Sheet &sheet, ImportReport &report) {
                               checkAndWriteNames(sheet.rows, sheet.header, report);
                           });
    });
    if (report.imported)
        qCInfo(lcItemImport) << "item names imported:" << report.namesAdded << "added," << report.namesKnown << "known";
    return report;
}

void ItemImport::checkAndWriteItems(const QList<csv::Record> &rows, const item_import::Header &header, ImportReport &report)
{
    SharedHouseStore store(m_db);
    PeopleStore people(m_db);
    const QList<ItemCategoryRecord> categories = store.categories();
    QSet<qint64> waitingForRepair;
    for (const ItemAlertRecord &alert : store.openAlerts())
        waitingForRepair.insert(alert.itemId);

    QList<ItemLine> lines;
    QHash<qint64, ItemRecord> existing;
    for (const csv::Record &row : rows) {
        ItemLine line = readItemLine(row, header, categories);
        NewItem &item = line.item;
        if (!line.ownerCard.isEmpty()) {
            const std::optional<CardHolder> holder = people.cardHolder(m_identity.cardHash(line.ownerCard));
            if (!holder)
                line.problems.append(QStringLiteral("no resident's card is %1 (unknown, or taken back)").arg(line.ownerText));
            else if (holder->kind != HolderKind::Resident)
                line.problems.append(QStringLiteral("%1 is not a resident's card").arg(line.ownerText));
            else
                item.ownerResidentId = holder->id;
        } else if (item.ownerResidentId > 0 && !people.resident(item.ownerResidentId)) {
            line.problems.append(QStringLiteral("the %1 %2 is not a resident's number (or they moved away)")
                                     .arg(columnName(Owner))
                                     .arg(item.ownerResidentId));
        }
        if (item.id > 0) {
            const std::optional<ItemRecord> known = store.item(item.id);
            if (!known) {
                line.problems.append(QStringLiteral("there is no thing %1 to change (leave the %2 empty for a new thing)")
                                         .arg(item.id)
                                         .arg(columnName(Id)));
            } else if (known->retired) {
                line.problems.append(QStringLiteral("thing %1 (%2) was taken out of the catalog").arg(item.id).arg(known->name));
            } else {
                existing.insert(item.id, *known);
                if (known->onLoan() && !item.category.isEmpty() && item.category != known->category)
                    line.problems.append(QStringLiteral("thing %1 (%2) is on loan: its %3 can change once it is back")
                                             .arg(item.id)
                                             .arg(known->name, columnName(Category)));
                if (waitingForRepair.contains(item.id) && known->condition == QLatin1String("needs_repair")
                    && item.condition != known->condition)
                    line.problems.append(QStringLiteral("thing %1 (%2) came back damaged and waits for repair: mark it "
                                                        "repaired at the staff desk (已修好), not in the %3")
                                             .arg(item.id)
                                             .arg(known->name, columnName(Condition)));
            }
        }
        lines.append(line);
    }

    for (const ItemLine &line : std::as_const(lines))
        for (const QString &problem : line.problems)
            report.errors.append({line.line, problem});
    report.errors += duplicates(lines);
    if (!report.errors.isEmpty())
        return;

    const QDateTime now = m_clock.now();
    for (const ItemLine &line : std::as_const(lines)) {
        if (line.item.id == 0) {
            const std::optional<qint64> id = store.addItem(line.item, now);
            if (!id) {
                report.storageError = m_db.errorString();
                return;
            }
            report.added.append(*id);
        } else if (sameAs(line.item, existing.value(line.item.id))) {
            report.unchanged.append(line.item.id);
        } else if (store.updateItem(line.item)) {
            report.updated.append(line.item.id);
        } else {
            report.storageError = m_db.errorString();
            return;
        }
    }
}

void ItemImport::checkAndWriteNames(const QList<csv::Record> &rows, const item_import::Header &header, ImportReport &report)
{
    SharedHouseStore store(m_db);
    const QList<ItemCategoryRecord> categories = store.categories();
    QList<NameLine> lines;
    for (const csv::Record &row : rows)
        lines.append(readNameLine(row, header, categories));
    for (const NameLine &line : std::as_const(lines))
        for (const QString &problem : line.problems)
            report.errors.append({line.line, problem});
    report.errors += duplicateNames(lines);
    if (!report.errors.isEmpty())
        return;

    QHash<QString, QStringList> known;
    for (const NameLine &line : std::as_const(lines)) {
        if (!known.contains(line.category))
            known.insert(line.category, store.templateNames(line.category));
        if (known[line.category].contains(line.name)) {
            ++report.namesKnown;
            continue;
        }
        if (!store.addTemplate(line.category, line.name)) {
            report.storageError = m_db.errorString();
            return;
        }
        known[line.category].append(line.name);
        ++report.namesAdded;
    }
}

} // namespace linli
