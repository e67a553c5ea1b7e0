import QtQuick
import Linli.Core

// Always at the bottom: each device's state, and one tap to change language
// or text size.
Rectangle {
    id: bar
    color: Theme.statusBar

    component DeviceState: Row {
        property string label
        property int deviceState
        spacing: 10
        Rectangle {
            width: Theme.small * 0.7; height: width; radius: width / 2
            anchors.verticalCenter: parent.verticalCenter
            color: parent.deviceState === DeviceStatus.Ready ? "#7CFC9A"
                 : parent.deviceState === DeviceStatus.PaperNearEnd ? "#FFD54F" : "#FF8A80"
        }
        KText {
            color: Theme.onDark
            font.pixelSize: Theme.small
            wrapMode: Text.NoWrap
            text: parent.label + " " + Messages.deviceState(parent.deviceState)
        }
    }

    Row {
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing * 1.5
        DeviceState { label: qsTr("扫码"); deviceState: Kiosk.scannerStatus }
        DeviceState { label: qsTr("读卡"); deviceState: Kiosk.cardReaderStatus }
        DeviceState { label: qsTr("打印"); deviceState: Kiosk.printerStatus }
    }

    Row {
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing
        BigButton {
            objectName: "languageButton"
            // Each label is in its own language, so anyone can find it.
            text: Kiosk.language === "en" ? "中文" : "English"
            fill: "#FFFFFF"
            textColor: Theme.text
            onClicked: Kiosk.toggleLanguage()
        }
        BigButton {
            objectName: "textSizeButton"
            text: Kiosk.largeText ? qsTr("标准字") : qsTr("大字")
            fill: "#FFFFFF"
            textColor: Theme.text
            onClicked: Kiosk.toggleLargeText()
        }
    }
}
