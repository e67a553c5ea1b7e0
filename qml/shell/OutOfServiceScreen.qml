import QtQuick
import Linli
import Linli.Core

// Shown when the kiosk cannot open its data: says so, and why, for staff.
Item {
    objectName: "outOfServiceScreen"
    readonly property string prompt: qsTr("暂停服务，请联系工作人员")
    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing * 2
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.huge
            font.bold: true
            color: Theme.danger
            text: qsTr("暂停服务，请联系工作人员")
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textMuted
            font.pixelSize: Theme.small
            text: Kiosk.outOfServiceReason
        }
    }
}
