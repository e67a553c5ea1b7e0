import QtQuick
import QtTest
import Linli
import Linli.Core
import LinliTest

// 共享小屋 at the screen: look at what there is, borrow with a card and the
// thing's label, bring it back with the label alone.
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    KioskTestCase {
        name: "SharedHouse"
        screenRoot: shell
        when: windowShown && Kiosk.ready

        readonly property var flow: Kiosk.sharedHouse.visit
        readonly property int hammer: 4 // 锤子, on the shelf (the tour borrows the ladder)
        readonly property int brokenWheelchair: 20

        function init() {
            Kiosk.resetToAttract()
            Sim.setPaperOut(false)
            Sim.setClock(10, 0)
            tryCompare(Kiosk, "screen", Kiosk.Attract)
            tap("attractTouch")
            tryCompare(Kiosk, "screen", Kiosk.Home)
        }

        function test_theKindsAndWhatIsOnTheShelf() {
            tap("sharedHouseTile")
            tryCompare(Kiosk, "screen", Kiosk.SharedHouse)
            tap("browseButton")
            tryCompare(flow, "step", SharedHouseFlow.Categories)
            tap("kind_books")
            tryCompare(flow, "step", SharedHouseFlow.Items)
            compare(flow.items.length, 8)
            // 红楼梦 is out (overdue), and says until when.
            var out = flow.items.filter(function(i) { return i.state === "out" })
            compare(out.length, 1)
            compare(out[0].name, "红楼梦")
            verify(out[0].due.indexOf("月") > 0)
        }

        // Card, label, confirm: a loan, its slip, and a second tap that lends nothing more.
        function test_borrowWithACardAndTheLabel() {
            var taps = 0
            function press(name) { tap(name); ++taps }
            press("sharedHouseTile")
            tryCompare(Kiosk, "screen", Kiosk.SharedHouse)
            press("borrowButton")
            tryCompare(flow, "step", SharedHouseFlow.NeedCard)
            Sim.tapCard("04A1B2C7") // 陈淑芬, 80
            tryCompare(flow, "step", SharedHouseFlow.ScanItem)
            compare(item("sharedHouseHeadline").text, "请扫要借的东西上的码")
            tryVerify(function() { return Kiosk.voice.lastPrompt.indexOf("请扫要借的东西上的码") >= 0 }, 3000,
                      Kiosk.voice.lastPrompt) // and says it
            Sim.scanItemLabel(hammer)
            tryCompare(flow, "step", SharedHouseFlow.Confirm)
            compare(item("sharedHouseHeadline").text, "借：锤子")
            verify(item("sharedHouseDetail").text.indexOf("工具屋 A3") >= 0)
            verify(item("sharedHouseDetail").text.indexOf("陈*芬") >= 0) // who borrows
            var printed = Sim.printedJobs
            var confirm = item("confirmBorrow")
            // The second tap may come after the answer: the kiosk's guard
            // against a carried-over tap swallows it then, as on the real screen.
            Sim.setNewScreenTapGuard(400)
            wait(450) // the first tap comes after reading the screen
            press("confirmBorrow")
            mouseClick(confirm) // the unsteady second tap
            Sim.setNewScreenTapGuard(0)
            tryCompare(flow, "step", SharedHouseFlow.Borrowed)
            compare(Sim.openLoans(hammer), 1)
            tryVerify(function() { return Sim.printedJobs === printed + 1 })
            verify(item("sharedHouseDetail").text.indexOf("前归还") > 0)
            press("sharedHouseFinished")
            tryCompare(Kiosk, "screen", Kiosk.Home)
            compare(taps, 4)

            // Back from the home screen by its label alone: no card.
            Sim.scanItemLabel(hammer)
            tryCompare(Kiosk, "screen", Kiosk.SharedHouse)
            tryCompare(flow, "step", SharedHouseFlow.Condition)
            tap("returnedDamaged")
            tryCompare(flow, "step", SharedHouseFlow.Returned)
            compare(Sim.openLoans(hammer), 0)
            verify(Sim.needsRepair(hammer))
            compare(item("sharedHouseDetail").text, "已告诉工作人员，修好后再借出")
        }

        // What came back damaged waits on the staff desk until it is repaired;
        // any thing's label prints from there.
        function test_staffRepairAndPrintLabels() {
            var drill = 1 // out in the demo, to 李建国
            Sim.scanItemLabel(drill)
            tryCompare(Kiosk, "screen", Kiosk.SharedHouse)
            tryCompare(flow, "step", SharedHouseFlow.Condition)
            tap("returnedDamaged")
            tryCompare(flow, "step", SharedHouseFlow.Returned)
            verify(Sim.needsRepair(drill))

            Kiosk.beginStaffEntry()
            Sim.tapCard("04E0E0E1") // a staff card
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu)
            tap("tabSharedHouse")
            var desk = Kiosk.sharedHouse.desk
            tryVerify(function() { return desk.alerts.count > 0 })
            var alerts = desk.alerts.count
            var row = -1
            for (var i = 0; i < alerts; ++i)
                if (desk.alerts.get(i).name === "电钻")
                    row = i
            verify(row >= 0)
            tap("houseAlert_" + row + "_repaired")
            tryCompare(desk.alerts, "count", alerts - 1)
            verify(!Sim.needsRepair(drill))

            var printed = Sim.printedJobs
            tap("housePartItems")
            tap("houseItem_0_action")
            tryCompare(Kiosk.notice, "kind", Notice.LabelQueued)
            tryVerify(function() { return Sim.printedJobs === printed + 1 })
            Kiosk.staff.leave()
        }

        function test_whatCannotBeLentSaysWhy() {
            tap("sharedHouseTile")
            tryCompare(Kiosk, "screen", Kiosk.SharedHouse)
            tap("borrowButton")
            Sim.scanDriverCode(1)
            tryCompare(item("sharedHouseProblem"), "text", "只有本社区居民可以借东西，请刷居民卡。")
            Sim.tapCard("04A1B2C7")
            tryCompare(flow, "step", SharedHouseFlow.ScanItem)
            Sim.scanItemLabel(brokenWheelchair)
            tryCompare(item("sharedHouseProblem"), "text", "这件东西正在维修，暂时不能借。")
            compare(flow.step, SharedHouseFlow.ScanItem)
            Sim.scanText("9787020002207") // a book the house does not have
            tryCompare(item("sharedHouseProblem"), "text", "共享小屋没有这本书。")
        }
            // 红楼梦 is out: browse to it, reserve it with a card, see it among
        // "my things", and give the place up again.
        function test_reserveWhatIsOutAndSeeItInMyThings() {
            var taps = 0
            function press(name) { tap(name); ++taps }
            press("sharedHouseTile")
            tryCompare(Kiosk, "screen", Kiosk.SharedHouse)
            press("browseButton")
            press("kind_books")
            tryCompare(flow, "step", SharedHouseFlow.Items)
            var row = -1
            for (var i = 0; i < flow.items.length; ++i)
                if (flow.items[i].name === "红楼梦")
                    row = i
            verify(row >= 0)
            verify(!item("item_" + (row === 0 ? 1 : 0) + "_reserve").visible) // on the shelf: just borrow it
            press("item_" + row + "_reserve")
            tryCompare(flow, "step", SharedHouseFlow.NeedCard)
            compare(item("sharedHouseHeadline").text, "预约，请先刷居民卡")
            Sim.tapCard("04A1B2C6") // 刘德明
            tryCompare(flow, "step", SharedHouseFlow.ConfirmReserve)
            compare(item("sharedHouseHeadline").text, "预约：红楼梦")
            var confirm = item("confirmReserve")
            // The second tap may come after the answer: the kiosk's guard
            // against a carried-over tap swallows it then, as on the real screen.
            Sim.setNewScreenTapGuard(400)
            wait(450) // the first tap comes after reading the screen
            press("confirmReserve")
            mouseClick(confirm) // a second tap takes no second place
            Sim.setNewScreenTapGuard(0)
            tryCompare(flow, "step", SharedHouseFlow.Reserved)
            compare(flow.position, 1)
            verify(item("sharedHouseDetail").text.indexOf("第 1 位") >= 0)
            compare(taps, 5)
            press("sharedHouseFinished")
            tryCompare(Kiosk, "screen", Kiosk.Home)

            // Home forgot him: "my things" asks for his card, then shows the place in line.
            tap("sharedHouseTile")
            tap("mineButton")
            tryCompare(flow, "step", SharedHouseFlow.NeedCard)
            Sim.tapCard("04A1B2C6")
            tryCompare(flow, "step", SharedHouseFlow.Mine)
            tryVerify(function() { return flow.mine.reservations && flow.mine.reservations.length === 1 })
            compare(item("mineReservation_0").text, "红楼梦 · 您排第 1 位")
            compare(item("mineLoansTitle").text, "现在没有借东西")
            tap("mineReservation_0_cancel")
            tryVerify(function() { return flow.mine.reservations.length === 0 })
        }

        // 周凤英: the meter kept for her and the overdue book, said as she is
        // greeted, and her things one tap away.
        function test_theGreetingTellsWhatIsKeptAndWhatIsOverdue() {
            Sim.tapCard("04A1B2CA")
            tryCompare(Kiosk, "screen", Kiosk.Greeting)
            tryVerify(function() { return item("greetingNews").text.indexOf("血压计") >= 0 })
            verify(item("greetingNews").text.indexOf("您预约的 血压计 可以借了") >= 0)
            verify(item("greetingNews").text.indexOf("您借的 红楼梦 已过期 6 天") >= 0)
            tryVerify(function() { return Kiosk.voice.lastPrompt.indexOf("血压计") >= 0 }, 3000, Kiosk.voice.lastPrompt)
            tap("greetingSharedHouse")
            tryCompare(Kiosk, "screen", Kiosk.SharedHouse)
            tryCompare(flow, "step", SharedHouseFlow.Mine)
            tryVerify(function() { return item("mineLoan_0") !== null })
            compare(item("mineLoan_0").text, "红楼梦 · 11月21日 到期，已过期 6 天")
            verify(item("mineReservation_0").text.indexOf("可以借了") > 0)
            // The next person hears none of it.
            Kiosk.resetToAttract()
            compare(Messages.houseNews(flow.mine).length, 0)
        }
    }
}
