#pragma once

// The SQL of 叫车 (rides for elders): destinations and times as data, the
// requests with their numbers, takings and alerts, and who of the drivers
// may take one. The rules (who may ask, when a request is forgotten) live
// in native/rides/Rides.

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace linli {

struct RideDestinationRecord
{
    qint64 id = 0;
    QString nameZh, nameEn;
    bool askByPhone = false; // 其他: the driver asks where on the phone
};

// A time a resident may choose (ride_time): see the migration for its columns.
struct RideTimeRecord
{
    QString code; // now, later_today, tomorrow_morning, tomorrow_afternoon
    int dayOffset = 0;
    int startsMinute = -1; // -1: leadMinutes after the asking
    int leadMinutes = 0;
    int endsMinute = -1; // -1: as soon as possible
    int takeWithinMinutes = 15;
    int alertBeforeMinutes = 0;
};

struct RideRequestRecord
{
    qint64 id = 0;
    QDate day;
    int number = 0;
    qint64 residentId = 0;
    qint64 destinationId = 0;
    QString whenCode;
    QDateTime windowStartsAt, windowEndsAt; // no end: as soon as possible
    bool companion = false;
    QDateTime requestedAt;
    QString kiosk;
    qint64 assistedBy = 0;
    QString state = QStringLiteral("open"); // open, taken, done, given_back, cancelled
    qint64 takenBy = 0;
    QDateTime takenAt;
    QDateTime alertDueAt, alertRaisedAt, alertResolvedAt;
    qint64 alertResolvedBy = 0;
    QString alertNote;
    QString requestKey;

    bool waiting() const { return state == QLatin1String("open") || state == QLatin1String("given_back"); }
    bool underWay() const { return waiting() || state == QLatin1String("taken"); }
};

// A request with who asked (in full: for the driver's slip and staff; mask
// it for the board), where to, and who has it.
struct RideListRecord
{
    RideRequestRecord request;
    QString residentName, building, unit, room, phone;
    QString destinationZh, destinationEn;
    bool askByPhone = false;
    QString driverName, driverPhone;
    QString resolvedBy; // the staff member who resolved its alert
};

// A driver as the board needs to know them.
struct RideDriverRecord
{
    qint64 id = 0;
    QString name, phone, plate;
    bool goldService = false;
    bool leader = false;
    bool checkedIn = false; // a stay at the station open now
};

class RidesStore
{
public:
    explicit RidesStore(Database &db) : m_db(db) {}

    // nullopt when the database could not say.
    std::optional<QList<RideDestinationRecord>> destinations();
    std::optional<QList<RideTimeRecord>> times();
    std::optional<RideDriverRecord> driver(qint64 id);
    std::optional<QString> teamLeader();

    // The day's next number (the counter row: requests of a day take turns).
    std::optional<int> nextNumber(const QDate &day);
    // The new request's id; 0 when the database's one-per-resident rule
    // refused it (she asked at another kiosk a moment before).
    std::optional<qint64> addRequest(const RideRequestRecord &request);
    std::optional<RideListRecord> request(qint64 id);
    std::optional<RideListRecord> requestByKey(const QString &key);
    // Her request under way (open, given back or taken), if any.
    std::optional<std::optional<RideListRecord>> underWayOf(qint64 residentId);

    // Each true only when the request was in the state it needs (another
    // kiosk may have changed it a moment ago).
    bool take(qint64 id, qint64 driverId, const QDateTime &at);
    bool giveBack(qint64 id, qint64 driverId, const QDateTime &at);
    bool markDone(qint64 id, qint64 driverId, const QDateTime &at);
    bool cancel(qint64 id, qint64 residentId, const QDateTime &at);

    // Requests still waiting at `now` past their due time get their alert:
    // how many did.
    std::optional<int> raiseDueAlerts(const QDateTime &now);
    bool resolveAlert(qint64 id, qint64 staffId, const QDateTime &at, const QString &note);

    // Waiting requests, the oldest first.
    std::optional<QList<RideListRecord>> waiting();
    // A driver's requests taken and not yet done or given back.
    std::optional<QList<RideListRecord>> takenBy(qint64 driverId);
    // Alerts raised and not resolved, the oldest first.
    std::optional<QList<RideListRecord>> openAlerts();
    // Requests asked since `since` or still under way, the newest first.
    std::optional<QList<RideListRecord>> recent(const QDateTime &since);

private:
    std::optional<QList<RideListRecord>> list(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace linli
