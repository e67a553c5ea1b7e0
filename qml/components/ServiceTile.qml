import QtQuick
import Linli

// One of the three services on the home screen. A service that is not open
// yet says so plainly and does nothing when touched.
Rectangle {
    id: tile
    property string title
    property string subtitle
    property color fill
    property bool comingSoon: false
    signal clicked()

    radius: Theme.radius * 2
    color: comingSoon ? Theme.neutral : fill
    opacity: tap.pressed ? 0.85 : 1

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            color: Theme.onDark
            font.pixelSize: Theme.title * 1.2
            font.bold: true
            text: tile.title
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            color: Theme.onDark
            text: tile.subtitle
        }
        Rectangle {
            visible: tile.comingSoon
            anchors.horizontalCenter: parent.horizontalCenter
            width: soon.implicitWidth + 2 * Theme.spacing
            height: soon.implicitHeight + Theme.spacing
            radius: height / 2
            color: Theme.background
            KText {
                id: soon
                anchors.centerIn: parent
                font.bold: true
                text: qsTr("即将开通")
            }
        }
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        enabled: !tile.comingSoon
        onClicked: tile.clicked()
    }
}
