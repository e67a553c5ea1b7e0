import QtQuick
import Linli

// One choice of several on a staff desk: filled in the service's colour when chosen.
BigButton {
    property bool chosen: false
    property color accent: Theme.action
    fill: chosen ? accent : "#FFFFFF"
    textColor: chosen ? Theme.onDark : Theme.text
}
