pragma Singleton
import QtQuick
import Linli.Core

// One place for sizes and colours. Every text colour below is at least 7:1
// against the background it is used on; sizes grow in large-text mode.
QtObject {
    readonly property bool large: Kiosk.largeText

    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property int body: large ? 44 : 32
    readonly property int small: large ? 40 : 28
    readonly property int title: large ? 64 : 48
    readonly property int huge: large ? 88 : 72
    readonly property int touch: large ? 128 : 96
    readonly property int spacing: large ? 28 : 24
    readonly property int margin: large ? 40 : 48
    readonly property int radius: 16

    readonly property color background: "#FFFDF7"
    readonly property color text: "#1A1A1A"       // 17:1 on background
    readonly property color textMuted: "#3D3D3D"  // 11:1
    readonly property color onDark: "#FFFFFF"
    readonly property color canteen: "#8E1B12"    // white text 9.0:1
    readonly property color sharedHouse: "#1B5E20" // 7.9:1
    readonly property color driverHome: "#0B4A80" // 9.0:1
    readonly property color action: "#0B4A80"
    readonly property color neutral: "#4A4A4A"     // 8.9:1
    readonly property color good: "#1B5E20"
    readonly property color warning: "#7A4300"     // white text 7.6:1
    readonly property color danger: "#9B1C1C"      // 8.3:1
    readonly property color panel: "#F1EDE3"       // dark text 15:1
    // A button that cannot be pressed: pale, outlined, its text still 4.5:1.
    readonly property color disabledFill: "#ECEAE4"
    readonly property color disabledText: "#5E5E5E" // 5.5:1 on disabledFill
    readonly property color statusBar: "#1A1A1A"
}
