import QtQuick
import Linli
import Linli.Core

// 理发 in staff mode: a session day's bookings (the next day first), earlier
// no-shows beside the name, done or no-show once the day has come, the list
// on paper for the barber, and a day without bookings made a day off.
Item {
    id: tab
    objectName: "barberDeskTab"
    readonly property var desk: Kiosk.sharedHouse.barberDesk

    function problemText(problem) {
        switch (problem) {
        case Barber.HasBookings: return qsTr("这一天有人预约了，请先通知他们改约，再设为休息日。")
        case Barber.NotOpenYet: return qsTr("这一天还没到，不能标记。")
        case Barber.NotBooked: return qsTr("这个预约已经取消了。")
        }
        return ""
    }

    Row {
        id: dayRow
        anchors { left: parent.left; right: parent.right; top: parent.top }
        spacing: Theme.spacing / 2
        BigButton {
            id: previous
            objectName: "barberPreviousDay"
            fill: Theme.neutral
            text: qsTr("‹ 前一次")
            onClicked: desk.previousDay()
        }
        KText {
            objectName: "barberDeskDay"
            anchors.verticalCenter: parent.verticalCenter
            width: dayRow.width - previous.width - next.width - printList.width - dayOff.width - 4 * dayRow.spacing
            font.bold: true
            wrapMode: Text.WordWrap
            text: desk.dayOff ? qsTr("%1 理发师休息").arg(desk.day)
                              : qsTr("%1 %2 · 理发师 %3 · 约了 %4 / %5").arg(desk.day).arg(desk.hours).arg(desk.barber)
                                    .arg(desk.bookings.count).arg(desk.slotCount)
        }
        BigButton {
            id: next
            objectName: "barberNextDay"
            fill: Theme.neutral
            text: qsTr("后一次 ›")
            onClicked: desk.nextDay()
        }
        BigButton {
            id: printList
            objectName: "barberPrintList"
            text: desk.listQueued ? qsTr("✓ 已打印名单") : qsTr("打印名单")
            onClicked: desk.printList()
        }
        BigButton {
            id: dayOff
            objectName: "barberDayOff"
            fill: desk.dayOff ? Theme.sharedHouse : Theme.warning
            text: desk.dayOff ? qsTr("恢复理发") : qsTr("设为休息日")
            onClicked: desk.setDayOff(!desk.dayOff)
        }
    }

    KText {
        id: problem
        objectName: "barberDeskProblem"
        anchors { left: parent.left; right: parent.right; top: dayRow.bottom; topMargin: Theme.spacing / 2 }
        visible: text !== ""
        color: Theme.danger
        font.bold: true
        text: tab.problemText(desk.problem)
    }

    KText {
        visible: desk.bookings.count === 0
        anchors { top: problem.visible ? problem.bottom : dayRow.bottom; topMargin: Theme.spacing }
        text: qsTr("这一天还没有人预约")
    }

    ListView {
        id: list
        objectName: "barberBookings"
        anchors { left: parent.left; right: parent.right; top: problem.visible ? problem.bottom : dayRow.bottom
                  bottom: parent.bottom; topMargin: Theme.spacing; rightMargin: listHint.room }
        clip: true
        spacing: Theme.spacing / 2
        model: desk.bookings
        delegate: Rectangle {
            id: bookingRow
            required property int index
            required property string time
            required property string name
            required property string phone
            required property string mark
            required property int noShows
            width: ListView.view.width
            height: Math.max(Theme.touch, rowText.implicitHeight) + Theme.spacing / 2
            radius: Theme.radius
            color: noShows > 0 ? "#FFF3E0" : Theme.panel
            KText {
                id: rowText
                anchors { left: parent.left; right: marks.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                wrapMode: Text.WordWrap
                text: [time, name, phone,
                       bookingRow.noShows > 0 ? qsTr("之前爽约 %n 次", "", bookingRow.noShows) : "",
                       bookingRow.mark === "done" ? qsTr("已理发") : bookingRow.mark === "no_show" ? qsTr("未到") : ""]
                      .filter(Boolean).join("　")
            }
            Row {
                id: marks
                anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 4 }
                spacing: Theme.spacing / 2
                BigButton {
                    objectName: "barberDone_" + bookingRow.index
                    visible: desk.canMark && bookingRow.mark !== "done"
                    fill: Theme.good
                    text: qsTr("已理发")
                    onClicked: desk.markDone(bookingRow.index)
                }
                BigButton {
                    objectName: "barberNoShow_" + bookingRow.index
                    visible: desk.canMark && bookingRow.mark !== "no_show"
                    fill: Theme.danger
                    text: qsTr("未到")
                    onClicked: desk.markNoShow(bookingRow.index)
                }
            }
        }
    }
    ScrollHint { id: listHint; view: list }
}
