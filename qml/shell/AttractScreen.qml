import QtQuick
import Linli
import Linli.Core

// What passers-by see: what the kiosk does, and that a touch starts it.
// One font weight only: the first frame loads a single CJK face.
Item {
    objectName: "attractScreen"

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing * 2

        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.huge * 1.4
            text: qsTr("邻里 · 社区自助服务")
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.title
            color: Theme.textMuted
            text: qsTr("幸福食堂 · 共享小屋 · 司机之家")
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, startText.implicitWidth + 4 * Theme.spacing)
            height: startText.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.action
            KText {
                id: startText
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.parent.width - 4 * Theme.spacing)
                horizontalAlignment: Text.AlignHCenter
                color: Theme.onDark
                font.pixelSize: Theme.huge
                text: qsTr("请触摸屏幕开始")
            }
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.title
            text: qsTr("也可以直接刷卡或扫码")
        }
    }

    MouseArea {
        objectName: "attractTouch"
        anchors.fill: parent
        onClicked: Kiosk.goHome()
    }
}
