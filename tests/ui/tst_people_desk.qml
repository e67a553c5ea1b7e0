import QtQuick
import QtTest
import Linli
import Linli.Core
import LinliTest

// 居民 at the staff desk, by touch: a resident found by building and unit or
// by their surname's letter; a new card enrolled by tapping it on the reader,
// the same card refused for someone else with its holder's masked name, then
// marked lost and refused at the reader; a reissued code that refuses the old
// one; flags corrected; a resident marked moved away and back. Every change
// shows in the person's history with who made it.
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    KioskTestCase {
        name: "PeopleDesk"
        screenRoot: shell
        when: windowShown && Kiosk.ready

        readonly property var desk: Kiosk.peopleDesk
        readonly property string newCard: "04C0FFEE"

        function init() {
            Kiosk.resetToAttract()
            Sim.setPaperOut(false)
            Sim.setClock(10, 0)
            Kiosk.beginStaffEntry()
            Sim.tapCard("04E0E0E1") // 周晓燕's staff card
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu)
            tap("tabPeople")
            tryVerify(function() { return desk.buildings.length > 0 })
        }

        function cleanup() {
            Kiosk.staff.leave()
        }

        // Building, unit, then the resident's line: as staff find someone.
        function openByAddress(building, unit, name) {
            tap("peopleBuilding_" + desk.buildings.indexOf(building))
            tryVerify(function() { return desk.units.indexOf(unit) >= 0 })
            tap("peopleUnit_" + desk.units.indexOf(unit))
            var row = -1
            tryVerify(function() {
                for (var i = 0; i < desk.matches.count; ++i)
                    if (desk.matches.get(i).name === name)
                        row = i
                return row >= 0
            }, 5000, name + " is not in " + building + unit)
            item("peopleMatches").positionViewAtIndex(row, ListView.Contain)
            wait(50)
            tap("peopleMatch_" + row + "_open")
            tryVerify(function() { return desk.person.name === name })
            tryVerify(function() { return item("peopleName").text.indexOf(name) === 0 })
        }

        // A button of the person's page, its column scrolled to it first.
        function tapOnPage(name) {
            var target = item(name)
            var view = target.parent
            while (view.contentItem === undefined || view.contentY === undefined)
                view = view.parent
            tryVerify(function() { return !isPolishScheduled(target.parent) })
            var at = target.mapToItem(view.contentItem, 0, 0)
            if (at.y < view.contentY || at.y + target.height > view.contentY + view.height)
                view.contentY = Math.max(0, Math.min(at.y - Theme.spacing, view.contentHeight - view.height))
            tap(name)
        }

        function latestChange() {
            tryVerify(function() { return desk.history.length > 0 })
            return desk.history[0]
        }

        function test_findsByBuildingUnitAndRoom() {
            tap("peopleBuilding_" + desk.buildings.indexOf("8街坊3栋"))
            tap("peopleUnit_" + desk.units.indexOf("1单元"))
            // By room: 101 before 302.
            tryVerify(function() { return desk.matches.count >= 2 })
            compare(desk.matches.get(0).address, "8街坊3栋 1单元 101")
            compare(desk.matches.get(1).address, "8街坊3栋 1单元 302")
            compare(desk.matches.get(1).name, "李建国")
        }

        function test_findsBySurnameLetter() {
            // 徐丽华: X, with nothing typed.
            tap("peopleLetter_X")
            tryVerify(function() { return desk.matches.count > 0 })
            var names = []
            for (var i = 0; i < desk.matches.count; ++i)
                names.push(desk.matches.get(i).name)
            verify(names.indexOf("徐丽华") >= 0, names)
            verify(names.indexOf("李建国") < 0, names)
            tap("peopleMatch_" + names.indexOf("徐丽华") + "_open")
            tryVerify(function() { return desk.person.name === "徐丽华" })
            // Staff see the ID number only masked, never whole.
            verify(item("peopleFacts").text.indexOf("出生：1966-05-18") >= 0)
        }

        function test_enrolsACardAndRefusesItForSomeoneElse() {
            openByAddress("8街坊3栋", "3单元", "黄伟")
            compare(desk.cards.length, 0)
            tapOnPage("peopleEnrol")
            tryVerify(function() { return item("peopleAwaitingCard").visible })
            Sim.tapCard(newCard)
            tryVerify(function() { return desk.cards.length === 1 })
            compare(desk.cards[0].open, true)
            tryVerify(function() { return item("peopleDone").visible })
            compare(latestChange().what, "card_enrolled")
            compare(latestChange().by, "周晓燕")
            verify(item("peopleHistory_0") !== null)
            compare(Kiosk.screen, Kiosk.StaffMenu) // the card enrolled; nobody was greeted

            // The same card for 罗小平: refused, naming its holder masked.
            tap("peopleBack")
            openByAddress("8街坊5栋", "3单元", "罗小平")
            tapOnPage("peopleEnrol")
            Sim.tapCard(newCard)
            tryCompare(desk, "problem", PeopleRegister.CardTaken)
            compare(desk.cardHolder, "黄*")
            verify(item("peopleProblem").text.indexOf("黄*") >= 0)
            compare(desk.cards.length, 0)
        }

        // 发卡 left waiting on another tab does not take the next card.
        function test_enrolmentEndsWithTheTab() {
            openByAddress("10街坊2栋", "1单元", "朱建华")
            tapOnPage("peopleEnrol")
            tryCompare(desk, "awaitingCard", true)
            tap("tabSharedHouse")
            tryCompare(desk, "awaitingCard", false)
            tap("tabPeople")
            compare(desk.cards.length, 0)
        }

        function test_aLostCardIsRefusedAtTheReader() {
            openByAddress("10街坊2栋", "2单元", "徐丽华")
            tapOnPage("peopleEnrol")
            Sim.tapCard("04C0FFE1")
            tryVerify(function() { return desk.cards.length > 0 && desk.cards[0].open })
            tapOnPage("peopleCard_0_lost")
            tap("peopleConfirmYes")
            tryVerify(function() { return desk.cards[0].open === false })
            compare(latestChange().what, "card_lost")
            // At the residents' screens the card gets its own message.
            Kiosk.staff.leave()
            Kiosk.resetToAttract()
            Sim.tapCard("04C0FFE1")
            tryCompare(Kiosk.notice, "kind", Notice.CardUnknown)
            compare(Kiosk.notice.problem, Identity.LostCard)
            compare(item("noticeText").text, "这张卡已挂失，不能使用。请到服务台办理新卡。")
        }

        function test_aReissuedCodeRefusesTheOldOne() {
            Sim.keepResidentCode(20)
            tryVerify(function() { return Sim.hasKeptCode() })
            openByAddress("8街坊5栋", "3单元", "罗小平")
            var jobs = Sim.printedJobs
            tapOnPage("peopleReissue")
            tap("peopleConfirmYes")
            tryCompare(desk, "done", "reissued")
            tryVerify(function() { return Sim.printedJobs > jobs }) // the new code's slip
            compare(latestChange().what, "code_reissued")
            Kiosk.staff.leave()
            Kiosk.resetToAttract()
            Sim.scanKeptCode()
            tryCompare(Kiosk.notice, "kind", Notice.CodeRefused)
            compare(Kiosk.notice.problem, Identity.RevokedCode)
            compare(item("noticeText").text, "此码已作废，请使用新码。")
        }

        function test_aDriversLostCardAndNewCode() {
            tap("peoplePartDrivers")
            var row = -1
            tryVerify(function() {
                for (var i = 0; i < desk.drivers.count; ++i)
                    if (desk.drivers.get(i).name === "刘海波")
                        row = i
                return row >= 0
            })
            tap("peopleDriver_" + row + "_open")
            tryVerify(function() { return desk.person.kind === "driver" && desk.cards.length === 1 })
            verify(item("peopleDriverFacts").text.indexOf("鄂A·D67890") >= 0)
            verify(!item("peopleMoved").visible) // drivers leave at the driver desk
            tapOnPage("peopleCard_0_lost")
            tap("peopleConfirmYes")
            tryVerify(function() { return desk.cards.length === 1 && desk.cards[0].open === false })
            var jobs = Sim.printedJobs
            tapOnPage("peopleReissue")
            tap("peopleConfirmYes")
            tryCompare(desk, "done", "reissued")
            tryVerify(function() { return Sim.printedJobs > jobs })
            Kiosk.staff.leave()
            Kiosk.resetToAttract()
            Sim.tapCard("04D0D0D2")
            tryCompare(Kiosk.notice, "kind", Notice.CardUnknown)
            compare(Kiosk.notice.problem, Identity.LostCard)
        }

        function test_correctsFlags() {
            openByAddress("10街坊2栋", "1单元", "朱建华")
            compare(desk.person.livesAlone, false)
            tapOnPage("peopleFlag_livesAlone")
            tryVerify(function() { return desk.person.livesAlone === true })
            compare(latestChange().what, "flags")
            compare(latestChange().detail, "独居：否→是")
            tapOnPage("peopleFlag_livesAlone")
            tryVerify(function() { return desk.person.livesAlone === false })
        }

        function typePin(pin) {
            for (var digit of pin)
                tap("key_" + digit)
            tap("key_✓")
        }

        // A staff member from the roll's import: their card, then a PIN of
        // their own typed twice; refused when too simple or mistyped.
        function test_newStaffChooseTheirPinWithTheirCard() {
            Kiosk.staff.leave()
            Sim.makeStaffNew(2) // 吴海涛, card 04E0E0E2
            Kiosk.beginStaffEntry()
            Sim.tapCard("04E0E0E2")
            tryCompare(Kiosk.staff, "pinState", StaffSession.PinChoose)
            verify(item("pinPrompt").text.indexOf("吴海涛") === 0)
            typePin("123456")
            tryCompare(Kiosk.staff, "pinState", StaffSession.PinWeak)
            typePin("470192")
            tryCompare(Kiosk.staff, "pinState", StaffSession.PinConfirm)
            typePin("470193")
            tryCompare(Kiosk.staff, "pinState", StaffSession.PinMismatch)
            compare(Kiosk.screen, Kiosk.StaffEntry)
            verify(Sim.pinPending(2))
            typePin("470192")
            typePin("470192")
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu, 15000)
            compare(Kiosk.staff.name, "吴海涛")
            verify(!Sim.pinPending(2))
            // From now on the PIN alone opens staff mode.
            Kiosk.staff.leave()
            Kiosk.beginStaffEntry()
            typePin("470192")
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu, 15000)
            compare(Kiosk.staff.name, "吴海涛")
        }

        function test_movedAwayAndBack() {
            openByAddress("9街坊2栋", "3单元", "林志远")
            tapOnPage("peopleMoved")
            // Nothing happens before the second tap.
            verify(item("peopleConfirm").visible)
            compare(desk.person.leftAs, "")
            tap("peopleConfirmYes")
            tryVerify(function() { return desk.person.leftAs === "moved" })
            verify(item("peopleName").text.indexOf("已迁出") >= 0)
            compare(latestChange().what, "left")
            tapOnPage("peopleReactivate")
            tryVerify(function() { return desk.person.leftAs === "" })
            compare(latestChange().what, "updated")
        }
    }
}
