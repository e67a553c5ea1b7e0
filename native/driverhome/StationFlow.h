#pragma once

#include "Remote.h"
#include "ShellContext.h"
#include "Slip.h"
#include "StationPlaces.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace linli {

// StationPlaces.NotCheckedIn, StationPlaces.Charging, ... for the screens.
namespace StationPlacesForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(linli::StationPlaces)
QML_NAMED_ELEMENT(StationPlaces)
} // namespace StationPlacesForeign

// The station's places at the Driver Home screen: the board every driver
// sees before scanning (free spots and places, who is called to which
// spot), and, once a driver has scanned, what they hold and the pages of
// their menu (充电, 休息, 爱心驿站). The check-in flow hands it its driver.
class StationFlow : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.driverHome.places")
    Q_PROPERTY(Page page READ page NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(linli::StationPlaces::Problem problem READ problem NOTIFY changed)
    Q_PROPERTY(Done done READ done NOTIFY changed)
    Q_PROPERTY(bool hasDriver READ hasDriver NOTIFY changed)
    // The board: free spots, drivers waiting, each spot (number, state,
    // endsAt "13:30", overdue, calledNumber), the call-ups (number, spot,
    // until), the rest places (id, kind "recliner"/"bed", number,
    // maxMinutes, free, endsAt) and the love station's offers (name, line).
    Q_PROPERTY(int freeSpots READ freeSpots NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(QVariantList spots READ spots NOTIFY changed)
    Q_PROPERTY(QVariantList callUps READ callUps NOTIFY changed)
    Q_PROPERTY(QVariantList restPlaces READ restPlaces NOTIFY changed)
    Q_PROPERTY(int freeRecliners READ freeRecliners NOTIFY changed)
    Q_PROPERTY(int freeBeds READ freeBeds NOTIFY changed)
    Q_PROPERTY(QVariantList offers READ offers NOTIFY changed)
    Q_PROPERTY(int callHoldMinutes READ callHoldMinutes NOTIFY changed)
    // What the driver holds: charging, spot, endsAt, overdue; queued,
    // number, ahead, waitMinutes; called, calledSpot, calledUntil; resting,
    // restKind, restNumber, restEndsAt.
    Q_PROPERTY(QVariantMap mine READ mine NOTIFY changed)
    Q_PROPERTY(linli::Slip *slip READ slip CONSTANT) // the last booking's slip

public:
    enum Page { Menu, Charging, Rest, LoveStation };
    Q_ENUM(Page)
    // What the last tap did, for the words on screen.
    enum Done { NothingDone, StartedCharging, JoinedQueue, BookedRest, EndedCharging, LeftQueue, EndedRest };
    Q_ENUM(Done)

    explicit StationFlow(const ShellContext &shell, QObject *parent = nullptr);

    // The screen opens: the board, for anyone.
    void begin();
    // The board kept up to date with nobody at the screen, for the call-ups
    // on an idle station kiosk's attract screen (until the next reset).
    void watchBoard();
    // A driver scanned in (or scanned while in): their menu.
    void setDriver(const IdentifiedPerson &driver);
    // The driver checked out: their places are gone; the board stays.
    void driverLeft();
    void reset();
    void setEnglish(bool english);

    Page page() const { return m_page; }
    bool busy() const { return m_busy; }
    StationPlaces::Problem problem() const { return m_problem; }
    Done done() const { return m_done; }
    bool hasDriver() const { return m_driver.kind == Identity::Driver; }
    int freeSpots() const { return m_view.board.freeSpots; }
    int waiting() const { return m_view.board.waiting; }
    QVariantList spots() const;
    QVariantList callUps() const;
    QVariantList restPlaces() const;
    int freeRecliners() const { return freeRestPlaces(QStringLiteral("recliner")); }
    int freeBeds() const { return freeRestPlaces(QStringLiteral("bed")); }
    QVariantList offers() const;
    int callHoldMinutes() const { return m_view.board.callHoldMinutes; }
    QVariantMap mine() const;
    Slip *slip() { return &m_slip; }

    Q_INVOKABLE void showPage(linli::StationFlow::Page page);
    Q_INVOKABLE void startCharging();
    Q_INVOKABLE void joinQueue();
    Q_INVOKABLE void endCharging();
    Q_INVOKABLE void leaveQueue();
    Q_INVOKABLE void bookRest(qint64 placeId);
    Q_INVOKABLE void endRest();
    // The board afresh (the screen's timer, another kiosk's change).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    // One tap: `call` on the worker, then the view afresh with what it did.
    template<typename Call>
    void act(Done done, Call call, qint64 restPlaceId = 0);
    void show(const StationView &view);
    void forgetHoldings();
    int freeRestPlaces(const QString &kind) const;
    QString clockText(const QDateTime &at) const;

    Remote<StationPlacesService> m_places;
    Slip m_slip;
    Notice &m_notice;
    Generation m_generation;
    IdentifiedPerson m_driver;
    StationView m_view;
    Page m_page = Menu;
    Done m_done = NothingDone;
    StationPlaces::Problem m_problem = StationPlaces::NoProblem;
    QString m_requestKey; // the next tap's; a second tap of one button sends it again
    bool m_busy = false;
    bool m_shown = false;
    bool m_english = false;
};

} // namespace linli
