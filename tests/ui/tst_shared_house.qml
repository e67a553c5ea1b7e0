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
            press("confirmBorrow")
            mouseClick(confirm) // the unsteady second tap
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
            tap("houseAlert_" + row + "_action")
            tryCompare(desk.alerts, "count", alerts - 1)
            verify(!Sim.needsRepair(drill))

            var printed = Sim.printedJobs
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
    }
}
