import QtQuick
import QtTest
import Linli
import Linli.Core
import LinliTest

// The canteen in staff mode: take payment, move an order along the board,
// reprint, record a delivery, answer a welfare alert, top up, export figures.
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    KioskTestCase {
        name: "StaffDesk"
        screenRoot: shell
        when: windowShown && Kiosk.ready

        readonly property var desk: Kiosk.canteen.desk

        function orderByNumber(number) {
            for (var i = 0; i < desk.orders.count; ++i)
                if (desk.orders.get(i).number === number)
                    return desk.orders.get(i)
            return null
        }

        function initTestCase() {
            Sim.setClock(11, 30)
            // An unpaid counter order and a delivery, placed as a resident would.
            Sim.placeOrder("", [2, 11], 0, 1)      // walk-in, steamed fish and rice, at the counter
            Sim.placeOrder("17", [4, 6, 10], 2, 0) // 何素珍, 89: senior set, delivered, meal card
            Kiosk.resetToAttract()
            Kiosk.beginStaffEntry()
            Sim.tapCard("04E0E0E1") // a staff card
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu)
            tryVerify(function() { return desk.orders.count >= 2 })
        }

        function test_ordersBoard() {
            tap("tabOrders")
            var unpaid = null
            for (var i = 0; i < desk.orders.count && !unpaid; ++i)
                if (!desk.orders.get(i).paid && desk.orders.get(i).state === CanteenDesk.New)
                    unpaid = desk.orders.get(i)
            verify(unpaid !== null, "the walk-in's order is on the board")
            tap("markPaid_" + unpaid.number)
            tryVerify(function() { return orderByNumber(unpaid.number).paid })
            tap("advance_" + unpaid.number)
            tryVerify(function() { return orderByNumber(unpaid.number).state === CanteenDesk.Cooking })
            var printed = Sim.printedJobs
            tap("reprint_" + unpaid.number)
            tryCompare(Sim, "printedJobs", printed + 1)
        }

        function test_deliveryAndWelfareAlert() {
            tap("tabDelivery")
            var stop = -1
            tryVerify(function() {
                for (var i = 0; i < desk.stops.count; ++i)
                    if (desk.stops.get(i).name === "何素珍")
                        stop = i
                return stop >= 0
            })
            tap("volunteer_1")
            tryVerify(function() { return desk.volunteer !== "" })
            var alertsBefore = desk.alerts.count
            tap("noAnswer_" + stop)
            tryCompare(desk.alerts, "count", alertsBefore + 1)
            verify(item("tabDelivery").text.indexOf(String(alertsBefore + 1)) >= 0) // the tab says so
            tap("resolveVisited_" + alertsBefore)
            tryCompare(desk.alerts, "count", alertsBefore)
            var printed = Sim.printedJobs
            tap("printRunSheet")
            tryCompare(Sim, "printedJobs", printed + 1)
        }

        function test_todaysMenuPortions() {
            tap("tabMenu")
            tryVerify(function() { return desk.menu.count > 0 })
            var before = desk.menu.get(0).portions
            tap("portionsMore_0")
            tryVerify(function() { return desk.menu.get(0).portions === before + 5 })
            tryVerify(function() { return !desk.busy })
            tap("portionsLess_0")
            tryVerify(function() { return desk.menu.get(0).portions === before })
            tryVerify(function() { return !desk.busy })
            tap("soldOut_0")
            tryVerify(function() { return desk.menu.get(0).portions === 0 })
            tryVerify(function() { return !desk.busy })
            tap("portionsMore_0")
            tryVerify(function() { return desk.menu.get(0).portions === 5 })
        }

        function test_staffEnableDelivery() {
            tap("tabTopUp")
            var before = desk.residents.get(0).delivery
            tryVerify(function() { return !desk.busy })
            tap("delivery_0")
            tryVerify(function() { return desk.residents.get(0).delivery === !before })
            tryVerify(function() { return !desk.busy })
            tap("delivery_0")
            tryVerify(function() { return desk.residents.get(0).delivery === before })
        }

        function test_topUpAndFigures() {
            tap("tabTopUp")
            var before = desk.topUps.count
            tryVerify(function() { return !desk.busy })
            tap("topUp_0_50")
            mouseClick(item("topUp_0_50")) // at once: a double tap tops up once
            tryCompare(desk.topUps, "count", before + 1)
            mouseClick(item("topUp_0_50")) // a finger's bounce after the first is done: still once
            wait(300)
            compare(desk.topUps.count, before + 1)
            compare(desk.topUps.get(desk.topUps.count - 1).amount, "50.00")
            tap("tabFigures")
            tryVerify(function() { return desk.figures.senior >= 1 })
            compare(item("exportFigures").text, "导出表格") // Chinese all the way: no "CSV"
            tap("exportFigures")
            tryVerify(function() { return desk.exportedTo !== "" })
            verify(Sim.fileExists(desk.exportedTo))
        }
    }
}
