import QtQuick
import Linli

// A dish's picture: its kind as a large character on its own colour, so the
// grid reads at a glance (荤 red, 素 green, 汤 blue, 饭 brown, 饮 grey).
Rectangle {
    property int category: 0
    width: Theme.touch * 0.8
    height: width
    radius: width / 2
    color: ["#8E1B12", "#1B5E20", "#0B4A80", "#7A4300", "#4A4A4A"][category] || "#4A4A4A"
    border.width: 3
    border.color: "#FFFFFF"

    Text {
        anchors.centerIn: parent
        font.family: Theme.fontFamily
        font.pixelSize: parent.width * 0.55
        font.bold: true
        color: "#FFFFFF"
        text: ["荤", "素", "汤", "饭", "饮"][parent.category] || "饮"
    }
}
