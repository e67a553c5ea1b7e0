import QtQuick
import Linli
import Linli.Core

// The station's board of ride requests for the 金牌服务 team: what waits
// (masked names, the pickup building, where to, when, waiting since), and
// a driver's own rides once they have scanned their driver code. Scan, then
// tap 接单 (or tap first, then scan): a slip with the passenger's name,
// address and phone prints. 已送达 and 退回 from the driver's own list.
Item {
    id: screen
    objectName: "rideBoardScreen"
    readonly property var board: Kiosk.rides.board
    readonly property string problemText: problemSentence(board.problem)
    readonly property string prompt: [problemText, instruction.text].filter(Boolean).join(qsTr("。"))

    function problemSentence(problem) {
        switch (problem) {
        case Rides.NotADriver: return qsTr("这是居民的卡或码，接单请扫司机码。")
        case Rides.NotGoldService: return qsTr("您还不是金牌服务队的司机，接单请先找队长加入。")
        case Rides.NotCheckedIn: return qsTr("请先在司机之家签到，再来接单。")
        case Rides.AlreadyTaken: return qsTr("这一单刚刚被别的司机接走了。")
        case Rides.NotYours: return qsTr("这一单不是您接的。")
        case Rides.NotUnderWay: return qsTr("这一单已经取消或完成了。")
        case Rides.StorageError: return Kiosk.devices.databaseOnline ? qsTr("暂时无法接单，请联系工作人员。") : Messages.offline
        }
        return ""
    }

    function selectedNumber() {
        for (var i = 0; i < board.waiting.count; ++i)
            if (board.waiting.get(i).ride.id === board.selectedId)
                return board.waiting.get(i).ride.number
        return 0
    }

    // 3号 · 赵*兰 · 8街坊5栋 → 六七二医院
    function rideText(r) {
        return qsTr("%1号 · %2 · %3 → %4").arg(r.number).arg(r.name).arg(r.building).arg(r.destination)
    }
    function whenText(r) {
        var parts = [r.window, qsTr("%1 叫的，等了 %n 分钟", "", r.waited).arg(r.askedAt)]
        if (r.companion)
            parts.push(qsTr("有人陪同"))
        if (r.state === "given_back")
            parts.push(qsTr("司机退回过"))
        return parts.join(qsTr(" · "))
    }

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: board.leader !== "" ? qsTr("金牌服务 · 接单（队长 %1）").arg(board.leader) : qsTr("金牌服务 · 接单")
        backText: qsTr("返回首页")
        onBack: Kiosk.goHome()
    }

    Column {
        id: topPart
        objectName: "rideBoardTop"
        anchors { left: parent.left; right: parent.right; top: header.bottom; margins: Theme.margin; topMargin: Theme.spacing }
        spacing: Theme.spacing / 2
        Item {
            width: parent.width
            height: Math.max(instruction.implicitHeight, otherDriver.visible ? otherDriver.height : 0)
            KText {
                id: instruction
                objectName: "rideBoardInstruction"
                anchors { left: parent.left; right: otherDriver.visible ? otherDriver.left : parent.right
                          verticalCenter: parent.verticalCenter; rightMargin: Theme.spacing }
                font.pixelSize: Theme.title
                font.bold: true
                text: {
                    if (board.driver !== "" && board.driverMayTake)
                        return qsTr("%1 师傅，点 接单 就是您的了").arg(board.driver)
                    if (board.selectedId !== 0)
                        return qsTr("已选 %1 号，请扫司机码接单").arg(screen.selectedNumber())
                    return qsTr("司机请扫司机码，再点 接单")
                }
            }
            BigButton {
                id: otherDriver
                objectName: "rideBoardOtherDriver"
                visible: board.driver !== ""
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                fill: Theme.neutral
                text: qsTr("换一位司机")
                onClicked: board.forgetDriver()
            }
        }
        KText {
            objectName: "rideBoardProblem"
            visible: text !== ""
            width: parent.width
            color: Theme.danger
            font.pixelSize: Theme.title
            font.bold: true
            text: screen.problemText
        }
        KText {
            id: lastText
            objectName: "rideBoardLast"
            visible: text !== ""
            width: parent.width
            color: Theme.good
            font.bold: true
            text: {
                switch (board.lastAction) {
                case "taken": return qsTr("已接 %1 号：请取走凭条，先给 %2 打电话").arg(board.last.number).arg(board.last.name)
                case "done": return qsTr("%1 号已送达，谢谢您").arg(board.last.number)
                case "given_back": return qsTr("%1 号已退回，等别的司机接").arg(board.last.number)
                }
                return ""
            }
        }
        SlipState {
            objectName: "rideBoardSlip"
            visible: board.lastAction === "taken" && slipState !== Slip.None
            slip: board.slip
        }
    }

    // A ride with its buttons on the right.
    component RideRow: Rectangle {
        id: row
        property var ride
        property bool chosen: false
        default property alias buttons: buttonRow.data
        width: parent ? parent.width : 0
        height: Math.max(buttonRow.height, texts.implicitHeight) + Theme.spacing
        radius: Theme.radius
        color: chosen ? "#FFE9B0" : Theme.panel
        border.width: chosen ? 4 : 0
        border.color: Theme.warning
        Column {
            id: texts
            anchors { left: parent.left; right: buttonRow.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 2 }
            KText { width: parent.width; font.bold: true; text: screen.rideText(row.ride) }
            KText { width: parent.width; color: row.ride.alertRaised ? Theme.danger : Theme.textMuted; text: screen.whenText(row.ride) }
        }
        Row {
            id: buttonRow
            anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 2 }
            spacing: Theme.spacing / 2
        }
    }

    Row {
        id: lists
        anchors { left: parent.left; right: parent.right; top: topPart.bottom; bottom: parent.bottom
                  margins: Theme.margin; topMargin: Theme.spacing }
        spacing: Theme.spacing
        readonly property bool withMine: board.driver !== ""
        readonly property real half: (width - spacing) / 2

        Item {
            width: lists.withMine ? lists.half : lists.width
            height: lists.height
            KText {
                id: waitingTitle
                objectName: "rideBoardWaitingTitle"
                font.pixelSize: Theme.title
                font.bold: true
                text: board.waiting.count > 0 ? qsTr("等待接单（%1）").arg(board.waiting.count) : qsTr("现在没有等待接单的叫车")
            }
            Flickable {
                id: waitingView
                anchors { left: parent.left; right: parent.right; top: waitingTitle.bottom; bottom: parent.bottom
                          topMargin: Theme.spacing / 2; rightMargin: waitingHint.room }
                contentHeight: waitingColumn.height
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Column {
                    id: waitingColumn
                    width: waitingView.width
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: board.waiting
                        RideRow {
                            objectName: "rideWaiting_" + model.ride.number
                            ride: model.ride
                            chosen: model.ride.id === board.selectedId
                            BigButton {
                                objectName: "rideTake_" + model.ride.number
                                enabled: !board.busy
                                fill: Theme.driverHome
                                text: qsTr("接单")
                                onClicked: board.choose(model.ride.id)
                            }
                        }
                    }
                }
            }
            ScrollHint { id: waitingHint; view: waitingView }
        }

        Item {
            visible: lists.withMine
            width: lists.half
            height: lists.height
            KText {
                id: mineTitle
                objectName: "rideBoardMineTitle"
                font.pixelSize: Theme.title
                font.bold: true
                text: board.mine.count > 0 ? qsTr("我接的单（%1）").arg(board.mine.count) : qsTr("您还没有接单")
            }
            Flickable {
                id: mineView
                anchors { left: parent.left; right: parent.right; top: mineTitle.bottom; bottom: parent.bottom
                          topMargin: Theme.spacing / 2; rightMargin: mineHint.room }
                contentHeight: mineColumn.height
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Column {
                    id: mineColumn
                    width: mineView.width
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: board.mine
                        RideRow {
                            objectName: "rideMine_" + model.ride.number
                            ride: model.ride
                            BigButton {
                                objectName: "rideDone_" + model.ride.number
                                enabled: !board.busy
                                fill: Theme.good
                                text: qsTr("已送达")
                                onClicked: board.markDone(model.ride.id)
                            }
                            BigButton {
                                objectName: "rideGiveBack_" + model.ride.number
                                enabled: !board.busy
                                fill: Theme.warning
                                text: qsTr("退回")
                                onClicked: board.giveBack(model.ride.id)
                            }
                        }
                    }
                }
            }
            ScrollHint { id: mineHint; view: mineView }
        }
    }
}
