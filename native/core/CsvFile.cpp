#include "CsvFile.h"

#include <QStringDecoder>
#include <algorithm>

namespace linli {

QString ImportError::text() const
{
    return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(message) : message;
}

namespace csv {

namespace {

// The first line (1-based) that `encoding` cannot read, or 0. Line by line is
// safe for both: neither UTF-8 nor GB18030 has a '\n' byte inside a character.
int firstLineNotIn(const QByteArray &bytes, const char *encoding)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(encoding);
        [[maybe_unused]] const QString text = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

bool blank(const QStringList &fields)
{
    return std::all_of(fields.begin(), fields.end(), [](const QString &field) { return field.trimmed().isEmpty(); });
}

} // namespace

Text decode(const QByteArray &bytes)
{
    Text result;
    QStringDecoder utf8(QStringDecoder::Utf8);
    result.text = utf8.decode(bytes);
    if (utf8.hasError()) {
        QStringDecoder gb18030("GB18030");
        if (!gb18030.isValid()) {
            // Qt without ICU: only UTF-8 can be read.
            result.error = ImportError{firstLineNotIn(bytes, "UTF-8"), QStringLiteral(
                "is not UTF-8 text: save the file as \"CSV UTF-8\"")};
            return result;
        }
        result.text = gb18030.decode(bytes);
        result.encoding = Encoding::Gb18030;
        if (gb18030.hasError()) {
            result.error = ImportError{firstLineNotIn(bytes, "GB18030"), QStringLiteral(
                "is neither UTF-8 nor GB18030 (GBK) text: save the file as \"CSV UTF-8\"")};
            return result;
        }
    }
    if (result.text.startsWith(QChar(0xFEFF)))
        result.text.remove(0, 1);
    return result;
}

Table read(const QByteArray &bytes)
{
    Table table;
    const Text decoded = decode(bytes);
    table.encoding = decoded.encoding;
    if (decoded.error) {
        table.error = decoded.error;
        return table;
    }
    const QString &text = decoded.text;

    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    const auto isLineEnd = [&](qsizetype at) { return at < n && (text[at] == u'\n' || text[at] == u'\r'); };
    while (i < n) {
        Record record;
        record.line = line;
        for (;;) {
            QString field;
            if (i < n && text[i] == u'"') {
                const int opened = line;
                ++i;
                for (;;) {
                    if (i >= n) {
                        table.error = ImportError{opened, QStringLiteral("a field opens a quote that is never closed")};
                        return table;
                    }
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                        ++i; // a line break in a field is kept as LF
                    if (c == u'\n' || c == u'\r') {
                        ++line;
                        field += u'\n';
                    } else {
                        field += c;
                    }
                    ++i;
                }
                if (i < n && text[i] != u',' && !isLineEnd(i)) {
                    table.error = ImportError{line, QStringLiteral(
                        "a quoted field goes on after its closing quote (a quote inside quotes is written \"\")")};
                    return table;
                }
            } else {
                while (i < n && text[i] != u',' && !isLineEnd(i)) {
                    if (text[i] == u'"') {
                        table.error = ImportError{line, QStringLiteral(
                            "a quote in the middle of a field: put the whole field in quotes, and write a quote "
                            "inside it as \"\"")};
                        return table;
                    }
                    field += text[i++];
                }
            }
            record.fields.append(field);
            if (i < n && text[i] == u',') {
                ++i;
                continue;
            }
            break; // the line's end, or the file's
        }
        if (i < n && text[i] == u'\r')
            ++i;
        if (i < n && text[i] == u'\n')
            ++i;
        ++line;
        if (!blank(record.fields))
            table.records.append(record);
    }
    return table;
}

QString label(const ColumnName &column)
{
    return QStringLiteral("%1 (%2)").arg(QLatin1String(column.english), QString::fromUtf8(column.chinese));
}

bool matches(const ColumnName &name, const QString &text)
{
    const QString wanted = text.trimmed();
    return wanted.compare(QLatin1String(name.english), Qt::CaseInsensitive) == 0
        || wanted == QString::fromUtf8(name.chinese);
}

std::optional<QString> choose(const QString &text, const QList<ColumnName> &choices)
{
    for (const ColumnName &choice : choices)
        if (matches(choice, text))
            return QString::fromLatin1(choice.english);
    return std::nullopt;
}

namespace {

QString header(const QList<ColumnName> &columns, bool chinese)
{
    QStringList names;
    for (const ColumnName &column : columns)
        names.append(QString::fromUtf8(chinese ? column.chinese : column.english));
    return names.join(u',');
}

} // namespace

Columns findColumns(const QStringList &fields, const QList<ColumnName> &columns, const QList<bool> &required)
{
    Columns result;
    result.index = QList<int>(columns.size(), -1);
    result.fields = int(fields.size());
    for (int f = 0; f < fields.size(); ++f) {
        const QString name = fields[f].trimmed();
        if (name.isEmpty())
            continue; // a spreadsheet's empty column: its fields are not read
        int found = -1;
        for (int c = 0; c < columns.size(); ++c)
            if (matches(columns[c], name))
                found = c;
        if (found < 0) {
            result.problems.append(QStringLiteral("the column '%1' is not one of %2 (or %3)")
                                       .arg(name, header(columns, false), header(columns, true)));
        } else if (result.index[found] >= 0) {
            result.problems.append(QStringLiteral("the column %1 comes twice").arg(label(columns[found])));
        } else {
            result.index[found] = f;
        }
    }
    if (std::all_of(result.index.begin(), result.index.end(), [](int at) { return at < 0; })) {
        // Not a header at all (a file that starts with its first line of data): one word for it.
        result.problems = {QStringLiteral("the first line must name the columns: %1 (or %2), in any order")
                               .arg(header(columns, false), header(columns, true))};
        return result;
    }
    for (int c = 0; c < columns.size(); ++c)
        if (required.value(c, true) && result.index[c] < 0)
            result.problems.append(QStringLiteral("the column %1 is missing: the first line names the columns, %2")
                                       .arg(label(columns[c]), header(columns, false)));
    return result;
}

QString field(const Record &record, int index)
{
    const QString value = index >= 0 && index < record.fields.size() ? record.fields[index].trimmed() : QString();
    return value.isNull() ? QStringLiteral("") : value;
}

QString fieldCountProblem(const Record &record, int headerFields)
{
    if (record.fields.size() == headerFields)
        return {};
    return QStringLiteral("has %1 fields where the header has %2 (a comma in a field needs quotes around the field)")
        .arg(record.fields.size())
        .arg(headerFields);
}

Sheet readSheet(const QByteArray &bytes, const QString &columns,
                const std::function<QStringList(const QStringList &fields)> &headerProblems)
{
    Sheet sheet;
    const Table table = read(bytes);
    if (table.records.isEmpty()) {
        sheet.errors.append(table.error.value_or(
            ImportError{0, QStringLiteral("the file is empty: its first line names the columns, %1").arg(columns)}));
        return sheet;
    }
    const Record &header = table.records.constFirst();
    const QStringList problems = headerProblems(header.fields);
    for (const QString &problem : problems)
        sheet.errors.append({header.line, problem});
    sheet.headerUsable = problems.isEmpty();
    sheet.rows = table.records.mid(1);
    if (table.error)
        sheet.errors.append(*table.error);
    else if (sheet.rows.isEmpty() && sheet.errors.isEmpty())
        sheet.errors.append({0, QStringLiteral("the file has nothing below its header")});
    return sheet;
}

void sortByLine(QList<ImportError> &errors)
{
    std::stable_sort(errors.begin(), errors.end(), [](const ImportError &a, const ImportError &b) { return a.line < b.line; });
}

} // namespace csv
} // namespace linli
