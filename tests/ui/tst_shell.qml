import QtQuick
import QtTest
import Linli
import Linli.Core
import LinliTest

// The shell as a resident meets it, on a 1920x1080 screen.
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    KioskTestCase {
        name: "Shell"
        screenRoot: shell
        when: windowShown && Kiosk.ready

        function init() {
            Kiosk.resetToAttract()
            Sim.setPaperOut(false)
            Sim.setIdleTimeout(600)
            tryCompare(Kiosk, "screen", Kiosk.Attract)
        }

        // Overlays exist only while they show.
        function shown(name) {
            var found = findChild(shell, name)
            return found !== null && found.visible
        }

        function goHome() {
            mouseClick(item("attractTouch"))
            tryCompare(Kiosk, "screen", Kiosk.Home)
            waitForRendering(shell)
        }

        // Every visible text and touch target on the current screen.
        function visibleTexts(node, list) {
            for (var i = 0; i < node.children.length; ++i) {
                var child = node.children[i]
                if (!child.visible || child.opacity === 0)
                    continue
                if (child.font !== undefined && child.text !== undefined && String(child.text).trim().length > 0)
                    list.push(child)
                visibleTexts(child, list)
            }
            return list
        }

        function checkSizes(minFont, minTouch) {
            var texts = visibleTexts(shell, [])
            verify(texts.length > 5)
            for (var i = 0; i < texts.length; ++i) {
                verify(texts[i].font.pixelSize >= minFont,
                       "text '" + texts[i].text + "' is " + texts[i].font.pixelSize + " px")
                var topLeft = texts[i].mapToItem(shell, 0, 0)
                verify(texts[i].contentWidth <= texts[i].width + 1, "text '" + texts[i].text + "' is cut")
                verify(topLeft.x >= 0 && topLeft.y >= 0
                       && topLeft.x + texts[i].width <= shell.width + 1 && topLeft.y + texts[i].height <= shell.height + 1,
                       "text '" + texts[i].text + "' runs off the screen")
            }
            var devices = item("deviceStates"), buttons = item("barButtons")
            verify(devices.x + devices.childrenRect.width <= buttons.x, "device states run under the buttons")
            for (var name of ["languageButton", "textSizeButton", "identifyButton"]) {
                verify(item(name).height >= minTouch, name + " is " + item(name).height + " px high")
                verify(item(name).width >= minTouch, name + " is " + item(name).width + " px wide")
            }
        }

        function test_attractLeadsHome() {
            verify(item("attractScreen").visible)
            goHome()
            verify(item("homeScreen").visible)
            verify(item("driverTile").visible)
        }

        function test_languageSwitchIsOneTap() {
            goHome()
            compare(Kiosk.language, "zh_CN")
            var heading = item("homeScreen").children[0].children[0]
            compare(heading.text, "请选择服务")
            mouseClick(item("languageButton"))
            compare(Kiosk.language, "en")
            tryCompare(heading, "text", "Please choose a service")
            mouseClick(item("languageButton"))
            tryCompare(heading, "text", "请选择服务")
        }

        function test_largeTextGrowsTextAndTargets() {
            goHome()
            checkSizes(28, 80)
            // A toggle that shows its state, not the mode it would switch to.
            compare(item("textSizeButton").text, "大字")
            verify(!item("textSizeButton").on)
            mouseClick(item("textSizeButton"))
            verify(Kiosk.largeText)
            compare(item("textSizeButton").text, "✓ 大字")
            verify(item("textSizeButton").on)
            waitForRendering(shell)
            checkSizes(40, 120)
            mouseClick(item("languageButton")) // English is longer: still nothing off screen
            Sim.setPaperOut(true)               // nor with the longest printer state
            Kiosk.voice.on = false              // nor with the voice's state in the bar too
            waitForRendering(shell)
            verify(item("soundState").visible)
            checkSizes(40, 120)
            Kiosk.voice.on = true
        }

        function test_idleCountdownThenBackToAttract() {
            goHome()
            Sim.setIdleTimeout(3)
            mouseClick(item("driverTile")) // a touch restarts the countdown
            tryCompare(Kiosk, "screen", Kiosk.DriverHome)
            tryVerify(function() { return shown("idleOverlay") }, 3000)
            verify(item("idleText").text.indexOf("秒后返回首页") >= 0)
            tryCompare(Kiosk, "screen", Kiosk.Attract, 4000)
            verify(!shown("idleOverlay"))
            compare(Kiosk.person.name, "")
        }

        function test_aTapOnTheCountdownOnlyDismissesIt() {
            goHome()
            Sim.setIdleTimeout(11) // the countdown shows a second after the last touch
            mouseClick(item("languageButton"))
            mouseClick(item("languageButton"))
            tryVerify(function() { return shown("idleOverlay") }, 3000)
            var tile = item("driverTile") // under the countdown
            mouseClick(tile)
            tryVerify(function() { return !shown("idleOverlay") })
            wait(200)
            compare(Kiosk.screen, Kiosk.Home, "the tap went through the countdown to the tile under it")
            Sim.setIdleTimeout(600)
        }

        function test_driverChecksInAndOut() {
            goHome()
            var printedBefore = Sim.printedJobs
            Sim.scanDriverCode(1)
            tryCompare(Kiosk.driverHome.checkIn, "visit", CheckInFlow.CheckedIn)
            verify(item("driverScreen").visible)
            compare(item("driverHeadline").text, "欢迎您，陈*军")
            verify(item("driverDetail").text.indexOf("今天在站司机") >= 0)
            tryCompare(item("slipState"), "text", "请取走签到凭条")
            compare(Sim.printedJobs, printedBefore + 1)

            Sim.advanceClockMinutes(40)
            Sim.scanDriverCode(1) // in: the menu again
            tryCompare(Kiosk.driverHome.checkIn, "visit", CheckInFlow.Present)
            compare(item("driverDetail").text, "您已签到 40 分钟")
            tap("checkOutTile")
            tryCompare(Kiosk.driverHome.checkIn, "visit", CheckInFlow.CheckedOut)
            compare(item("driverDetail").text, "已签退，本次停留 40 分钟")
            verify(!item("slipState").visible)
        }

        function test_checkInWithoutPaperSaysTheSlipWillFollow() {
            goHome()
            var printedBefore = Sim.printedJobs
            Sim.setPaperOut(true)
            Sim.scanDriverCode(3)
            tryCompare(Kiosk.driverHome.checkIn, "visit", CheckInFlow.CheckedIn)
            tryVerify(function() { return item("slipState").text.indexOf("签到已记录") >= 0 })
            verify(item("slipState").text.indexOf("缺纸") >= 0)
            compare(Sim.printedJobs, printedBefore)
            Sim.setPaperOut(false)
            tryCompare(Sim, "printedJobs", printedBefore + 1)
            tryCompare(item("slipState"), "text", "请取走签到凭条")
            tap("checkOutTile") // check out again for the other tests
            tryCompare(Kiosk.driverHome.checkIn, "visit", CheckInFlow.CheckedOut)
        }

        function test_forgedCodeIsRefusedOnScreen() {
            goHome()
            Sim.scanText("LL1:D:1:20261127:AAAAAAAAAAAAAAAAAAAAAAAA")
            tryVerify(function() { return shown("noticeBanner") })
            compare(item("noticeText").text, "二维码无效，请到服务台重新领取。")
            compare(Kiosk.screen, Kiosk.Home)
        }

        function test_residentCardGreetsByMaskedName() {
            goHome()
            mouseClick(item("identifyButton"))
            tryCompare(Kiosk, "screen", Kiosk.Identify)
            Sim.tapCard("04A1B2C3")
            tryCompare(Kiosk, "screen", Kiosk.Greeting)
            compare(item("greetingText").text, "您好，张*华")
        }

        function test_staffEntryByLongPressAndPin() {
            goHome()
            var corner = item("staffCorner")
            mousePress(corner)
            wait(2300)
            mouseRelease(corner)
            tryCompare(Kiosk, "screen", Kiosk.StaffEntry)
            for (var digit of "246810")
                mouseClick(item("key_" + digit))
            mouseClick(item("key_✓"))
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu, 15000)
            waitForRendering(shell)
            mouseClick(item("tabPeople"))
            mouseClick(item("peoplePartCodes"))
            tryVerify(function() { return item("peopleList").count === Sim.activePeople() })
            verify(Sim.activePeople() >= 25) // the demo's 20 residents and 5 drivers at least
        }
    }
}
