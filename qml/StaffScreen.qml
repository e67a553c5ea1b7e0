import QtQuick
import Linli.Core

// Staff mode: the print queue, and a person's QR code slip on request.
Item {
    objectName: "staffScreen"

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: qsTr("管理模式 · %1").arg(Kiosk.staffName)
        backText: qsTr("退出管理")
        onBack: Kiosk.leaveStaffMode()
    }
    Row {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom; margins: Theme.margin }
        spacing: Theme.margin

        Column {
            id: side
            width: parent.width * 0.32
            spacing: Theme.spacing
            KText {
                width: parent.width
                font.pixelSize: Theme.title
                font.bold: true
                text: qsTr("打印队列")
            }
            KText {
                objectName: "waitingJobs"
                width: parent.width
                text: Kiosk.waitingPrintJobs === 0 ? qsTr("没有等待打印的凭条")
                                                   : qsTr("%n 张凭条等待打印", "", Kiosk.waitingPrintJobs)
            }
            KText {
                width: parent.width
                text: qsTr("打印机：%1").arg(Messages.deviceState(Kiosk.printerStatus))
            }
            BigButton {
                objectName: "reprintButton"
                width: parent.width
                text: qsTr("补打等待的凭条")
                enabled: Kiosk.waitingPrintJobs > 0
                onClicked: Kiosk.reprintWaiting()
            }
        }
        Column {
            width: parent.width - side.width - parent.spacing
            height: parent.height
            spacing: Theme.spacing
            KText {
                id: listTitle
                width: parent.width
                font.pixelSize: Theme.title
                font.bold: true
                text: qsTr("打印身份码（居民、司机）")
            }
            ListView {
                objectName: "peopleList"
                width: parent.width
                height: parent.height - listTitle.height - parent.spacing
                clip: true
                spacing: Theme.spacing / 2
                model: Kiosk.people
                delegate: Rectangle {
                    required property int index
                    required property string name
                    required property string detail
                    required property bool isDriver
                    width: ListView.view.width
                    height: Math.max(Theme.touch, personText.implicitHeight) + Theme.spacing
                    radius: Theme.radius
                    color: Theme.panel
                    KText {
                        id: personText
                        anchors { left: parent.left; right: printButton.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                        text: (isDriver ? qsTr("司机") : qsTr("居民")) + "  " + name + "  " + detail
                    }
                    BigButton {
                        id: printButton
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 2 }
                        text: qsTr("打印身份码")
                        onClicked: Kiosk.printPersonCode(index)
                    }
                }
            }
        }
    }
}
