import QtQuick
import Linli
import Linli.Core

// 共享小屋: look at what there is, borrow with a card and the thing's label,
// bring a thing back with its label alone.
Item {
    id: screen
    objectName: "sharedHouseScreen"
    // (not "flow": a Grid has a property of that name)
    readonly property var visit: Kiosk.sharedHouse.visit
    readonly property int step: visit.step
    readonly property string problemText: Messages.sharedHouseProblem(visit.problem, visit.item)
    readonly property var news: Kiosk.person.kind === Identity.Resident ? Messages.houseNews(visit.mine) : []
    readonly property bool listing: visit.step === SharedHouseFlow.Categories || visit.step === SharedHouseFlow.Items
                                    || visit.step === SharedHouseFlow.Mine
    readonly property string prompt: [problemText, listing ? header.title : headline.text,
                                      detail.visible ? detail.text : "", newsText.visible ? newsText.text : "",
                                      slipState.visible ? slipState.text : ""].filter(Boolean).join(qsTr("。"))
    readonly property bool done: visit.step === SharedHouseFlow.Borrowed || visit.step === SharedHouseFlow.Returned
                                 || visit.step === SharedHouseFlow.Reserved

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: visit.step === SharedHouseFlow.Items ? qsTr("共享小屋 · %1").arg(visit.categoryName)
             : visit.step === SharedHouseFlow.Mine ? qsTr("我的东西 · %1").arg(Kiosk.person.name) : qsTr("共享小屋")
        showBack: !screen.done
        backText: visit.step === SharedHouseFlow.Start ? qsTr("返回首页") : qsTr("上一步")
        onBack: visit.step === SharedHouseFlow.Start ? Kiosk.goHome() : visit.back()
    }

    // What went wrong, in words (not a box to press).
    KText {
        id: problem
        objectName: "sharedHouseProblem"
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

        // Borrow, return or look: one step each, and the words for them.
        Column {
            id: words
            visible: !screen.listing
            y: Math.max(0, (parent.height - height) / 2)
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 1.5

            KText {
                id: headline
                objectName: "sharedHouseHeadline"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                // The start's words leave room for its many buttons.
                font.pixelSize: visit.step === SharedHouseFlow.Start ? Theme.title : Theme.huge
                font.bold: true
                text: {
                    switch (visit.step) {
                    case SharedHouseFlow.NeedCard:
                        return visit.item.name && visit.item.reservable && !visit.returning && visit.item.state !== "held"
                               ? qsTr("预约，请先刷居民卡")
                               : visit.item.name ? qsTr("借东西，请先刷居民卡") : qsTr("请刷居民卡")
                    case SharedHouseFlow.ConfirmReserve: return qsTr("预约：%1").arg(visit.item.name)
                    case SharedHouseFlow.Reserved: return qsTr("预约好了：%1").arg(visit.item.name)
                    case SharedHouseFlow.ScanItem: return visit.returning ? qsTr("请扫要还的东西上的码") : qsTr("请扫要借的东西上的码")
                    case SharedHouseFlow.Confirm: return qsTr("借：%1").arg(visit.item.name)
                    case SharedHouseFlow.Condition: return qsTr("归还：%1").arg(visit.item.name)
                    case SharedHouseFlow.Borrowed: return qsTr("借好了：%1").arg(visit.item.name)
                    case SharedHouseFlow.Returned: return qsTr("已归还，谢谢您")
                    }
                    return qsTr("邻里互借，用完请还")
                }
            }
            KText {
                id: detail
                objectName: "sharedHouseDetail"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: visit.step === SharedHouseFlow.Borrowed ? Theme.huge : Theme.title
                font.bold: visit.step === SharedHouseFlow.Borrowed
                visible: text !== ""
                text: {
                    switch (visit.step) {
                    case SharedHouseFlow.Start: return qsTr("借东西要刷居民卡；还东西只要扫东西上的码")
                    case SharedHouseFlow.NeedCard:
                        return visit.item.name ? qsTr("%1 · 放在 %2").arg(visit.item.name).arg(visit.item.place) : ""
                    case SharedHouseFlow.ScanItem: return qsTr("把东西上的码对准扫码口；图书也可以扫书背面的条形码")
                    case SharedHouseFlow.Confirm:
                        return qsTr("借用人 %1 · 放在 %2 · 借期到 %3").arg(Kiosk.person.name).arg(visit.item.place).arg(visit.dueOn)
                    case SharedHouseFlow.Condition: return qsTr("东西怎么样？")
                    case SharedHouseFlow.Borrowed: return qsTr("请在 %1 前归还").arg(visit.dueOn)
                    case SharedHouseFlow.Returned:
                        return [visit.toBeRepaired ? qsTr("已告诉工作人员，修好后再借出")
                                : visit.daysLate > 0 ? qsTr("这次晚还了 %n 天，下次请按时归还", "", visit.daysLate) : "",
                                visit.heldUntil ? qsTr("有邻居预约了它，请放回 %1，保留到 %2").arg(visit.item.place).arg(visit.heldUntil) : ""]
                               .filter(Boolean).join(qsTr("；"))
                    case SharedHouseFlow.ConfirmReserve:
                        return qsTr("%1 · 还回来后为 %2 保留 %n 小时，刷卡时会告诉您", "", visit.item.holdHours)
                               .arg(Messages.itemState(visit.item)).arg(Kiosk.person.name)
                    case SharedHouseFlow.Reserved:
                        return qsTr("您排第 %1 位。还回来后为您保留，下次刷卡时会告诉您").arg(visit.position)
                    }
                    return ""
                }
            }
            // What is kept for the resident, and what is overdue.
            KText {
                id: newsText
                objectName: "sharedHouseNews"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: visit.step === SharedHouseFlow.Start && text !== ""
                color: Theme.warning
                font.pixelSize: Theme.title
                font.bold: true
                text: screen.news.join(qsTr("；"))
            }
            SlipState {
                id: slipState
                objectName: "sharedHouseSlip"
                // (a place in line prints nothing)
                visible: screen.done && visit.step !== SharedHouseFlow.Reserved && visit.slip.state !== Slip.None
                anchors.horizontalCenter: parent.horizontalCenter
                slip: visit.slip
            }

            // The buttons of the step (a grid: the start has many).
            Grid {
                anchors.horizontalCenter: parent.horizontalCenter
                columns: Kiosk.largeText ? 3 : 5
                spacing: Theme.spacing
                BigButton {
                    objectName: "borrowButton"
                    visible: visit.step === SharedHouseFlow.Start
                    fill: Theme.sharedHouse
                    text: qsTr("借东西")
                    onClicked: visit.startBorrowing()
                }
                BigButton {
                    objectName: "returnButton"
                    visible: visit.step === SharedHouseFlow.Start
                    text: qsTr("还东西")
                    onClicked: visit.startReturning()
                }
                BigButton {
                    objectName: "browseButton"
                    visible: visit.step === SharedHouseFlow.Start
                    fill: Theme.neutral
                    text: qsTr("看看有什么")
                    onClicked: visit.browse()
                }
                BigButton {
                    objectName: "mineButton"
                    visible: visit.step === SharedHouseFlow.Start
                    fill: Theme.neutral
                    text: qsTr("我的东西")
                    onClicked: visit.showMine()
                }
                BigButton {
                    objectName: "confirmReserve"
                    visible: visit.step === SharedHouseFlow.ConfirmReserve
                    enabled: !visit.busy
                    fill: Theme.sharedHouse
                    text: qsTr("确认预约")
                    onClicked: visit.confirmReserve()
                }
                BigButton {
                    objectName: "barberButton"
                    visible: visit.step === SharedHouseFlow.Start
                    fill: Theme.neutral
                    text: qsTr("理发预约")
                    onClicked: Kiosk.open(Kiosk.Barber)
                }
                BigButton {
                    objectName: "confirmBorrow"
                    visible: visit.step === SharedHouseFlow.Confirm
                    enabled: !visit.busy
                    fill: Theme.sharedHouse
                    text: qsTr("确认借用")
                    onClicked: visit.confirmBorrow()
                }
                BigButton {
                    objectName: "returnedGood"
                    visible: visit.step === SharedHouseFlow.Condition
                    enabled: !visit.busy
                    fill: Theme.good
                    text: qsTr("完好")
                    onClicked: visit.returnAs(SharedHouse.Good)
                }
                BigButton {
                    objectName: "returnedDamaged"
                    visible: visit.step === SharedHouseFlow.Condition
                    enabled: !visit.busy
                    fill: Theme.warning
                    text: qsTr("有损坏")
                    onClicked: visit.returnAs(SharedHouse.Damaged)
                }
                BigButton {
                    objectName: "returnedMissingParts"
                    visible: visit.step === SharedHouseFlow.Condition
                    enabled: !visit.busy
                    fill: Theme.warning
                    text: qsTr("缺配件")
                    onClicked: visit.returnAs(SharedHouse.MissingParts)
                }
                BigButton {
                    objectName: "sharedHouseFinished"
                    visible: screen.done
                    text: qsTr("完成")
                    onClicked: Kiosk.goHome()
                }
            }
        }

        // The kinds of things, as large tiles.
        Grid {
            id: kinds
            visible: visit.step === SharedHouseFlow.Categories
            anchors { fill: parent; margins: Theme.margin }
            columns: Kiosk.largeText ? 2 : 3
            spacing: Theme.spacing
            readonly property real tileWidth: (width - (columns - 1) * spacing) / columns
            readonly property real tileHeight: (height - (Math.ceil(5 / columns) - 1) * spacing) / Math.ceil(5 / columns)
            Repeater {
                model: visit.categories
                Rectangle {
                    objectName: "kind_" + modelData.code
                    width: kinds.tileWidth
                    height: kinds.tileHeight
                    radius: Theme.radius
                    color: kindTap.pressed ? Theme.panel : "#FFFFFF"
                    border.width: 3
                    border.color: Theme.neutral
                    Row {
                        anchors.centerIn: parent
                        spacing: Theme.spacing
                        ItemBadge { category: modelData.code; anchors.verticalCenter: parent.verticalCenter }
                        KText {
                            anchors.verticalCenter: parent.verticalCenter
                            font.pixelSize: Theme.title
                            font.bold: true
                            text: modelData.name
                        }
                    }
                    MouseArea {
                        id: kindTap
                        anchors.fill: parent
                        onClicked: visit.chooseCategory(modelData.code)
                    }
                }
            }
        }

        // The things of a kind: picture, name, where it is and whether it is in.
        ListView {
            id: itemList
            objectName: "itemList"
            visible: visit.step === SharedHouseFlow.Items
            anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin + itemHint.room
                      bottomMargin: Theme.spacing }
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            spacing: Theme.spacing / 2
            model: visible ? visit.items : []
            delegate: Rectangle {
                objectName: "item_" + index
                width: itemList.width
                height: Math.max(Theme.touch, itemText.height + Theme.spacing)
                radius: Theme.radius
                color: modelData.state === "shelf" ? "#FFFFFF" : Theme.panel
                border.width: 2
                border.color: Theme.neutral
                ItemBadge {
                    id: itemBadge
                    category: modelData.category
                    anchors { left: parent.left; leftMargin: Theme.spacing / 2; verticalCenter: parent.verticalCenter }
                }
                Column {
                    id: itemText
                    anchors { left: itemBadge.right; right: reserveButton.left; verticalCenter: parent.verticalCenter
                              leftMargin: Theme.spacing; rightMargin: Theme.spacing }
                    KText {
                        width: parent.width
                        font.bold: true
                        text: modelData.neighbours ? qsTr("%1（邻居借出）").arg(modelData.name) : modelData.name
                    }
                    KText {
                        width: parent.width
                        color: Theme.textMuted
                        font.pixelSize: Theme.small
                        text: qsTr("%1 · %2").arg(Messages.itemState(modelData)).arg(modelData.place)
                    }
                }
                // Out, kept or in repair: wait in line for it.
                BigButton {
                    id: reserveButton
                    objectName: "item_" + index + "_reserve"
                    visible: modelData.reservable
                    width: visible ? implicitWidth : 0
                    anchors { right: parent.right; rightMargin: Theme.spacing / 2; verticalCenter: parent.verticalCenter }
                    fill: Theme.sharedHouse
                    text: qsTr("预约")
                    onClicked: visit.reserve(index)
                }
            }
        }
        // (setting visible replaces the hint's own "only when longer than its room")
        ScrollHint {
            id: itemHint
            visible: itemList.visible && needed
            view: itemList
        }

        // 我的东西: what one has out, waits for, and lends to neighbours.
        Flickable {
            id: mineView
            objectName: "mineView"
            visible: visit.step === SharedHouseFlow.Mine
            anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin + mineHint.room
                      bottomMargin: Theme.spacing }
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            contentHeight: mineColumn.height
            readonly property var mine: visit.mine
            Column {
                id: mineColumn
                width: mineView.width
                spacing: Theme.spacing / 2
                KText {
                    objectName: "mineLoading"
                    visible: !mineView.mine.loans
                    text: qsTr("正在查找…")
                }
                KText {
                    objectName: "mineLoansTitle"
                    visible: !!mineView.mine.loans
                    font.pixelSize: Theme.title
                    font.bold: true
                    text: mineView.mine.loans && mineView.mine.loans.length > 0
                          ? qsTr("借着的（%1 件）").arg(mineView.mine.loans.length) : qsTr("现在没有借东西")
                }
                Repeater {
                    model: mineView.mine.loans || []
                    KText {
                        objectName: "mineLoan_" + index
                        width: mineColumn.width
                        color: modelData.daysLate > 0 ? Theme.danger : Theme.text
                        font.bold: modelData.daysLate > 0
                        text: modelData.daysLate > 0
                              ? qsTr("%1 · %2 到期，已过期 %n 天", "", modelData.daysLate).arg(modelData.name).arg(modelData.due)
                              : qsTr("%1 · %2 前归还").arg(modelData.name).arg(modelData.due)
                    }
                }
                KText {
                    visible: !!mineView.mine.reservations && mineView.mine.reservations.length > 0
                    topPadding: Theme.spacing
                    font.pixelSize: Theme.title
                    font.bold: true
                    text: qsTr("预约的")
                }
                Repeater {
                    model: mineView.mine.reservations || []
                    Item {
                        width: mineColumn.width
                        height: Math.max(cancelButton.height, reservationText.height)
                        KText {
                            id: reservationText
                            objectName: "mineReservation_" + index
                            anchors { left: parent.left; right: cancelButton.left; rightMargin: Theme.spacing
                                      verticalCenter: parent.verticalCenter }
                            color: modelData.held ? Theme.good : Theme.text
                            font.bold: modelData.held
                            text: modelData.held
                                  ? qsTr("%1 · 可以借了，放在 %2，保留到 %3").arg(modelData.name).arg(modelData.place).arg(modelData.heldUntil)
                                  : qsTr("%1 · 您排第 %2 位").arg(modelData.name).arg(modelData.position)
                        }
                        BigButton {
                            id: cancelButton
                            objectName: "mineReservation_" + index + "_cancel"
                            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                            enabled: !visit.busy
                            fill: Theme.neutral
                            text: qsTr("取消预约")
                            onClicked: visit.cancelReservation(modelData.id)
                        }
                    }
                }
                KText {
                    visible: !!mineView.mine.own && mineView.mine.own.length > 0
                    topPadding: Theme.spacing
                    font.pixelSize: Theme.title
                    font.bold: true
                    text: qsTr("我借给邻居的 · 感谢积分 %1 分").arg(mineView.mine.points)
                }
                Repeater {
                    model: mineView.mine.own || []
                    KText {
                        objectName: "mineOwn_" + index
                        width: mineColumn.width
                        text: qsTr("%1 · %2 · 邻居借过 %n 次", "", modelData.timesLent).arg(modelData.name)
                              .arg(Messages.itemState(modelData))
                    }
                }
            }
        }
        ScrollHint {
            id: mineHint
            visible: mineView.visible && needed
            view: mineView
        }
    }
}
