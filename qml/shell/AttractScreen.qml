import QtQuick
import Linli
import Linli.Core

// What passers-by see: what the kiosk does, and that a touch starts it. At
// the station, also who is called to which charging spot.
// One font weight only: the first frame loads a single CJK face (the
// call-ups come later, from the database).
Item {
    objectName: "attractScreen"

    // The services this kiosk offers, by name.
    readonly property string serviceNames: [
        Kiosk.offers(Kiosk.Canteen) ? qsTr("幸福食堂") : "",
        Kiosk.offers(Kiosk.SharedHouse) ? qsTr("共享小屋") : "",
        Kiosk.offers(Kiosk.DriverHome) ? qsTr("司机之家") : "",
        Kiosk.offers(Kiosk.Rides) ? qsTr("帮老人叫车") : ""
    ].filter(name => name !== "").join(" · ")

    // Above the call-ups, when there are any.
    Item {
        id: welcome
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: callUpBanner.visible ? callUpBanner.top : parent.bottom }
    }
    Column {
        anchors.centerIn: welcome
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing * 2

        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.huge * 1.4
            text: qsTr("邻里 · 社区自助服务")
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.title
            color: Theme.textMuted
            objectName: "attractServices"
            text: serviceNames
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, startText.implicitWidth + 4 * Theme.spacing)
            height: startText.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.action
            KText {
                id: startText
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.parent.width - 4 * Theme.spacing)
                horizontalAlignment: Text.AlignHCenter
                color: Theme.onDark
                font.pixelSize: Theme.huge
                text: qsTr("请触摸屏幕开始")
            }
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.title
            text: qsTr("也可以直接刷卡或扫码")
        }
    }

    MouseArea {
        objectName: "attractTouch"
        anchors.fill: parent
        onClicked: Kiosk.goHome()
    }

    CallUpBanner {
        id: callUpBanner
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.margin }
        visible: Kiosk.offers(Kiosk.DriverHome) && callUps.length > 0
    }
}
