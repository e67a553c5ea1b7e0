#pragma once

// Files staff take to the street office: RFC 4180 CSV, and the folder the
// kiosk writes them to. Every service's figures are written the same way.

#include "KioskConfig.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace linli {

// One RFC 4180 field: quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &text);
// One record: its fields escaped, joined by commas, ended by CRLF.
QString csvRecord(const QStringList &fields);

// Writes an export atomically: the old file stays whole until the new one
// is complete. False (and the reason in the log) when it could not.
bool writeExport(const QString &path, const QByteArray &bytes);

// Where a desk writes its exports: the configured folder, else "exports"
// beside the kiosk's own files (its SQLite file; on a street's server, its
// outbox, else its installation secret).
QString exportFolder(const KioskConfig &config);

// The periods a desk's figures are for, as staff pick them.
namespace figure_periods {

enum class Period { Today, ThisWeek, ThisMonth, LastMonth };

struct Days
{
    QDate from, to; // both included
};
// The days of a period around `today`: a week runs Monday to Sunday, a
// month from its first day to its last, the whole of it (days still to come too).
Days daysOf(Period period, const QDate &today);
// today, week, month, lastMonth: the desks' names for them in QML.
std::optional<Period> named(const QString &name);

} // namespace figure_periods

} // namespace linli
