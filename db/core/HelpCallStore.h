#pragma once

#include "Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace linli {

struct HelpCallRecord
{
    qint64 id = 0;
    QString kiosk;
    QDateTime calledAt;
};

// Calls for a staff member, from any kiosk of the site.
class HelpCallStore
{
public:
    explicit HelpCallStore(Database &db)
        : m_db(db)
    {
    }
    // This kiosk's open call: a new one, or the one already waiting.
    std::optional<HelpCallRecord> call(const QString &kiosk, const QDateTime &at);
    QList<HelpCallRecord> open();
    // False when it was taken already (by someone at another desk).
    std::optional<bool> take(qint64 id, qint64 staffId, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace linli
