import QtQuick
import Linli
import Linli.Core

// 请刷卡或扫码: the reader and the scanner are live on every screen; this
// screen just asks for them.
Item {
    objectName: "identifyScreen"
    readonly property string prompt: qsTr("请刷卡或扫码")

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: qsTr("身份识别")
        onBack: Kiosk.goHome()
    }
    Item {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        Column {
            // Centred in the room under the header; never above it.
            y: Math.max(0, (parent.height - height) / 2)
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 2
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.huge * 1.2
                font.bold: true
                text: qsTr("请刷卡或扫码")
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.title
                color: Theme.textMuted
                text: qsTr("把居民卡放在读卡区，或把身份码对准扫码口")
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: Kiosk.person.busy
                font.pixelSize: Theme.title
                text: qsTr("正在识别…")
            }
        }
    }
}
