import QtQuick
import Linli
import Linli.Core

// The whole kiosk UI inside one Item, so a window or a test can hold it.
Item {
    id: shell
    objectName: "kioskShell"

    // Staff mode: a long press in the top-left corner (nothing shows there,
    // so residents do not open it by chance). Under the screens, so a button
    // that reaches into the corner still answers a short tap.
    MouseArea {
        objectName: "staffCorner"
        width: 120; height: 120
        anchors { left: parent.left; top: parent.top }
        pressAndHoldInterval: 2000
        onPressAndHold: Kiosk.beginStaffEntry()
    }

    // What is on screen, for the voice and the tap guard: a screen may say
    // which of its steps shows (`step`) and what it asks (`prompt`).
    readonly property var shown: screen.item
    readonly property string shownStep: Kiosk.screen + ":" + (shown && shown.step !== undefined ? shown.step : "")
    readonly property string screenPrompt: shown && shown.prompt !== undefined ? shown.prompt : ""
    readonly property string noticePrompt: Messages.notice(Kiosk.notice.kind, Kiosk.notice.problem)
    property bool stepIsNew: true
    onShownStepChanged: {
        Kiosk.stepShown() // at once: the next tap may be the end of a double tap
        stepIsNew = true
        Qt.callLater(announceScreen)
    }
    onScreenPromptChanged: Qt.callLater(announceScreen)
    // Help on its way comes with a chime, so heads turn.
    onNoticePromptChanged: if (noticePrompt !== "") Kiosk.announce(noticePrompt, false, Kiosk.notice.kind === Notice.HelpComing)
    function announceScreen() {
        Kiosk.announce(screenPrompt, stepIsNew)
        stepIsNew = false
    }

    Loader {
        id: screen
        objectName: "screenLoader"
        // A notice takes its room from the screen rather than covering its buttons.
        anchors { left: parent.left; right: parent.right; top: assist.active ? assist.bottom : parent.top
                  bottom: notice.active ? notice.top : statusBar.top
                  bottomMargin: notice.active ? Theme.spacing : 0 }
        source: {
            switch (Kiosk.screen) {
            case Kiosk.Home: return "HomeScreen.qml"
            case Kiosk.Identify: return "IdentifyScreen.qml"
            case Kiosk.Greeting: return "GreetingScreen.qml"
            case Kiosk.StaffCard: return "../staff/StaffCardScreen.qml"
            case Kiosk.DriverHome: return "../driverhome/DriverScreen.qml"
            case Kiosk.Canteen: return "../canteen/CanteenScreen.qml"
            case Kiosk.SharedHouse: return "../sharedhouse/SharedHouseScreen.qml"
            case Kiosk.Barber: return "../sharedhouse/BarberScreen.qml"
            case Kiosk.Rides: return "../rides/RideScreen.qml"
            case Kiosk.RideBoard: return "../rides/RideBoardScreen.qml"
            case Kiosk.StaffEntry: return "../staff/StaffEntryScreen.qml"
            case Kiosk.StaffMenu: return "../staff/StaffScreen.qml"
            case Kiosk.OutOfService: return "OutOfServiceScreen.qml"
            }
            return "AttractScreen.qml"
        }
    }

    // 代办中, above the screen it is for (taking its room, like a notice).
    Loader {
        id: assist
        anchors { left: parent.left; right: parent.right; top: parent.top }
        active: Kiosk.person.assisted && Kiosk.residentScreen
        sourceComponent: AssistBanner {}
    }

    // The bar appears once the kiosk is ready to serve (its database open,
    // just after the first frame); its place is kept so nothing moves.
    Loader {
        id: statusBar
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.touch + 24
        active: Kiosk.ready
        sourceComponent: StatusBar {}
    }

    // Overlays are made only when needed: nothing extra before the first frame.
    Loader {
        id: notice
        anchors { left: parent.left; right: parent.right; bottom: statusBar.top; margins: Theme.margin }
        active: Kiosk.notice.kind !== Notice.None
        sourceComponent: NoticeBanner {}
    }

    Loader {
        anchors.fill: parent
        active: Kiosk.idleSecondsLeft > 0
        sourceComponent: IdleOverlay {}
    }
}
