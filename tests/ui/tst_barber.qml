import QtQuick
import QtTest
import Linli
import Linli.Core
import LinliTest

// 共享理发屋 at the screen: book a haircut with a card, see it and cancel it,
// the slip without paper, what cannot be booked said in words, the staff's
// day list, and the idle timeout forgetting her. Residents no other UI test
// uses: 何素珍 (89), 高玉珍 (78), 杨志强 (47), and 郭长青 at another kiosk.
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    KioskTestCase {
        name: "Barber"
        screenRoot: shell
        when: windowShown && Kiosk.ready

        readonly property var flow: Kiosk.sharedHouse.barber
        readonly property string heSuzhen: "04A1B2CE"
        readonly property int heSuzhenId: 17
        readonly property string gaoYuzhen: "04A1B2CF"
        readonly property int gaoYuzhenId: 19

        function init() {
            Kiosk.resetToAttract()
            Sim.setPaperOut(false)
            Sim.setIdleTimeout(600)
            Sim.setClock(10, 0) // a Friday: the barber comes on Tuesday
            tryCompare(Kiosk, "screen", Kiosk.Attract)
            tap("attractTouch")
            tryCompare(Kiosk, "screen", Kiosk.Home)
        }

        function openBarber() {
            tap("sharedHouseTile")
            tryCompare(Kiosk, "screen", Kiosk.SharedHouse)
            tap("barberButton")
            tryCompare(Kiosk, "screen", Kiosk.Barber)
            tryCompare(flow, "step", BarberFlow.NeedCard)
        }

        // Her booking from the Mine step: cancel it and say so.
        function cancelFirstBooking() {
            tryCompare(flow, "step", BarberFlow.Mine)
            tap("cancelBooking_0")
            tryCompare(flow, "step", BarberFlow.ConfirmCancel)
            tap("barberConfirmCancel")
            tryCompare(flow, "step", BarberFlow.Cancelled)
        }

        // Tile, button, card, a time, confirm, done: five taps and a card.
        function test_bookSeeAndCancel() {
            var taps = 0
            function press(name) { tap(name); ++taps }
            press("sharedHouseTile")
            tryCompare(Kiosk, "screen", Kiosk.SharedHouse)
            press("barberButton")
            tryCompare(Kiosk, "screen", Kiosk.Barber)
            compare(item("barberHeadline").text, "预约理发，请先刷居民卡")
            tryVerify(function() { return item("barberDetail").text.indexOf("每周二 09:00-11:30 · 理发师 张琳") >= 0 }, 3000,
                      item("barberDetail").text)
            Sim.tapCard(heSuzhen)
            tryCompare(flow, "step", BarberFlow.ChooseSlot)
            tryVerify(function() { return Kiosk.voice.lastPrompt.indexOf("请选一个理发时间") >= 0 }, 3000,
                      Kiosk.voice.lastPrompt) // and says it
            compare(flow.days.length, 1)
            verify(item("barberDay_0").text.indexOf("12月1日 周二") === 0)
            verify(!item("barberTime_0900").enabled) // 王秀英's, in the demo
            press("barberTime_0940")
            tryCompare(flow, "step", BarberFlow.Confirm)
            compare(item("barberHeadline").text, "预约 12月1日 周二 09:40")
            verify(item("barberDetail").text.indexOf("何*珍") >= 0) // who books
            var printed = Sim.printedJobs
            var confirm = item("barberConfirm")
            // The second tap may come after the answer: the kiosk's guard
            // against a carried-over tap swallows it then, as on the real screen.
            Sim.setNewScreenTapGuard(400)
            wait(450) // the first tap comes after reading the screen
            press("barberConfirm")
            mouseClick(confirm) // the unsteady second tap
            Sim.setNewScreenTapGuard(0)
            tryCompare(flow, "step", BarberFlow.Booked)
            compare(item("barberHeadline").text, "约好了：12月1日 周二 09:40")
            compare(Sim.haircutsBooked(heSuzhenId), 1)
            tryVerify(function() { return Sim.printedJobs === printed + 1 })
            tryCompare(item("barberSlip"), "text", "请取走凭条")
            press("barberFinished")
            tryCompare(Kiosk, "screen", Kiosk.Home)
            verify(taps <= 6, taps + " taps")
            compare(Sim.haircutsBooked(heSuzhenId), 1) // still once

            // The next time she comes, her booking is there, and she cancels it.
            openBarber()
            Sim.tapCard(heSuzhen)
            tryCompare(flow, "step", BarberFlow.Mine)
            compare(flow.bookings.length, 1)
            compare(flow.bookings[0].time, "09:40")
            verify(!flow.canBookMore) // one a week
            cancelFirstBooking()
            compare(item("barberHeadline").text, "预约已取消")
            compare(Sim.haircutsBooked(heSuzhenId), 0)
            tap("barberFinished")
            tryCompare(Kiosk, "screen", Kiosk.Home)
        }

        // Out of paper: the booking stands, and the slip follows with the paper.
        function test_noPaperTheBookingStands() {
            Sim.setPaperOut(true)
            openBarber()
            Sim.tapCard(gaoYuzhen)
            tryCompare(flow, "step", BarberFlow.ChooseSlot)
            var printed = Sim.printedJobs
            tap("barberTime_1020")
            tryCompare(flow, "step", BarberFlow.Confirm)
            tap("barberConfirm")
            tryCompare(flow, "step", BarberFlow.Booked)
            compare(Sim.haircutsBooked(gaoYuzhenId), 1)
            tryVerify(function() { return item("barberSlip").text.indexOf("稍后补打") >= 0 }, 5000)
            Sim.setPaperOut(false)
            tryVerify(function() { return Sim.printedJobs === printed + 1 }, 10000)

            tap("barberFinished")
            tryCompare(Kiosk, "screen", Kiosk.Home)
            openBarber()
            Sim.tapCard(gaoYuzhen)
            cancelFirstBooking()
            compare(Sim.haircutsBooked(gaoYuzhenId), 0)
        }

        function test_whatCannotBeBookedSaysWhy() {
            openBarber()
            Sim.scanDriverCode(1)
            tryCompare(item("barberProblem"), "text", "只有本社区居民可以预约理发，请刷居民卡。")
            Sim.tapCard("04A1B2C8") // 杨志强, 47
            tryCompare(item("barberProblem"), "text", "免费理发是为60岁以上的老人准备的，您还不能预约。")
            compare(flow.step, BarberFlow.NeedCard)
            Sim.tapCard(gaoYuzhen)
            tryCompare(flow, "step", BarberFlow.ChooseSlot)
            compare(item("barberProblem").visible, false)
            // 10:40 shows free; another kiosk books it before she confirms.
            verify(item("barberTime_1040").enabled)
            tap("barberTime_1040")
            tryCompare(flow, "step", BarberFlow.Confirm)
            verify(Sim.bookHaircutElsewhere(16, 640)) // 郭长青
            tap("barberConfirm")
            tryCompare(item("barberProblem"), "text", "这个时间刚刚被别人约走了，请换一个时间。")
            compare(flow.step, BarberFlow.ChooseSlot)
            tryVerify(function() { return !item("barberTime_1040").enabled })
            compare(Sim.haircutsBooked(gaoYuzhenId), 0)
            tryVerify(function() { return Kiosk.voice.lastPrompt.indexOf("刚刚被别人约走了") >= 0 }, 3000)
        }

        // The staff's list: the next Tuesday, an earlier no-show beside the name, printed for the barber.
        function test_staffDayList() {
            Kiosk.beginStaffEntry()
            Sim.tapCard("04E0E0E1") // a staff card
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu)
            tap("tabBarber")
            var desk = Kiosk.sharedHouse.barberDesk
            tryVerify(function() { return desk.bookings.count >= 3 })
            verify(item("barberDeskDay").text.indexOf("12月1日 周二") === 0)
            var li = -1
            for (var i = 0; i < desk.bookings.count; ++i)
                if (desk.bookings.get(i).name === "李建国")
                    li = i
            verify(li >= 0)
            compare(desk.bookings.get(li).noShows, 1)
            compare(desk.canMark, false) // Tuesday has not come
            var printed = Sim.printedJobs
            tap("barberPrintList")
            tryVerify(function() { return Sim.printedJobs === printed + 1 })
            tryCompare(item("barberPrintList"), "text", "✓ 已打印名单")

            // Last Tuesday's: he did not come; staff may change what they marked.
            tap("barberPreviousDay")
            tryVerify(function() { return item("barberDeskDay").text.indexOf("11月24日 周二") === 0 })
            tryCompare(desk, "canMark", true)
            compare(desk.bookings.get(0).mark, "no_show")
            tap("barberDone_0")
            tryCompare(desk.bookings, "count", 1)
            tryVerify(function() { return desk.bookings.get(0).mark === "done" })
            tap("barberNoShow_0")
            tryVerify(function() { return desk.bookings.get(0).mark === "no_show" })
            Kiosk.staff.leave()
        }

        // Walking away: the idle timeout forgets her and what she chose.
        function test_idleForgetsHer() {
            openBarber()
            Sim.tapCard(heSuzhen)
            tryCompare(flow, "step", BarberFlow.ChooseSlot)
            tap("barberTime_1100")
            tryCompare(flow, "step", BarberFlow.Confirm)
            Sim.setIdleTimeout(1)
            tryCompare(Kiosk, "screen", Kiosk.Attract, 5000)
            compare(Kiosk.person.kind, Identity.Nobody)
            compare(flow.step, BarberFlow.NeedCard)
            compare(flow.bookings.length, 0)
            compare(Sim.haircutsBooked(heSuzhenId), 0)
        }
    }
}
