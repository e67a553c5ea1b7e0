import QtQuick
import Linli
import Linli.Core

// Staff mode: the canteen's orders, delivery to the door with welfare alerts,
// meal-card top-ups, the period's figures, and a person's QR code slip.
Item {
    id: staffScreen
    objectName: "staffScreen"
    readonly property var desk: Kiosk.canteen.desk
    // The canteen's orders first; a kiosk without a canteen opens on the people.
    property string tab: Kiosk.offers(Kiosk.Canteen) ? "orders" : "people"

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: voiceControls.left; top: parent.top; margins: Theme.margin }
        title: qsTr("管理模式 · %1").arg(Kiosk.staff.name)
        backText: qsTr("退出管理")
        onBack: Kiosk.staff.leave()
    }

    // The voice of the residents' screens (the INI file's voice and voice_volume until restart).
    Row {
        id: voiceControls
        objectName: "voiceControls"
        anchors { right: parent.right; top: parent.top; margins: Theme.margin }
        spacing: Theme.spacing / 2
        BigButton {
            objectName: "voiceToggle"
            readonly property bool on: Kiosk.voice.on
            text: (on ? "✓ " : "") + qsTr("语音")
            fill: on ? Theme.action : "#FFFFFF"
            textColor: on ? Theme.onDark : Theme.text
            onClicked: Kiosk.voice.on = !on
        }
        BigButton {
            objectName: "volumeDown"
            width: Theme.touch
            enabled: Kiosk.voice.on && Kiosk.voice.volume > 0
            text: "−"
            onClicked: Kiosk.voice.volume = Kiosk.voice.volume - 10
        }
        KText {
            objectName: "volume"
            anchors.verticalCenter: parent.verticalCenter
            font.bold: true
            text: qsTr("音量 %1").arg(Kiosk.voice.volume)
        }
        BigButton {
            objectName: "volumeUp"
            width: Theme.touch
            enabled: Kiosk.voice.on && Kiosk.voice.volume < 100
            text: "+"
            onClicked: Kiosk.voice.volume = Kiosk.voice.volume + 10
        }
    }

    component TabButton: BigButton {
        property string name
        fontSize: Theme.small // nine tabs to a row
        fill: staffScreen.tab === name ? Theme.action : Theme.neutral
        onClicked: staffScreen.tab = name
    }

    // A line of a list with its one action on the right.
    component RowText: KText {
        wrapMode: Text.NoWrap
        elide: Text.ElideRight
    }

    Row {
        id: tabs
        anchors { left: parent.left; right: parent.right; top: header.bottom; margins: Theme.margin; topMargin: Theme.spacing }
        spacing: Theme.spacing / 2
        // The tabs of the services this kiosk offers, sharing the row.
        readonly property int shown: visibleChildren.length
        readonly property real tabWidth: (width - (shown - 1) * spacing) / Math.max(1, shown)
        TabButton { objectName: "tabOrders"; width: tabs.tabWidth; visible: Kiosk.offers(Kiosk.Canteen); name: "orders"; text: qsTr("订单") }
        TabButton { objectName: "tabMenu"; width: tabs.tabWidth; visible: Kiosk.offers(Kiosk.Canteen); name: "menu"; text: qsTr("今日菜单") }
        TabButton { objectName: "tabDelivery"; width: tabs.tabWidth; visible: Kiosk.offers(Kiosk.Canteen); name: "delivery"
                    text: desk.alerts.count > 0 ? qsTr("送餐（%1 条提醒）").arg(desk.alerts.count) : qsTr("送餐") }
        TabButton { objectName: "tabTopUp"; width: tabs.tabWidth; visible: Kiosk.offers(Kiosk.Canteen); name: "topup"; text: qsTr("饭卡充值") }
        TabButton { objectName: "tabFigures"; width: tabs.tabWidth; visible: Kiosk.offers(Kiosk.Canteen); name: "figures"; text: qsTr("统计") }
        TabButton { objectName: "tabPeople"; width: tabs.tabWidth; name: "people"; text: qsTr("居民", "staff tab") }
        TabButton { objectName: "tabSharedHouse"; width: tabs.tabWidth; name: "sharedHouse"
                    visible: Kiosk.offers(Kiosk.SharedHouse)
                    // (short in English: a tab's width is a seventh of the row)
                    text: Kiosk.sharedHouse.desk.alerts.count > 0 ? qsTr("共享小屋（%1）", "staff tab").arg(Kiosk.sharedHouse.desk.alerts.count)
                                                                  : qsTr("共享小屋", "staff tab") }
        TabButton { objectName: "tabBarber"; width: tabs.tabWidth; name: "barber"; text: qsTr("理发", "staff tab")
                    visible: Kiosk.offers(Kiosk.Barber) }
        TabButton { objectName: "tabDrivers"; width: tabs.tabWidth; name: "drivers"; visible: Kiosk.offers(Kiosk.DriverHome)
                    text: Kiosk.driverHome.drivers.present > 0 ? qsTr("司机（%1）", "staff tab").arg(Kiosk.driverHome.drivers.present)
                                                               : qsTr("司机", "staff tab") }
        // Red on every tab while a ride request waits too long, from any kiosk of the street.
        TabButton { objectName: "tabRides"; width: tabs.tabWidth; name: "rides"
                    readonly property int alerts: Kiosk.rides.desk.alerts.length
                    fill: staffScreen.tab === name ? Theme.action : alerts > 0 ? Theme.danger : Theme.neutral
                    text: alerts > 0 ? qsTr("叫车 %1", "staff tab").arg(alerts) : qsTr("叫车", "staff tab") }
    }

    // Calls for help from any kiosk of the site, above every tab until taken.
    Column {
        id: helpCalls
        objectName: "helpCalls"
        anchors { left: parent.left; right: parent.right; top: tabs.bottom; margins: Theme.margin; topMargin: Theme.spacing }
        spacing: Theme.spacing / 2
        Repeater {
            model: Kiosk.help.calls
            Rectangle {
                width: helpCalls.width
                height: takeButton.height + Theme.spacing / 2
                radius: Theme.radius
                color: Theme.warning
                KText {
                    anchors { left: parent.left; right: takeButton.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                    color: Theme.onDark
                    font.bold: true
                    text: modelData.here ? qsTr("%1 本机有人呼叫工作人员").arg(modelData.at)
                                         : qsTr("%1 %2 有人呼叫工作人员").arg(modelData.at).arg(modelData.kiosk)
                }
                BigButton {
                    id: takeButton
                    objectName: "takeHelpCall_" + index
                    anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 4 }
                    fill: "#FFFFFF"
                    textColor: Theme.text
                    text: qsTr("我去处理")
                    onClicked: Kiosk.help.take(modelData.id)
                }
            }
        }
    }

    Loader {
        anchors { left: parent.left; right: parent.right; top: helpCalls.bottom; bottom: parent.bottom
                  margins: Theme.margin; topMargin: Theme.spacing }
        sourceComponent: {
            switch (staffScreen.tab) {
            case "menu": return menuTab
            case "delivery": return delivery
            case "topup": return topUp
            case "figures": return figures
            case "people": return peopleTab
            case "sharedHouse": return sharedHouse
            case "barber": return barberTab
            case "drivers": return driverTab
            case "rides": return ridesTab
            }
            return orders
        }
    }

    // The period the lists are for: today's breakfast, lunch or dinner.
    component PeriodPicker: Row {
        spacing: Theme.spacing / 2
        Repeater {
            model: desk.periods
            BigButton {
                objectName: "period_" + modelData
                fill: desk.periodCode === modelData ? Theme.canteen : Theme.neutral
                text: Messages.periodName(modelData)
                onClicked: desk.showPeriod(modelData)
            }
        }
    }

    Component {
        id: orders
        Item {
            objectName: "ordersTab"
            PeriodPicker { id: picker }
            KText {
                anchors { left: picker.right; right: reprintWaiting.left; verticalCenter: picker.verticalCenter; margins: Theme.spacing }
                objectName: "waitingJobs"
                text: Kiosk.devices.waitingPrintJobs === 0 ? qsTr("打印机：%1").arg(Messages.deviceState(Kiosk.devices.printer))
                                                   : qsTr("%n 张凭条等待打印", "", Kiosk.devices.waitingPrintJobs)
            }
            BigButton {
                id: reprintWaiting
                objectName: "reprintButton"
                anchors { right: parent.right; verticalCenter: picker.verticalCenter }
                text: qsTr("补打等待的凭条")
                enabled: Kiosk.devices.waitingPrintJobs > 0
                onClicked: Kiosk.devices.reprintWaiting()
            }
            // What the last cancellation gave back, and where, until staff leave the tab.
            KText {
                id: cancelledLine
                objectName: "cancelledLine"
                anchors { left: parent.left; right: parent.right; top: picker.bottom; topMargin: Theme.spacing }
                visible: desk.cancelled.number !== undefined
                wrapMode: Text.WordWrap
                font.bold: true
                color: Theme.danger
                text: !visible ? ""
                    : desk.cancelled.refund === "" ? qsTr("%1号已取消（未付款，无需退款）").arg(desk.cancelled.number)
                    : desk.cancelled.toCard ? qsTr("%1号已取消，%2已退回饭卡").arg(desk.cancelled.number).arg(Messages.money(desk.cancelled.refund))
                    : qsTr("%1号已取消，请退给居民现金 %2").arg(desk.cancelled.number).arg(Messages.money(desk.cancelled.refund))
            }
            KText {
                visible: desk.orders.count === 0
                anchors { top: cancelledLine.visible ? cancelledLine.bottom : picker.bottom; topMargin: Theme.spacing }
                text: qsTr("这一餐还没有订单")
            }
            ListView {
                id: ordersList
                anchors.rightMargin: ordersListHint.room
                objectName: "orderList"
                anchors { left: parent.left; right: parent.right; top: cancelledLine.visible ? cancelledLine.bottom : picker.bottom
                          bottom: parent.bottom; topMargin: Theme.spacing }
                clip: true
                spacing: Theme.spacing / 2
                model: desk.orders
                delegate: Rectangle {
                    required property var model
                    width: ListView.view.width
                    height: Theme.touch + Theme.spacing / 2
                    radius: Theme.radius
                    color: Theme.panel
                    RowText {
                        anchors { left: parent.left; right: actions.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                        text: qsTr("%1号　取餐码 %2　%3　%4").arg(model.number).arg(model.pickupCode)
                              .arg(Messages.money(model.total))
                              .arg((model.paid ? qsTr("已付") : qsTr("未付")) + "　" + Messages.orderState(model.state))
                    }
                    Row {
                        id: actions
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 4 }
                        spacing: Theme.spacing / 2
                        BigButton {
                            objectName: "markPaid_" + model.number
                            visible: model.canMarkPaid
                            fill: Theme.good
                            text: qsTr("收款")
                            onClicked: desk.markPaid(model.id)
                        }
                        BigButton {
                            objectName: "advance_" + model.number
                            visible: model.next >= 0
                            text: Messages.orderState(model.next)
                            onClicked: desk.advance(model.id, model.next)
                        }
                        BigButton {
                            objectName: "reprint_" + model.number
                            fill: Theme.neutral
                            text: qsTr("补打")
                            onClicked: desk.reprint(model.id)
                        }
                        BigButton {
                            objectName: "cancel_" + model.number
                            visible: model.canCancel
                            fill: Theme.danger
                            text: qsTr("取消")
                            onClicked: cancelPicker.order = {id: model.id, number: model.number, total: model.total, paid: model.paid}
                        }
                    }
                }
            }
            ScrollHint { id: ordersListHint; view: ordersList }
        }
    }

    Component {
        id: menuTab
        Item {
            objectName: "menuTab"
            PeriodPicker { id: picker }
            ListView {
                id: menuList
                anchors.rightMargin: menuListHint.room
                anchors { left: parent.left; right: parent.right; top: picker.bottom; bottom: parent.bottom; topMargin: Theme.spacing }
                clip: true
                spacing: Theme.spacing / 2
                model: desk.menu
                delegate: Rectangle {
                    required property var model
                    required property int index
                    width: ListView.view.width
                    height: Theme.touch + Theme.spacing / 2
                    radius: Theme.radius
                    color: Theme.panel
                    RowText {
                        anchors { left: parent.left; right: portionButtons.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                        text: Messages.dishCategory(model.category) + "　" + model.name + "　"
                              + (model.portions > 0 ? qsTr("余 %n 份", "", model.portions) : qsTr("已售完"))
                    }
                    Row {
                        id: portionButtons
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 4 }
                        spacing: Theme.spacing / 2
                        BigButton {
                            objectName: "portionsLess_" + index
                            fill: Theme.neutral
                            text: "−5"
                            onClicked: desk.changePortions(model.dishId, -5)
                        }
                        BigButton {
                            objectName: "portionsMore_" + index
                            text: "+5"
                            onClicked: desk.changePortions(model.dishId, 5)
                        }
                        BigButton {
                            objectName: "soldOut_" + index
                            fill: Theme.danger
                            text: qsTr("售完")
                            onClicked: desk.soldOut(model.dishId)
                        }
                    }
                }
            }
            ScrollHint { id: menuListHint; view: menuList }
        }
    }

    Component {
        id: delivery
        Item {
            objectName: "deliveryTab"
            PeriodPicker { id: picker }
            BigButton {
                id: printSheet
                objectName: "printRunSheet"
                anchors { right: parent.right; verticalCenter: picker.verticalCenter }
                text: qsTr("打印送餐单")
                onClicked: desk.printRunSheet()
            }
            Row {
                id: volunteers
                anchors { top: picker.bottom; topMargin: Theme.spacing }
                spacing: Theme.spacing / 2
                KText {
                    anchors.verticalCenter: parent.verticalCenter
                    text: desk.volunteer !== "" ? qsTr("送餐人：%1　换成").arg(desk.volunteer) : qsTr("指派送餐人：")
                }
                Repeater {
                    model: desk.volunteers
                    BigButton {
                        objectName: "volunteer_" + index
                        visible: modelData !== desk.volunteer
                        fill: Theme.neutral
                        text: modelData
                        onClicked: desk.assignVolunteer(modelData)
                    }
                }
            }
            Column {
                id: alertList
                anchors { left: parent.left; right: parent.right; top: volunteers.bottom; topMargin: Theme.spacing }
                spacing: Theme.spacing / 2
                Repeater {
                    model: desk.alerts
                    Rectangle {
                        width: alertList.width
                        height: Theme.touch + Theme.spacing / 2
                        radius: Theme.radius
                        color: Theme.danger
                        RowText {
                            anchors { left: parent.left; right: resolveRow.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                            color: Theme.onDark
                            font.bold: true
                            text: qsTr("无人应答 %1　%2　%3　%4").arg(model.raisedAt).arg(model.address)
                                  .arg(model.name).arg(model.phone)
                        }
                        Row {
                            id: resolveRow
                            anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 4 }
                            spacing: Theme.spacing / 2
                            BigButton {
                                objectName: "resolveVisited_" + index
                                fill: Theme.background
                                textColor: Theme.text
                                text: qsTr("已上门，平安")
                                onClicked: desk.resolveAlert(model.id, qsTr("已上门，平安"))
                            }
                            BigButton {
                                fill: Theme.background
                                textColor: Theme.text
                                text: qsTr("已联系家属")
                                onClicked: desk.resolveAlert(model.id, qsTr("已联系家属"))
                            }
                        }
                    }
                }
            }
            KText {
                visible: desk.stops.count === 0
                anchors { top: alertList.bottom; topMargin: Theme.spacing }
                text: qsTr("这一餐没有送餐订单")
            }
            ListView {
                id: stopsList
                anchors.rightMargin: stopsListHint.room
                objectName: "stopList"
                anchors { left: parent.left; right: parent.right; top: alertList.bottom; bottom: parent.bottom; topMargin: Theme.spacing }
                clip: true
                spacing: Theme.spacing / 2
                model: desk.stops
                delegate: Rectangle {
                    required property var model
                    required property int index
                    width: ListView.view.width
                    height: Theme.touch + Theme.spacing / 2
                    radius: Theme.radius
                    color: Theme.panel
                    RowText {
                        anchors { left: parent.left; right: outcome.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                        text: qsTr("%1　%2　%3号").arg(model.address).arg(model.name).arg(model.number)
                              + (model.toCollect !== "" ? "　" + qsTr("待收 %1").arg(Messages.money(model.toCollect)) : "")
                    }
                    Row {
                        id: outcome
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 4 }
                        spacing: Theme.spacing / 2
                        KText {
                            visible: model.outcome !== CanteenDesk.NotYet
                            anchors.verticalCenter: parent.verticalCenter
                            color: model.outcome === CanteenDesk.NoAnswer ? Theme.danger : Theme.good
                            font.bold: true
                            text: model.outcome === CanteenDesk.NoAnswer ? qsTr("无人应答") : qsTr("已送达")
                        }
                        BigButton {
                            objectName: "delivered_" + index
                            visible: model.outcome !== CanteenDesk.Delivered
                            fill: Theme.good
                            text: qsTr("已送达")
                            onClicked: desk.recordDelivery(model.orderId, true)
                        }
                        BigButton {
                            objectName: "noAnswer_" + index
                            visible: model.outcome === CanteenDesk.NotYet
                            fill: Theme.danger
                            text: qsTr("无人应答")
                            onClicked: desk.recordDelivery(model.orderId, false)
                        }
                    }
                }
            }
            ScrollHint { id: stopsListHint; view: stopsList }
        }
    }

    Component {
        id: topUp
        Item {
            objectName: "topUpTab"
            BigButton {
                id: checkLedger
                objectName: "checkLedger"
                anchors { right: parent.right; top: parent.top }
                fill: Theme.neutral
                text: qsTr("核对饭卡账目")
                onClicked: desk.checkLedger()
            }
            // Every card's balance against its ledger, when staff asked.
            KText {
                id: ledgerResult
                objectName: "ledgerResult"
                anchors { left: parent.left; right: checkLedger.left; verticalCenter: checkLedger.verticalCenter; rightMargin: Theme.spacing }
                wrapMode: Text.WordWrap
                font.bold: true
                readonly property var rows: desk.ledgerCheck.mismatches || []
                color: rows.length > 0 ? Theme.danger : Theme.good
                text: {
                    if (!desk.ledgerCheck.checked)
                        return ""
                    if (rows.length === 0)
                        return qsTr("✓ 每张饭卡的余额都与账目相符")
                    var names = []
                    for (var i = 0; i < rows.length; ++i)
                        names.push(qsTr("%1（余额 %2，账目 %3）").arg(rows[i].name).arg(rows[i].balance).arg(rows[i].ledger))
                    return qsTr("%n 张饭卡与账目不符：", "", rows.length) + names.join(qsTr("；"))
                }
            }
            KText {
                id: lastTopUps
                anchors { top: checkLedger.bottom; topMargin: Theme.spacing / 2 }
                width: parent.width
                elide: Text.ElideRight
                wrapMode: Text.NoWrap
                // The latest first: who, how much, who took the money.
                text: {
                    if (desk.topUps.count === 0)
                        return qsTr("今天还没有充值")
                    var entries = []
                    for (var i = desk.topUps.count - 1; i >= 0; --i) {
                        var t = desk.topUps.get(i)
                        entries.push(qsTr("%1　%2　%3　经办 %4").arg(t.at).arg(t.name).arg(Messages.money(t.amount)).arg(t.staff))
                    }
                    // The punctuation belongs to the language: ： and ； in Chinese.
                    return qsTr("今天的充值：%1").arg(entries.join(qsTr("；")))
                }
            }
            ListView {
                id: residentsList
                objectName: "residentsList"
                anchors.rightMargin: residentsListHint.room
                anchors { left: parent.left; right: parent.right; top: lastTopUps.bottom; bottom: parent.bottom; topMargin: Theme.spacing }
                clip: true
                spacing: Theme.spacing / 2
                model: desk.residents
                delegate: Rectangle {
                    id: residentRow
                    required property var model
                    required property int index
                    width: ListView.view.width
                    height: Theme.touch + Theme.spacing / 2
                    radius: Theme.radius
                    color: Theme.panel
                    RowText {
                        anchors { left: parent.left; right: amounts.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                        text: model.name + "　" + model.detail
                    }
                    Row {
                        id: amounts
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 4 }
                        spacing: Theme.spacing / 2
                        BigButton {
                            objectName: "delivery_" + residentRow.index
                            fill: residentRow.model.delivery ? Theme.canteen : Theme.neutral
                            text: residentRow.model.delivery ? qsTr("可送餐") : qsTr("开通送餐")
                            onClicked: desk.setDelivery(residentRow.model.id, !residentRow.model.delivery)
                        }
                        Repeater {
                            model: [20, 50, 100]
                            BigButton {
                                objectName: "topUp_" + residentRow.index + "_" + modelData
                                text: "+" + modelData
                                onClicked: {
                                    const id = residentRow.model.id, amount = modelData
                                    moneyGate.run(function() { desk.topUp(id, amount) },
                                                  qsTr("为%1充值 %2").arg(residentRow.model.name).arg(Messages.money(amount)))
                                }
                            }
                        }
                        BigButton {
                            objectName: "card_" + residentRow.index
                            fill: Theme.neutral
                            text: qsTr("账目")
                            onClicked: desk.showCard(residentRow.model.id)
                        }
                    }
                }
            }
            ScrollHint { id: residentsListHint; view: residentsList }
            MealCardPanel { id: cardPanel; anchors.fill: parent; desk: staffScreen.desk; gate: moneyGate }
        }
    }

    Component {
        id: figures
        Item {
            objectName: "figuresTab"
            PeriodPicker { id: picker }
            BigButton {
                id: exportButton
                objectName: "exportFigures"
                anchors { right: parent.right; verticalCenter: picker.verticalCenter }
                text: qsTr("导出表格")
                onClicked: desk.exportFigures()
            }
            // Two figures a row; the list scrolls when large text or a call for help
            // leaves less room.
            Flickable {
                id: figureView
                anchors { left: parent.left; right: parent.right; top: picker.bottom; bottom: parent.bottom
                          topMargin: Theme.spacing; rightMargin: figureHint.room }
                contentHeight: figureColumn.height
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Column {
                    id: figureColumn
                    width: parent.width
                    spacing: Theme.spacing
                    Grid {
                        id: figureGrid
                        width: parent.width
                        columns: 4
                        columnSpacing: Theme.margin
                        rowSpacing: Theme.spacing / 2
                        KText { text: qsTr("敬老套餐订单") }
                        KText { objectName: "figureSenior"; font.bold: true; text: desk.figures.senior }
                        KText { text: qsTr("司机套餐订单") }
                        KText { font.bold: true; text: desk.figures.driver }
                        KText { text: qsTr("原价订单") }
                        KText { font.bold: true; text: desk.figures.normal }
                        KText { text: qsTr("套餐份数") }
                        KText { font.bold: true; text: desk.figures.sets }
                        KText { text: qsTr("补贴合计") }
                        KText { objectName: "figureSubsidy"; font.bold: true; text: Messages.money(desk.figures.subsidy) }
                        KText { text: qsTr("送餐份数") }
                        KText { font.bold: true; text: desk.figures.deliveries }
                        KText { text: qsTr("饭卡收入") }
                        KText { font.bold: true; text: Messages.money(desk.figures.mealCard) }
                        KText { text: qsTr("柜台收入") }
                        KText { font.bold: true; text: Messages.money(desk.figures.counter) }
                        KText { text: qsTr("作废（未付款）") }
                        KText { font.bold: true; text: desk.figures.lapsed }
                        KText { text: qsTr("代办订单") }
                        KText { objectName: "figureAssisted"; font.bold: true; text: desk.figures.assisted }
                    }
                    KText {
                        objectName: "exportedTo"
                        visible: desk.exportedTo !== ""
                        width: parent.width
                        font.pixelSize: Theme.small
                        text: qsTr("已导出：%1").arg(desk.exportedTo)
                    }
                }
            }
            ScrollHint { id: figureHint; view: figureView }
        }
    }

    Component { id: peopleTab; PeopleDeskTab {} }

    Component { id: barberTab; BarberDeskTab {} }

    Component { id: ridesTab; RidesDeskTab {} }

    Component { id: sharedHouse; SharedHouseDeskTab {} }

    Component { id: driverTab; DriverDeskTab {} }

    // Why an order is cancelled: chosen, never typed; then the money gate.
    Rectangle {
        id: cancelPicker
        objectName: "cancelPicker"
        property var order: null
        visible: order !== null && staffScreen.tab === "orders"
        readonly property bool modal: true
        anchors.fill: parent
        color: "#D91A1A1A"
        MouseArea { objectName: "tapShield"; anchors.fill: parent }
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.margin, 1200)
            height: reasonColumn.height + 2 * Theme.margin
            radius: Theme.radius
            color: Theme.background
            Column {
                id: reasonColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
                spacing: Theme.spacing
                KText {
                    width: parent.width
                    font.pixelSize: Theme.title
                    font.bold: true
                    wrapMode: Text.WordWrap
                    text: cancelPicker.order === null ? ""
                        : cancelPicker.order.paid ? qsTr("取消 %1号订单，退还 %2").arg(cancelPicker.order.number).arg(Messages.money(cancelPicker.order.total))
                        : qsTr("取消 %1号订单（未付款）").arg(cancelPicker.order.number)
                }
                KText { text: qsTr("为什么取消？") }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: ["changed_mind", "wrong_order", "cannot_cook", "other"]
                        BigButton {
                            objectName: "cancelReason_" + modelData
                            fill: Theme.danger
                            text: Messages.cancelReason(modelData)
                            onClicked: {
                                const order = cancelPicker.order, reason = modelData
                                cancelPicker.order = null
                                moneyGate.run(function() { desk.cancelOrder(order.id, reason) },
                                              qsTr("取消 %1号订单").arg(order.number))
                            }
                        }
                    }
                }
                BigButton {
                    objectName: "cancelKeep"
                    fill: Theme.neutral
                    text: qsTr("不取消")
                    onClicked: cancelPicker.order = null
                }
            }
        }
    }

    // Above everything: the card and the PIN before money moves.
    MoneyGate { id: moneyGate; anchors.fill: parent }
}
