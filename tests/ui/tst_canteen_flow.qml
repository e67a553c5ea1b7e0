import QtQuick
import QtTest
import Linli
import Linli.Core
import LinliTest

// Ordering at the Happiness Canteen, as an elder, a driver, a passer-by and a
// resident who has her meals brought to the door.
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    KioskTestCase {
        name: "CanteenFlow"
        screenRoot: shell
        when: windowShown && Kiosk.ready

        readonly property var flow: Kiosk.canteen.order

        function init() {
            Kiosk.resetToAttract()
            Sim.setPaperOut(false)
            Sim.setClock(11, 30) // lunch is on
            tryCompare(Kiosk, "screen", Kiosk.Attract)
        }

        function openCanteen() {
            tap("attractTouch")
            tryCompare(Kiosk, "screen", Kiosk.Home)
            tap("canteenTile")
            tryCompare(Kiosk, "screen", Kiosk.Canteen)
            tryCompare(flow, "step", CanteenFlow.ChooseSet)
        }

        // A card tapped as the canteen opens, its menu still on its way: the
        // order that follows is hers, not a passer-by's.
        function test_aCardTappedAsTheCanteenOpensIsTaken() {
            tap("attractTouch")
            tryCompare(Kiosk, "screen", Kiosk.Home)
            Sim.tapCard("04A1B2C3") // 张桂华
            Kiosk.open(Kiosk.Canteen) // the menu loads while her card is read
            tryCompare(Kiosk.person, "name", "张*华")
            tryCompare(flow, "busy", false)
            compare(flow.step, CanteenFlow.ChooseSet)
            // Her sets, the senior set among them: the flow is hers, not a passer-by's.
            verify(flow.sets.length > 0)
        }

        function test_seniorSetPaidByMealCard() {
            openCanteen()
            Sim.tapCard("04A1B2C3") // 张桂华, 82, 150 yuan on her card
            tryCompare(Kiosk.person, "name", "张*华")
            tryVerify(function() { return findChild(shell, "set_senior") !== null })
            tap("set_senior")
            // Inside the set its price shows once, and no dish's own price
            // reads as what she will pay.
            compare(flow.setPrice, "7.00")
            verify(item("dishDetail_0").text.indexOf("元") < 0, item("dishDetail_0").text)
            chooseDishes(["红烧肉", "清炒时蔬", "排骨藕汤"])
            compare(item("setProgress").text, "荤菜 1/1　素菜 1/1　汤 1/1")
            verify(flow.selectionComplete)
            tap("toService")
            tryCompare(flow, "step", CanteenFlow.ChooseService)
            verify(item("serviceDelivery").visible) // 82: delivery is offered
            tap("serviceDineIn")
            tryCompare(flow, "step", CanteenFlow.Review)
            compare(flow.total, "7.00")
            compare(flow.subsidy, "15.00")
            var printed = Sim.printedJobs
            var orders = Sim.ordersPlaced()
            var pay = item("payMealCard")
            tap("payMealCard")
            // At once, the second tap of an unsteady hand, while the button is
            // still there (the order may be answered before it; tst_canteen
            // covers a second tap after the answer).
            if (onScreen(pay))
                mouseClick(pay)
            tryCompare(flow, "step", CanteenFlow.Done)
            verify(flow.paid)
            compare(item("pickupCode").text.length, 4)
            tryCompare(Sim, "printedJobs", printed + 2) // receipt and kitchen ticket, once
            tryCompare(item("receiptState"), "text", "请取走小票")
            compare(Sim.ordersPlaced(), orders + 1)
            // What is left on her card, once.
            compare(item("paidLine").text, "已用饭卡付款 7.00元，饭卡余额 143.00元")
            // In large text too, 完成 is whole and above the status bar.
            Kiosk.largeText = true
            waitForRendering(shell)
            var finished = item("orderFinished")
            var area = item("screenLoader")
            var top = finished.mapToItem(area, 0, 0).y
            verify(top >= 0 && top + finished.height <= area.height,
                   "完成 at " + top + ".." + (top + finished.height) + " of a screen " + area.height + " high")
            Kiosk.largeText = false
        }

        // With a card, the day's suggested senior set, paid and done, in six taps.
        function test_theSuggestedSetWithACardTakesSixTaps() {
            var taps = 0
            function press(name) { tap(name); ++taps }
            press("attractTouch")
            press("canteenTile")
            tryCompare(flow, "step", CanteenFlow.ChooseSet)
            Sim.tapCard("04A1B2CC") // 孙福生, 85, 45 yuan on his card
            tryCompare(Kiosk.person, "name", "孙*生")
            var suggested = item("suggested_senior")
            verify(suggested.text.indexOf("红烧肉、清炒时蔬、排骨藕汤") > 0, suggested.text)
            press("suggested_senior")
            tryCompare(flow, "step", CanteenFlow.ChooseService)
            compare(flow.lines.length, 3)
            press("serviceDineIn")
            tryCompare(flow, "step", CanteenFlow.Review)
            compare(flow.total, "7.00")
            press("payMealCard")
            tryCompare(flow, "step", CanteenFlow.Done)
            verify(flow.paid)
            press("orderFinished")
            tryCompare(Kiosk, "screen", Kiosk.Home)
            compare(taps, 6)
        }

        function test_driverSetAtTheCounter() {
            openCanteen()
            Sim.scanDriverCode(1)
            tryVerify(function() { return findChild(shell, "set_driver") !== null })
            verify(findChild(shell, "set_senior") === null)
            tap("set_driver")
            chooseDishes(["红烧肉", "宫保鸡丁", "清炒时蔬", "番茄炒蛋"])
            tap("toService")
            tryCompare(flow, "step", CanteenFlow.ChooseService)
            verify(!item("serviceDelivery").visible)
            tap("serviceTakeAway")
            tryCompare(flow, "step", CanteenFlow.Review)
            compare(flow.total, "10.00")
            verify(!item("payMealCard").visible)
            tap("payCounter")
            tryCompare(flow, "step", CanteenFlow.Done)
            verify(!flow.paid)
            compare(Kiosk.screen, Kiosk.Canteen) // a driver's code here orders, it does not check in
        }

        function test_passerByPaysNormalPrices() {
            openCanteen()
            verify(findChild(shell, "set_senior") === null)
            tap("setNone")
            tryCompare(flow, "step", CanteenFlow.ChooseDishes)
            verify(item("dishDetail_0").text.indexOf("元") >= 0) // at normal prices, each dish's price
            chooseDishes(["清蒸鱼", "米饭"])
            tap("toService")
            tap("serviceTakeAway")
            tryCompare(flow, "step", CanteenFlow.Review)
            compare(flow.total, "11.00")
            compare(flow.subsidy, "0.00")
            tap("payCounter")
            tryCompare(flow, "step", CanteenFlow.Done)
        }

        // Her senior set for this meal is taken (at another kiosk, say): the
        // screen says so and offers the normal menu, instead of asking for her card.
        function test_aSeniorSetAlreadyTakenIsSaid() {
            verify(Sim.placeOrder("2", [1, 5, 9], Canteen.DineIn, Canteen.AtCounter)) // 李建国's set
            openCanteen()
            Sim.tapCard("04A1B2C4") // 李建国, 75
            tryCompare(Kiosk.person, "name", "李*国")
            tryCompare(flow, "busy", false)
            verify(findChild(shell, "set_senior") === null)
            compare(item("setTaken").text, "这一餐您已经订过敬老套餐了，可以按原价点菜。")
            verify(onScreen(item("setNone")))
        }

        // Each language all the way: the dish pictures' kinds too.
        function test_dishKindsAreInTheScreensLanguage() {
            openCanteen()
            tap("setNone")
            tryCompare(flow, "step", CanteenFlow.ChooseDishes)
            compare(item("badge_0").text, "荤") // the first dish is meat
            Kiosk.toggleLanguage()
            tryCompare(item("badge_0"), "text", "Meat")
            Kiosk.toggleLanguage()
            tryCompare(item("badge_0"), "text", "荤")
        }

        function test_deliveryToTheDoorWithoutPaperStillOrders() {
            Sim.setPaperOut(true)
            openCanteen()
            Sim.tapCard("04A1B2C5") // 王秀英, 88, mobility-impaired
            tryVerify(function() { return findChild(shell, "set_senior") !== null })
            tap("set_senior")
            chooseDishes(["肉末蒸蛋", "番茄炒蛋", "紫菜蛋花汤"])
            tap("toService")
            tryCompare(flow, "step", CanteenFlow.ChooseService)
            tap("serviceDelivery")
            tryCompare(flow, "step", CanteenFlow.Review)
            tap("payMealCard")
            tryCompare(flow, "step", CanteenFlow.Done)
            // The order stands; the pickup code is on screen; the slips wait.
            verify(item("receiptState").text.indexOf("请记住取餐码") >= 0)
            var printed = Sim.printedJobs
            Sim.setPaperOut(false)
            tryCompare(Sim, "printedJobs", printed + 2)
        }

        function test_backIsOneTapAndIdleDropsTheOrder() {
            var orders = Sim.ordersPlaced()
            openCanteen()
            tap("setNone")
            chooseDishes(["米饭"])
            tap("toService")
            tryCompare(flow, "step", CanteenFlow.ChooseService)
            var back = findChild(shell, "screenBack")
            mouseClick(back)
            tryCompare(flow, "step", CanteenFlow.ChooseDishes)
            Kiosk.resetToAttract() // the idle timeout
            tryCompare(Kiosk, "screen", Kiosk.Attract)
            compare(flow.step, CanteenFlow.Closed)
            compare(Sim.ordersPlaced(), orders)
        }

        function test_outsideTheWindowSaysWhenItOpens() {
            Sim.setClock(14, 0)
            tap("attractTouch")
            tryCompare(Kiosk, "screen", Kiosk.Home)
            tap("canteenTile")
            tryCompare(Kiosk, "screen", Kiosk.Canteen)
            tryVerify(function() { return findChild(shell, "opensAt") !== null })
            compare(item("opensAt").text, "下次开始点餐：16:30")
        }
    }
}
