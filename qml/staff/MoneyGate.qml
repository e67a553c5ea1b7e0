import QtQuick
import Linli
import Linli.Core

// Before money moves (a top-up, a refund, a correction): the staff member on
// duty shows their card and their PIN, whichever they have not shown yet in
// this session, and what they asked for then happens. A card's UID alone can
// be copied; the PIN is what a copy does not have.
Rectangle {
    id: gate
    objectName: "moneyGate"
    property var pending: null // what happens once both are shown
    // What the staff member asked for, as the gate names it ("为王*华充值 50 元").
    property string what: ""

    function run(action, description) {
        if (Kiosk.staff.moneyUnlocked) {
            action()
            return
        }
        pending = action
        what = description
        visible = true
    }
    function dismiss() {
        pending = null
        visible = false
    }

    visible: false
    readonly property bool modal: true // (for the layout check: what it covers, it covers on purpose)
    color: "#D91A1A1A"
    // Nothing behind the gate takes a tap while it is up.
    MouseArea { objectName: "tapShield"; anchors.fill: parent }

    Connections {
        target: Kiosk.staff
        function onChanged() {
            if (!gate.visible || !Kiosk.staff.moneyUnlocked)
                return
            const action = gate.pending
            gate.dismiss()
            if (action)
                action()
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1400)
        height: parent.height - 2 * Theme.margin
        radius: Theme.radius
        color: Theme.background

        Row {
            anchors { fill: parent; margins: Theme.margin }
            spacing: Theme.margin
            Column {
                id: steps
                // The whole width once the PIN is in: only the card is left to show.
                width: keypad.visible ? (parent.width - parent.spacing) / 2 : parent.width
                spacing: Theme.spacing
                KText {
                    width: parent.width
                    font.bold: true
                    wrapMode: Text.WordWrap
                    text: qsTr("动用钱款，请确认身份")
                }
                KText {
                    objectName: "moneyGateWhat"
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: gate.what
                }
                KText {
                    objectName: "moneyGateCard"
                    width: parent.width
                    wrapMode: Text.WordWrap
                    font.bold: !Kiosk.staff.cardShown
                    color: Kiosk.staff.cardShown ? Theme.good : Theme.text
                    text: Kiosk.staff.cardShown ? qsTr("✓ 工作卡已刷") : qsTr("1. 请在读卡器上刷您的工作卡")
                }
                KText {
                    objectName: "moneyGatePin"
                    width: parent.width
                    wrapMode: Text.WordWrap
                    font.bold: !Kiosk.staff.pinShown
                    color: Kiosk.staff.pinShown ? Theme.good : Theme.text
                    text: Kiosk.staff.pinShown ? qsTr("✓ 密码已确认") : qsTr("2. 请在右边输入您的密码")
                }
                KText {
                    objectName: "moneyGateMessage"
                    width: parent.width
                    wrapMode: Text.WordWrap
                    color: Theme.danger
                    readonly property var state: Kiosk.staff.pinState
                    text: state === StaffSession.PinChecking ? qsTr("正在核对…")
                        : state === StaffSession.PinWrong ? qsTr("密码不对，还可以再试 %n 次", "", Kiosk.staff.pinAttemptsLeft)
                        : state === StaffSession.PinLocked ? qsTr("密码错误次数过多，请 %1 以后再试").arg(Kiosk.staff.pinLockedUntil)
                        : ""
                }
                BigButton {
                    objectName: "moneyGateCancel"
                    fill: Theme.neutral
                    text: qsTr("不做了")
                    onClicked: gate.dismiss()
                }
            }
            Keypad {
                id: keypad
                objectName: "moneyGateKeypad"
                width: (parent.width - parent.spacing) / 2
                height: parent.height
                visible: !Kiosk.staff.pinShown
                maxLength: 8
                onSubmitted: (value) => Kiosk.staff.confirmPin(value)
            }
        }
    }
}
