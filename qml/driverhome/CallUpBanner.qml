import QtQuick
import Linli
import Linli.Core

// Who is called to which spot (请 12 号到 3 号充电桩), large, for everyone in
// the room: on the Driver Home's every page and on an idle station kiosk.
Rectangle {
    readonly property var callUps: Kiosk.driverHome.places.callUps
    readonly property alias text: callUpText.text // for the screen's spoken prompt
    objectName: "callUps"
    visible: callUps.length > 0
    height: visible ? callUpText.implicitHeight + Theme.spacing : 0
    radius: Theme.radius
    color: Theme.warning
    KText {
        id: callUpText
        objectName: "callUpText"
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
        horizontalAlignment: Text.AlignHCenter
        color: Theme.onDark
        font.pixelSize: Theme.title
        font.bold: true
        text: callUps.map(function(c) {
            return qsTr("请 %1 号到 %2 号充电桩（保留到 %3）").arg(c.number).arg(c.spot).arg(c.until)
        }).join("\n")
    }
}
