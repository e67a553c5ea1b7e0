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
                objectName: "pinPrompt"
                width: parent.width
                font.pixelSize: Theme.title
                font.bold: true
                wrapMode: Text.WordWrap
                text: {
                    switch (Kiosk.staff.pinState) {
                    case StaffSession.PinChoose:
                    case StaffSession.PinMismatch:
                    case StaffSession.PinWeak:
                        return qsTr("%1，第一次使用，请设置 6 位数字密码").arg(Kiosk.staff.choosingName)
                    case StaffSession.PinConfirm:
                        return qsTr("请再输入一次同样的密码")
                    }
                    return qsTr("请刷员工卡，或输入密码")
                }
            }
            KText {
                objectName: "pinMessage"
                width: parent.width
                font.pixelSize: Theme.title
                wrapMode: Text.WordWrap
                readonly property var state: Kiosk.staff.pinState
                color: state === StaffSession.PinWrong || state === StaffSession.PinLocked
                       || state === StaffSession.PinMismatch || state === StaffSession.PinWeak ? Theme.danger : Theme.text
                text: state === StaffSession.PinChecking ? qsTr("正在核对…")
                    : state === StaffSession.PinWrong ? qsTr("密码不对，还可以再试 %n 次", "", Kiosk.staff.pinAttemptsLeft)
                    : state === StaffSession.PinLocked ? qsTr("密码错误次数过多，请 %1 以后再试，或刷员工卡").arg(Kiosk.staff.pinLockedUntil)
                    : state === StaffSession.PinMismatch ? qsTr("两次输入的不一样，请重新设置")
                    : state === StaffSession.PinWeak ? qsTr("这个密码不能用（太简单或已有人用），请换一个")
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
