import QtQuick
import Linli
import Linli.Core

// The last twenty seconds before the kiosk forgets this person. It covers
// the whole screen, so nothing under it can be pressed by mistake: a touch
// anywhere (Kiosk swallows it) restarts the countdown and keeps the person
// where they were; 继续使用 says so in words.
Rectangle {
    objectName: "idleOverlay"
    color: "#F0000000"

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: Theme.spacing * 1.5
        KText {
            objectName: "idleText"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            color: Theme.onDark
            font.pixelSize: Theme.title
            font.bold: true
            text: qsTr("%n 秒后返回首页", "", Kiosk.idleSecondsLeft)
        }
        BigButton {
            objectName: "idleContinue"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.touch * 6)
            height: Theme.touch * 1.4
            fontSize: Theme.huge
            fill: Theme.good
            text: qsTr("继续使用")
            // The press never reaches here (see above); the touch itself is the answer.
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            color: Theme.onDark
            text: qsTr("触摸屏幕任何地方都可以继续")
        }
    }
}
