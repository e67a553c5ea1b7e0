import QtQuick
import QtTest
import Linli
import Linli.Core
import LinliTest

// 代办: a volunteer taps their staff card, chooses 代办, then the elder's
// card; the elder's order runs as usual and is recorded with both of them.
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    KioskTestCase {
        name: "Assisted"
        screenRoot: shell
        when: windowShown && Kiosk.ready

        readonly property var flow: Kiosk.canteen.order
        readonly property int volunteerId: 3 // 郑美玲, card 04E0E0E3

        function init() {
            Sim.setIdleTimeout(600)
            Kiosk.resetToAttract()
            Sim.setPaperOut(false)
            Sim.setClock(11, 30)
            tryCompare(Kiosk, "screen", Kiosk.Attract)
            tap("attractTouch")
            tryCompare(Kiosk, "screen", Kiosk.Home)
        }

        function cleanup() {
            Sim.setIdleTimeout(600)
        }

        function beginAssisting() {
            Sim.tapCard("04E0E0E3")
            tryCompare(Kiosk, "screen", Kiosk.StaffCard)
            tap("beginAssisting")
            tryCompare(Kiosk, "screen", Kiosk.Identify)
            tryCompare(Kiosk.person, "assisted", true)
        }

        function test_aStaffCardAsksWhatItsHolderCameFor() {
            Sim.tapCard("04E0E0E3")
            tryCompare(Kiosk, "screen", Kiosk.StaffCard)
            compare(Kiosk.person.name, "郑*玲")
            verify(item("beginAssisting").visible)
            tap("enterStaffMode")
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu)
            compare(Kiosk.staff.name, "郑美玲")
            verify(!Kiosk.person.assisted)
        }

        function test_anAssistedOrderRecordsBothPeople() {
            beginAssisting()
            // The identify screen asks for the resident's card, and the banner
            // says who is assisting.
            compare(item("identifyScreen").prompt, "请刷居民的卡或扫居民的码")
            compare(item("assistText").text, "代办中 · 代办人：郑*玲")
            Sim.tapCard("04A1B2CD") // 胡春梅, 83, 99 yuan on her card
            tryCompare(Kiosk, "screen", Kiosk.Greeting)
            tryCompare(Kiosk.person, "name", "胡*梅")
            verify(item("assistBanner").visible)
            var printed = Sim.printedJobs
            tap("greetingCanteen")
            tap("suggested_senior")
            tap("serviceDineIn")
            tryCompare(flow, "step", CanteenFlow.Review)
            tap("payMealCard")
            tryCompare(flow, "step", CanteenFlow.Done)
            verify(flow.paid)
            compare(Sim.lastOrderAssistedBy(), volunteerId)
            tryVerify(function() { return Sim.printedJobs >= printed + 2 }) // receipt and kitchen ticket

            // The volunteer stays for the next resident, until they end it.
            tap("orderFinished")
            tryCompare(Kiosk, "screen", Kiosk.Home)
            verify(Kiosk.person.assisted)
            tap("endAssisting")
            tryCompare(Kiosk.person, "assisted", false)
            compare(Kiosk.screen, Kiosk.Home)
            tryVerify(function() { return findChild(shell, "assistBanner") === null })

            // On his own, the next resident's order records nobody else.
            tap("canteenTile")
            Sim.tapCard("04A1B2CB") // 吴国庆, 77
            tryCompare(Kiosk.person, "name", "吴*庆")
            tap("suggested_senior")
            tap("serviceDineIn")
            tap("payCounter")
            tryCompare(flow, "step", CanteenFlow.Done)
            compare(Sim.lastOrderAssistedBy(), 0)
        }

        function test_idleForgetsTheAssistant() {
            beginAssisting()
            Sim.setIdleTimeout(1)
            tryCompare(Kiosk, "screen", Kiosk.Attract, 5000)
            compare(Kiosk.person.assisted, false)
        }

        function test_theBannerTakesItsRoomFromTheScreen() {
            beginAssisting()
            var banner = item("assistBanner")
            var screen = findChild(shell, "screenLoader")
            verify(screen.y >= banner.y + banner.height, "the screen starts below the banner")
            // Nothing of the screen's header hides under it.
            var back = item("screenBack")
            verify(back.mapToItem(shell, 0, 0).y >= banner.height)
        }
    }
}
