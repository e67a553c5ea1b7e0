import QtQuick
import Linli
import Linli.Core

// Happiness Canteen: set or dishes -> how to eat -> review -> pay -> pickup code.
// Every step is one screen with big buttons; back is always one tap.
Item {
    id: screen
    objectName: "canteenScreen"
    readonly property var ordering: Kiosk.canteen.order // not "flow": GridView has a flow of its own
    readonly property bool printerCanPrint: Messages.printerCanPrint(Kiosk.devices.printer)
    readonly property string printerWarning: qsTr("打印机暂时不能打印小票，付款后请记住屏幕上的取餐码")

    // What the voice says on each step.
    readonly property int step: ordering.step
    readonly property string prompt: {
        var problem = ordering.problem !== Canteen.NoProblem ? Messages.canteenProblem(ordering.problem) : ""
        switch (ordering.step) {
        case CanteenFlow.ChooseSet:
            if (ordering.setTakenThisMeal)
                return Messages.canteenProblem(Canteen.SetAlreadyTaken)
            if (ordering.sets.length > 0 && ordering.sets[0].suggestion.length > 0)
                return qsTr("今日推荐%1：%2。点一下就选好了").arg(ordering.sets[0].name)
                       .arg(ordering.sets[0].suggestion.join(qsTr("、")))
            return ordering.sets.length > 0 ? qsTr("请选择套餐，或按原价点菜") : qsTr("请点菜")
        case CanteenFlow.ChooseDishes:
            return problem !== "" ? problem : dishesPrompt()
        case CanteenFlow.ChooseService:
            return qsTr("在哪里用餐？")
        case CanteenFlow.Review:
            return [qsTr("应付 %1，请选择付款方式").arg(Messages.money(ordering.total)),
                    printerCanPrint ? "" : printerWarning, problem].filter(Boolean).join(qsTr("。"))
        case CanteenFlow.Done:
            return qsTr("您的取餐码是 %1").arg(ordering.pickupCode) + qsTr("。") + paidText()
        }
        if (ordering.busy)
            return ""
        return ordering.unavailable ? qsTr("暂时无法点餐，请联系工作人员。") : qsTr("现在不是点餐时间")
    }
    // What is still to choose; the set and its price first, before anything is chosen.
    function dishesPrompt() {
        if (ordering.needed.length === 0)
            return qsTr("请点选菜品")
        var missing = []
        var started = false
        for (var i = 0; i < ordering.needed.length; ++i) {
            var need = ordering.needed[i]
            started = started || need.chosen > 0
            if (need.chosen < need.needed)
                missing.push(qsTr("%1 个%2").arg(need.needed - need.chosen).arg(Messages.dishCategory(need.category)))
        }
        if (missing.length === 0)
            return qsTr("选好了，请按下一步")
        var ask = qsTr("请选 %1").arg(missing.join("、"))
        return started ? ask : ordering.setName + " " + Messages.money(ordering.setPrice) + qsTr("，") + ask
    }
    function paidText() {
        return !ordering.paid ? qsTr("请到柜台付款 %1 后取餐").arg(Messages.money(ordering.total))
             : ordering.balance === "" ? qsTr("已用饭卡付款 %1").arg(Messages.money(ordering.total))
             : qsTr("已用饭卡付款 %1，饭卡余额 %2").arg(Messages.money(ordering.total)).arg(Messages.money(ordering.balance))
    }

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: ordering.setName !== "" ? qsTr("幸福食堂 · %1 %2").arg(ordering.setName).arg(Messages.money(ordering.setPrice))
                                       : qsTr("幸福食堂")
        backText: ordering.step === CanteenFlow.ChooseDishes || ordering.step === CanteenFlow.ChooseService
                  || ordering.step === CanteenFlow.Review ? qsTr("上一步") : qsTr("返回首页")
        onBack: {
            if (ordering.step === CanteenFlow.ChooseDishes || ordering.step === CanteenFlow.ChooseService
                    || ordering.step === CanteenFlow.Review)
                ordering.back()
            else
                Kiosk.goHome()
        }
    }

    Item {
        id: body
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom
                  leftMargin: Theme.margin; rightMargin: Theme.margin; topMargin: Theme.spacing; bottomMargin: Theme.spacing }

        Loader {
            anchors.fill: parent
            sourceComponent: {
                switch (ordering.step) {
                case CanteenFlow.ChooseSet: return chooseSet
                case CanteenFlow.ChooseDishes: return chooseDishes
                case CanteenFlow.ChooseService: return chooseService
                case CanteenFlow.Review: return review
                case CanteenFlow.Done: return done
                }
                return ordering.busy ? null : closed
            }
        }
    }

    Component {
        id: closed
        Column {
            objectName: "canteenClosed"
            spacing: Theme.spacing * 2
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: ordering.unavailable ? Theme.title : Theme.huge
                text: ordering.unavailable ? (Kiosk.devices.databaseOnline ? qsTr("暂时无法点餐，请联系工作人员。")
                                                                           : Messages.offline)
                                           : qsTr("现在不是点餐时间")
            }
            KText {
                objectName: "opensAt"
                visible: !ordering.unavailable
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.title
                text: qsTr("下次开始点餐：%1").arg(ordering.opensAt)
            }
        }
    }

    Component {
        id: chooseSet
        // Scrolls when large text makes the choices taller than the screen.
        Item {
            Flickable {
                id: setChoices
                anchors { fill: parent; rightMargin: setHint.room }
                contentHeight: setColumn.height
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Column {
                    id: setColumn
                    objectName: "chooseSet"
                    width: parent.width
                    spacing: Theme.spacing * 1.5
                    KText {
                        width: parent.width
                        font.pixelSize: Theme.title
                        text: Kiosk.person.name !== "" ? qsTr("%1，请选择").arg(Kiosk.person.name) : qsTr("请选择")
                    }
                    // The day's suggested dishes in one tap; or the set with her own choice.
                    Repeater {
                        model: ordering.sets
                        BigButton {
                            objectName: "suggested_" + modelData.code
                            visible: modelData.suggestion.length > 0
                            width: parent.width
                            fontSize: Theme.title
                            fill: Theme.canteen
                            text: qsTr("今日推荐 · %1　%2").arg(modelData.name).arg(Messages.money(modelData.price))
                                  + "\n" + modelData.suggestion.join(qsTr("、"))
                            onClicked: ordering.chooseSuggested(modelData.code)
                        }
                    }
                    Repeater {
                        model: ordering.sets
                        BigButton {
                            objectName: "set_" + modelData.code
                            width: parent.width
                            fontSize: Theme.title
                            fill: modelData.suggestion.length > 0 ? Theme.action : Theme.canteen
                            text: modelData.suggestion.length > 0
                                  ? qsTr("%1　自己选菜").arg(modelData.name)
                                  : qsTr("%1　%2").arg(modelData.name).arg(Messages.money(modelData.price))
                            onClicked: ordering.chooseSet(modelData.code)
                        }
                    }
                    BigButton {
                        objectName: "setNone"
                        width: parent.width
                        fontSize: Theme.title
                        text: qsTr("按原价点菜")
                        onClicked: ordering.chooseSet("")
                    }
                    KText {
                        objectName: "setTaken"
                        visible: ordering.setTakenThisMeal
                        width: parent.width
                        text: Messages.canteenProblem(Canteen.SetAlreadyTaken)
                    }
                    KText {
                        visible: ordering.sets.length === 0 && !ordering.setTakenThisMeal
                        width: parent.width
                        color: Theme.textMuted
                        text: ordering.setsForOthers.map(Messages.setHint).join("")
                    }
                }
            }
            ScrollHint { id: setHint; view: setChoices }
        }
    }

    Component {
        id: chooseDishes
        Item {
            objectName: "chooseDishes"
            KText {
                id: progress
                objectName: "setProgress"
                width: parent.width
                font.pixelSize: Theme.title
                text: {
                    if (ordering.needed.length === 0)
                        return qsTr("请点选菜品，再点一下取消")
                    var parts = []
                    for (var i = 0; i < ordering.needed.length; ++i) {
                        var need = ordering.needed[i]
                        parts.push(Messages.dishCategory(need.category) + " " + need.chosen + "/" + need.needed)
                    }
                    return parts.join("　")
                }
            }
            GridView {
                id: grid
                objectName: "dishGrid"
                anchors { left: parent.left; right: parent.right; top: progress.bottom; bottom: next.top
                          topMargin: Theme.spacing; bottomMargin: Theme.spacing; rightMargin: gridHint.room }
                clip: true
                readonly property int columns: Theme.large ? 3 : 4
                readonly property int rows: Math.max(1, Math.ceil(count / columns))
                // Two lines of name and two of tags, whatever the text size.
                readonly property real cardNeeds: Theme.body * 1.2 * 2 + Theme.small * 1.2 * 2 + Theme.spacing
                // From the room itself (the GridView's own width lags behind the hint's margin).
                cellWidth: Math.floor((parent.width - gridHint.room) / columns)
                // All dishes on one page where they fit; never smaller than a card needs.
                cellHeight: Math.max(cardNeeds, Math.min(Theme.touch * 1.9, height / rows))
                model: ordering.menu
                delegate: Item {
                    required property int index
                    required property string name
                    required property string price
                    required property int category
                    required property int portions
                    required property bool soldOut
                    required property bool chosen
                    required property bool soft
                    required property bool lowSalt
                    required property bool lowSugar
                    required property bool spicy
                    width: grid.cellWidth
                    height: grid.cellHeight
                    Rectangle {
                        objectName: "dish_" + index
                        anchors.fill: parent
                        anchors.margins: Theme.spacing / 3
                        radius: Theme.radius
                        color: soldOut ? Theme.panel : chosen ? Theme.good : "#FFFFFF"
                        border.width: 3
                        border.color: chosen ? Theme.good : Theme.neutral
                        DishBadge {
                            id: badge
                            objectName: "badge_" + index
                            anchors { left: parent.left; verticalCenter: parent.verticalCenter; leftMargin: Theme.spacing / 2 }
                            category: parent.parent.category
                            opacity: soldOut ? 0.4 : 1
                        }
                        Column {
                            anchors { left: badge.right; right: parent.right; verticalCenter: parent.verticalCenter
                                      leftMargin: Theme.spacing / 2; rightMargin: Theme.spacing / 2 }
                            KText {
                                width: parent.width
                                font.bold: true
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                color: chosen ? Theme.onDark : Theme.text
                                text: (chosen ? "✓ " : "") + name
                            }
                            KText {
                                objectName: "dishDetail_" + index
                                width: parent.width
                                font.pixelSize: Theme.small
                                // Tags wrap to a second line rather than end in "…".
                                maximumLineCount: 2
                                color: chosen ? Theme.onDark : soldOut ? Theme.danger : Theme.textMuted
                                // Inside a set its price is the title's; a dish's own would read as hers to pay.
                                text: soldOut ? qsTr("已售完")
                                      : (ordering.setCode === "" ? Messages.money(price) + "  " : "")
                                        + Messages.dishTags(soft, lowSalt, lowSugar, spicy)
                                        + (portions <= 10 ? "  " + qsTr("只剩 %n 份", "", portions) : "")
                            }
                        }
                        MouseArea {
                            anchors.fill: parent
                            enabled: !soldOut || chosen
                            onClicked: ordering.toggleDish(index)
                        }
                    }
                }
            }
            ScrollHint { id: gridHint; view: grid }
            BigButton {
                id: next
                objectName: "toService"
                anchors { right: parent.right; bottom: parent.bottom }
                width: parent.width / 2
                enabled: ordering.selectionComplete
                text: qsTr("选好了，下一步")
                onClicked: ordering.toService()
            }
            KText {
                anchors { left: parent.left; right: next.left; verticalCenter: next.verticalCenter; rightMargin: Theme.spacing }
                visible: ordering.problem !== Canteen.NoProblem
                color: Theme.danger
                text: Messages.canteenProblem(ordering.problem)
            }
        }
    }

    Component {
        id: chooseService
        Column {
            objectName: "chooseService"
            spacing: Theme.spacing * 1.5
            KText {
                width: parent.width
                font.pixelSize: Theme.title
                text: qsTr("在哪里用餐？")
            }
            BigButton {
                objectName: "serviceDineIn"
                width: parent.width
                fontSize: Theme.title
                text: qsTr("在食堂吃")
                onClicked: ordering.chooseService(Canteen.DineIn)
            }
            BigButton {
                objectName: "serviceTakeAway"
                width: parent.width
                fontSize: Theme.title
                text: qsTr("打包带走")
                onClicked: ordering.chooseService(Canteen.TakeAway)
            }
            BigButton {
                objectName: "serviceDelivery"
                visible: ordering.deliveryOffered
                width: parent.width
                fontSize: Theme.title
                fill: Theme.canteen
                text: qsTr("送餐上门")
                onClicked: ordering.chooseService(Canteen.Delivery)
            }
        }
    }

    Component {
        id: review
        Row {
            objectName: "review"
            spacing: Theme.margin
            // The dishes scroll; the sums and 应付 stay at the bottom, always in view.
            Item {
                width: (parent.width - parent.spacing) / 2
                height: parent.height
                KText {
                    id: serviceTitle
                    width: parent.width
                    font.pixelSize: Theme.title
                    text: ordering.service === Canteen.Delivery ? qsTr("送餐上门")
                        : ordering.service === Canteen.TakeAway ? qsTr("打包带走") : qsTr("在食堂吃")
                }
                Flickable {
                    id: linesView
                    objectName: "reviewLines"
                    anchors { left: parent.left; right: parent.right; top: serviceTitle.bottom; bottom: sums.top
                              topMargin: Theme.spacing / 2; bottomMargin: Theme.spacing / 2; rightMargin: linesHint.room }
                    contentHeight: lineList.height
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    Column {
                        id: lineList
                        width: parent.width
                        spacing: Theme.spacing / 2
                        Repeater {
                            model: ordering.lines
                            Item {
                                width: lineList.width
                                height: lineName.implicitHeight
                                KText { id: lineName; width: parent.width * 0.65; text: modelData.name }
                                KText { anchors.right: parent.right; text: Messages.money(modelData.price) }
                            }
                        }
                    }
                }
                ScrollHint { id: linesHint; view: linesView }
                Column {
                    id: sums
                    anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                    spacing: Theme.spacing / 2
                    Rectangle { width: parent.width; height: 3; color: Theme.neutral }
                    Item {
                        width: parent.width
                        height: normalText.implicitHeight
                        KText { id: normalText; text: qsTr("原价") }
                        KText { anchors.right: parent.right; text: Messages.money(ordering.normalPrice) }
                    }
                    Item {
                        visible: ordering.subsidy !== "0.00"
                        width: parent.width
                        height: subsidyText.implicitHeight
                        KText { id: subsidyText; text: qsTr("政府补贴") }
                        KText { anchors.right: parent.right; text: "-" + Messages.money(ordering.subsidy) }
                    }
                    Item {
                        width: parent.width
                        height: totalText.implicitHeight
                        KText { id: totalText; font.pixelSize: Theme.title; font.bold: true; text: qsTr("应付") }
                        KText {
                            objectName: "total"
                            anchors.right: parent.right
                            font.pixelSize: Theme.title
                            font.bold: true
                            text: Messages.money(ordering.total)
                        }
                    }
                }
            }
            Column {
                width: (parent.width - parent.spacing) / 2
                spacing: Theme.spacing * 1.5
                // Before paying, so the pickup code at the end is no surprise.
                KText {
                    objectName: "printerWarning"
                    visible: !screen.printerCanPrint
                    width: parent.width
                    color: Theme.danger
                    font.bold: true
                    text: screen.printerWarning
                }
                BigButton {
                    objectName: "payMealCard"
                    visible: ordering.mealCardOffered
                    width: parent.width
                    fontSize: Theme.title
                    fill: Theme.good
                    enabled: !ordering.busy
                    text: qsTr("饭卡支付（余额 %1）").arg(Messages.money(ordering.balance))
                    onClicked: ordering.pay(Canteen.MealCard)
                }
                BigButton {
                    objectName: "payCounter"
                    width: parent.width
                    fontSize: Theme.title
                    enabled: !ordering.busy
                    text: qsTr("到柜台付款")
                    onClicked: ordering.pay(Canteen.AtCounter)
                }
                KText {
                    objectName: "canteenProblem"
                    width: parent.width
                    visible: ordering.problem !== Canteen.NoProblem
                    color: Theme.danger
                    font.pixelSize: Theme.title
                    text: Messages.canteenProblem(ordering.problem)
                }
            }
        }
    }

    Component {
        id: done
        Item {
            // 完成 stays at the bottom, always in view; what is above it
            // scrolls when large text makes it taller than the screen.
            Flickable {
                id: details
                anchors { left: parent.left; right: parent.right; top: parent.top; bottom: finished.top
                          bottomMargin: Theme.spacing; rightMargin: detailsHint.room }
                contentHeight: orderDone.height
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Column {
                    id: orderDone
                    objectName: "orderDone"
                    width: parent.width
                    spacing: Theme.spacing
                    KText {
                        id: orderLine
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        font.pixelSize: Theme.title
                        text: qsTr("订单 %1 号　取餐码").arg(ordering.orderNumber)
                    }
                    KText {
                        objectName: "pickupCode"
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        // As large as the screen leaves room for, so the
                        // payment and the receipt stay in view in large text.
                        font.pixelSize: Math.max(Theme.huge, Math.min(Theme.huge * 2,
                            (details.height - orderLine.height - paidLine.height - receiptState.height
                             - 3 * orderDone.spacing) / 1.7))
                        font.bold: true
                        font.letterSpacing: Theme.spacing
                        text: ordering.pickupCode
                    }
                    KText {
                        id: paidLine
                        objectName: "paidLine"
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        font.pixelSize: Theme.title
                        color: ordering.paid ? Theme.good : Theme.danger
                        // One line with what is left on the card, so the receipt's line stays in view.
                        text: screen.paidText()
                    }
                    KText {
                        id: receiptState
                        objectName: "receiptState"
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        color: Kiosk.canteen.order.slip.state === Slip.NotPrinted ? Theme.danger : Theme.text
                        text: Kiosk.canteen.order.slip.state === Slip.Printing ? qsTr("正在打印小票…")
                            : Kiosk.canteen.order.slip.state === Slip.Printed ? qsTr("请取走小票")
                            : qsTr("小票暂时无法打印，请记住取餐码；小票稍后补打")
                    }
                }
            }
            ScrollHint { id: detailsHint; view: details }
            BigButton {
                id: finished
                objectName: "orderFinished"
                anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom }
                text: qsTr("完成")
                onClicked: Kiosk.goHome()
            }
        }
    }
}
