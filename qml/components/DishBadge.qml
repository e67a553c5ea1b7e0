import QtQuick
import Linli

// A dish's picture: its kind on its own colour, so the grid reads at a
// glance (荤 red, 素 green, 汤 blue, 饭 brown, 饮 grey).
Badge {
    property int category: 0
    color: ["#8E1B12", "#1B5E20", "#0B4A80", "#7A4300", "#4A4A4A"][category] || "#4A4A4A"
    text: Messages.dishBadge(category)
}
