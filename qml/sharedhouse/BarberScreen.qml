import QtQuick
import Linli
import Linli.Core

// 共享理发屋: free haircuts for older residents. Her card, a day and a free
// time, confirm: a slip prints with the day and time in large letters. Her
// bookings show the next time she comes, each with a way to cancel it.
Item {
    id: screen
    objectName: "barberScreen"
    readonly property var barber: Kiosk.sharedHouse.barber
    readonly property int step: barber.step
    readonly property bool done: step === BarberFlow.Booked || step === BarberFlow.Cancelled
    readonly property var day: barber.dayIndex >= 0 && barber.dayIndex < barber.days.length ? barber.days[barber.dayIndex] : null
    // The youngest age the haircuts are for, and the age that books first.
    readonly property int minAge: barber.windows.length > 0 ? barber.windows[barber.windows.length - 1].minAge : 60
    readonly property int earlyAge: barber.windows.length > 0 ? barber.windows[0].minAge : 80
    readonly property string problemText: problemSentence(barber.problem)
    readonly property string prompt: [problemText, headline.text, detail.visible ? detail.text : "",
                                      dayState.visible ? dayState.text : "",
                                      slipState.visible ? slipState.text : ""].filter(Boolean).join(qsTr("。"))

    function problemSentence(problem) {
        switch (problem) {
        case Barber.NotAResident: return qsTr("只有本社区居民可以预约理发，请刷居民卡。")
        case Barber.TooYoung: return qsTr("免费理发是为%1岁以上的老人准备的，您还不能预约。").arg(minAge)
        case Barber.NoSuchSlot: return qsTr("这个时间没有理发，请换一个时间。")
        case Barber.DayOff: return qsTr("这一天理发师休息，请换一天。")
        case Barber.SlotPassed: return qsTr("这个时间已经过了，请换一个时间。")
        case Barber.NotOpenYet: return qsTr("这一天还没有开始预约。")
        case Barber.AlreadyThisWeek: return qsTr("这一周您已经约过了，一周只能约一次。")
        case Barber.SlotTaken: return qsTr("这个时间刚刚被别人约走了，请换一个时间。")
        case Barber.NotBooked: return qsTr("这个预约已经取消了。")
        case Barber.StorageError: return Kiosk.devices.databaseOnline ? qsTr("暂时无法预约，请联系工作人员。") : Messages.offline
        }
        return ""
    }

    // 每周二 09:00-11:30 · 理发师 张琳
    function scheduleText() {
        return barber.schedule.map(function(s) {
            return qsTr("每%1 %2 · 理发师 %3").arg(s.weekday).arg(s.hours).arg(s.barber)
        }).join(qsTr("；"))
    }

    // 80岁以上提前 7 天可约；60岁以上提前 5 天
    function windowsText() {
        return barber.windows.map(function(w) {
            return qsTr("%1岁以上提前 %2 天可约").arg(w.minAge).arg(w.daysAhead)
        }).join(qsTr("；"))
    }

    // Why the chosen day has no times to press.
    function dayStateText(d) {
        if (!d)
            return barber.days.length === 0 && step === BarberFlow.ChooseSlot ? qsTr("最近几天没有理发") : ""
        switch (d.problem) {
        case Barber.DayOff: return qsTr("%1 理发师休息").arg(d.date)
        case Barber.NotOpenYet: return qsTr("%1 起可以预约这一天，%2岁以上的老人先约").arg(d.opensOn).arg(earlyAge)
        case Barber.AlreadyThisWeek: return qsTr("这一周您已经约过了")
        case Barber.NoProblem: return d.free === 0 ? qsTr("这一天已经约满了") : ""
        }
        return ""
    }

    // A day's button: its date and whether there is room.
    function dayButtonText(d) {
        switch (d.problem) {
        case Barber.DayOff: return qsTr("%1\n休息").arg(d.date)
        case Barber.NotOpenYet: return qsTr("%1\n还没开始约").arg(d.date)
        case Barber.AlreadyThisWeek: return qsTr("%1\n本周已约").arg(d.date)
        }
        return d.free > 0 ? qsTr("%1\n还有 %n 个空", "", d.free).arg(d.date) : qsTr("%1\n已约满").arg(d.date)
    }

    function atFirstStep() {
        return step === BarberFlow.NeedCard || step === BarberFlow.Mine
            || (step === BarberFlow.ChooseSlot && barber.bookings.length === 0)
    }

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: qsTr("共享理发屋")
        showBack: !screen.done
        backText: screen.atFirstStep() ? qsTr("返回共享小屋") : qsTr("上一步")
        onBack: if (!barber.back()) Kiosk.open(Kiosk.SharedHouse)
    }

    // What went wrong, in words (not a box to press).
    KText {
        id: problem
        objectName: "barberProblem"
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
                  bottom: parent.bottom; topMargin: problem.visible ? Theme.spacing : 0 }

        // Every step but the choice of a time: words, then its buttons.
        Column {
            id: words
            visible: step !== BarberFlow.ChooseSlot
            y: Math.max(0, (parent.height - height) / 2)
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 1.5

            KText {
                id: headline
                objectName: "barberHeadline"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.huge
                font.bold: true
                text: {
                    switch (step) {
                    case BarberFlow.ChooseSlot: return qsTr("请选一个理发时间")
                    case BarberFlow.Confirm: return qsTr("预约 %1 %2").arg(barber.chosen.date).arg(barber.chosen.time)
                    case BarberFlow.Booked: return qsTr("约好了：%1 %2").arg(barber.chosen.date).arg(barber.chosen.time)
                    case BarberFlow.Mine: return barber.bookings.length > 0 ? qsTr("您的理发预约") : qsTr("您没有理发预约")
                    case BarberFlow.ConfirmCancel:
                        return qsTr("取消 %1 %2 的预约吗？").arg(barber.chosen.date).arg(barber.chosen.time)
                    case BarberFlow.Cancelled: return qsTr("预约已取消")
                    }
                    return Kiosk.person.kind === Identity.Resident && barber.busy ? qsTr("正在查看…") : qsTr("预约理发，请先刷居民卡")
                }
            }
            KText {
                id: detail
                objectName: "barberDetail"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.title
                visible: text !== ""
                text: {
                    switch (step) {
                    case BarberFlow.NeedCard:
                        return qsTr("%1岁以上的老人免费理发").arg(screen.minAge) + "\n" + screen.scheduleText()
                    case BarberFlow.Confirm:
                        return qsTr("预约人 %1 · 理发师 %2 · 免费").arg(Kiosk.person.name).arg(barber.chosen.barber)
                    case BarberFlow.Booked: return qsTr("请提前五分钟到共享小屋。来不了请在这里取消。")
                    case BarberFlow.Mine:
                        return barber.bookings.length > 0 ? "" : qsTr("%1岁以上的老人免费理发").arg(screen.minAge)
                    case BarberFlow.ConfirmCancel: return qsTr("取消后，这个时间可以让给别人")
                    case BarberFlow.Cancelled: return qsTr("这个时间可以让给别人了，谢谢您")
                    }
                    return ""
                }
            }
            KText {
                objectName: "barberWindows"
                visible: step === BarberFlow.NeedCard && text !== ""
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textMuted
                text: screen.windowsText()
            }
            SlipState {
                id: slipState
                objectName: "barberSlip"
                visible: step === BarberFlow.Booked && slipState.slipState !== Slip.None
                anchors.horizontalCenter: parent.horizontalCenter
                slip: barber.slip
            }

            // Her bookings, each with its own way to cancel.
            Repeater {
                model: step === BarberFlow.Mine ? barber.bookings : []
                Rectangle {
                    width: words.width
                    height: Math.max(Theme.touch, bookingText.implicitHeight) + Theme.spacing
                    radius: Theme.radius
                    color: Theme.panel
                    KText {
                        id: bookingText
                        anchors { left: parent.left; right: cancelButton.left; verticalCenter: parent.verticalCenter
                                  margins: Theme.spacing }
                        font.pixelSize: Theme.title
                        font.bold: true
                        text: qsTr("%1 %2 · 理发师 %3").arg(modelData.date).arg(modelData.time).arg(modelData.barber)
                    }
                    BigButton {
                        id: cancelButton
                        objectName: "cancelBooking_" + index
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 2 }
                        enabled: !barber.busy
                        fill: Theme.warning
                        text: qsTr("取消预约")
                        onClicked: barber.startCancel(modelData.id)
                    }
                }
            }

            // The buttons of the step.
            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.spacing
                BigButton {
                    objectName: "barberConfirm"
                    visible: step === BarberFlow.Confirm
                    enabled: !barber.busy
                    fill: Theme.sharedHouse
                    text: qsTr("确认预约")
                    onClicked: barber.confirm()
                }
                BigButton {
                    objectName: "barberBookAnother"
                    visible: step === BarberFlow.Mine && barber.canBookMore
                    enabled: !barber.busy
                    fill: Theme.sharedHouse
                    text: barber.bookings.length > 0 ? qsTr("再约一次") : qsTr("预约理发")
                    onClicked: barber.bookAnother()
                }
                BigButton {
                    objectName: "barberConfirmCancel"
                    visible: step === BarberFlow.ConfirmCancel
                    enabled: !barber.busy
                    fill: Theme.warning
                    text: qsTr("确定取消")
                    onClicked: barber.confirmCancel()
                }
                BigButton {
                    objectName: "barberKeep"
                    visible: step === BarberFlow.ConfirmCancel
                    enabled: !barber.busy
                    text: qsTr("不取消")
                    onClicked: barber.back()
                }
                BigButton {
                    objectName: "barberFinished"
                    visible: screen.done || step === BarberFlow.Mine
                    fill: screen.done ? Theme.action : Theme.neutral
                    text: qsTr("完成")
                    onClicked: Kiosk.goHome()
                }
            }
        }

        // The days within reach, then the chosen day's times (they scroll
        // when the schedule has many).
        Item {
            id: choice
            visible: step === BarberFlow.ChooseSlot
            anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin }

            KText {
                id: choiceTitle
                anchors { top: parent.top; topMargin: Theme.spacing }
                width: parent.width
                font.pixelSize: Theme.title
                font.bold: true
                text: headline.text
            }
            Row {
                id: dayRow
                anchors { top: choiceTitle.bottom; topMargin: Theme.spacing }
                spacing: Theme.spacing
                Repeater {
                    model: choice.visible ? barber.days : []
                    BigButton {
                        objectName: "barberDay_" + index
                        enabled: !barber.busy
                        fill: index === barber.dayIndex ? Theme.sharedHouse : "#FFFFFF"
                        textColor: index === barber.dayIndex ? Theme.onDark : Theme.text
                        text: screen.dayButtonText(modelData)
                        onClicked: barber.chooseDay(index)
                    }
                }
            }
            KText {
                id: dayState
                objectName: "barberDayState"
                visible: text !== ""
                anchors { top: dayRow.bottom; topMargin: Theme.spacing }
                width: parent.width
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.warning
                text: choice.visible ? screen.dayStateText(screen.day) : ""
            }
            Flickable {
                id: timesView
                visible: screen.day !== null && screen.day.problem === Barber.NoProblem
                anchors { left: parent.left; right: parent.right; top: dayState.visible ? dayState.bottom : dayRow.bottom
                          bottom: parent.bottom; topMargin: Theme.spacing; bottomMargin: Theme.spacing
                          rightMargin: timesHint.room }
                contentHeight: times.height
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Grid {
                    id: times
                    objectName: "barberTimes"
                    width: timesView.width
                    columns: 4
                    spacing: Theme.spacing
                    readonly property real cellWidth: (width - (columns - 1) * spacing) / columns
                    Repeater {
                        model: timesView.visible ? barber.times : []
                        BigButton {
                            objectName: "barberTime_" + modelData.time.replace(":", "")
                            width: times.cellWidth
                            enabled: modelData.free && !barber.busy
                            fill: Theme.action
                            fontSize: Theme.title
                            text: modelData.free ? modelData.time : qsTr("%1 已约").arg(modelData.time)
                            onClicked: barber.chooseSlot(modelData.minute)
                        }
                    }
                }
            }
            ScrollHint { id: timesHint; view: timesView }
        }
    }
}
