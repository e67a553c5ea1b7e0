import QtQuick
import Linli
import Linli.Core

Item {
    objectName: "homeScreen"
    readonly property string prompt: qsTr("请选择服务")

    Column {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        KText {
            id: heading
            width: parent.width
            font.pixelSize: Theme.title
            font.bold: true
            text: qsTr("请选择服务")
        }
        // Two rows of three: the services, then 叫车 and the station's board
        // of ride requests (until the driver menu links to it).
        Grid {
            id: tiles
            width: parent.width
            height: parent.height - heading.height - identifyButton.height - 2 * parent.spacing
            columns: 3
            spacing: Theme.spacing
            readonly property real tileWidth: (width - 2 * spacing) / 3
            readonly property real tileHeight: (height - spacing) / 2
            ServiceTile {
                objectName: "canteenTile"
                width: tiles.tileWidth; height: tiles.tileHeight
                title: qsTr("食堂点餐")
                subtitle: qsTr("幸福食堂 · 敬老套餐")
                fill: Theme.canteen
                onClicked: Kiosk.open(Kiosk.Canteen)
            }
            ServiceTile {
                objectName: "sharedHouseTile"
                width: tiles.tileWidth; height: tiles.tileHeight
                title: qsTr("共享小屋")
                subtitle: qsTr("借工具 · 借物品 · 借书")
                fill: Theme.sharedHouse
                onClicked: Kiosk.open(Kiosk.SharedHouse)
            }
            ServiceTile {
                objectName: "driverTile"
                width: tiles.tileWidth; height: tiles.tileHeight
                title: qsTr("司机之家")
                subtitle: qsTr("签到签退 · 休息充电")
                fill: Theme.driverHome
                onClicked: Kiosk.open(Kiosk.DriverHome)
            }
            ServiceTile {
                objectName: "ridesTile"
                width: tiles.tileWidth; height: tiles.tileHeight
                title: qsTr("叫车")
                subtitle: qsTr("60岁以上 · 司机给您打电话")
                fill: Theme.warning
                onClicked: Kiosk.open(Kiosk.Rides)
            }
            ServiceTile {
                objectName: "rideBoardTile"
                width: tiles.tileWidth; height: tiles.tileHeight
                title: qsTr("金牌服务接单")
                subtitle: qsTr("司机接老人的叫车")
                fill: Theme.driverHome
                onClicked: Kiosk.open(Kiosk.RideBoard)
            }
        }
        BigButton {
            id: identifyButton
            objectName: "identifyButton"
            width: parent.width
            text: qsTr("刷卡或扫码，查看我的身份")
            onClicked: Kiosk.showIdentify()
        }
    }
}
