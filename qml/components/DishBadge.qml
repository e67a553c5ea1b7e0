import QtQuick
import Linli

// A dish's picture: its kind on its own colour, so the grid reads at a
// glance (荤 red, 素 green, 汤 blue, 饭 brown, 饮 grey), in the screen's
// language (a word in English, shrunk to fit).
Rectangle {
    property int category: 0
    readonly property alias text: label.text
    width: Theme.touch * 0.8
    height: width
    radius: width / 2
    color: ["#8E1B12", "#1B5E20", "#0B4A80", "#7A4300", "#4A4A4A"][category] || "#4A4A4A"
    border.width: 3
    border.color: "#FFFFFF"

    Text {
        id: label
        anchors.centerIn: parent
        width: parent.width * 0.8
        horizontalAlignment: Text.AlignHCenter
        font.family: Theme.fontFamily
        font.pixelSize: parent.width * 0.55
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 12
        font.bold: true
        color: "#FFFFFF"
        text: Messages.dishBadge(parent.category)
    }
}
