import QtQuick
import Linli

// Kiosk text: the CJK font, high contrast, wraps instead of running off.
Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.body
    wrapMode: Text.Wrap
    lineHeight: 1.15
}
