import QtQuick
import QtTest
import Linli
import Linli.Core
import LinliTest

// 司机 at the station's staff desk: register a driver with nothing typed
// (their code slip prints), a plate refused the second time, and a driver
// taken off only after saying so twice.
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    KioskTestCase {
        name: "DriverDesk"
        screenRoot: shell
        when: windowShown && Kiosk.ready

        readonly property var desk: Kiosk.driverHome.drivers

        function init() {
            Kiosk.resetToAttract()
            Sim.setPaperOut(false)
            Sim.setClock(10, 0)
            Kiosk.beginStaffEntry()
            Sim.tapCard("04E0E0E1") // a staff card
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu)
            tap("tabDrivers")
        }

        function cleanup() {
            Kiosk.staff.leave()
        }

        function rowOf(plate) {
            for (var i = 0; i < desk.drivers.count; ++i)
                if (desk.drivers.get(i).plate === plate)
                    return i
            return -1
        }

        // Taps an action of a driver's line, scrolled into view first.
        function tapDriver(plate, action) {
            var row = rowOf(plate)
            item("driverList").positionViewAtIndex(row, ListView.Contain)
            wait(50)
            tap("driver_" + row + "_" + action)
        }

        // Scrolls a view to one of its buttons, as staff would with the arrows, and taps it.
        function tapIn(viewName, name) {
            var view = item(viewName)
            var target = item(name)
            // Where it is, once every positioner between it and the view has placed its children.
            tryVerify(function() {
                for (var up = target.parent; up && up !== view.contentItem; up = up.parent)
                    if (isPolishScheduled(up))
                        return false
                return true
            })
            var at = target.mapToItem(view.contentItem, 0, 0)
            if (at.y < view.contentY || at.y + target.height > view.contentY + view.height)
                view.contentY = Math.max(0, Math.min(at.y - Theme.spacing, view.contentHeight - view.height))
            tap(name)
        }
        function tapOnForm(name) { tapIn("driverRegisterForm", name) }

        // Surname, phone, plate and platform, tapped on the form's keys.
        function fillIn(surname, phone, plate) {
            tap("driverPartRegister")
            tryVerify(function() { return desk.surnames.length > 50 })
            tapOnForm("driverSurname_" + desk.surnames.indexOf(surname))
            for (var i = 0; i < phone.length; ++i)
                tapOnForm("driverPhoneKey_" + phone[i])
            for (var j = 0; j < plate.length; ++j)
                tapOnForm("driverPlateKey_" + plate[j])
            tapOnForm("driverPlatform_0")
        }

        function test_registersADriverAndPrintsTheirCode() {
            tap("driverPartRegister")
            verify(!item("driverRegister").enabled)
            compare(item("driverRegister").text, "请选司机的姓")
            fillIn("陈", "13807155566", "AD55566")
            compare(desk.callName, "陈师傅")
            compare(desk.plate, "鄂A·D55566")
            verify(item("driverRegister").enabled)
            verify(item("driverRegister").text.indexOf("鄂A·D55566") >= 0)

            var printed = Sim.printedJobs
            tap("driverRegister")
            tryVerify(function() { return Sim.activeDriversWithPlate("鄂A·D55566") === 1 })
            tryVerify(function() { return Sim.printedJobs === printed + 1 })
            tryVerify(function() { return item("driverCodeSlip").text.indexOf("陈师傅") >= 0 })
            compare(desk.phone, "") // ready for the next driver
            verify(!item("driverRegister").enabled)

            // The same car again: refused, with whose it is.
            fillIn("王", "13807155567", "AD55566")
            tap("driverRegister")
            tryCompare(desk, "problem", DriverRegister.PlateTaken)
            compare(item("driverDeskProblem").text, "这个车牌已登记给 陈*傅")
            compare(Sim.activeDriversWithPlate("鄂A·D55566"), 1)
            compare(Sim.printedJobs, printed + 1)
        }

        function test_aDriverIsTakenOffOnlyAfterSayingSoTwice() {
            tap("driverPartList")
            tryVerify(function() { return rowOf("鄂A·F78901") >= 0 }) // 李明辉
            tapDriver("鄂A·F78901", "active")
            verify(item("driverConfirm").visible)
            tap("driverConfirmNo")
            verify(!findChild(shell, "driverConfirm").visible)
            compare(Sim.activeDriversWithPlate("鄂A·F78901"), 1)

            tapDriver("鄂A·F78901", "active")
            tap("driverConfirmYes")
            tryVerify(function() { return Sim.activeDriversWithPlate("鄂A·F78901") === 0 })
            tryVerify(function() { return !desk.drivers.get(rowOf("鄂A·F78901")).active })
            // And back.
            tapDriver("鄂A·F78901", "active")
            tryVerify(function() { return Sim.activeDriversWithPlate("鄂A·F78901") === 1 })
        }

        function test_unionMembershipIsATap() {
            tap("driverPartList")
            tryVerify(function() { return rowOf("鄂A·F23456") >= 0 }) // 王志勇, not a member
            verify(!desk.drivers.get(rowOf("鄂A·F23456")).unionMember)
            tapDriver("鄂A·F23456", "union")
            tryVerify(function() { return desk.drivers.get(rowOf("鄂A·F23456")).unionMember })
            tapDriver("鄂A·F23456", "union")
            tryVerify(function() { return !desk.drivers.get(rowOf("鄂A·F23456")).unionMember })
        }

        function test_staffEndAChargingSessionAndTheSpotIsFree() {
            verify(Sim.chargeElsewhere(4)) // 张立新, at the other kiosk
            tap("driverPartCharging")
            var spot = 0
            tryVerify(function() {
                var spots = Kiosk.driverHome.places.spots
                for (var i = 0; i < spots.length; ++i)
                    if (spots[i].state === StationPlaces.Charging)
                        spot = spots[i].number
                return spot > 0
            })
            tapIn("driverCharging", "spot_" + spot + "_end")
            tryVerify(function() { return Sim.chargingSessions(4) === 0 })
            tryVerify(function() { return !findChild(shell, "spot_" + spot + "_end").visible })
            Sim.checkOutElsewhere(4)
        }

        function test_staffEndARestBookingAndThePlaceIsFree() {
            verify(Sim.restElsewhere(4, 5)) // 张立新 on bed 2, at the other kiosk
            tap("driverPartCharging")
            tryVerify(function() { return item("rest_5_end").visible })
            verify(item("rest_5").text.indexOf("床位 2 号") >= 0)
            tapIn("driverCharging", "rest_5_end")
            tryVerify(function() { return Sim.restBookings(4) === 0 })
            tryVerify(function() { return !item("rest_5_end").visible })
            verify(item("rest_5").text.indexOf("空闲") >= 0)
            Sim.checkOutElsewhere(4)
        }

        function test_theStationsFiguresAndTheirExport() {
            tap("driverPartFigures")
            var figures = Kiosk.driverHome.figures
            tryVerify(function() { return figures.figures.valid === true })
            compare(figures.period, "month")
            verify(figures.figures.visits >= 1) // this file's and the others' drivers, this month
            verify(item("stationFigure_visits").text.indexOf(String(figures.figures.visits)) >= 0)
            tap("figuresPeriod_lastMonth")
            tryVerify(function() { return figures.figures.valid === true })
            compare(figures.figures.visits, 0) // the demo's stays are all this month
            tap("stationExportFigures")
            tryVerify(function() { return figures.exportedTo !== "" })
            verify(figures.exportedTo.indexOf("driver-home-") >= 0)
            verify(Sim.fileExists(figures.exportedTo))
        }
    }
}
