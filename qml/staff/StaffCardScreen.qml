import QtQuick
import Linli
import Linli.Core

// A staff card tapped where residents are served: 代办 for a resident who
// asked for help (their card or code next), or staff mode.
Item {
    objectName: "staffCardScreen"

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: qsTr("工作人员")
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
                font.pixelSize: Theme.huge
                font.bold: true
                text: qsTr("您好，%1").arg(Kiosk.person.name)
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textMuted
                text: qsTr("为居民代办：点“代办”，再刷居民的卡或扫居民的码。订单会记下您是代办人。")
            }
            Flow {
                // Side by side when they fit, one above the other in large English.
                width: Math.min(parent.width, assist.width + staffMode.width + spacing)
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.spacing
                BigButton {
                    id: assist
                    objectName: "beginAssisting"
                    fill: Theme.action
                    text: qsTr("代办")
                    onClicked: Kiosk.beginAssisting()
                }
                BigButton {
                    id: staffMode
                    objectName: "enterStaffMode"
                    fill: Theme.neutral
                    text: qsTr("进入管理模式")
                    onClicked: Kiosk.enterStaffMode()
                }
            }
        }
    }
}
