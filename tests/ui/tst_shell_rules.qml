import QtQuick
import QtTest
import Linli
import Linli.Core
import LinliTest

// What the kiosk says on each screen, and the rules every screen shares: a
// double tap carried over to a new screen presses nothing there, buttons
// look pressed and disabled, and messages do not look like buttons.
Item {
    id: root
    width: 1920
    height: 1080

    KioskShell {
        id: shell
        anchors.fill: parent
    }

    KioskTestCase {
        name: "ShellRules"
        screenRoot: shell
        when: windowShown && Kiosk.ready

        readonly property var flow: Kiosk.canteen.order

        SignalSpy { id: prompts; target: Kiosk.voice; signalName: "prompted" }

        function init() {
            Kiosk.resetToAttract()
            Sim.setPaperOut(false)
            Sim.setClock(11, 30)
            Sim.setNewScreenTapGuard(0)
            tryCompare(Kiosk, "screen", Kiosk.Attract)
        }

        function cleanup() {
            Sim.setNewScreenTapGuard(0)
            Kiosk.voice.on = true
        }

        function says(text) {
            tryVerify(function() { return Kiosk.voice.lastPrompt === text }, 3000,
                      "said \"" + Kiosk.voice.lastPrompt + "\", not \"" + text + "\"")
        }

        function test_eachScreenAsksForWhatItNeeds() {
            says("") // the attract screen waits silently
            tap("attractTouch")
            says("请选择服务")
            tap("identifyButton")
            says("请刷卡或扫码")
            Sim.tapCard("04A1B2C9") // 赵玉兰, 92
            tryCompare(Kiosk, "screen", Kiosk.Greeting)
            tryCompare(Kiosk.person, "name", "赵*兰")
            says("您好，赵*兰")
            tap("greetingCanteen")
            says("今日推荐敬老套餐：红烧肉、清炒时蔬、排骨藕汤。点一下就选好了")
            tap("set_senior")
            says("敬老套餐 7.00元，请选 1 个荤菜、1 个素菜、1 个汤")
            chooseDishes(["红烧肉"])
            says("请选 1 个素菜、1 个汤")
            chooseDishes(["清炒时蔬", "排骨藕汤"])
            says("选好了，请按下一步")
            tap("toService")
            says("在哪里用餐？")
            tap("serviceDineIn")
            says("应付 7.00元，请选择付款方式")
            tap("payMealCard")
            tryCompare(flow, "step", CanteenFlow.Done)
            says("您的取餐码是 " + flow.pickupCode + "。" + item("paidLine").text)
        }

        function test_errorsAreSpokenToo() {
            tap("attractTouch")
            says("请选择服务")
            Sim.scanText("LL1:D:1:20200101:AAAAAAAAAAAAAAAAAAAAAAAA")
            tryVerify(function() { return Kiosk.notice.kind === Notice.CodeRefused })
            says(item("noticeText").text)
            verify(Kiosk.voice.lastPrompt.length > 0)
        }

        function test_englishScreensSpeakEnglish() {
            tap("attractTouch")
            tap("languageButton")
            says("Please choose a service")
            tap("identifyButton")
            says("Please tap your card or scan your code")
        }

        function test_staffScreensStaySilent() {
            tap("attractTouch")
            says("请选择服务")
            Kiosk.beginStaffEntry()
            tryCompare(Kiosk, "screen", Kiosk.StaffEntry)
            says("")
        }

        function test_theReviewSaysBeforePayingThatNoSlipCanPrint() {
            tap("attractTouch")
            tap("canteenTile")
            tryCompare(flow, "step", CanteenFlow.ChooseSet)
            Sim.setPaperOut(true)
            tap("setNone")
            chooseDishes(["红烧肉"])
            tap("toService")
            tap("serviceTakeAway")
            tryCompare(flow, "step", CanteenFlow.Review)
            var warning = item("printerWarning")
            verify(warning.visible)
            compare(warning.text, "打印机暂时不能打印小票，付款后请记住屏幕上的取餐码")
            tryVerify(function() { return Kiosk.voice.lastPrompt.indexOf(warning.text) > 0 }, 2000, Kiosk.voice.lastPrompt)
            Sim.setPaperOut(false)
            tryVerify(function() { return !warning.visible })
        }

        function test_repeatSaysThePromptAgain() {
            tap("attractTouch")
            says("请选择服务")
            var before = prompts.count
            tap("repeatPrompt")
            compare(prompts.count, before + 1)
            compare(prompts.signalArguments[prompts.count - 1][0], "请选择服务")
            Kiosk.voice.on = false
            verify(!item("repeatPrompt").visible) // no voice, nothing to repeat
        }

        // The second tap of a double tap lands on the next screen's button
        // under the finger: it must not press it. One rule in the shell.
        function test_aDoubleTapDoesNotPressTheNextScreen() {
            tap("attractTouch")
            tap("canteenTile")
            tryCompare(flow, "step", CanteenFlow.ChooseSet)
            Sim.setNewScreenTapGuard(400)
            var noSet = item("setNone")
            waitForRendering(shell)
            wait(450) // the set screen itself is no longer new
            var p = noSet.mapToItem(shell, noSet.width / 8, noSet.height / 2)
            mouseClick(shell, p.x, p.y)
            tryCompare(flow, "step", CanteenFlow.ChooseDishes)
            mouseClick(shell, p.x, p.y) // the same finger, a moment later
            wait(50)
            compare(flow.lines.length, 0, "the carried-over tap chose a dish")
            compare(flow.step, CanteenFlow.ChooseDishes)
            wait(450) // a deliberate tap after the guard does press
            mouseClick(shell, p.x, p.y)
            tryVerify(function() { return flow.lines.length === 1 || flow.step !== CanteenFlow.ChooseDishes })
        }

        function test_aDisabledButtonLooksDisabledAndAPressedOnePressed() {
            tap("attractTouch")
            tap("canteenTile")
            tryCompare(flow, "step", CanteenFlow.ChooseSet)
            tap("setNone")
            tryCompare(flow, "step", CanteenFlow.ChooseDishes)
            var next = item("toService")
            verify(!next.enabled)
            verify(Qt.colorEqual(next.color, Theme.disabledFill), "disabled 选好了 is " + next.color)
            verify(!Qt.colorEqual(next.color, Theme.neutral) && !Qt.colorEqual(next.color, Theme.action))
            verify(next.border.width > 0)
            var back = item("screenBack")
            mousePress(back)
            verify(back.pressed && back.scale < 1, "a pressed button does not look pressed")
            verify(!Qt.colorEqual(back.color, Theme.neutral))
            mouseRelease(back)
        }

        function test_aMessageDoesNotLookLikeAButton() {
            tap("attractTouch")
            tap("driverTile")
            tryCompare(Kiosk, "screen", Kiosk.DriverHome)
            Sim.checkOutElsewhere(2) // (in from another test file, the check-in would not print)
            Sim.scanDriverCode(2)
            tryVerify(function() { return item("slipState").visible })
            var message = item("slipState")
            verify(message.color === undefined && message.radius === undefined, "the slip's message sits in a box like a button")
            tap("checkOutTile") // check out again
            tryCompare(Kiosk.driverHome.checkIn, "visit", CheckInFlow.CheckedOut)
        }

        // 呼叫工作人员 from a resident screen reaches the staff desk, with a
        // chime and words that say help is coming; a second tap is the same call.
        function test_callingStaffReachesTheDesk() {
            tap("attractTouch")
            tap("callStaff")
            tryCompare(Kiosk.notice, "kind", Notice.HelpComing)
            says("已通知工作人员，马上就来，请稍等。")
            tryCompare(Kiosk.help, "calling", true)
            compare(item("callStaff").text, "已呼叫")
            tap("callStaff")
            Kiosk.beginStaffEntry()
            Kiosk.staff.submitPin("246810")
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu, 10000)
            tryCompare(Kiosk.help.calls, "length", 1)
            verify(Kiosk.help.calls[0].here)
            tap("takeHelpCall_0")
            tryCompare(Kiosk.help.calls, "length", 0)
            verify(!Kiosk.help.calling)
            Kiosk.staff.leave()
        }

        function test_staffSetTheVoice() {
            Kiosk.beginStaffEntry()
            Kiosk.staff.submitPin("246810")
            tryCompare(Kiosk, "screen", Kiosk.StaffMenu, 10000)
            var volume = Kiosk.voice.volume
            tap("volumeDown")
            compare(Kiosk.voice.volume, volume - 10)
            tap("volumeUp")
            compare(Kiosk.voice.volume, volume)
            tap("voiceToggle")
            verify(!Kiosk.voice.on)
            compare(Kiosk.voice.sound, Voice.VoiceOff) // the status bar says so
            verify(!item("volumeUp").enabled)
            tap("voiceToggle")
            verify(Kiosk.voice.on)
            Kiosk.staff.leave()
        }

        // The identify screen points at the reader and the scanner, where the INI file says they are.
        function test_identifyPointsToTheDevices() {
            tap("attractTouch")
            tap("identifyButton")
            tryCompare(Kiosk, "screen", Kiosk.Identify)
            waitForRendering(shell)
            var area = item("screenLoader")
            var reader = item("pointToReader")
            compare(reader.place, "bottom-right") // the default
            var r = reader.mapToItem(area, 0, 0)
            verify(r.x + reader.width > area.width * 0.9 && r.y + reader.height > area.height * 0.8,
                   "the reader's arrow is at " + r.x + "," + r.y)
            var scanner = item("pointToScanner")
            var c = scanner.mapToItem(area, 0, 0)
            verify(Math.abs(c.x + scanner.width / 2 - area.width / 2) < 2 && c.y + scanner.height > area.height * 0.8)
        }
    }
}
