import QtQuick
import QtTest
import Linli
import Linli.Core
import LinliTest

// 共享小屋's staff desk as staff use it: take a new thing in and print its
// label, retire one only after saying so twice, close a repair with what was
// done, and print a reminder for an overdue thing.
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    KioskTestCase {
        name: "SharedHouseDesk"
        screenRoot: shell
        when: windowShown && Kiosk.ready

        readonly property var desk: Kiosk.sharedHouse.desk

        function init() {
            Kiosk.resetToAttract()
            Sim.setPaperOut(false)
            Sim.setClock(10, 0)
            Kiosk.beginStaffEntry()
            Sim.tapCard("04E0E0E1") // a staff card
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu)
            tap("tabSharedHouse")
        }

        function cleanup() {
            Kiosk.staff.leave()
        }

        function rowOf(list, name) {
            for (var i = 0; i < list.count; ++i)
                if (list.get(i).name === name)
                    return i
            return -1
        }

        function test_intakePicksEverythingFromListsAndPrintsTheLabel() {
            tap("housePartIntake")
            tryVerify(function() { return desk.categories.length === 5 })
            verify(!item("intakeTakeIn").enabled)
            tap("intakeCategory_mobility")
            tryVerify(function() { return desk.intake.names.length > 0 && desk.intake.places.length > 0 })
            var names = desk.intake.names
            var glucometer = names.indexOf("血糖仪")
            verify(glucometer >= 0)
            tap("intakeName_" + glucometer)
            tap("intakePlace_0")
            // The neighbour who lends it, from the residents' list.
            tap("intakeOwnerResident")
            tryVerify(function() { return desk.owners.count > 10 })
            var sun = rowOf(desk.owners, "孙福生")
            verify(sun >= 0)
            item("intakeOwners").positionViewAtIndex(sun, ListView.Beginning)
            wait(50)
            tap("intakeOwner_" + sun + "_pick")
            tryVerify(function() { return desk.intake.ownerName === "孙福生" })
            tap("intakeCondition_worn")
            compare(desk.intake.condition, "worn")
            verify(item("intakeTakeIn").enabled)

            var before = Sim.itemsNamed("血糖仪")
            var printed = Sim.printedJobs
            tap("intakeTakeIn")
            tryVerify(function() { return Sim.itemsNamed("血糖仪") === before + 1 })
            tryVerify(function() { return Sim.printedJobs === printed + 1 })
            tryVerify(function() { return desk.outcome.itemId > 40 })
            verify(item("houseDeskOutcome").text.indexOf("血糖仪") >= 0)
            // Ready for the next of its kind: same shelf, a name to pick again.
            compare(desk.intake.name, "")
            compare(desk.intake.category, "mobility")
            verify(!item("intakeTakeIn").enabled)
        }

        function test_retiringAThingAsksFirst() {
            tap("housePartItems")
            tryVerify(function() { return desk.items.count > 30 })
            var row = rowOf(desk.items, "手电筒")
            verify(row >= 0)
            var itemId = desk.items.get(row).itemId
            var list = item("houseItems")
            list.positionViewAtIndex(row, ListView.Beginning)
            wait(50)
            tap("houseItem_" + row + "_retire")
            tryVerify(function() { return item("houseConfirm").visible })
            tap("houseConfirmNo")
            verify(!Sim.retired(itemId))
            list.positionViewAtIndex(row, ListView.Beginning)
            wait(50)
            tap("houseItem_" + row + "_retire")
            tryVerify(function() { return item("houseConfirm").visible })
            tap("houseConfirmYes")
            tryVerify(function() { return Sim.retired(itemId) })
            tryVerify(function() { return rowOf(desk.items, "手电筒") < 0 })
        }

        function test_aThingOutOnLoanCannotBeRetired() {
            tap("housePartItems")
            tryVerify(function() { return desk.items.count > 30 })
            var row = rowOf(desk.items, "轮椅") // the first wheelchair is out, to 王秀英
            verify(row >= 0)
            verify(desk.items.get(row).onLoan)
            var list = item("houseItems")
            list.positionViewAtIndex(row, ListView.Beginning)
            wait(50)
            verify(!item("houseItem_" + row + "_retire").visible)
        }

        function test_aRepairClosesWithWhatWasDone() {
            Kiosk.staff.leave()
            verify(Sim.lendElsewhere(6, 2)) // 扳手套装 to 李建国, who brings it back short of a part
            Sim.scanItemLabel(6)
            tryCompare(Kiosk, "screen", Kiosk.SharedHouse)
            tryCompare(Kiosk.sharedHouse.visit, "step", SharedHouseFlow.Condition)
            tap("returnedMissingParts")
            tryCompare(Kiosk.sharedHouse.visit, "step", SharedHouseFlow.Returned)
            verify(Sim.needsRepair(6))
            Kiosk.beginStaffEntry()
            Sim.tapCard("04E0E0E1")
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu)
            tap("tabSharedHouse")
            tryVerify(function() { return rowOf(desk.alerts, "扳手套装") >= 0 })
            var alerts = desk.alerts.count
            tap("houseAlert_" + rowOf(desk.alerts, "扳手套装") + "_parts")
            tryCompare(desk.alerts, "count", alerts - 1)
            verify(!Sim.needsRepair(6))
            tryCompare(item("houseDeskOutcome"), "text", "已办好：扳手套装")
        }

        function test_aReminderSlipForAnOverdueThing() {
            tryVerify(function() { return desk.overdue.count > 0 })
            var printed = Sim.printedJobs
            tap("houseOverdue_0_remind")
            tryCompare(Kiosk.notice, "kind", Notice.ReminderQueued)
            tryVerify(function() { return Sim.printedJobs === printed + 1 })
        }

        function test_theDaysLoansAndTheLines() {
            tap("housePartToday")
            tryVerify(function() { return desk.reservations.count >= 2 })
            verify(item("houseReservation_0").visible)
            tryVerify(function() { return item("houseReservation_0").text.indexOf("·") > 0 })
        }

        function test_theMonthsFiguresAndTheirCsv() {
            var figures = Kiosk.sharedHouse.figures
            tap("housePartFigures")
            tryVerify(function() { return figures.figures.valid === true })
            compare(figures.period, "month")
            compare(figures.figures.kinds.length, 5)
            var loans = figures.figures.total.loans
            verify(loans > 0) // the demo's loans this month
            compare(item("houseFigure_total_1").text, String(loans))
            // Today, then a loan at another kiosk: the figures are counted afresh.
            tap("figuresPeriod_today")
            tryCompare(figures, "period", "today")
            tryVerify(function() { return figures.figures.valid === true })
            var today = figures.figures.total.loans
            verify(Sim.lendElsewhere(7, 4)) // 卷尺 to 刘德明
            tap("housePartTodo")
            tap("housePartFigures")
            tryVerify(function() { return figures.figures.valid === true && figures.figures.total.loans === today + 1 })
            tap("houseExportFigures")
            tryVerify(function() { return figures.exportedTo !== "" })
            verify(Sim.fileExists(figures.exportedTo))
            verify(item("houseExportedTo").visible)
        }

        function test_theOwnerTapsTheirOwnCard() {
            tap("housePartIntake")
            tap("intakeCategory_books")
            tryVerify(function() { return desk.intake.names.length > 0 })
            tap("intakeOwnerResident")
            tryVerify(function() { return item("intakeOwnerCardHint").visible })
            Sim.tapCard("04A1B2C6") // 刘德明 brings his own book
            tryVerify(function() { return desk.intake.ownerName === "刘德明" })
            tryVerify(function() { return !item("intakeOwnerBack").visible })
            verify(item("intakeOwnerResident").text.indexOf("刘德明") >= 0)
            compare(Kiosk.screen, Kiosk.StaffMenu) // still staff mode, no "not a staff card"
            compare(Kiosk.notice.kind, Notice.None)
            // Away from the owner list, a resident's card is not taken for one.
            Sim.tapCard("04A1B2C7")
            tryCompare(Kiosk.notice, "kind", Notice.NotAStaffCard)
            compare(desk.intake.ownerName, "刘德明")
        }
    }
}
