#pragma once

// The Driver Home's places as SQL: charging spots and sessions, the charging
// queue, rest places and their bookings, and the love station's offers. The
// rules (who is called next, how long a wait is, who may book) live in
// native/driverhome/StationPlaces.

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace linli {

struct ChargingSpotRecord
{
    int number = 0;
    int maxMinutes = 120;
    bool inService = true;
};

struct ChargingSessionRecord
{
    qint64 id = 0;
    int spot = 0;
    qint64 driverId = 0;
    QDateTime startedAt;
    QDateTime endsAt; // started plus the spot's max: overdue after it
    QString requestKey;
};

struct QueueRecord
{
    qint64 id = 0;
    QDate day;
    int number = 0; // the day's queue number, said out loud: 请 12 号
    qint64 driverId = 0;
    QDateTime joinedAt;
    QString state = QStringLiteral("waiting"); // waiting, called; served, left, lapsed
    int calledSpot = 0;
    QDateTime calledAt;
    QDateTime calledUntil;
    QString requestKey;
    bool called() const { return state == QLatin1String("called"); }
};

struct RestPlaceRecord
{
    qint64 id = 0;
    QString kind; // recliner (躺椅) or bed (床位)
    int number = 0;
    int maxMinutes = 60;
};

struct RestBookingRecord
{
    qint64 id = 0;
    qint64 placeId = 0;
    qint64 driverId = 0;
    QDateTime startedAt;
    QDateTime endsAt;
    QString requestKey;
};

struct LoveOfferRecord
{
    QString code;
    QString nameZh, nameEn;
    QString lineZh, lineEn;
};

// Unless said otherwise, nullopt means the database could not answer, and an
// added row's id is 0 when a unique index refused it (another kiosk, or the
// same driver's other tap, was a moment quicker).
class StationPlacesStore
{
public:
    explicit StationPlacesStore(Database &db) : m_db(db) {}

    // Locks the station's row until the transaction ends: every change to
    // the places takes its turn here first.
    bool takeTurn();
    std::optional<int> callHoldMinutes();

    std::optional<QList<ChargingSpotRecord>> spotsInService();
    std::optional<QList<ChargingSessionRecord>> openSessions();
    std::optional<ChargingSessionRecord> sessionByRequestKey(const QString &key);
    std::optional<qint64> addSession(const ChargingSessionRecord &session);
    // endedAs: driver, staff (with staffId) or checked_out.
    bool endSession(qint64 id, const QDateTime &at, const QString &endedAs, qint64 staffId = 0);

    // Waiting and called places, first come first.
    std::optional<QList<QueueRecord>> openQueue();
    std::optional<QueueRecord> queueByRequestKey(const QString &key);
    std::optional<int> takeQueueNumber(const QDate &day);
    std::optional<qint64> addToQueue(const QueueRecord &place);
    bool callToSpot(qint64 id, int spot, const QDateTime &at, const QDateTime &until);
    // waiting or called -> served, left or lapsed.
    bool endQueuePlace(qint64 id, const QString &as, const QDateTime &at);

    std::optional<QList<RestPlaceRecord>> restPlacesInService();
    std::optional<QList<RestBookingRecord>> openRestBookings();
    std::optional<RestBookingRecord> restByRequestKey(const QString &key);
    std::optional<qint64> addRestBooking(const RestBookingRecord &booking);
    // endedAs: driver, expired, staff (with staffId) or checked_out.
    bool endRestBooking(qint64 id, const QDateTime &at, const QString &endedAs, qint64 staffId = 0);

    std::optional<QList<LoveOfferRecord>> loveOffers();

private:
    Database &m_db;
};

} // namespace linli
