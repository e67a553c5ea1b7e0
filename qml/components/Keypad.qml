import QtQuick
import Linli

// A numeric keypad with large keys; digits are shown as dots.
Column {
    id: keypad
    property string value: ""
    property int maxLength: 8
    signal submitted(string value)

    spacing: Theme.spacing / 2
    // Five rows share the height given; never below a comfortable 88 px touch.
    readonly property real keyHeight: height > 0 ? Math.max(88, Math.min(Theme.touch, (height - 4 * spacing) / 5))
                                                 : Theme.touch

    Rectangle {
        width: parent.width
        height: keypad.keyHeight
        radius: Theme.radius
        color: Theme.panel
        KText {
            objectName: "keypadDisplay"
            anchors.centerIn: parent
            font.pixelSize: Theme.title
            text: keypad.value.length > 0 ? "●".repeat(keypad.value.length) : " "
        }
    }
    Grid {
        columns: 3
        spacing: Theme.spacing / 2
        readonly property real keyWidth: (keypad.width - 2 * spacing) / 3
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "✓"]
            BigButton {
                objectName: "key_" + modelData
                width: parent.keyWidth
                height: keypad.keyHeight
                text: modelData === "⌫" ? qsTr("删除") : modelData === "✓" ? qsTr("确定") : modelData
                fontSize: Theme.title
                fill: modelData === "✓" ? Theme.good : modelData === "⌫" ? Theme.neutral : Theme.action
                onClicked: {
                    if (modelData === "⌫")
                        keypad.value = keypad.value.slice(0, -1)
                    else if (modelData === "✓") {
                        keypad.submitted(keypad.value)
                        keypad.value = ""
                    } else if (keypad.value.length < keypad.maxLength)
                        keypad.value += modelData
                }
            }
        }
    }
}
