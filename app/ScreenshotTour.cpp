#include "ScreenshotTour.h"

#include "Kiosk.h"
#include "LayoutCheck.h"

#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>

namespace linli {

namespace {
constexpr int kPollMs = 50;
constexpr int kStepTimeoutMs = 20000; // a staff PIN check takes a moment on purpose
const QByteArray kResidentCard = QByteArray::fromHex("04A1B2C3");
constexpr qint64 kResidentId = 1; // 张桂华, whose card that is
const QByteArray kVolunteerCard = QByteArray::fromHex("04E0E0E3"); // 郑美玲
const QByteArray kAssistedCard = QByteArray::fromHex("04A1B2CD");  // 胡春梅, helped by her
constexpr qint64 kLadder = 3; // 人字梯, on the shelf in the demo
constexpr qint64 kLentDrill = 1; // 电钻, out in the demo
const QByteArray kOverdueCard = QByteArray::fromHex("04A1B2CA"); // 周凤英: a book overdue, a meter kept for her
const QString kDemoPin = QStringLiteral("246810");
constexpr qint64 kRideDestination = 3; // 武大口腔医院
} // namespace

ScreenshotTour::ScreenshotTour(Kiosk *kiosk, ManualClock *clock, QQuickWindow *window, const QString &directory)
    : m_kiosk(kiosk)
    , m_clock(clock)
    , m_window(window)
    , m_dir(directory)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTour::poll);
}

void ScreenshotTour::start()
{
    if (!m_dir.mkpath(QStringLiteral("."))) {
        Q_EMIT finished(false, QStringLiteral("cannot create %1").arg(m_dir.path()));
        return;
    }
    buildSteps();
    next();
}

void ScreenshotTour::buildSteps()
{
    Kiosk *k = m_kiosk;
    const DeviceSet &devices = k->devices();
    auto scanDriverId = [k, scanner = devices.simulatedScanner](qint64 driverId) {
        k->issueCode(TokenCodec::Type::Driver, driverId, [scanner](const QString &code) { scanner->scan(code); });
    };
    auto screenIs = [k](Kiosk::Screen s) { return [k, s] { return k->ready() && k->screen() == s && !k->person()->busy(); }; };

    // Each round orders a senior set for another elder: one per person and meal.
    const QList<QByteArray> elders = {QByteArray::fromHex("04A1B2C3"), QByteArray::fromHex("04A1B2C5"),
                                      QByteArray::fromHex("04A1B2C9"), QByteArray::fromHex("04A1B2CB")};
    int round = 0;
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        for (const bool large : {false, true}) {
            const QByteArray elder = elders.at(round++);
            const QString suffix = QStringLiteral("_%1_%2").arg(language, large ? u"large" : u"normal");
            auto setMode = [this, k, language, large, suffix] {
                k->resetToAttract();
                k->setLanguage(language);
                k->setLargeText(large);
                m_suffix = suffix;
            };
            m_steps.append({QStringLiteral("attract"), setMode, screenIs(Kiosk::Attract)});
            m_steps.append({QStringLiteral("home"), [k] { k->goHome(); }, screenIs(Kiosk::Home)});
            m_steps.append({QStringLiteral("identify"), [k] { k->showIdentify(); }, screenIs(Kiosk::Identify)});
            m_steps.append({QStringLiteral("greeting"), [reader = devices.simulatedCardReader] { reader->tap(kResidentCard); },
                            screenIs(Kiosk::Greeting)});
            CanteenFlow *canteen = k->canteen()->order();
            CheckInFlow *checkIn = k->driverHome()->checkIn();
            auto canteenAt = [canteen](CanteenFlow::Step step) {
                return [canteen, step] { return canteen->step() == step && !canteen->busy(); };
            };
            m_steps.append({QStringLiteral("canteen_closed"), [this, k] {
                                m_clock->set(QDateTime(m_clock->now().date(), QTime(14, 0)));
                                k->goHome();
                                k->open(Kiosk::Canteen);
                            },
                            canteenAt(CanteenFlow::Closed)});
            m_steps.append({QStringLiteral("canteen_choose"), [this, k, reader = devices.simulatedCardReader, elder] {
                                m_clock->set(QDateTime(m_clock->now().date(), QTime(11, 30)));
                                k->goHome();
                                k->open(Kiosk::Canteen);
                                reader->tap(elder);
                            },
                            [k, canteen] { return k->person()->kind() == Identity::Resident && canteen->step() == CanteenFlow::ChooseSet
                                               && !canteen->busy() && !canteen->sets().isEmpty(); }});
            m_steps.append({QStringLiteral("canteen_dishes"), [canteen] {
                                canteen->chooseSet(QStringLiteral("senior"));
                                // The first dish of each kind the set holds.
                                QSet<int> taken;
                                const QList<MenuDish> &dishes = canteen->menu()->dishes();
                                for (int row = 0; row < dishes.size(); ++row)
                                    if (!taken.contains(int(dishes[row].category))) {
                                        taken.insert(int(dishes[row].category));
                                        canteen->toggleDish(row);
                                    }
                            },
                            [canteen] { return canteen->step() == CanteenFlow::ChooseDishes && canteen->selectionComplete(); }});
            m_steps.append({QStringLiteral("canteen_service"), [canteen] { canteen->toService(); },
                            canteenAt(CanteenFlow::ChooseService)});
            m_steps.append({QStringLiteral("canteen_review"), [canteen] { canteen->chooseService(Canteen::DineIn); },
                            canteenAt(CanteenFlow::Review)});
            m_steps.append({QStringLiteral("canteen_done"), [canteen] { canteen->pay(Canteen::MealCard); },
                            [canteen] { return canteen->step() == CanteenFlow::Done && canteen->slip()->state() == Slip::Printed; }});
            // A long order: the dishes scroll, 应付 and the pay buttons stay in view.
            m_steps.append({QString(), [k] {
                                k->goHome();
                                k->open(Kiosk::Canteen);
                            },
                            canteenAt(CanteenFlow::ChooseSet)});
            m_steps.append({QStringLiteral("canteen_review_long"), [canteen] {
                                canteen->chooseSet(QString());
                                for (int row = 0; row < qMin(8, int(canteen->menu()->dishes().size())); ++row)
                                    canteen->toggleDish(row);
                                canteen->toService();
                                canteen->chooseService(Canteen::TakeAway);
                            },
                            canteenAt(CanteenFlow::Review)});
            // The Driver Home: the board, the menu, a spot, a rest place, the
            // love station; three more drivers fill the spots, a fifth
            // queues, and the first ending his session calls him.
            StationFlow *places = k->driverHome()->places();
            auto menuOf = [k, checkIn, places](qint64 driverId) {
                return [k, checkIn, places, driverId] {
                    const bool in = checkIn->visit() == CheckInFlow::CheckedIn || checkIn->visit() == CheckInFlow::Present;
                    return k->screen() == Kiosk::DriverHome && in && k->person()->person().personId == driverId
                        && !k->person()->busy() && !places->busy() && places->mine().value(QStringLiteral("checkedIn")).toBool();
                };
            };
            auto placesDone = [places](StationFlow::Done done) {
                return [places, done] { return places->done() == done && !places->busy(); };
            };
            auto printedFor = [places](StationFlow::Done done) {
                return [places, done] { return places->done() == done && places->slip()->state() == Slip::Printed; };
            };
            m_steps.append({QStringLiteral("driver_home"), [k] { k->open(Kiosk::DriverHome); },
                            [k, places] { return k->screen() == Kiosk::DriverHome && places->freeSpots() == 4; }});
            m_steps.append({QStringLiteral("driver_checked_in"), [scanDriverId] { scanDriverId(1); },
                            [checkIn, inMenu = menuOf(1)] { return inMenu() && checkIn->slip()->state() == Slip::Printed; }});
            m_steps.append({QStringLiteral("driver_charging"), [places] { places->showPage(StationFlow::Charging); },
                            [places] { return places->page() == StationFlow::Charging; }});
            m_steps.append({QStringLiteral("driver_charging_started"), [places] { places->startCharging(); },
                            printedFor(StationFlow::StartedCharging)});
            m_steps.append({QStringLiteral("driver_rest_booked"), [places] {
                                places->showPage(StationFlow::Rest);
                                places->bookRest(places->restPlaces().value(0).toMap().value(QStringLiteral("id")).toLongLong());
                            },
                            printedFor(StationFlow::BookedRest)});
            m_steps.append({QStringLiteral("driver_love_station"), [places] { places->showPage(StationFlow::LoveStation); },
                            [places] { return places->page() == StationFlow::LoveStation && !places->offers().isEmpty(); }});
            for (qint64 driverId = 2; driverId <= 4; ++driverId) {
                m_steps.append({QString(), [scanDriverId, driverId] { scanDriverId(driverId); }, menuOf(driverId)});
                m_steps.append({QString(), [places] { places->startCharging(); }, placesDone(StationFlow::StartedCharging)});
            }
            // Driver 4 also lies down, and stays for the staff desk's pictures.
            m_steps.append({QString(), [places] {
                                places->showPage(StationFlow::Rest);
                                places->bookRest(places->restPlaces().value(3).toMap().value(QStringLiteral("id")).toLongLong());
                            },
                            placesDone(StationFlow::BookedRest)});
            m_steps.append({QString(), [scanDriverId] { scanDriverId(5); }, menuOf(5)});
            m_steps.append({QStringLiteral("driver_queued"), [places] {
                                places->showPage(StationFlow::Charging);
                                places->joinQueue();
                            },
                            printedFor(StationFlow::JoinedQueue)});
            m_steps.append({QString(), [scanDriverId] { scanDriverId(1); }, menuOf(1)});
            m_steps.append({QStringLiteral("driver_call_up"), [places] {
                                places->showPage(StationFlow::Charging);
                                places->endCharging();
                            },
                            [places, ended = placesDone(StationFlow::EndedCharging)] { return ended() && !places->callUps().isEmpty(); }});
            // An idle kiosk of the station calls him too.
            m_steps.append({QStringLiteral("attract_call_up"), setMode,
                            [k, places] { return k->screen() == Kiosk::Attract && !places->callUps().isEmpty(); }});
            m_steps.append({QString(), [scanDriverId] { scanDriverId(1); }, menuOf(1)});
            m_steps.append({QStringLiteral("driver_checked_out"), [checkIn] { checkIn->checkOut(); },
                            [checkIn] { return checkIn->visit() == CheckInFlow::CheckedOut; }});
            // Everyone out again but driver 4 (charging and resting until the
            // staff desk ends both), so the next round starts from the same place.
            for (const qint64 driverId : {2, 3, 5}) {
                m_steps.append({QString(), [scanDriverId, driverId] { scanDriverId(driverId); }, menuOf(driverId)});
                m_steps.append({QString(), [checkIn] { checkIn->checkOut(); },
                                [checkIn] { return checkIn->visit() == CheckInFlow::CheckedOut; }});
            }
            m_steps.append({QStringLiteral("driver_slip_not_printed"),
                            [printer = devices.simulatedPrinter, scanDriverId] {
                                printer->setPaperOut(true);
                                scanDriverId(1);
                            },
                            [checkIn] { return checkIn->visit() == CheckInFlow::CheckedIn && checkIn->slip()->state() == Slip::NotPrinted; }});
            m_steps.append({QString(), [printer = devices.simulatedPrinter, checkIn] {
                                printer->setPaperOut(false);
                                checkIn->checkOut();
                            },
                            [checkIn] { return checkIn->visit() == CheckInFlow::CheckedOut; }});
            // The Shared House: look, borrow the ladder with a card and its label, bring it back.
            SharedHouseFlow *house = k->sharedHouse()->visit();
            auto houseAt = [house](SharedHouseFlow::Step step) {
                return [house, step] { return house->step() == step && !house->busy(); };
            };
            auto scanLadder = [k, scanner = devices.simulatedScanner] {
                k->issueCode(TokenCodec::Type::Item, kLadder, [scanner](const QString &code) { scanner->scan(code); });
            };
            m_steps.append({QStringLiteral("shared_house"), [k] {
                                k->goHome();
                                k->open(Kiosk::SharedHouse);
                            },
                            houseAt(SharedHouseFlow::Start)});
            m_steps.append({QStringLiteral("shared_house_kinds"), [house] { house->browse(); },
                            [house] { return house->step() == SharedHouseFlow::Categories && !house->categories().isEmpty(); }});
            m_steps.append({QStringLiteral("shared_house_items"), [house] { house->chooseCategory(QStringLiteral("tools")); },
                            houseAt(SharedHouseFlow::Items)});
            m_steps.append({QStringLiteral("shared_house_card"), [house] {
                                house->back();
                                house->back();
                                house->startBorrowing();
                            },
                            houseAt(SharedHouseFlow::NeedCard)});
            m_steps.append({QString(), [reader = devices.simulatedCardReader] { reader->tap(kResidentCard); },
                            houseAt(SharedHouseFlow::ScanItem)});
            m_steps.append({QStringLiteral("shared_house_confirm"), scanLadder, houseAt(SharedHouseFlow::Confirm)});
            m_steps.append({QStringLiteral("shared_house_borrowed"), [house] { house->confirmBorrow(); },
                            [house] { return house->step() == SharedHouseFlow::Borrowed && house->slip()->state() == Slip::Printed; }});
            m_steps.append({QStringLiteral("shared_house_condition"), [k, scanLadder] {
                                k->goHome();
                                scanLadder(); // from the home screen: out, so it is coming back
                            },
                            [k, house] { return k->screen() == Kiosk::SharedHouse && house->step() == SharedHouseFlow::Condition; }});
            m_steps.append({QStringLiteral("shared_house_returned"), [house] { house->returnAs(SharedHouse::Good); },
                            [house] { return house->step() == SharedHouseFlow::Returned && house->slip()->state() == Slip::Printed; }});
            // 周凤英 is told what is kept for her and what is overdue, reserves
            // the drill that is out, sees her things, and gives the place up.
            auto mineKnown = [house] { return house->mine().contains(QStringLiteral("loans")); };
            m_steps.append({QStringLiteral("shared_house_greeting_news"), [k, reader = devices.simulatedCardReader] {
                                k->goHome();
                                reader->tap(kOverdueCard);
                            },
                            [k, mineKnown] { return k->screen() == Kiosk::Greeting && mineKnown(); }});
            m_steps.append({QString(), [k, house] {
                                k->open(Kiosk::SharedHouse);
                                house->browse();
                                house->chooseCategory(QStringLiteral("tools"));
                            },
                            houseAt(SharedHouseFlow::Items)});
            m_steps.append({QStringLiteral("shared_house_reserve"), [house] {
                                const QVariantList items = house->items();
                                for (int row = 0; row < items.size(); ++row)
                                    if (items.at(row).toMap().value(QStringLiteral("id")).toLongLong() == kLentDrill)
                                        house->reserve(row);
                            },
                            houseAt(SharedHouseFlow::ConfirmReserve)});
            m_steps.append({QStringLiteral("shared_house_reserved"), [house] { house->confirmReserve(); },
                            houseAt(SharedHouseFlow::Reserved)});
            auto reservations = [house] { return house->mine().value(QStringLiteral("reservations")).toList(); };
            m_steps.append({QStringLiteral("shared_house_mine"), [house] { house->showMine(); },
                            [house, houseAt, reservations] {
                                return houseAt(SharedHouseFlow::Mine)() && reservations().size() == 2;
                            }});
            m_steps.append({QString(), [house, reservations] {
                                for (const QVariant &place : reservations())
                                    if (place.toMap().value(QStringLiteral("name")).toString() == QStringLiteral("电钻"))
                                        house->cancelReservation(place.toMap().value(QStringLiteral("id")).toLongLong());
                            },
                            [house, reservations] { return !house->busy() && reservations().size() == 1; }});
            // The barber corner: her card, a free time, confirm; then her booking, cancelled again
            // (so the next round books the same).
            BarberFlow *barber = k->sharedHouse()->barber();
            auto barberAt = [barber](BarberFlow::Step step) {
                return [barber, step] { return barber->step() == step && !barber->busy(); };
            };
            auto openBarber = [k] {
                k->goHome();
                k->open(Kiosk::SharedHouse);
                k->open(Kiosk::Barber);
            };
            m_steps.append({QStringLiteral("barber_card"), openBarber, barberAt(BarberFlow::NeedCard)});
            m_steps.append({QStringLiteral("barber_choose"), [reader = devices.simulatedCardReader] { reader->tap(kResidentCard); },
                            barberAt(BarberFlow::ChooseSlot)});
            m_steps.append({QStringLiteral("barber_confirm"), [barber] {
                                // The first free time of the first day she may book.
                                const QVariantList days = barber->days();
                                for (int day = 0; day < days.size(); ++day) {
                                    if (days[day].toMap().value(QStringLiteral("problem")).toInt() != Barber::NoProblem)
                                        continue;
                                    barber->chooseDay(day);
                                    for (const QVariant &time : barber->times())
                                        if (time.toMap().value(QStringLiteral("free")).toBool()) {
                                            barber->chooseSlot(time.toMap().value(QStringLiteral("minute")).toInt());
                                            return;
                                        }
                                }
                            },
                            barberAt(BarberFlow::Confirm)});
            m_steps.append({QStringLiteral("barber_booked"), [barber] { barber->confirm(); },
                            [barber] { return barber->step() == BarberFlow::Booked && barber->slip()->state() == Slip::Printed; }});
            m_steps.append({QStringLiteral("barber_mine"), [openBarber, reader = devices.simulatedCardReader] {
                                openBarber();
                                reader->tap(kResidentCard);
                            },
                            barberAt(BarberFlow::Mine)});
            m_steps.append({QStringLiteral("barber_cancel"), [barber] {
                                barber->startCancel(barber->bookings().value(0).toMap().value(QStringLiteral("id")).toLongLong());
                            },
                            barberAt(BarberFlow::ConfirmCancel)});
            m_steps.append({QStringLiteral("barber_cancelled"), [barber] { barber->confirmCancel(); },
                            barberAt(BarberFlow::Cancelled)});
            // 叫车: her card, where, when, with whom, confirm; the station's board, where 陈建军
            // (checked in, the team's leader) takes it; then she sees it taken and cancels it
            // (so the next round asks the same), and he checks out again.
            RideFlow *ride = k->rides()->request();
            RideBoardFlow *board = k->rides()->board();
            auto rideAt = [ride](RideFlow::Step step) { return [ride, step] { return ride->step() == step && !ride->busy(); }; };
            auto openRides = [k] {
                k->goHome();
                k->open(Kiosk::Rides);
            };
            m_steps.append({QStringLiteral("rides_card"), openRides, rideAt(RideFlow::NeedCard)});
            m_steps.append({QStringLiteral("rides_destination"), [reader = devices.simulatedCardReader] { reader->tap(kResidentCard); },
                            rideAt(RideFlow::ChooseDestination)});
            m_steps.append({QStringLiteral("rides_time"), [ride] { ride->chooseDestination(kRideDestination); },
                            rideAt(RideFlow::ChooseTime)});
            m_steps.append({QStringLiteral("rides_companion"), [ride] { ride->chooseTime(QStringLiteral("later_today")); },
                            rideAt(RideFlow::ChooseCompanion)});
            m_steps.append({QStringLiteral("rides_confirm"), [ride] { ride->chooseCompanion(true); }, rideAt(RideFlow::Confirm)});
            m_steps.append({QStringLiteral("rides_requested"), [ride] { ride->confirm(); },
                            [ride] { return ride->step() == RideFlow::Requested && ride->slip()->state() == Slip::Printed; }});
            m_steps.append({QString(), [k, scanDriverId] {
                                k->goHome();
                                scanDriverId(1); // checked in at the station
                            },
                            [checkIn] { return checkIn->visit() == CheckInFlow::CheckedIn && checkIn->slip()->state() == Slip::Printed; }});
            m_steps.append({QStringLiteral("rides_board"), [k] {
                                k->goHome();
                                k->open(Kiosk::RideBoard);
                            },
                            [board] { return !board->busy() && board->waiting()->count() > 0; }});
            m_steps.append({QStringLiteral("rides_board_driver"), [scanDriverId] { scanDriverId(1); }, [board] { return board->driverMayTake() && !board->busy(); }});
            m_steps.append({QStringLiteral("rides_board_taken"), [board] {
                                for (const RideListRecord &row : board->waiting()->records())
                                    if (row.request.residentId == kResidentId)
                                        board->choose(row.request.id);
                            },
                            [board] { return board->lastAction() == QLatin1String("taken") && board->slip()->state() == Slip::Printed; }});
            m_steps.append({QStringLiteral("rides_mine"), [openRides, reader = devices.simulatedCardReader] {
                                openRides();
                                reader->tap(kResidentCard);
                            },
                            [ride, rideAt] { return rideAt(RideFlow::Mine)() && ride->request().value(QStringLiteral("state")).toString() == u"taken"; }});
            m_steps.append({QStringLiteral("rides_cancel"), [ride] { ride->startCancel(); }, rideAt(RideFlow::ConfirmCancel)});
            m_steps.append({QStringLiteral("rides_cancelled"), [ride] { ride->confirmCancel(); }, rideAt(RideFlow::Cancelled)});
            m_steps.append({QString(), [k, scanDriverId] {
                                k->goHome();
                                scanDriverId(1); // in already: the menu
                            },
                            [checkIn] { return checkIn->visit() == CheckInFlow::Present; }});
            m_steps.append({QString(), [checkIn] { checkIn->checkOut(); }, // 签退, as the menu's tile
                            [checkIn] { return checkIn->visit() == CheckInFlow::CheckedOut; }});
            m_steps.append({QStringLiteral("code_refused"), [k, scanner = devices.simulatedScanner] {
                                k->goHome();
                                scanner->scan(QStringLiteral("LL1:D:1:20200101:AAAAAAAAAAAAAAAAAAAAAAAA"));
                            },
                            [k] { return k->notice()->kind() == Notice::CodeRefused; }});
            m_steps.append({QStringLiteral("help_called"), [k] {
                                k->goHome();
                                k->help()->call();
                            },
                            [k] { return k->notice()->kind() == Notice::HelpComing; }});
            // 代办: a volunteer's card, then a resident's, with the banner across the top.
            m_steps.append({QStringLiteral("staff_card"), [k, reader = devices.simulatedCardReader] {
                                k->goHome();
                                reader->tap(kVolunteerCard);
                            },
                            screenIs(Kiosk::StaffCard)});
            m_steps.append({QStringLiteral("assisted_identify"), [k] { k->beginAssisting(); }, screenIs(Kiosk::Identify)});
            m_steps.append({QStringLiteral("assisted_greeting"), [reader = devices.simulatedCardReader] { reader->tap(kAssistedCard); },
                            screenIs(Kiosk::Greeting)});
            // Her order up to paying, under the banner (not paid: her set stays free for the next round).
            m_steps.append({QString(), [k] { k->open(Kiosk::Canteen); }, canteenAt(CanteenFlow::ChooseSet)});
            m_steps.append({QStringLiteral("assisted_review"), [canteen] {
                                canteen->chooseSuggested(QStringLiteral("senior"));
                                canteen->chooseService(Canteen::Delivery);
                            },
                            canteenAt(CanteenFlow::Review)});
            m_steps.append({QString(), [k] { k->endAssisting(); },
                            [k] { return k->screen() == Kiosk::Home && !k->person()->assisted(); }});
            m_steps.append({QStringLiteral("staff_entry"), [k] { k->beginStaffEntry(); }, screenIs(Kiosk::StaffEntry)});
            m_steps.append({QStringLiteral("staff_pin_wrong"), [k] { k->staff()->submitPin(QStringLiteral("000000")); },
                            [k] { return k->staff()->pinState() == StaffSession::PinWrong; }});
            m_steps.append({QStringLiteral("staff_orders"), [k] { k->staff()->submitPin(kDemoPin); },
                            [k] { return k->screen() == Kiosk::StaffMenu && k->canteen()->desk()->orders()->count() > 0; }});
            for (const char *tab : {"tabMenu", "tabDelivery", "tabTopUp", "tabFigures", "tabPeople", "tabSharedHouse"}) {
                const QString name = QStringLiteral("staff_") + QString::fromLatin1(tab + 3).toLower();
                m_steps.append({name, [this, tab] { clickItem(tab); }, [] { return true; }});
            }
            // A resident's meal card, a correction at the money gate (in by PIN:
            // the gate asks for the card), and an order's cancellation reasons.
            CanteenDesk *canteenDesk = k->canteen()->desk();
            m_steps.append({QStringLiteral("staff_meal_card"), [this, canteenDesk] {
                                clickItem("tabTopUp");
                                canteenDesk->showCard(1);
                            },
                            [canteenDesk] { return canteenDesk->cardLedger()->count() > 0; }});
            m_steps.append({QStringLiteral("staff_money_gate"), [this] {
                                clickItem("correction_1000");
                                clickItem("correctionReason_counted_wrong");
                                clickItem("correctCard");
                            },
                            [this] { return itemVisible("moneyGate"); }});
            m_steps.append({QString(), [this, canteenDesk] {
                                clickItem("moneyGateCancel");
                                canteenDesk->showCard(0);
                                clickItem("tabOrders");
                            },
                            [this] { return !itemVisible("moneyGate"); }});
            m_steps.append({QStringLiteral("staff_cancel_order"), [this, canteenDesk] {
                                for (const OrderRecord &order : canteenDesk->orders()->records())
                                    if (canteen_rules::canBeCancelled(order)) {
                                        clickItem(QStringLiteral("cancel_%1").arg(order.number).toLatin1().constData());
                                        break;
                                    }
                            },
                            [this] { return itemVisible("cancelPicker"); }});
            m_steps.append({QString(), [this] {
                                clickItem("cancelKeep");
                                clickItem("tabSharedHouse");
                            },
                            [this] { return !itemVisible("cancelPicker"); }});
            // The Shared House desk's parts, and an intake ready to print its label.
            for (const char *part : {"housePartToday", "housePartItems", "housePartIntake"}) {
                const QString name = QStringLiteral("staff_house_") + QString::fromLatin1(part + 9).toLower();
                m_steps.append({name, [this, part] { clickItem(part); }, [] { return true; }});
            }
            SharedHouseDesk *houseDesk = k->sharedHouse()->desk();
            m_steps.append({QString(), [houseDesk] { houseDesk->chooseCategory(QStringLiteral("tools")); },
                            [houseDesk] { return !houseDesk->intake().value(QStringLiteral("places")).toStringList().isEmpty(); }});
            m_steps.append({QStringLiteral("staff_house_intake_ready"), [houseDesk] {
                                const QVariantMap intake = houseDesk->intake();
                                houseDesk->chooseName(intake.value(QStringLiteral("names")).toStringList().value(1));
                                houseDesk->chooseCondition(QStringLiteral("worn"));
                                houseDesk->choosePlace(intake.value(QStringLiteral("places")).toStringList().value(0));
                            },
                            [houseDesk] { return houseDesk->intake().value(QStringLiteral("ready")).toBool(); }});
            m_steps.append({QStringLiteral("staff_house_intake_owner"), [this] { clickItem("intakeOwnerResident"); },
                            [houseDesk] { return houseDesk->owners()->count() > 0; }});
            m_steps.append({QString(), [this] { clickItem("intakeOwnerBack"); }, [] { return true; }});
            SharedHouseFiguresDesk *houseFigures = k->sharedHouse()->figures();
            m_steps.append({QStringLiteral("staff_house_figures"), [this] { clickItem("housePartFigures"); },
                            [houseFigures] { return houseFigures->figures().value(QStringLiteral("valid")).toBool(); }});
            // The people register: a unit's residents, one of them, a card to enrol, the staff.
            PeopleDesk *peopleDesk = k->peopleDesk();
            m_steps.append({QStringLiteral("staff_people_unit"), [this, peopleDesk] {
                                clickItem("tabPeople");
                                peopleDesk->chooseBuilding(QStringLiteral("8街坊3栋"));
                                peopleDesk->chooseUnit(QStringLiteral("2单元"));
                            },
                            [peopleDesk] { return peopleDesk->matches()->count() > 0; }});
            m_steps.append({QStringLiteral("staff_people_person"), [peopleDesk] { peopleDesk->openResident(1); },
                            [peopleDesk] { return !peopleDesk->person().isEmpty() && !peopleDesk->cards().isEmpty(); }});
            m_steps.append({QStringLiteral("staff_people_enrol"), [peopleDesk] { peopleDesk->beginEnrol(); },
                            [peopleDesk] { return peopleDesk->awaitingCard(); }});
            m_steps.append({QStringLiteral("staff_people_staff"), [this, peopleDesk] {
                                peopleDesk->cancelEnrol();
                                clickItem("peoplePartStaff");
                            },
                            [peopleDesk] { return peopleDesk->staff()->count() > 0; }});
            m_steps.append({QStringLiteral("staff_barber"), [this] { clickItem("tabBarber"); }, [] { return true; }});
            // The station's drivers, and a new one's form filled in.
            DriverDesk *drivers = k->driverHome()->drivers();
            m_steps.append({QStringLiteral("staff_drivers"), [this] { clickItem("tabDrivers"); },
                            [drivers] { return drivers->drivers()->count() > 0; }});
            m_steps.append({QStringLiteral("staff_drivers_register"), [this, drivers] {
                                clickItem("driverPartRegister");
                                drivers->pickSurname(QStringLiteral("孙"));
                                for (const QChar digit : QStringLiteral("13807155555"))
                                    drivers->pressPhone(digit);
                                for (const QChar c : QStringLiteral("AD55555"))
                                    drivers->pressPlate(c);
                                drivers->pickPlatform(drivers->platforms().value(0));
                            },
                            [drivers] { return drivers->missing() == DriverRegister::NoProblem; }});
            m_steps.append({QString(), [drivers] { drivers->clearForm(); }, [] { return true; }});
            StationFiguresDesk *stationFigures = k->driverHome()->figures();
            auto spotInUse = [places] {
                for (const QVariant &spot : places->spots())
                    if (spot.toMap().value(QStringLiteral("state")).toInt() == StationPlaces::Charging)
                        return spot.toMap().value(QStringLiteral("number")).toInt();
                return 0;
            };
            auto restPlaceInUse = [places] {
                for (const QVariant &place : places->restPlaces())
                    if (!place.toMap().value(QStringLiteral("free")).toBool())
                        return place.toMap().value(QStringLiteral("id")).toLongLong();
                return qint64(0);
            };
            m_steps.append({QStringLiteral("staff_drivers_charging"), [this] { clickItem("driverPartCharging"); },
                            [spotInUse, restPlaceInUse] { return spotInUse() > 0 && restPlaceInUse() > 0; }});
            m_steps.append({QString(), [drivers, spotInUse, restPlaceInUse] {
                                drivers->endCharging(spotInUse());
                                drivers->endRest(restPlaceInUse());
                            },
                            [spotInUse, restPlaceInUse] { return spotInUse() == 0 && restPlaceInUse() == 0; }});
            m_steps.append({QStringLiteral("staff_drivers_figures"), [this] { clickItem("driverPartFigures"); },
                            [stationFigures] { return stationFigures->figures().value(QStringLiteral("valid")).toBool(); }});
            m_steps.append({QStringLiteral("staff_rides"), [this] { clickItem("tabRides"); }, [] { return true; }});
            m_steps.append({QString(), [k] { // the call taken, for the next round
                                for (const QVariant &call : k->help()->calls())
                                    k->help()->take(call.toMap().value(QStringLiteral("id")).toLongLong());
                            },
                            [k] { return !k->help()->calling(); }});
            m_steps.append({QStringLiteral("idle_countdown"), [k] {
                                k->staff()->leave();
                                k->setIdleTimeoutSeconds(9); // straight into the last ten seconds
                                k->goHome();
                            },
                            [k] { return k->idleSecondsLeft() > 0; }});
            m_steps.append({QString(), [k] { k->setIdleTimeoutSeconds(600); }, [] { return true; }});
        }
    }
}

namespace {
// An item by name among what the window shows: a Repeater's items are the
// visual children of their row, not the QObject children of anything named.
QQuickItem *findShown(QQuickItem *item, const QString &objectName)
{
    if (item->objectName() == objectName)
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = findShown(child, objectName))
            return found;
    return nullptr;
}
} // namespace

QObject *ScreenshotTour::findItem(const char *objectName) const
{
    const QString name = QLatin1String(objectName);
    if (QObject *item = m_window->findChild<QObject *>(name))
        return item;
    return findShown(m_window->contentItem(), name);
}

void ScreenshotTour::clickItem(const char *objectName)
{
    // Staff-mode tabs are the screen's own state: press them as a person would.
    if (QObject *item = findItem(objectName))
        QMetaObject::invokeMethod(item, "clicked");
    else
        qWarning() << "screenshot tour: no" << objectName << "to press";
}

bool ScreenshotTour::itemVisible(const char *objectName) const
{
    const QObject *item = findItem(objectName);
    return item && item->property("visible").toBool();
}

void ScreenshotTour::next()
{
    ++m_index;
    if (m_index >= m_steps.size()) {
        if (!m_layoutProblems.isEmpty()) {
            Q_EMIT finished(false, QStringLiteral("%1 screenshots, %2 layout problems:\n  %3")
                                       .arg(m_written.size()).arg(m_layoutProblems.size())
                                       .arg(m_layoutProblems.join(QStringLiteral("\n  "))));
            return;
        }
        Q_EMIT finished(true, QStringLiteral("%1 screenshots in %2, every touch target and price in view")
                                  .arg(m_written.size()).arg(m_dir.path()));
        return;
    }
    m_waitedMs = 0;
    m_steps[m_index].action();
    m_poll.start();
}

void ScreenshotTour::poll()
{
    const Step &step = m_steps.at(m_index);
    m_waitedMs += kPollMs;
    if (!step.done()) {
        if (m_waitedMs > kStepTimeoutMs) {
            m_poll.stop();
            Q_EMIT finished(false, QStringLiteral("screen %1%2 did not appear").arg(step.name, m_suffix));
        }
        return;
    }
    if (m_waitedMs < 3 * kPollMs)
        return; // let bindings and the next frame settle
    m_poll.stop();
    if (!step.name.isEmpty()) {
        const QString file = m_dir.filePath(step.name + m_suffix + QStringLiteral(".png"));
        if (!m_window->grabWindow().save(file)) {
            Q_EMIT finished(false, QStringLiteral("cannot write %1").arg(file));
            return;
        }
        m_written.append(file);
        // The countdown covers everything on purpose.
        if (step.name != QLatin1String("idle_countdown"))
            for (const QString &problem : layoutProblems(m_window))
                m_layoutProblems.append(step.name + m_suffix + QStringLiteral(": ") + problem);
    }
    next();
}

} // namespace linli
