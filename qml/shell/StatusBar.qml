import QtQuick
import Linli
import Linli.Core

// Always at the bottom: each device's state, and one tap to change language
// or text size.
Rectangle {
    id: bar
    color: Theme.statusBar

    // The device on one line, its state below, within a third of the room left.
    component DeviceState: Row {
        id: device
        property string label
        property int deviceState
        property string stateText: Messages.deviceState(deviceState)
        // Working on a job is as good as ready: only problems stand out.
        readonly property bool fine: deviceState === DeviceStatus.Ready || deviceState === DeviceStatus.Busy
        spacing: 10
        Rectangle {
            width: Theme.small * 0.7; height: width; radius: width / 2
            anchors.verticalCenter: parent.verticalCenter
            color: device.fine ? "#7CFC9A"
                 : device.deviceState === DeviceStatus.PaperNearEnd ? "#FFD54F" : "#FF8A80"
        }
        Column {
            anchors.verticalCenter: parent.verticalCenter
            KText {
                width: Math.min(implicitWidth, device.width - Theme.small)
                color: Theme.onDark
                font.pixelSize: Theme.small
                wrapMode: Text.NoWrap
                elide: Text.ElideRight
                lineHeight: 1
                text: device.label
            }
            KText {
                width: Math.min(implicitWidth, device.width - Theme.small)
                color: Theme.onDark
                font.pixelSize: Theme.small
                font.bold: !device.fine
                wrapMode: Text.NoWrap
                elide: Text.ElideRight
                lineHeight: 1
                text: device.stateText
            }
        }
    }

    Row {
        id: devices
        objectName: "deviceStates"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width - buttons.width - 3 * Theme.margin
        spacing: Theme.spacing
        readonly property bool soundShown: Kiosk.voice.sound !== Voice.Heard
        readonly property int shown: 3 + (Kiosk.devices.onServer ? 1 : 0) + (soundShown ? 1 : 0)
        readonly property real itemWidth: (width - (shown - 1) * spacing) / shown
        DeviceState { width: devices.itemWidth; label: qsTr("扫码"); deviceState: Kiosk.devices.scanner }
        DeviceState { width: devices.itemWidth; label: qsTr("读卡"); deviceState: Kiosk.devices.cardReader }
        DeviceState { width: devices.itemWidth; label: qsTr("打印"); deviceState: Kiosk.devices.printer }
        DeviceState {
            objectName: "databaseState"
            visible: Kiosk.devices.onServer
            width: devices.itemWidth
            label: qsTr("数据")
            deviceState: Kiosk.devices.databaseOnline ? DeviceStatus.Ready : DeviceStatus.Offline
            stateText: Kiosk.devices.databaseOnline ? qsTr("正常") : qsTr("连接中断")
        }
        // Only when prompts are not heard: a kiosk without sound still serves.
        DeviceState {
            objectName: "soundState"
            visible: devices.soundShown
            width: devices.itemWidth
            label: qsTr("语音")
            deviceState: DeviceStatus.Offline
            stateText: Messages.sound(Kiosk.voice.sound)
        }
    }

    Row {
        id: buttons
        objectName: "barButtons"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing
        // On the screens residents use: the prompt once more.
        readonly property bool forResidents: Kiosk.residentScreen
        BigButton {
            objectName: "repeatPrompt"
            visible: buttons.forResidents && Kiosk.voice.on
            text: qsTr("再听一遍")
            fill: "#FFFFFF"
            textColor: Theme.text
            onClicked: Kiosk.repeatPrompt()
        }
        BigButton {
            objectName: "callStaff"
            visible: buttons.forResidents || Kiosk.screen === Kiosk.Attract
            // Once called, it says so (and a second tap is the same call).
            text: Kiosk.help.calling ? qsTr("已呼叫") : qsTr("呼叫工作人员")
            fill: Theme.warning
            onClicked: Kiosk.help.call()
        }
        BigButton {
            objectName: "languageButton"
            // Each label is in its own language, so anyone can find it.
            text: Kiosk.language === "en" ? "中文" : "English"
            fill: "#FFFFFF"
            textColor: Theme.text
            onClicked: Kiosk.toggleLanguage()
        }
        BigButton {
            // A toggle that shows its state: ticked and filled while large text is on.
            objectName: "textSizeButton"
            readonly property bool on: Kiosk.largeText
            text: (on ? "✓ " : "") + qsTr("大字")
            fill: on ? Theme.action : "#FFFFFF"
            textColor: on ? Theme.onDark : Theme.text
            onClicked: Kiosk.toggleLargeText()
        }
    }
}
