import QtQuick
import Linli
import Linli.Core

// A message about the last scan or tap; goes by itself or with a tap.
Rectangle {
    id: banner
    objectName: "noticeBanner"
    color: Messages.noticeIsError(Kiosk.notice.kind) ? Theme.danger : Theme.good
    radius: Theme.radius
    implicitHeight: message.implicitHeight + 2 * Theme.spacing

    KText {
        id: message
        objectName: "noticeText"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
        color: Theme.onDark
        font.pixelSize: Theme.title
        font.bold: true
        text: Messages.notice(Kiosk.notice.kind, Kiosk.notice.problem)
    }
    MouseArea {
        anchors.fill: parent
        onClicked: Kiosk.notice.dismiss()
    }
}
