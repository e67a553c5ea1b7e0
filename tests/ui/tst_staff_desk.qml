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

        // Staff mode opened by the staff card alone: money is locked.
        function enterByCard() {
            Kiosk.staff.leave()
            Kiosk.beginStaffEntry()
            Sim.tapCard("04E0E0E1")
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu)
            verify(!Kiosk.staff.moneyUnlocked)
        }

        // The PIN on the money gate's keypad, as staff tap it.
        function typeGatePin(pin) {
            tryVerify(function() { return item("moneyGate").visible })
            for (var i = 0; i < pin.length; ++i)
                tap("key_" + pin[i])
            tap("key_✓")
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
            enterByCard()
            tap("tabTopUp")
            var before = desk.topUps.count
            tryVerify(function() { return !desk.busy })
            tap("topUp_0_20")
            // The card alone moves no money: the gate asks for the PIN, then tops up.
            verify(item("moneyGateCard").text.indexOf("✓") === 0)
            compare(desk.topUps.count, before)
            typeGatePin("246810")
            tryCompare(desk.topUps, "count", before + 1)
            tryVerify(function() { return !item("moneyGate").visible })
            verify(Kiosk.staff.moneyUnlocked)
            before = desk.topUps.count
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

        function test_aWrongPinMovesNoMoney() {
            enterByCard()
            tap("tabTopUp")
            var before = desk.topUps.count
            tap("topUp_0_20")
            typeGatePin("999999")
            tryCompare(Kiosk.staff, "pinState", StaffSession.PinWrong)
            verify(item("moneyGateMessage").text.length > 0)
            tap("moneyGateCancel")
            tryVerify(function() { return !findChild(shell, "moneyGate").visible })
            wait(200)
            compare(desk.topUps.count, before)
            // The desk refuses too, whatever asks it.
            desk.topUp(desk.residents.get(0).id, 20)
            wait(300)
            compare(desk.topUps.count, before)
            compare(Kiosk.notice.kind, Notice.StaffProofNeeded)
        }

        function test_cancelANewOrder() {
            // A senior set on the meal card, for a resident of 60+ with a card
            // whose set for this meal no other test took yet.
            var placed = false
            for (var resident = 1; resident <= 20 && !placed; ++resident)
                placed = Sim.placeOrder(String(resident), [1, 5, 9], 0, 0)
            verify(placed)
            enterByCard()
            tap("tabOrders")
            var order = null
            tryVerify(function() {
                for (var i = 0; i < desk.orders.count; ++i)
                    if (desk.orders.get(i).canCancel && desk.orders.get(i).paid)
                        order = desk.orders.get(i)
                return order !== null
            })
            for (var row = 0; row < desk.orders.count; ++row)
                if (desk.orders.get(row).number === order.number)
                    findChild(shell, "orderList").positionViewAtIndex(row, ListView.Contain)
            tap("cancel_" + order.number)
            tryVerify(function() { return item("cancelPicker").visible })
            tap("cancelReason_changed_mind")
            typeGatePin("246810")
            tryVerify(function() { return orderByNumber(order.number).state === CanteenDesk.Cancelled })
            tryVerify(function() { return item("cancelledLine").text.indexOf("退回饭卡") >= 0 })
            verify(!orderByNumber(order.number).canCancel)
        }

        function test_mealCardPageCorrectsAndPrints() {
            // In by PIN: the card is what the gate asks for now.
            Kiosk.staff.leave()
            Kiosk.beginStaffEntry()
            Kiosk.staff.submitPin("246810")
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu)
            verify(Kiosk.staff.pinShown && !Kiosk.staff.cardShown)
            tap("tabTopUp")
            var row = -1 // resident 1, who has a meal card
            for (var i = 0; i < desk.residents.count; ++i)
                if (desk.residents.get(i).id === 1)
                    row = i
            verify(row >= 0)
            findChild(shell, "residentsList").positionViewAtIndex(row, ListView.Contain)
            tap("card_" + row)
            tryVerify(function() { return item("mealCardPanel").visible && desk.cardLedger.count > 0 })
            var rows = desk.cardLedger.count
            tap("correction_100")
            tap("correction_100")
            tap("correctionReason_counted_wrong")
            compare(item("correctCard").text, "更正 +2.00元（金额记错）")
            var actions = item("cardActions") // to its end, as ▼ would
            actions.contentY = Math.max(0, actions.contentHeight - actions.height)
            tap("correctCard")
            tryVerify(function() { return item("moneyGate").visible })
            verify(item("moneyGateCard").text.indexOf("✓") < 0)
            Sim.tapCard("04E0E0E1")
            tryCompare(desk.cardLedger, "count", rows + 1)
            compare(desk.cardLedger.get(0).kind, "correction")
            compare(desk.cardLedger.get(0).amount, "+2.00")
            tryVerify(function() { return !desk.busy })
            var printed = Sim.printedJobs
            tap("printStatement")
            tryCompare(Sim, "printedJobs", printed + 1)
            tap("cardBack") // to the list
            tryVerify(function() { return !findChild(shell, "mealCardPanel").visible })
            tap("checkLedger")
            tryVerify(function() { return item("ledgerResult").text.indexOf("✓") === 0 })
        }
    }
}
