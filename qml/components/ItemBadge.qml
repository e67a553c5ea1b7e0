import QtQuick
import Linli

// A Shared House thing's picture: its kind on its own colour (工具 brown,
// 生活用品 green, 康复辅具 blue, 图书 red, 应急 grey).
Badge {
    property string category
    color: ({ tools: "#7A4300", household: "#1B5E20", mobility: "#0B4A80", books: "#8E1B12" })[category] || "#4A4A4A"
    text: Messages.itemBadge(category)
}
