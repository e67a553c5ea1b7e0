import QtQuick
import Linli
import Linli.Core

// Driver Home: scan to check in (a slip prints), scan again to check out.
Item {
    objectName: "driverScreen"
    readonly property int step: Kiosk.driverHome.checkIn.visit
    readonly property string prompt: [headline.text, detail.text, slipText.visible ? slipText.text : ""].filter(Boolean).join(qsTr("。"))

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: qsTr("司机之家")
        onBack: Kiosk.goHome()
    }
    Item {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        Column {
            // Centred in the room under the header; never above it.
            y: Math.max(0, (parent.height - height) / 2)
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 1.5

            KText {
                id: headline
                objectName: "driverHeadline"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.huge
                font.bold: true
                text: Kiosk.driverHome.checkIn.visit === CheckInFlow.CheckedIn ? qsTr("欢迎您，%1").arg(Kiosk.person.name)
                    : Kiosk.driverHome.checkIn.visit === CheckInFlow.CheckedOut ? qsTr("再见，%1，一路平安").arg(Kiosk.person.name)
                    : qsTr("司机师傅请扫码签到")
            }
            KText {
                id: detail
                objectName: "driverDetail"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.title
                text: Kiosk.driverHome.checkIn.visit === CheckInFlow.CheckedIn
                      ? qsTr("%1 已签到 · 今天在站司机 %n 人", "", Kiosk.driverHome.checkIn.driversPresent).arg(Kiosk.driverHome.checkIn.visitTime)
                    : Kiosk.driverHome.checkIn.visit === CheckInFlow.CheckedOut
                      ? qsTr("已签退，本次停留 %1").arg(Messages.stay(Kiosk.driverHome.checkIn.stayMinutes))
                    : qsTr("出示司机身份码对准扫码口；离站时再扫一次即签退")
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: Kiosk.driverHome.checkIn.visit === CheckInFlow.NoVisit
                color: Theme.textMuted
                text: qsTr("休息区 · 手机和车辆充电 · 工会爱心驿站")
            }
            // A message, not a button: text with a bar beside it, no box to press.
            Row {
                objectName: "slipState"
                readonly property int slipState: Kiosk.driverHome.checkIn.slip.state
                readonly property bool late: slipState === Slip.NotPrinted || slipState === Slip.AfterReconnect
                visible: slipState !== Slip.None
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.spacing
                Rectangle {
                    width: Theme.spacing / 2
                    height: slipText.height
                    color: parent.late ? Theme.warning : Theme.good
                }
                KText {
                    id: slipText
                    objectName: "slipText"
                    width: Math.min(implicitWidth, parent.parent.width - 2 * Theme.spacing)
                    color: parent.late ? Theme.warning : Theme.good
                    font.pixelSize: Theme.title
                    font.bold: true
                    text: parent.slipState === Slip.Printing ? qsTr("正在打印签到凭条…")
                        : parent.slipState === Slip.Printed ? qsTr("请取走签到凭条")
                        : parent.slipState === Slip.AfterReconnect
                          ? qsTr("数据连接中断：签到已在本机记录，连接恢复后补打凭条")
                        : Messages.printerCanPrint(Kiosk.devices.printer) ? qsTr("凭条暂时无法打印，签到已记录，凭条稍后补打")
                        : qsTr("凭条暂时无法打印（%1），签到已记录，凭条稍后补打").arg(Messages.deviceState(Kiosk.devices.printer))
                }
            }
        }
    }
}
