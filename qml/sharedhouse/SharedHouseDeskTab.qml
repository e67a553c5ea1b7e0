import QtQuick
import Linli
import Linli.Core

// 共享小屋 in staff mode, in four parts: what needs doing (repairs to close,
// overdue things and their reminder slips), the day's loans and returns with
// who waits in line, every thing (label, repaired, retired, taken back by
// its owner), and intake of a new thing, picked from lists, never typed.
Item {
    id: tab
    objectName: "sharedHouseDeskTab"
    readonly property var desk: Kiosk.sharedHouse.desk
    property string part: "todo"
    // A thing about to leave the catalog waits for a second, explicit tap.
    property int confirmRow: -1
    property string confirmAction: "" // retire, withdraw
    property bool pickingOwner: false

    readonly property var figuresDesk: Kiosk.sharedHouse.figures
    Binding { target: desk; property: "awaitingOwner"; value: tab.part === "intake" && tab.pickingOwner }
    Connections {
        target: desk
        function onOwnerChosen() { tab.pickingOwner = false }
    }
    onPartChanged: {
        confirmRow = -1
        pickingOwner = false
        if (part === "figures")
            figuresDesk.showPeriod(figuresDesk.period) // afresh: loans go on while staff look
    }

    function outcomeText(outcome) {
        if (!outcome || outcome.problem === undefined)
            return ""
        switch (outcome.problem) {
        case SharedHouse.NoProblem:
            return outcome.itemId > 0 ? qsTr("已登记：%1（编号 %2），标签正在打印").arg(outcome.name).arg(outcome.itemId)
                                      : qsTr("已办好：%1").arg(outcome.name)
        case SharedHouse.OnLoan: return qsTr("%1 借出中，还回后才能下架。").arg(outcome.name)
        case SharedHouse.CommunityOwned: return qsTr("%1 是社区的东西，不能由物主取回。").arg(outcome.name)
        case SharedHouse.Retired: return qsTr("%1 已经下架了。").arg(outcome.name)
        case SharedHouse.BadIntake: return qsTr("登记信息不完整，请选好类别、名称和位置。")
        }
        return Kiosk.devices.databaseOnline ? qsTr("暂时无法保存，请稍后再试。") : Messages.offline
    }

    function howItCameBack(kind) {
        return kind === "damaged" ? qsTr("有损坏") : kind === "missing_parts" ? qsTr("缺配件") : qsTr("完好")
    }

    component PartButton: BigButton {
        property string name
        fill: tab.part === name ? Theme.sharedHouse : Theme.neutral
        onClicked: tab.part = name
    }

    component Choice: ChoiceButton { accent: Theme.sharedHouse }

    component ListLine: DeskLine {}

    component Heading: KText {
        width: parent ? parent.width : 0
        font.bold: true
        topPadding: Theme.spacing / 2
    }

    // The label of a row of choices, at the row's start.
    component ChoiceLabel: KText {
        height: Theme.touch
        verticalAlignment: Text.AlignVCenter
        font.bold: true
    }

    Row {
        id: parts
        anchors { left: parent.left; top: parent.top }
        spacing: Theme.spacing / 2
        PartButton {
            objectName: "housePartTodo"; name: "todo"
            text: desk.alerts.count + desk.overdue.count > 0 ? qsTr("待办（%1）").arg(desk.alerts.count + desk.overdue.count)
                                                             : qsTr("待办")
        }
        PartButton { objectName: "housePartToday"; name: "today"; text: qsTr("今日借还与预约") }
        PartButton { objectName: "housePartItems"; name: "items"; text: qsTr("全部物品") }
        PartButton { objectName: "housePartIntake"; name: "intake"; text: qsTr("登记新物品") }
        PartButton { objectName: "housePartFigures"; name: "figures"; text: qsTr("统计") }
    }

    // Beside the parts, always in view while filling in, saying what it will file.
    BigButton {
        id: takeInButton
        objectName: "intakeTakeIn"
        visible: tab.part === "intake" && !tab.pickingOwner
        // Beside the parts when there is room, else above the choices.
        readonly property bool besideParts: tab.width - parts.width >= Theme.touch * 5
        anchors { left: besideParts ? parts.right : parent.left; right: parent.right; leftMargin: besideParts ? Theme.spacing : 0
                  verticalCenter: besideParts ? parts.verticalCenter : undefined
                  top: besideParts ? undefined : parts.bottom; topMargin: Theme.spacing / 2 }
        enabled: desk.intake.ready
        fill: Theme.sharedHouse
        text: desk.intake.ready ? qsTr("登记 %1 · %2 并打印标签").arg(desk.intake.name).arg(desk.intake.place)
                                : qsTr("选好类别、名称和位置后登记")
        onClicked: desk.takeIn()
    }

    KText {
        id: outcomeLine
        objectName: "houseDeskOutcome"
        anchors { left: parent.left; right: parent.right; topMargin: Theme.spacing / 2
                  top: takeInButton.visible && !takeInButton.besideParts ? takeInButton.bottom : parts.bottom }
        visible: text !== ""
        wrapMode: Text.WordWrap
        font.bold: true
        color: desk.outcome.problem === SharedHouse.NoProblem ? Theme.good : Theme.danger
        text: tab.outcomeText(desk.outcome)
    }

    Item {
        id: room
        anchors { left: parent.left; right: parent.right
                  top: outcomeLine.visible ? outcomeLine.bottom
                       : takeInButton.visible && !takeInButton.besideParts ? takeInButton.bottom : parts.bottom
                  bottom: parent.bottom; topMargin: Theme.spacing }

        // 待办: repairs to close, overdue things to ask back.
        Flickable {
            id: todoView
            objectName: "houseTodo"
            visible: tab.part === "todo"
            anchors { fill: parent; rightMargin: todoHint.room }
            contentHeight: todoColumn.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: todoColumn
                width: parent.width
                spacing: Theme.spacing / 2
                Heading {
                    text: desk.alerts.count > 0 ? qsTr("待修（%1 件）").arg(desk.alerts.count) : qsTr("没有待修的东西")
                }
                Repeater {
                    model: desk.alerts
                    ListLine {
                        id: alertLine
                        required property int index
                        required property string name
                        required property string kind
                        required property string place
                        required property string at
                        objectName: "houseAlert_" + index
                        color: "#FFF3E0"
                        text: [name, tab.howItCameBack(kind), place, at].join(" · ")
                        BigButton {
                            objectName: "houseAlert_" + alertLine.index + "_repaired"
                            fill: Theme.good
                            text: qsTr("已修好")
                            onClicked: desk.resolveAlert(alertLine.index, SharedHouse.Repaired)
                        }
                        BigButton {
                            objectName: "houseAlert_" + alertLine.index + "_parts"
                            fill: Theme.good
                            text: qsTr("配件已补齐")
                            onClicked: desk.resolveAlert(alertLine.index, SharedHouse.PartsFound)
                        }
                        BigButton {
                            objectName: "houseAlert_" + alertLine.index + "_beyond"
                            fill: Theme.danger
                            text: qsTr("无法修复")
                            onClicked: desk.resolveAlert(alertLine.index, SharedHouse.BeyondRepair)
                        }
                    }
                }
                Heading {
                    text: desk.overdue.count > 0 ? qsTr("逾期未还（%1 件）").arg(desk.overdue.count) : qsTr("没有逾期未还的东西")
                }
                Repeater {
                    model: desk.overdue
                    ListLine {
                        id: overdueLine
                        required property int index
                        required property string name
                        required property string person
                        required property string due
                        required property string address
                        required property string phone
                        objectName: "houseOverdue_" + index
                        text: [name, person, qsTr("%1 到期").arg(due), address, phone].filter(Boolean).join(" · ")
                        BigButton {
                            objectName: "houseOverdue_" + overdueLine.index + "_remind"
                            text: qsTr("打印催还单")
                            onClicked: desk.printReminder(overdueLine.index)
                        }
                    }
                }
            }
        }
        ScrollHint { id: todoHint; view: todoView; visible: todoView.visible && needed }

        // 今日借还与预约
        Flickable {
            id: todayView
            objectName: "houseToday"
            visible: tab.part === "today"
            anchors { fill: parent; rightMargin: todayHint.room }
            contentHeight: todayColumn.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: todayColumn
                width: parent.width
                spacing: Theme.spacing / 2
                Heading {
                    text: desk.movements.count > 0 ? qsTr("今天借还 %n 次", "", desk.movements.count) : qsTr("今天还没有借还")
                }
                Repeater {
                    model: desk.movements
                    KText {
                        required property int index
                        required property string name
                        required property string person
                        required property string at
                        required property bool returned
                        required property string kind
                        objectName: "houseMovement_" + index
                        width: todayColumn.width
                        wrapMode: Text.WordWrap
                        text: returned ? qsTr("%1 还回 %2 · %3 · %4").arg(at).arg(name).arg(person).arg(tab.howItCameBack(kind))
                                       : qsTr("%1 借出 %2 · %3").arg(at).arg(name).arg(person)
                    }
                }
                Heading {
                    text: desk.reservations.count > 0 ? qsTr("预约排队（%1 人次）").arg(desk.reservations.count) : qsTr("没有人在排队预约")
                }
                Repeater {
                    model: desk.reservations
                    KText {
                        required property int index
                        required property string name
                        required property string person
                        required property bool held
                        required property string at
                        required property int position
                        objectName: "houseReservation_" + index
                        width: todayColumn.width
                        wrapMode: Text.WordWrap
                        text: [name, person, held ? qsTr("保留到 %1").arg(at) : qsTr("排第 %1 位").arg(position)].join(" · ")
                    }
                }
            }
        }
        ScrollHint { id: todayHint; view: todayView; visible: todayView.visible && needed }

        // 全部物品
        Rectangle {
            id: confirmBar
            objectName: "houseConfirm"
            visible: tab.part === "items" && tab.confirmRow >= 0 && tab.confirmRow < desk.items.count
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: visible ? Math.max(confirmText.implicitHeight, Theme.touch) + Theme.spacing : 0
            radius: Theme.radius
            color: "#FFF3E0"
            readonly property var item: visible ? desk.items.get(tab.confirmRow) : ({})
            KText {
                id: confirmText
                anchors { left: parent.left; right: confirmButtons.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                wrapMode: Text.WordWrap
                font.bold: true
                text: tab.confirmAction === "withdraw"
                      ? qsTr("物主取回 %1（编号 %2）？取回后不再出借，排队的人会被取消。").arg(confirmBar.item.name).arg(confirmBar.item.itemId)
                      : qsTr("让 %1（编号 %2）退役？退役后不再出借，排队的人会被取消。").arg(confirmBar.item.name).arg(confirmBar.item.itemId)
            }
            Row {
                id: confirmButtons
                anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 2 }
                spacing: Theme.spacing / 2
                BigButton {
                    objectName: "houseConfirmYes"
                    fill: Theme.danger
                    text: tab.confirmAction === "withdraw" ? qsTr("确定取回") : qsTr("确定退役")
                    onClicked: {
                        if (tab.confirmAction === "withdraw")
                            desk.withdraw(tab.confirmRow)
                        else
                            desk.retire(tab.confirmRow)
                        tab.confirmRow = -1
                    }
                }
                BigButton {
                    objectName: "houseConfirmNo"
                    fill: Theme.neutral
                    text: qsTr("不了")
                    onClicked: tab.confirmRow = -1
                }
            }
        }
        ListView {
            id: itemList
            objectName: "houseItems"
            visible: tab.part === "items"
            anchors { left: parent.left; right: parent.right; top: confirmBar.bottom; bottom: parent.bottom
                      topMargin: confirmBar.visible ? Theme.spacing / 2 : 0; rightMargin: itemHint.room }
            clip: true
            spacing: Theme.spacing / 2
            model: desk.items
            delegate: ListLine {
                id: itemLine
                required property int index
                required property string name
                required property int itemId
                required property string place
                required property string owner
                required property string state
                required property string due
                required property int waiting
                required property bool needsRepair
                required property bool owned
                required property bool onLoan
                objectName: "houseItem_" + index
                color: tab.confirmRow === index ? "#FFF3E0" : Theme.panel
                text: [name, qsTr("编号 %1").arg(itemId), place, owner !== "" ? owner : qsTr("社区"),
                       Messages.itemState(itemLine)].join(" · ")
                BigButton {
                    objectName: "houseItem_" + itemLine.index + "_action"
                    text: qsTr("打印标签")
                    onClicked: desk.printLabel(itemLine.index)
                }
                BigButton {
                    objectName: "houseItem_" + itemLine.index + "_repaired"
                    visible: itemLine.needsRepair
                    fill: Theme.good
                    text: qsTr("已修好")
                    onClicked: desk.markRepaired(itemLine.index)
                }
                BigButton {
                    objectName: "houseItem_" + itemLine.index + "_withdraw"
                    visible: itemLine.owned && !itemLine.onLoan
                    fill: Theme.warning
                    text: qsTr("物主取回")
                    onClicked: { tab.confirmAction = "withdraw"; tab.confirmRow = itemLine.index }
                }
                BigButton {
                    objectName: "houseItem_" + itemLine.index + "_retire"
                    visible: !itemLine.onLoan
                    fill: Theme.danger
                    text: qsTr("退役")
                    onClicked: { tab.confirmAction = "retire"; tab.confirmRow = itemLine.index }
                }
            }
        }
        ScrollHint { id: itemHint; view: itemList; visible: itemList.visible && needed }

        // 登记新物品: kind, name, owner, condition, place, then the label.
        Flickable {
            id: intakeView
            objectName: "houseIntake"
            visible: tab.part === "intake" && !tab.pickingOwner
            anchors { fill: parent; rightMargin: intakeHint.room }
            contentHeight: intakeColumn.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            readonly property var intake: desk.intake
            // Two columns side by side when they fit (kind and name; owner,
            // condition and place), one under the other in large text.
            Flow {
                id: intakeColumn
                width: parent.width
                spacing: Theme.spacing
                readonly property real columnWidth: Theme.large ? width : (width - spacing) / 2
                Column {
                    width: intakeColumn.columnWidth
                    spacing: Theme.spacing / 2
                    Flow {
                        width: intakeColumn.columnWidth
                        spacing: Theme.spacing / 2
                        ChoiceLabel { text: qsTr("1. 类别") }
                        Repeater {
                            model: desk.categories
                            Choice {
                                objectName: "intakeCategory_" + modelData.code
                                chosen: intakeView.intake.category === modelData.code
                                text: Kiosk.language === "en" ? modelData.nameEn : modelData.name
                                onClicked: desk.chooseCategory(modelData.code)
                            }
                        }
                    }
                    Flow {
                        visible: intakeView.intake.category !== ""
                        width: intakeColumn.columnWidth
                        spacing: Theme.spacing / 2
                        ChoiceLabel { text: qsTr("2. 名称") }
                        Repeater {
                            model: intakeView.intake.names
                            Choice {
                                objectName: "intakeName_" + index
                                chosen: intakeView.intake.name === modelData
                                text: modelData
                                onClicked: desk.chooseName(modelData)
                            }
                        }
                    }
                }
                Column {
                    width: intakeColumn.columnWidth
                    spacing: Theme.spacing / 2
                    Flow {
                        visible: intakeView.intake.category !== ""
                        width: intakeColumn.columnWidth
                        spacing: Theme.spacing / 2
                        ChoiceLabel { text: qsTr("3. 物主") }
                        Choice {
                            objectName: "intakeOwnerCommunity"
                            chosen: intakeView.intake.ownerId === 0
                            text: qsTr("社区")
                            onClicked: desk.chooseOwner(-1)
                        }
                        Choice {
                            objectName: "intakeOwnerResident"
                            chosen: intakeView.intake.ownerId !== 0
                            text: intakeView.intake.ownerId !== 0 ? qsTr("居民：%1（换一位）").arg(intakeView.intake.ownerName)
                                                                  : qsTr("邻居借出的…")
                            onClicked: tab.pickingOwner = true
                        }
                    }
                    Flow {
                        visible: intakeView.intake.category !== ""
                        width: intakeColumn.columnWidth
                        spacing: Theme.spacing / 2
                        ChoiceLabel { text: qsTr("4. 状况") }
                        Repeater {
                            model: [{code: "good", text: qsTr("好")}, {code: "worn", text: qsTr("有磨损")},
                                    {code: "needs_repair", text: qsTr("待修")}]
                            Choice {
                                objectName: "intakeCondition_" + modelData.code
                                chosen: intakeView.intake.condition === modelData.code
                                text: modelData.text
                                onClicked: desk.chooseCondition(modelData.code)
                            }
                        }
                    }
                    Flow {
                        visible: intakeView.intake.category !== ""
                        width: intakeColumn.columnWidth
                        spacing: Theme.spacing / 2
                        ChoiceLabel { text: qsTr("5. 放在哪里") }
                        Repeater {
                            model: intakeView.intake.places
                            Choice {
                                objectName: "intakePlace_" + index
                                chosen: intakeView.intake.place === modelData
                                text: modelData
                                onClicked: desk.choosePlace(modelData)
                            }
                        }
                    }
                }
            }
        }
        ScrollHint { id: intakeHint; view: intakeView; visible: intakeView.visible && needed }
        // The neighbour who lends it, from the residents' list.
        BigButton {
            id: ownerBack
            objectName: "intakeOwnerBack"
            visible: tab.part === "intake" && tab.pickingOwner
            fill: Theme.neutral
            text: qsTr("‹ 返回登记")
            onClicked: tab.pickingOwner = false
        }
        KText {
            objectName: "intakeOwnerCardHint"
            visible: ownerBack.visible
            anchors { left: ownerBack.right; right: parent.right; verticalCenter: ownerBack.verticalCenter; leftMargin: Theme.spacing }
            wrapMode: Text.WordWrap
            font.bold: true
            text: qsTr("请物主刷居民卡，或在下面找到他")
        }
        ListView {
            id: ownerList
            objectName: "intakeOwners"
            visible: ownerBack.visible
            anchors { left: parent.left; right: parent.right; top: ownerBack.bottom; bottom: parent.bottom
                      topMargin: Theme.spacing / 2; rightMargin: ownerHint.room }
            clip: true
            spacing: Theme.spacing / 2
            model: desk.owners
            delegate: ListLine {
                id: ownerLine
                required property int index
                required property string name
                required property string address
                objectName: "intakeOwner_" + index
                text: name + "  " + address
                BigButton {
                    objectName: "intakeOwner_" + ownerLine.index + "_pick"
                    text: qsTr("是这位")
                    onClicked: { desk.chooseOwner(ownerLine.index); tab.pickingOwner = false }
                }
            }
        }
        ScrollHint { id: ownerHint; view: ownerList; visible: ownerList.visible && needed }

        // 统计: the period's figures per kind, the haircuts, and the CSV.
        PeriodPicker {
            id: periodRow
            visible: tab.part === "figures"
            desk: figuresDesk
            accent: Theme.sharedHouse
        }
        BigButton {
            objectName: "houseExportFigures"
            visible: periodRow.visible
            anchors { right: parent.right; verticalCenter: periodRow.verticalCenter }
            enabled: figuresDesk.figures.valid === true
            text: qsTr("导出表格")
            onClicked: figuresDesk.exportFigures()
        }
        Flickable {
            id: figuresView
            objectName: "houseFigures"
            visible: periodRow.visible
            anchors { left: parent.left; right: parent.right; top: periodRow.bottom; bottom: parent.bottom
                      topMargin: Theme.spacing / 2; rightMargin: figuresHint.room }
            contentHeight: figuresColumn.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            readonly property var figures: figuresDesk.figures
            Column {
                id: figuresColumn
                width: parent.width
                spacing: Theme.spacing / 2
                KText {
                    width: parent.width
                    wrapMode: Text.WordWrap
                    font.bold: true
                    text: figuresView.figures.valid ? qsTr("%1 至 %2 · 理发 %3 人次，爽约 %4 人次").arg(figuresView.figures.from)
                                                      .arg(figuresView.figures.to).arg(figuresView.figures.haircutsDone)
                                                      .arg(figuresView.figures.noShows)
                                                : qsTr("正在统计…")
                }
                Grid {
                    id: figureTable
                    objectName: "houseFigureTable"
                    visible: figuresView.figures.valid === true
                    columns: 8
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing / 4
                    readonly property var rows: figuresView.figures.valid
                        ? figuresView.figures.kinds.concat([figuresView.figures.total]) : []
                    Repeater {
                        model: [qsTr("类别"), qsTr("借出"), qsTr("还回"), qsTr("损坏/缺件"), qsTr("逾期"),
                                qsTr("预约借到"), qsTr("保留过期"), qsTr("感谢积分")]
                        KText { font.bold: true; text: modelData }
                    }
                    Repeater {
                        model: figureTable.rows.length * 8
                        KText {
                            readonly property var row: figureTable.rows[Math.floor(index / 8)]
                            readonly property int column: index % 8
                            objectName: "houseFigure_" + row.code + "_" + column
                            font.bold: row.code === "total"
                            text: [row.name, row.loans, row.returns, row.damaged + " / " + row.missingParts, row.overdue,
                                   row.served, row.lapsed, row.points][column]
                        }
                    }
                }
                KText {
                    objectName: "houseExportedTo"
                    visible: figuresDesk.exportedTo !== ""
                    width: parent.width
                    wrapMode: Text.WrapAnywhere
                    font.pixelSize: Theme.small
                    text: qsTr("已导出：%1").arg(figuresDesk.exportedTo)
                }
            }
        }
        ScrollHint { id: figuresHint; view: figuresView; visible: figuresView.visible && needed }
    }
}
