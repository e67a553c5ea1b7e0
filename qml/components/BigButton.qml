import QtQuick
import Linli

// A large, plain touch target: at least Theme.touch high, text that wraps.
Rectangle {
    id: button
    property alias text: label.text
    property color fill: Theme.action
    property color textColor: Theme.onDark
    property int fontSize: Theme.body
    signal clicked()

    implicitWidth: Math.max(Theme.touch * 2, label.implicitWidth + 2 * Theme.spacing)
    implicitHeight: Math.max(Theme.touch, label.implicitHeight + Theme.spacing)
    radius: Theme.radius
    color: enabled ? fill : Theme.neutral
    opacity: tap.pressed ? 0.8 : 1

    KText {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, parent.width - Theme.spacing)
        horizontalAlignment: Text.AlignHCenter
        color: button.textColor
        font.pixelSize: button.fontSize
        font.bold: true
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
