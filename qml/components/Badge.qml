import QtQuick
import Linli

// A round picture for a kind of thing (a dish's, a Shared House thing's):
// one character (a short word in English, shrunk to fit) on its colour.
Rectangle {
    property alias text: label.text
    width: Theme.touch * 0.8
    height: width
    radius: width / 2
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
    }
}
