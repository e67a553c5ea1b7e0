import QtQuick
import Linli

// Beside a list that is longer than its room: where you are (a thick bar)
// and large ▲ ▼ to move a page, for hands that do not swipe. It takes its
// place at the view's right edge; the view leaves room with
// `anchors.rightMargin: hint.room`.
Item {
    id: hint
    objectName: "scrollHint"
    property Flickable view
    readonly property bool needed: view !== null && view.contentHeight > view.height + 1
    readonly property real room: needed ? width + Theme.spacing / 2 : 0
    visible: needed
    width: Theme.touch * 0.8
    // A view squeezed shorter than two buttons (large text and a call for
    // help above it) gets smaller arrows rather than arrows over its neighbours.
    readonly property real buttonHeight: Math.min(Theme.touch, height / 2)
    // Beside the view, in the same parent.
    anchors { right: parent.right; top: view ? view.top : undefined; bottom: view ? view.bottom : undefined }

    function page(direction) {
        var step = view.height * 0.8
        var top = view.originY
        var bottom = view.originY + view.contentHeight - view.height
        view.contentY = Math.max(top, Math.min(bottom, view.contentY + direction * step))
    }

    BigButton {
        id: up
        objectName: "scrollUp"
        anchors { top: parent.top; left: parent.left; right: parent.right }
        height: hint.buttonHeight
        fill: Theme.action
        enabled: !hint.view.atYBeginning
        text: "▲"
        onClicked: hint.page(-1)
    }
    Rectangle {
        id: track
        anchors { top: up.bottom; bottom: down.top; horizontalCenter: parent.horizontalCenter; margins: Theme.spacing / 2 }
        width: Theme.spacing
        radius: width / 2
        color: Theme.panel
        border.color: Theme.neutral
        border.width: 2
        Rectangle {
            width: parent.width
            radius: width / 2
            color: Theme.text
            y: hint.view.visibleArea.yPosition * track.height
            height: Math.max(Theme.spacing, hint.view.visibleArea.heightRatio * track.height)
        }
    }
    BigButton {
        id: down
        objectName: "scrollDown"
        anchors { bottom: parent.bottom; left: parent.left; right: parent.right }
        height: hint.buttonHeight
        fill: Theme.action
        enabled: !hint.view.atYEnd
        text: "▼"
        onClicked: hint.page(1)
    }
}
