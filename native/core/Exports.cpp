#include "Exports.h"

#include "Database.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <algorithm>

Q_LOGGING_CATEGORY(lcExports, "linli.exports")

namespace linli {

QString csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return special.contains(c); }))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvRecord(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(csvField(field));
    return escaped.join(u',') + QStringLiteral("\r\n");
}

bool writeExport(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcExports) << "cannot write" << path << file.errorString();
        return false;
    }
    return true;
}

QString exportFolder(const KioskConfig &config)
{
    if (!config.exportDir.isEmpty())
        return config.exportDir;
    const QString beside = !Database::isServerAddress(config.databasePath) ? config.databasePath
                         : !config.outboxPath.isEmpty()                    ? config.outboxPath
                                                                           : config.secretPath;
    return QFileInfo(beside).absolutePath() + QStringLiteral("/exports");
}

namespace figure_periods {

Days daysOf(Period period, const QDate &today)
{
    switch (period) {
    case Period::Today:
        return {today, today};
    case Period::ThisWeek: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    case Period::ThisMonth: {
        const QDate first(today.year(), today.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case Period::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    }
    return {};
}

std::optional<Period> named(const QString &name)
{
    static const QList<std::pair<QString, Period>> names = {
        {QStringLiteral("today"), Period::Today},
        {QStringLiteral("week"), Period::ThisWeek},
        {QStringLiteral("month"), Period::ThisMonth},
        {QStringLiteral("lastMonth"), Period::LastMonth},
    };
    for (const auto &[text, period] : names)
        if (text == name)
            return period;
    return std::nullopt;
}

} // namespace figure_periods

} // namespace linli
