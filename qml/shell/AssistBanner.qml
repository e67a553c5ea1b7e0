import QtQuick
import Linli
import Linli.Core

// 代办中: across the top while a staff member or volunteer assists, so the
// resident and anyone passing sees who is acting with them.
Rectangle {
    id: banner
    objectName: "assistBanner"
    color: Theme.action
    implicitHeight: Math.max(label.implicitHeight, endButton.implicitHeight) + Theme.spacing

    KText {
        id: label
        objectName: "assistText"
        anchors { left: parent.left; leftMargin: Theme.margin; right: endButton.left; rightMargin: Theme.spacing
                  verticalCenter: parent.verticalCenter }
        color: Theme.onDark
        font.bold: true
        text: qsTr("代办中 · 代办人：%1").arg(Kiosk.person.assistantName)
    }
    BigButton {
        id: endButton
        objectName: "endAssisting"
        anchors { right: parent.right; rightMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        text: qsTr("结束代办")
        fill: "#FFFFFF"
        textColor: Theme.text
        onClicked: Kiosk.endAssisting()
    }
}
