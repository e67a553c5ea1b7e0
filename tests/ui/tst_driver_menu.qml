import QtQuick
import QtTest
import Linli
import Linli.Core
import LinliTest

// The driver's menu at the Driver Home: the board before anyone scans, a
// scan in opening the menu, a spot taken (a double tap takes one), the
// queue when every spot is taken, a session ended calling the first in
// line ("请 N 号到 M 号充电桩", here and on the idle attract screen) until they take it, a rest place without
// paper, and what cannot be booked said in words. Drivers 4 (张立新) and 5
// (李明辉); drivers 1 to 3 only at another kiosk, and out again after.
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    KioskTestCase {
        name: "DriverMenu"
        screenRoot: shell
        when: windowShown && Kiosk.ready

        readonly property var checkIn: Kiosk.driverHome.checkIn
        readonly property var places: Kiosk.driverHome.places

        function init() {
            Kiosk.resetToAttract()
            Sim.setPaperOut(false)
            Sim.setIdleTimeout(600)
            Sim.setClock(11, 30)
            tryCompare(Kiosk, "screen", Kiosk.Attract)
            tap("attractTouch")
            tryCompare(Kiosk, "screen", Kiosk.Home)
        }

        function cleanup() {
            for (var driver = 1; driver <= 5; ++driver)
                Sim.checkOutElsewhere(driver)
        }

        function openStation() {
            tap("driverTile")
            tryCompare(Kiosk, "screen", Kiosk.DriverHome)
        }

        readonly property var names: ({1: "陈*军", 4: "张*新", 5: "李*辉"})

        // A driver's scan on the station's screen: their menu, once it knows what they hold.
        function scanIn(driver, visit) {
            Sim.scanDriverCode(driver)
            tryCompare(Kiosk.person, "name", names[driver])
            tryCompare(checkIn, "visit", visit)
            tryVerify(function() { return places.hasDriver && places.mine.checkedIn && !places.busy })
            tryVerify(function() { return Kiosk.person.busy === false })
        }

        function test_theBoardShowsBeforeAnyoneScans() {
            openStation()
            compare(item("driverHeadline").text, "司机师傅请扫码签到")
            tryCompare(item("stationFree"), "text", "充电桩空 4 个 · 排队 0 人 · 躺椅空 3 个 · 床位空 2 个")
            verify(!item("callUps").visible)
            verify(findChild(shell, "chargingTile") === null || !findChild(shell, "chargingTile").visible)
        }

        function test_spotQueueCallUp() {
            openStation()
            scanIn(4, CheckInFlow.CheckedIn)
            compare(item("driverHeadline").text, "欢迎您，张*新")
            for (var name of ["driverMealTile", "chargingTile", "restTile", "loveStationTile", "checkOutTile"])
                verify(item(name).visible, name)
            tap("chargingTile")
            tryCompare(places, "page", StationFlow.Charging)
            tryCompare(item("spot_1"), "visible", true)
            var printed = Sim.printedJobs
            var start = item("startCharging")
            Sim.setNewScreenTapGuard(400)
            wait(450)
            tap("startCharging")
            mouseClick(start) // the unsteady second tap
            Sim.setNewScreenTapGuard(0)
            tryCompare(places, "done", StationFlow.StartedCharging)
            compare(Sim.chargingSessions(4), 1)
            tryCompare(Sim, "printedJobs", printed + 1)
            tryCompare(item("placeSlip"), "text", "请取走凭条")
            var mySpot = places.mine.spot
            compare(item("stationDone").text, "开始充电了：" + mySpot + " 号充电桩，13:30 前挪车")
            verify(!findChild(shell, "startCharging").visible)
            verify(item("endCharging").visible)
            compare(Sim.chargingSessions(4), 1) // still one

            // The other three spots go at another kiosk; 李明辉 has to queue.
            verify(Sim.chargeElsewhere(1) && Sim.chargeElsewhere(2) && Sim.chargeElsewhere(3))
            scanIn(5, CheckInFlow.CheckedIn)
            tryVerify(function() { return places.freeSpots === 0 })
            tap("chargingTile")
            tryCompare(places, "page", StationFlow.Charging)
            verify(!item("startCharging").visible)
            tap("joinQueue")
            tryCompare(places, "done", StationFlow.JoinedQueue)
            var number = places.mine.number
            verify(number > 0)
            compare(item("stationDone").text, "排上了：您是 " + number + " 号，前面 0 人，大约等 120 分钟")
            tap("backToMenu")
            tryCompare(places, "page", StationFlow.Menu)
            verify(item("driverHoldings").text.indexOf("排队 " + number + " 号 · 前面 0 人") === 0, item("driverHoldings").text)

            // 张立新 scans again: his menu, with his spot; he ends his session.
            scanIn(4, CheckInFlow.Present)
            verify(item("driverHoldings").text.indexOf(mySpot + " 号充电桩 · 13:30 结束") === 0, item("driverHoldings").text)
            tap("chargingTile")
            tap("endCharging")
            tryCompare(places, "done", StationFlow.EndedCharging)
            compare(Sim.chargingSessions(4), 0)
            // The spot is called for 李明辉, on the screen for the whole room.
            tryVerify(function() { return item("callUps").visible })
            compare(item("callUpText").text, "请 " + number + " 号到 " + mySpot + " 号充电桩（保留到 11:40）")
            verify(!findChild(shell, "startCharging").visible) // kept for him, not for 张立新
            // An idle kiosk of the station shows it too, for drivers resting.
            Kiosk.resetToAttract()
            tryCompare(Kiosk, "screen", Kiosk.Attract)
            tryVerify(function() { return item("callUps").visible })
            compare(item("callUpText").text, "请 " + number + " 号到 " + mySpot + " 号充电桩（保留到 11:40）")
            tap("attractTouch")
            tryCompare(Kiosk, "screen", Kiosk.Home)
            openStation()

            // 李明辉 comes and takes it.
            scanIn(5, CheckInFlow.Present)
            verify(places.mine.called)
            verify(item("driverHoldings").text.indexOf("请到 " + mySpot + " 号充电桩开始充电") === 0)
            tap("chargingTile")
            compare(item("startCharging").text, "开始充电（" + mySpot + " 号桩）")
            tap("startCharging")
            tryCompare(places, "done", StationFlow.StartedCharging)
            compare(Sim.chargingSessions(5), 1)
            tryVerify(function() { return !findChild(shell, "callUps").visible })

            // 签退 ends his session too.
            tap("backToMenu")
            tap("checkOutTile")
            tryCompare(checkIn, "visit", CheckInFlow.CheckedOut)
            compare(Sim.chargingSessions(5), 0)
        }

        function test_aRestPlaceWithoutPaperStands() {
            Sim.setPaperOut(true)
            openStation()
            scanIn(4, CheckInFlow.CheckedIn)
            tap("restTile")
            tryCompare(places, "page", StationFlow.Rest)
            var printed = Sim.printedJobs
            tap("restPlace_1")
            tryCompare(places, "done", StationFlow.BookedRest)
            compare(item("stationDone").text, "请去躺椅 1 号休息，到 12:30")
            tryVerify(function() { return item("placeSlip").text.indexOf("稍后补打") >= 0 }, 3000, item("placeSlip").text)
            verify(!item("restPlace_2").enabled) // one place per driver
            compare(Sim.printedJobs, printed)
            Sim.setPaperOut(false)
            tryVerify(function() { return Sim.printedJobs >= printed + 2 }) // the check-in slip and this one
            tryCompare(item("placeSlip"), "text", "请取走凭条")
            tap("endRest")
            tryCompare(places, "done", StationFlow.EndedRest)
        }

        // 司机套餐 opens the canteen for the driver: the 10-yuan set is offered.
        function test_driverSetFromTheMenu() {
            openStation()
            scanIn(4, CheckInFlow.CheckedIn)
            tap("driverMealTile")
            tryCompare(Kiosk, "screen", Kiosk.Canteen)
            compare(Kiosk.person.name, "张*新")
            tryVerify(function() { return findChild(shell, "set_driver") !== null })
        }

        // 接单 opens the gold-service board for the driver already scanned in.
        function test_theRideBoardFromTheMenuKnowsTheDriver() {
            openStation()
            Sim.checkOutElsewhere(1) // (in from another test file)
            scanIn(1, CheckInFlow.CheckedIn) // 陈建军, the team's leader
            tap("rideBoardMenuTile")
            tryCompare(Kiosk, "screen", Kiosk.RideBoard)
            tryVerify(function() { return Kiosk.rides.board.driverMayTake })
        }

        function test_loveStationOffers() {
            openStation()
            scanIn(4, CheckInFlow.CheckedIn)
            tap("loveStationTile")
            tryCompare(places, "page", StationFlow.LoveStation)
            for (var code of ["hot_water", "microwave", "first_aid", "phone_charging"])
                verify(item("offer_" + code).visible, code)
            tap("backToMenu")
            tryCompare(places, "page", StationFlow.Menu)
        }

        function test_whatCannotBeBookedSaysWhy() {
            openStation()
            Sim.tapCard("04A1B2C3") // a resident's card on the driver's screen
            tryCompare(Kiosk.notice, "kind", Notice.NotADriver)
            scanIn(4, CheckInFlow.CheckedIn)
            tap("restTile")
            tryCompare(places, "page", StationFlow.Rest)
            Sim.checkOutElsewhere(4) // out at the other kiosk meanwhile
            tap("restPlace_2")
            tryCompare(item("stationProblem"), "text", "请先扫码签到，再预约充电或休息。")
        }
    }
}
