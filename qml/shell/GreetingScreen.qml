import QtQuick
import Linli
import Linli.Core

// The identified person, greeted by their masked name.
Item {
    objectName: "greetingScreen"
    readonly property string prompt: [greeting.text, news.text].filter(Boolean).join(qsTr("。"))
    // The Shared House's word for them: kept for them, or overdue.
    readonly property var houseNews: Kiosk.person.kind === Identity.Resident
                                     ? Messages.houseNews(Kiosk.sharedHouse.visit.mine) : []

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: qsTr("身份已确认")
        onBack: Kiosk.goHome()
    }
    Item {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        Column {
            // Centred in the room under the header; never above it.
            y: Math.max(0, (parent.height - height) / 2)
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 2
            KText {
                id: greeting
                objectName: "greetingText"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: houseNews.length > 0 ? Theme.huge : Theme.huge * 1.2 // news takes the room
                font.bold: true
                text: qsTr("您好，%1").arg(Kiosk.person.name)
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.title
                text: Kiosk.person.kind === Identity.Driver ? qsTr("已确认：网约车司机")
                    : Kiosk.person.age >= 0 ? qsTr("已确认：本社区居民，%n 岁", "", Kiosk.person.age)
                    : qsTr("已确认：本社区居民")
            }
            KText {
                id: news
                objectName: "greetingNews"
                visible: text !== ""
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                color: Theme.warning
                font.pixelSize: Theme.body
                font.bold: true
                text: houseNews.join(qsTr("；"))
            }
            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.spacing
                BigButton {
                    objectName: "greetingSharedHouse"
                    visible: houseNews.length > 0 && Kiosk.offers(Kiosk.SharedHouse)
                    fill: Theme.sharedHouse
                    text: qsTr("看我的东西")
                    onClicked: {
                        Kiosk.open(Kiosk.SharedHouse)
                        Kiosk.sharedHouse.visit.showMine()
                    }
                }
                BigButton {
                    objectName: "greetingCanteen"
                    visible: Kiosk.offers(Kiosk.Canteen)
                    fill: Theme.canteen
                    text: qsTr("去食堂点餐")
                    onClicked: Kiosk.open(Kiosk.Canteen)
                }
                BigButton {
                    text: qsTr("返回首页")
                    fill: Theme.neutral
                    onClicked: Kiosk.goHome()
                }
            }
        }
    }
}
