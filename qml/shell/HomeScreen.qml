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
        Row {
            id: tiles
            width: parent.width
            height: parent.height - heading.height - (rides.visible ? rides.height + parent.spacing : 0)
                    - identifyButton.height - 2 * parent.spacing
            spacing: Theme.spacing
            // Only the services this kiosk offers, sharing the row.
            readonly property int shown: [canteenTile, sharedHouseTile, driverTile].filter(tile => tile.visible).length
            readonly property real tileWidth: (width - (shown - 1) * spacing) / Math.max(1, shown)
            ServiceTile {
                id: canteenTile
                objectName: "canteenTile"
                visible: Kiosk.offers(Kiosk.Canteen)
                width: tiles.tileWidth; height: tiles.height
                title: qsTr("食堂点餐")
                subtitle: qsTr("幸福食堂 · 敬老套餐")
                fill: Theme.canteen
                onClicked: Kiosk.open(Kiosk.Canteen)
            }
            ServiceTile {
                id: sharedHouseTile
                objectName: "sharedHouseTile"
                visible: Kiosk.offers(Kiosk.SharedHouse)
                width: tiles.tileWidth; height: tiles.height
                title: qsTr("共享小屋")
                subtitle: qsTr("借工具 · 借物品 · 借书")
                fill: Theme.sharedHouse
                onClicked: Kiosk.open(Kiosk.SharedHouse)
            }
            ServiceTile {
                id: driverTile
                objectName: "driverTile"
                visible: Kiosk.offers(Kiosk.DriverHome)
                width: tiles.tileWidth; height: tiles.height
                title: qsTr("司机之家")
                subtitle: qsTr("签到签退 · 休息充电")
                fill: Theme.driverHome
                onClicked: Kiosk.open(Kiosk.DriverHome)
            }
        }
        // 叫车 for older residents, and the station's board of their requests
        // (until the driver menu links to it).
        Row {
            id: rides
            width: parent.width
            spacing: Theme.spacing
            visible: ridesTile.visible || rideBoardTile.visible
            readonly property real buttonWidth: ridesTile.visible && rideBoardTile.visible ? (width - spacing) / 2 : width
            BigButton {
                id: ridesTile
                objectName: "ridesTile"
                visible: Kiosk.offers(Kiosk.Rides)
                width: rides.buttonWidth
                fill: Theme.warning
                fontSize: Theme.title
                text: qsTr("叫车（60岁以上）")
                onClicked: Kiosk.open(Kiosk.Rides)
            }
            BigButton {
                id: rideBoardTile
                objectName: "rideBoardTile"
                visible: Kiosk.offers(Kiosk.RideBoard)
                width: rides.buttonWidth
                fill: Theme.driverHome
                fontSize: Theme.title
                text: qsTr("金牌服务接单")
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
