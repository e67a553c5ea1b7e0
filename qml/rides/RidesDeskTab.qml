import QtQuick
import Linli
import Linli.Core

// 叫车 in staff mode: the requests nobody took in time first, each resolved
// with what staff did (a button, recorded with who and when), then every
// request of yesterday and today, or still under way, with its state.
Item {
    id: tab
    objectName: "ridesDeskTab"
    readonly property var desk: Kiosk.rides.desk

    function stateText(r) {
        switch (r.state) {
        case "open": return qsTr("等待接单")
        case "given_back": return qsTr("司机退回，等待接单")
        case "taken": return qsTr("司机 %1 已接单").arg(r.driverFull)
        case "done": return qsTr("已送达（%1）").arg(r.driverFull)
        case "cancelled": return qsTr("居民已取消")
        }
        return r.state
    }
    function noteText(note) {
        switch (note) {
        case "called_driver": return qsTr("已电话联系司机")
        case "other_car": return qsTr("已安排其他车辆")
        case "resident_cancelled": return qsTr("居民已取消")
        }
        return note
    }
    // 3号 赵玉兰 13807100007 · 8街坊5栋1单元102 → 六七二医院 · 现在（尽快）
    function rideText(r) {
        return qsTr("%1号 %2 %3 · %4 → %5 · %6").arg(r.number).arg(r.fullName).arg(r.phone).arg(r.address)
            .arg(r.destination).arg(r.window)
    }

    KText {
        id: problem
        objectName: "ridesDeskProblem"
        visible: text !== ""
        anchors { left: parent.left; right: parent.right; top: parent.top }
        color: Theme.danger
        font.bold: true
        text: desk.problem === Rides.AlertResolved ? qsTr("这条提醒已经有人处理了。") : ""
    }

    Flickable {
        id: view
        anchors { left: parent.left; right: parent.right; top: problem.visible ? problem.bottom : parent.top
                  bottom: parent.bottom; rightMargin: hint.room }
        contentHeight: column.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        Column {
            id: column
            width: view.width
            spacing: Theme.spacing / 2

            KText {
                objectName: "ridesAlertsTitle"
                font.bold: true
                text: desk.alerts.length > 0 ? qsTr("没人接的叫车（%1）").arg(desk.alerts.length) : qsTr("没有超时没人接的叫车")
            }
            Repeater {
                model: desk.alerts
                Rectangle {
                    objectName: "rideAlert_" + modelData.number
                    width: column.width
                    height: alertText.implicitHeight + noteButtons.height + 1.5 * Theme.spacing
                    radius: Theme.radius
                    color: "#FBE3E3"
                    KText {
                        id: alertText
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing / 2 }
                        font.bold: true
                        text: tab.rideText(modelData) + "\n"
                              + qsTr("%1 叫的，等了 %n 分钟 · 现在：%2", "", modelData.waited).arg(modelData.askedAt).arg(tab.stateText(modelData))
                    }
                    Row {
                        id: noteButtons
                        anchors { left: parent.left; top: alertText.bottom; margins: Theme.spacing / 2 }
                        spacing: Theme.spacing / 2
                        BigButton {
                            objectName: "rideAlertCalledDriver_" + modelData.number
                            text: tab.noteText("called_driver")
                            onClicked: desk.resolve(modelData.id, Rides.CalledDriver)
                        }
                        BigButton {
                            objectName: "rideAlertOtherCar_" + modelData.number
                            text: tab.noteText("other_car")
                            onClicked: desk.resolve(modelData.id, Rides.OtherCar)
                        }
                        BigButton {
                            objectName: "rideAlertCancelled_" + modelData.number
                            fill: Theme.neutral
                            text: tab.noteText("resident_cancelled")
                            onClicked: desk.resolve(modelData.id, Rides.ResidentCancelled)
                        }
                    }
                }
            }

            KText {
                objectName: "ridesAllTitle"
                topPadding: Theme.spacing
                font.bold: true
                text: qsTr("昨天和今天的叫车（%1）").arg(desk.requests.length)
            }
            Repeater {
                model: desk.requests
                Rectangle {
                    objectName: "rideRequest_" + modelData.number
                    width: column.width
                    height: requestText.implicitHeight + Theme.spacing
                    radius: Theme.radius
                    color: Theme.panel
                    KText {
                        id: requestText
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 2 }
                        text: {
                            var lines = [tab.rideText(modelData), qsTr("%1 叫的 · %2").arg(modelData.askedAt).arg(tab.stateText(modelData))]
                            if (modelData.alertResolved)
                                lines.push(qsTr("超时提醒：%1（%2 %3）").arg(tab.noteText(modelData.note)).arg(modelData.resolvedBy).arg(modelData.resolvedAt))
                            else if (modelData.alertRaised)
                                lines.push(qsTr("超时没人接，待处理"))
                            return lines.join("\n")
                        }
                    }
                }
            }
        }
    }
    ScrollHint { id: hint; view: view }
}
