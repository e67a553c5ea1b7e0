import QtQuick
import Linli

// A line of a staff desk's list with its actions on the right.
Rectangle {
    id: line
    property alias text: lineText.text
    default property alias actions: actionRow.data
    width: ListView.view ? ListView.view.width : parent.width
    height: Math.max(Theme.touch, lineText.implicitHeight, actionRow.height) + Theme.spacing / 2
    radius: Theme.radius
    color: Theme.panel
    KText {
        id: lineText
        anchors { left: parent.left; right: actionRow.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
        wrapMode: Text.WordWrap
    }
    Row {
        id: actionRow
        anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 4 }
        spacing: Theme.spacing / 2
    }
}
