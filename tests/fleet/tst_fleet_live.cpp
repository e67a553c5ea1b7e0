// A kiosk sees what the street's other kiosks do, without a restart: a dish
// sold out elsewhere, an order placed at the other canteen kiosk. On a server
// through change notices; on a shared SQLite file by asking it each second.
#include "KioskFixture.h"

#include <QSqlQuery>

using namespace linli;
using namespace linli::test;

namespace {
constexpr qint64 kBraisedPork = 1;
constexpr int kWithinMs = 2000; // the promise
} // namespace

class TestFleetLive : public QObject
{
    Q_OBJECT

    std::unique_ptr<KioskFixture> f;
    std::unique_ptr<Backend> other; // the other kiosk, on its own connection
    Kiosk *kiosk() { return f->kiosk.get(); }

    int portionsOnScreen(qint64 dishId)
    {
        for (const MenuDish &dish : kiosk()->canteen()->order()->menu()->dishes())
            if (dish.dishId == dishId)
                return dish.portions;
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<KioskFixture>();
        QVERIFY(f->start());
        KioskConfig config = f->site.config();
        config.kioskId = QStringLiteral("other-kiosk");
        config.outboxPath = f->site.path(QStringLiteral("other-outbox.db"));
        other = std::make_unique<Backend>(config, f->clock);
        QString error;
        QVERIFY2(other->start(&error), qPrintable(error));
    }
    void cleanup()
    {
        other.reset();
        f.reset();
    }

    void aDishSoldOutAtAnotherKioskShowsAtOnce()
    {
        kiosk()->open(Kiosk::Canteen);
        CanteenFlow *flow = kiosk()->canteen()->order();
        QTRY_COMPARE(flow->step(), CanteenFlow::ChooseSet);
        QTRY_VERIFY(portionsOnScreen(kBraisedPork) > 0);
        const PeriodState lunch = other->canteen().periodAt(f->clock.now());
        QVERIFY(other->canteenStaff().soldOut(lunch.day, lunch.code, kBraisedPork));
        QTRY_COMPARE_WITH_TIMEOUT(portionsOnScreen(kBraisedPork), 0, kWithinMs);
    }

    void anOrderAtAnotherKioskShowsOnTheStaffDesk()
    {
        CanteenDesk *desk = kiosk()->canteen()->desk();
        desk->open(1); // 周晓燕, canteen staff
        QTRY_VERIFY(!desk->busy());
        QCOMPARE(desk->orders()->count(), 0);
        OrderDraft draft;
        draft.dishIds = {kBraisedPork};
        draft.requestKey = QStringLiteral("elsewhere");
        QCOMPARE(other->canteen().place(draft).problem, Canteen::NoProblem);
        QTRY_COMPARE_WITH_TIMEOUT(desk->orders()->count(), 1, kWithinMs + 500);
    }
};

QTEST_MAIN(TestFleetLive)
#include "tst_fleet_live.moc"
