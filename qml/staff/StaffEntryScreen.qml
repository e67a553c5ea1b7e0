import QtQuick
import Linli
import Linli.Core

// Staff entry: a staff card, or the PIN on the keypad.
Item {
    objectName: "staffEntryScreen"

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: qsTr("工作人员入口")
        onBack: Kiosk.goHome()
    }
    Row {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom; margins: Theme.margin }
        spacing: Theme.margin

        Column {
            width: (parent.width - parent.spacing) / 2
            spacing: Theme.spacing * 1.5
            KText {
                width: parent.width
                font.pixelSize: Theme.title
                font.bold: true
                text: qsTr("请刷员工卡，或输入密码")
            }
            KText {
                objectName: "pinMessage"
                width: parent.width
                font.pixelSize: Theme.title
                color: Kiosk.staff.pinState === StaffSession.PinWrong || Kiosk.staff.pinState === StaffSession.PinLocked ? Theme.danger : Theme.text
                text: Kiosk.staff.pinState === StaffSession.PinChecking ? qsTr("正在核对…")
                    : Kiosk.staff.pinState === StaffSession.PinWrong ? qsTr("密码不对，还可以再试 %n 次", "", Kiosk.staff.pinAttemptsLeft)
                    : Kiosk.staff.pinState === StaffSession.PinLocked ? qsTr("密码错误次数过多，请 %1 以后再试，或刷员工卡").arg(Kiosk.staff.pinLockedUntil)
                    : ""
            }
        }
        Keypad {
            objectName: "pinKeypad"
            width: (parent.width - parent.spacing) / 2
            height: parent.height
            maxLength: 8
            onSubmitted: (value) => Kiosk.staff.submitPin(value)
        }
    }
}
