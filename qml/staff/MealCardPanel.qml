import QtQuick
import Linli
import Linli.Core

// A resident's meal card, opened from the top-up list: what it holds, every
// change with its reason (the ledger), the printed statement, and a
// correction of the balance with a reason, behind the money gate.
Rectangle {
    id: panel
    objectName: "mealCardPanel"
    required property var desk
    required property var gate
    property int correctionFen: 0
    property string reason: ""

    visible: desk.card.id !== undefined
    // Another tab, and back: the list again, not a resident's money.
    Component.onDestruction: desk.showCard(0)
    onVisibleChanged: { correctionFen = 0; reason = "" }
    color: Theme.background
    readonly property bool modal: true // over the list, which takes no tap meanwhile
    MouseArea { objectName: "tapShield"; anchors.fill: parent }

    function ledgerWhat(row) {
        switch (row.kind) {
        case "opening": return qsTr("期初余额")
        case "top_up": return qsTr("充值")
        case "charge": return qsTr("消费 %1号").arg(row.orderNumber)
        case "refund": return qsTr("退款 %1号（%2）").arg(row.orderNumber).arg(Messages.cancelReason(row.reason))
        }
        return qsTr("更正（%1）").arg(Messages.correctionReason(row.reason))
    }

    Item {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: cardBack.height
        BigButton {
            id: cardBack
            objectName: "cardBack"
            fill: Theme.neutral
            text: "‹ " + qsTr("返回列表")
            onClicked: desk.showCard(0)
        }
        BigButton {
            id: printStatement
            objectName: "printStatement"
            anchors.right: parent.right
            enabled: desk.card.balance !== "" && !desk.busy
            text: qsTr("打印饭卡账单")
            onClicked: desk.printStatement()
        }
        KText {
            objectName: "cardTitle"
            anchors { left: cardBack.right; right: printStatement.left; verticalCenter: parent.verticalCenter
                      leftMargin: Theme.spacing; rightMargin: Theme.spacing }
            font.pixelSize: Theme.title
            font.bold: true
            elide: Text.ElideRight
            wrapMode: Text.NoWrap
            text: desk.card.balance === "" ? qsTr("%1 · 没有饭卡").arg(desk.card.name)
                                           : qsTr("%1 · 饭卡余额 %2").arg(desk.card.name).arg(Messages.money(desk.card.balance))
        }
    }

    // The correction scrolls when large text or a call for help leaves less room.
    Flickable {
        id: actionsView
        objectName: "cardActions"
        anchors { right: parent.right; top: header.bottom; bottom: parent.bottom; topMargin: Theme.spacing
                  rightMargin: actionsHint.room }
        width: parent.width * 0.45
        contentHeight: actions.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        Column {
            id: actions
            width: actionsView.width
            spacing: Theme.spacing / 2
            KText { font.bold: true; text: qsTr("更正余额") }
            Row {
                spacing: Theme.spacing / 2
                Repeater {
                    model: [-1000, -100, 100, 1000]
                    BigButton {
                        objectName: "correction_" + modelData
                        width: (actions.width - 3 * Theme.spacing / 2) / 4
                        fill: Theme.neutral
                        text: (modelData > 0 ? "+" : "−") + Math.abs(modelData / 100)
                        onClicked: panel.correctionFen += modelData
                    }
                }
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing / 2
                Repeater {
                    model: ["counted_wrong", "paid_cash", "cash_back", "other"]
                    ChoiceButton {
                        objectName: "correctionReason_" + modelData
                        chosen: panel.reason === modelData
                        text: Messages.correctionReason(modelData)
                        onClicked: panel.reason = modelData
                    }
                }
            }
            BigButton {
                objectName: "correctCard"
                width: parent.width
                // Signed before the currency: +¥10.00, −¥1.00.
            readonly property string amount: (panel.correctionFen > 0 ? "+" : "−")
                                             + Messages.money((Math.abs(panel.correctionFen) / 100).toFixed(2))
                enabled: panel.correctionFen !== 0 && panel.reason !== "" && desk.card.balance !== "" && !desk.busy
                fill: Theme.warning
                // The button says what it will do.
                text: panel.correctionFen === 0 ? qsTr("选择金额和原因")
                                                : qsTr("更正 %1（%2）").arg(amount)
                                                      .arg(panel.reason === "" ? qsTr("请选原因") : Messages.correctionReason(panel.reason))
                onClicked: {
                    const fen = panel.correctionFen, why = panel.reason
                    panel.gate.run(function() {
                        desk.correctCard(fen, why)
                        panel.correctionFen = 0
                        panel.reason = ""
                    }, qsTr("为%1更正饭卡余额 %2").arg(desk.card.name).arg(amount))
                }
            }
        }

    }
    ScrollHint { id: actionsHint; view: actionsView }

    // Every row of the ledger, the latest first, with its hint beside it.
    Item {
        anchors { left: parent.left; right: actionsView.left; top: header.bottom; bottom: parent.bottom
                  topMargin: Theme.spacing; rightMargin: Theme.spacing }
        ListView {
            id: ledgerList
            objectName: "cardLedger"
            anchors { fill: parent; rightMargin: ledgerHint.room }
            clip: true
            spacing: Theme.spacing / 4
            model: desk.cardLedger
            delegate: Rectangle {
                required property var model
                width: ListView.view.width
                height: ledgerLine.implicitHeight + Theme.spacing / 2
                radius: Theme.radius
                color: Theme.panel
                KText {
                    id: ledgerLine
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 2 }
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.small
                    text: qsTr("%1　%2　%3　余额 %4").arg(model.at).arg(panel.ledgerWhat(model)).arg(model.amount).arg(model.balance)
                }
            }
        }
        ScrollHint { id: ledgerHint; view: ledgerList }
    }
}
