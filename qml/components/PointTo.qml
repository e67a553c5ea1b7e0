import QtQuick
import Linli

// A large arrow at the screen's edge, towards a device on the kiosk's face
// (`place`: left, right, top, bottom or a corner such as bottom-right),
// nudging that way so the eye follows it, with what to do there.
Item {
    id: pointer
    property string place: "bottom"
    property alias label: caption.text
    readonly property bool toLeft: place.indexOf("left") >= 0
    readonly property bool toRight: place.indexOf("right") >= 0
    readonly property bool toTop: place.indexOf("top") >= 0
    readonly property bool toBottom: place.indexOf("bottom") >= 0
    readonly property real dx: toLeft ? -1 : toRight ? 1 : 0
    readonly property real dy: toTop ? -1 : toBottom ? 1 : 0
    property real nudge: 0

    width: Math.max(glyph.width, caption.implicitWidth)
    height: glyph.height + caption.implicitHeight
    x: toLeft ? 0 : toRight ? parent.width - width : (parent.width - width) / 2
    y: toTop ? 0 : toBottom ? parent.height - height : (parent.height - height) / 2

    KText {
        id: caption
        anchors.horizontalCenter: parent.horizontalCenter
        y: pointer.toTop ? glyph.height : 0
        font.pixelSize: Theme.title
        font.bold: true
        color: Theme.action
    }
    KText {
        id: glyph
        anchors.horizontalCenter: parent.horizontalCenter
        y: (pointer.toTop ? 0 : caption.implicitHeight) + pointer.dy * pointer.nudge
        transform: Translate { x: pointer.dx * pointer.nudge }
        font.pixelSize: Theme.huge * 1.6
        font.bold: true
        color: Theme.action
        text: pointer.dy > 0 ? (pointer.dx > 0 ? "↘" : pointer.dx < 0 ? "↙" : "↓")
            : pointer.dy < 0 ? (pointer.dx > 0 ? "↗" : pointer.dx < 0 ? "↖" : "↑")
            : pointer.dx > 0 ? "→" : "←"
    }
    SequentialAnimation on nudge {
        loops: Animation.Infinite
        NumberAnimation { from: 0; to: Theme.spacing; duration: 600; easing.type: Easing.InOutQuad }
        NumberAnimation { from: Theme.spacing; to: 0; duration: 600; easing.type: Easing.InOutQuad }
    }
}
