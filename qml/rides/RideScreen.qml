import QtQuick
import Linli
import Linli.Core

// 叫车: a ride for a resident of 60 and over who cannot use ride-hailing
// apps. Her card, where to, when, whether someone comes along, confirm: a
// slip prints with her number, and a gold-service driver calls her once
// they take it. Her request shows when she comes back, with 取消叫车.
Item {
    id: screen
    objectName: "rideScreen"
    readonly property var rides: Kiosk.rides.request
    readonly property int step: rides.step
    readonly property bool done: step === RideFlow.Requested || step === RideFlow.Cancelled
    readonly property var request: rides.request
    readonly property string problemText: problemSentence(rides.problem)
    readonly property string prompt: [problemText, headline.text, detail.visible ? detail.text : "",
                                      slipState.visible ? slipState.text : ""].filter(Boolean).join(qsTr("。"))

    function problemSentence(problem) {
        switch (problem) {
        case Rides.NotAResident: return qsTr("叫车是为本社区的老人准备的，请刷居民卡。")
        case Rides.TooYoung: return qsTr("叫车服务是为60岁以上的老人准备的，您还不能叫车。")
        case Rides.NoSuchDestination: return qsTr("这个地方现在不能去了，请换一个。")
        case Rides.TimeGone: return qsTr("这个时间已经来不及了，请换一个时间。")
        case Rides.AlreadyRequested: return qsTr("您已经叫过车了，一次只能叫一辆。")
        case Rides.NotUnderWay: return qsTr("这次叫车已经结束了。")
        case Rides.StorageError: return Kiosk.devices.databaseOnline ? qsTr("暂时无法叫车，请联系工作人员。") : Messages.offline
        }
        return ""
    }

    function timeName(code) {
        switch (code) {
        case "now": return qsTr("现在")
        case "later_today": return qsTr("今天稍后")
        case "tomorrow_morning": return qsTr("明天上午")
        case "tomorrow_afternoon": return qsTr("明天下午")
        }
        return code
    }

    // Where her request stands, for her.
    function stateText(r) {
        if (r.state === "taken")
            return qsTr("司机 %1 已接单，会给您打电话").arg(r.driver)
        return r.state === "given_back" ? qsTr("正在等另一位司机接单") : qsTr("正在等司机接单")
    }

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: qsTr("叫车 · 金牌服务")
        showBack: !screen.done
        backText: step === RideFlow.NeedCard || step === RideFlow.ChooseDestination || step === RideFlow.Mine
                  ? qsTr("返回首页") : qsTr("上一步")
        onBack: if (!rides.back()) Kiosk.goHome()
    }

    // What went wrong, in words (not a box to press).
    KText {
        id: problem
        objectName: "rideProblem"
        visible: text !== ""
        anchors { left: parent.left; right: parent.right; top: header.bottom; margins: Theme.margin }
        color: Theme.danger
        font.pixelSize: Theme.title
        font.bold: true
        text: screen.problemText
    }

    Item {
        id: room
        anchors { left: parent.left; right: parent.right; top: problem.visible ? problem.bottom : header.bottom
                  bottom: parent.bottom; topMargin: problem.visible ? Theme.spacing : 0
                  leftMargin: Theme.margin; rightMargin: Theme.margin }

        KText {
            id: headline
            objectName: "rideHeadline"
            anchors { left: parent.left; right: parent.right; top: parent.top; topMargin: Theme.spacing }
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.huge
            font.bold: true
            text: {
                switch (step) {
                case RideFlow.ChooseDestination: return qsTr("您要去哪里？")
                case RideFlow.ChooseTime: return qsTr("什么时候去？")
                case RideFlow.ChooseCompanion: return qsTr("有人陪您一起去吗？")
                case RideFlow.Confirm: return qsTr("请确认叫车")
                case RideFlow.Requested: return qsTr("叫车成功：%1 号").arg(request.number)
                case RideFlow.Mine: return qsTr("您的叫车：%1 号").arg(request.number)
                case RideFlow.ConfirmCancel: return qsTr("取消 %1 号叫车吗？").arg(request.number)
                case RideFlow.Cancelled: return qsTr("叫车已取消")
                }
                return Kiosk.person.kind === Identity.Resident && rides.busy ? qsTr("正在查看…") : qsTr("叫车，请先刷居民卡")
            }
        }
        KText {
            id: detail
            objectName: "rideDetail"
            anchors { left: parent.left; right: parent.right; top: headline.bottom; topMargin: Theme.spacing }
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.title
            visible: text !== ""
            text: {
                switch (step) {
                case RideFlow.NeedCard:
                    return qsTr("60岁以上的老人不会用手机叫车，可以在这里叫。金牌服务队的司机接单后会给您打电话。")
                case RideFlow.ChooseCompanion: return qsTr("去 %1 · %2").arg(rides.chosen.destination).arg(rides.chosen.window)
                case RideFlow.Confirm:
                    return qsTr("去 %1\n%2 · %3\n在您家楼下上车").arg(rides.chosen.destination).arg(rides.chosen.window)
                        .arg(rides.chosen.companion ? qsTr("有人陪同") : qsTr("一个人去"))
                case RideFlow.Requested: return qsTr("去 %1 · %2\n司机接单后会给您打电话，请在家等").arg(request.destination).arg(request.window)
                case RideFlow.Mine:
                case RideFlow.ConfirmCancel:
                    return qsTr("去 %1 · %2\n%3").arg(request.destination).arg(request.window).arg(screen.stateText(request))
                case RideFlow.Cancelled: return qsTr("需要的时候再来叫车")
                }
                return ""
            }
        }
        SlipState {
            id: slipState
            objectName: "rideSlip"
            visible: step === RideFlow.Requested && slipState.slipState !== Slip.None
            anchors { horizontalCenter: parent.horizontalCenter; top: detail.bottom; topMargin: Theme.spacing }
            maxWidth: room.width
            slip: rides.slip
        }

        // Where to: every destination a button, scrolling when they do not fit.
        Flickable {
            id: destinationsView
            visible: step === RideFlow.ChooseDestination
            anchors { left: parent.left; right: parent.right; top: headline.bottom; bottom: parent.bottom
                      topMargin: Theme.spacing; bottomMargin: Theme.spacing; rightMargin: destinationsHint.room }
            contentHeight: destinationGrid.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Grid {
                id: destinationGrid
                width: destinationsView.width
                columns: 2
                spacing: Theme.spacing
                readonly property real cellWidth: (width - spacing) / 2
                Repeater {
                    model: destinationsView.visible ? rides.destinations : []
                    BigButton {
                        objectName: "rideDestination_" + modelData.id
                        width: destinationGrid.cellWidth
                        enabled: !rides.busy
                        fill: Theme.driverHome
                        fontSize: Theme.title
                        text: modelData.name
                        onClicked: rides.chooseDestination(modelData.id)
                    }
                }
            }
        }
        ScrollHint { id: destinationsHint; view: destinationsView }

        // When: four buttons with their windows.
        Grid {
            id: timeGrid
            visible: step === RideFlow.ChooseTime
            anchors { left: parent.left; right: parent.right; top: headline.bottom; topMargin: Theme.spacing * 2 }
            columns: 2
            spacing: Theme.spacing
            readonly property real cellWidth: (width - spacing) / 2
            // Two lines each, as tall as the room below the question allows.
            readonly property real cellHeight: Math.min(Theme.touch * 2, (room.height - y - 2 * Theme.spacing) / 2)
            Repeater {
                model: timeGrid.visible ? rides.times : []
                BigButton {
                    objectName: "rideTime_" + modelData.code
                    width: timeGrid.cellWidth
                    height: timeGrid.cellHeight
                    enabled: modelData.problem === Rides.NoProblem && !rides.busy
                    fill: Theme.driverHome
                    fontSize: Theme.title
                    text: modelData.problem === Rides.NoProblem
                          ? screen.timeName(modelData.code) + "\n" + (modelData.code === "now" ? qsTr("尽快来接") : modelData.window)
                          : screen.timeName(modelData.code) + "\n" + (modelData.problem === Rides.TooYoung ? qsTr("60岁后才能叫") : qsTr("来不及了"))
                    onClicked: rides.chooseTime(modelData.code)
                }
            }
        }

        // The step's buttons.
        Row {
            anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: Theme.spacing }
            spacing: Theme.spacing
            BigButton {
                objectName: "rideWithCompanion"
                visible: step === RideFlow.ChooseCompanion
                enabled: !rides.busy
                fill: Theme.driverHome
                fontSize: Theme.title
                text: qsTr("有人陪我")
                onClicked: rides.chooseCompanion(true)
            }
            BigButton {
                objectName: "rideAlone"
                visible: step === RideFlow.ChooseCompanion
                enabled: !rides.busy
                fill: Theme.driverHome
                fontSize: Theme.title
                text: qsTr("我一个人")
                onClicked: rides.chooseCompanion(false)
            }
            BigButton {
                objectName: "rideConfirm"
                visible: step === RideFlow.Confirm
                enabled: !rides.busy
                fill: Theme.driverHome
                fontSize: Theme.title
                text: qsTr("确认叫车")
                onClicked: rides.confirm()
            }
            BigButton {
                objectName: "rideCancel"
                visible: step === RideFlow.Mine
                enabled: !rides.busy
                fill: Theme.warning
                text: qsTr("取消叫车")
                onClicked: rides.startCancel()
            }
            BigButton {
                objectName: "rideConfirmCancel"
                visible: step === RideFlow.ConfirmCancel
                enabled: !rides.busy
                fill: Theme.warning
                text: qsTr("确定取消")
                onClicked: rides.confirmCancel()
            }
            BigButton {
                objectName: "rideKeep"
                visible: step === RideFlow.ConfirmCancel
                enabled: !rides.busy
                text: qsTr("不取消")
                onClicked: rides.back()
            }
            BigButton {
                objectName: "rideFinished"
                visible: screen.done || step === RideFlow.Mine
                fill: screen.done ? Theme.action : Theme.neutral
                text: qsTr("完成")
                onClicked: Kiosk.goHome()
            }
        }
    }
}
