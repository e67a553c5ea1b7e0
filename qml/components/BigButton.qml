import QtQuick
import Linli

// A large, plain touch target: at least Theme.touch high, text that wraps.
// It looks like a button only while it can be pressed: pressed, it sinks
// and darkens; disabled, it is pale and outlined with muted text, unlike any
// active button (grey included).
Rectangle {
    id: button
    property alias text: label.text
    property color fill: Theme.action
    property color textColor: Theme.onDark
    property int fontSize: Theme.body
    readonly property bool pressed: tap.pressed
    signal clicked()

    implicitWidth: Math.max(Theme.touch * 2, label.implicitWidth + 2 * Theme.spacing)
    implicitHeight: Math.max(Theme.touch, label.implicitHeight + Theme.spacing)
    radius: Theme.radius
    color: !enabled ? Theme.disabledFill : tap.pressed ? Qt.darker(fill, 1.35) : fill
    // White buttons and disabled ones get an outline to stand apart from the page.
    border.width: !enabled || Qt.colorEqual(fill, "#FFFFFF") ? 3 : 0
    border.color: enabled ? Theme.neutral : Theme.disabledText
    scale: tap.pressed ? 0.96 : 1

    KText {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, parent.width - Theme.spacing)
        horizontalAlignment: Text.AlignHCenter
        color: button.enabled ? button.textColor : Theme.disabledText
        font.pixelSize: button.fontSize
        font.bold: true
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
