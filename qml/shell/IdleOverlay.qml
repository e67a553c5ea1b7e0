import QtQuick
import Linli
import Linli.Core

// The last ten seconds before the kiosk forgets this person.
Rectangle {
    objectName: "idleOverlay"
    color: "#E6000000"

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: Theme.spacing
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            color: Theme.onDark
            font.pixelSize: Theme.huge * 2
            font.bold: true
            text: Kiosk.idleSecondsLeft
        }
        KText {
            objectName: "idleText"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            color: Theme.onDark
            font.pixelSize: Theme.title
            text: qsTr("%n 秒后返回首页，触摸屏幕继续使用", "", Kiosk.idleSecondsLeft)
        }
    }
    // The touch itself restarts the countdown and goes no further (Kiosk
    // watches every touch and swallows the one that lands on the countdown).
}
