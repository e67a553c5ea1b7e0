#pragma once

#include "Database.h"
#include "Stores.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace linli {

// A resident as the people desk lists them: active ones and those who left.
struct RollEntry
{
    qint64 id = 0;
    QString name;
    QString building, unit, room;
    QString leftAs; // empty: active; moved / deceased
};

// Everything the desk shows of one resident (the ID number unmasked: the
// service masks it).
struct ResidentDetail
{
    qint64 id = 0;
    QString name;
    QString gender; // F / M / empty
    QDate birthDate;
    QString building, unit, room;
    QString phone;
    bool mobilityImpaired = false;
    bool livesAlone = false;
    bool deliveryEnabled = false;
    QString idNumber;
    QString leftAs;
    QDateTime leftAt;
    QDateTime erasedAt;
    int codeGeneration = 1;
};

struct CardRecord
{
    QByteArray uidHash; // the desk's handle on a card; never shown
    QDateTime issuedAt;
    QDateTime revokedAt;
    QString revokedAs; // lost / left
};

// Whoever a card belongs or belonged to.
struct CardState
{
    CardHolder holder;
    bool revoked = false;
    QString revokedAs;
};

struct StaffEntry
{
    qint64 id = 0;
    QString name;
    QString role;
    bool pinPending = false;
    int openCards = 0;
};

struct ResidentFlags
{
    bool mobilityImpaired = false;
    bool livesAlone = false;
    bool deliveryEnabled = false;
    bool operator==(const ResidentFlags &other) const = default;
};

// The people desk's SQL: the roll, one resident, their cards, and the
// changes staff make. The history of each change is PersonHistoryStore's.
class PeopleRegisterStore
{
public:
    explicit PeopleRegisterStore(Database &db)
        : m_db(db)
    {
    }

    std::optional<QList<RollEntry>> roll();
    std::optional<QList<StaffEntry>> activeStaff();
    // Any resident, active or not; nullopt: none (or the database failed).
    std::optional<ResidentDetail> resident(qint64 id);
    std::optional<QList<CardRecord>> cards(CardHolder holder);
    // nullopt inside: the card was never enrolled.
    std::optional<std::optional<CardState>> card(const QByteArray &uidHash);
    // One open card of `holder`; false when it is not theirs or revoked already.
    std::optional<bool> revokeCard(const QByteArray &uidHash, CardHolder holder, const QString &as,
                                   const QDateTime &at, qint64 byStaff);
    // Every open card of `holder`: how many.
    std::optional<int> revokeCards(CardHolder holder, const QString &as, const QDateTime &at, qint64 byStaff);

    // Only for active residents: false when not.
    std::optional<bool> setFlags(qint64 residentId, const ResidentFlags &flags);
    std::optional<bool> markLeft(qint64 residentId, const QString &leftAs, const QDateTime &at);
    // A resident who moved away and came back.
    std::optional<bool> reactivate(qint64 residentId);
    // The name kept masked; phone, ID number and room erased.
    std::optional<bool> eraseContact(qint64 residentId, const QString &maskedName, const QDateTime &at);
    // The new generation of an active resident's or driver's code.
    std::optional<int> nextCodeGeneration(CardHolder person);

private:
    Database &m_db;
};

} // namespace linli
