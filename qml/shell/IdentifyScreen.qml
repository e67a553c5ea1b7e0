import QtQuick
import Linli
import Linli.Core

// 请刷卡或扫码: the reader and the scanner are live on every screen; this
// screen just asks for them.
Item {
    id: identify
    objectName: "identifyScreen"
    // In 代办 the card or code asked for is the resident's, not the helper's.
    readonly property string prompt: Kiosk.person.assisted ? qsTr("请刷居民的卡或扫居民的码") : qsTr("请刷卡或扫码")

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: qsTr("身份识别")
        onBack: Kiosk.goHome()
    }
    Item {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        // Where to tap the card and hold the code: towards the devices themselves.
        PointTo {
            id: toReader
            objectName: "pointToReader"
            visible: parent.arrowsFit
            place: Kiosk.devices.cardReaderAt
            label: qsTr("刷卡")
        }
        PointTo {
            id: toScanner
            objectName: "pointToScanner"
            visible: parent.arrowsFit
            place: Kiosk.devices.scannerAt
            label: qsTr("扫码")
        }
        // The words keep clear of arrows at the top or the bottom.
        readonly property real topRoom: Math.max(toReader.toTop ? toReader.height : 0, toScanner.toTop ? toScanner.height : 0)
        readonly property real bottomRoom: Math.max(toReader.toBottom ? toReader.height : 0,
                                                    toScanner.toBottom ? toScanner.height : 0)
        // A notice takes room from the screen: the words stay, the arrows wait.
        readonly property bool arrowsFit: height >= topRoom + bottomRoom + words.height
        Column {
            id: words
            // Centred in the room between the arrows; never above it.
            y: (parent.arrowsFit ? parent.topRoom : 0)
               + Math.max(0, (parent.height - (parent.arrowsFit ? parent.topRoom + parent.bottomRoom : 0) - height) / 2)
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 2
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.huge
                font.bold: true
                text: identify.prompt
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
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
