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
    readonly property string prompt: [problemText, headline.text, detail.visible ? detail.text : "",
                                      slipState.visible ? slipState.text : ""].filter(Boolean).join(qsTr("。"))
    readonly property bool done: visit.step === SharedHouseFlow.Borrowed || visit.step === SharedHouseFlow.Returned

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: visit.step === SharedHouseFlow.Items ? qsTr("共享小屋 · %1").arg(visit.categoryName) : qsTr("共享小屋")
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
            visible: visit.step !== SharedHouseFlow.Categories && visit.step !== SharedHouseFlow.Items
            y: Math.max(0, (parent.height - height) / 2)
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 1.5

            KText {
                id: headline
                objectName: "sharedHouseHeadline"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.huge
                font.bold: true
                text: {
                    switch (visit.step) {
                    case SharedHouseFlow.NeedCard: return qsTr("借东西，请先刷居民卡")
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
                        return visit.toBeRepaired ? qsTr("已告诉工作人员，修好后再借出")
                             : visit.daysLate > 0 ? qsTr("这次晚还了 %n 天，下次请按时归还", "", visit.daysLate) : ""
                    }
                    return ""
                }
            }
            SlipState {
                id: slipState
                objectName: "sharedHouseSlip"
                visible: screen.done && slipState !== Slip.None
                anchors.horizontalCenter: parent.horizontalCenter
                slip: visit.slip
            }

            // The buttons of the step.
            Row {
                anchors.horizontalCenter: parent.horizontalCenter
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
                    anchors { left: itemBadge.right; right: parent.right; verticalCenter: parent.verticalCenter
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
            }
        }
        ScrollHint {
            id: itemHint
            visible: itemList.visible
            view: itemList
        }
    }
}
