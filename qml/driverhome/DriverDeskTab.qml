import QtQuick
import Linli
import Linli.Core

// 司机 in staff mode at the station: every driver (those in the station
// first, since when), their union membership, their QR code slip, a driver
// who stopped driving taken off; and registering a new driver with nothing
// typed: a surname from the list (the driver is 陈师傅 until the people
// register brings full names), the phone and the plate on keypads, the
// platform from the list. Their code slip prints with the registration.
// Also the charging spots and rest places (staff end a session or a
// booking) and the station's 统计.
Item {
    id: tab
    objectName: "driverDeskTab"
    readonly property var desk: Kiosk.driverHome.drivers
    readonly property var places: Kiosk.driverHome.places
    readonly property var figuresDesk: Kiosk.driverHome.figures
    property string part: "drivers"
    // Taking a driver off the register waits for a second, explicit tap.
    property int confirmRow: -1
    onPartChanged: {
        confirmRow = -1
        if (part === "charging")
            places.refresh()
        if (part === "figures")
            figuresDesk.showPeriod(figuresDesk.period) // afresh: drivers come and go while staff look
    }
    Connections {
        target: desk
        function onPlacesChanged() { tab.places.refresh() }
    }

    function problemText(problem) {
        switch (problem) {
        case DriverRegister.NoProblem: return ""
        case DriverRegister.NoSurname: return qsTr("请选司机的姓")
        case DriverRegister.BadPhone: return qsTr("请输入 11 位手机号")
        case DriverRegister.BadPlate: return qsTr("请输入完整的车牌号")
        case DriverRegister.NoPlatform: return qsTr("请选接单平台")
        case DriverRegister.PlateTaken: return desk.plateHolder !== ""
                                               ? qsTr("这个车牌已登记给 %1").arg(desk.plateHolder)
                                               : qsTr("这个车牌已登记给别的司机")
        case DriverRegister.UnknownDriver: return qsTr("找不到这位司机，列表已刷新")
        }
        return Kiosk.devices.databaseOnline ? qsTr("暂时无法保存，请稍后再试。") : Messages.offline
    }

    component PartButton: BigButton {
        property string name
        fill: tab.part === name ? Theme.driverHome : Theme.neutral
        onClicked: tab.part = name
    }
    component Choice: ChoiceButton { accent: Theme.driverHome }
    component Heading: KText {
        width: parent ? parent.width : 0
        font.bold: true
        topPadding: Theme.spacing / 2
    }
    // A keypad key: a letter or digit pressed into a field.
    component Key: BigButton {
        width: Theme.touch * 1.1
        fontSize: Theme.title
    }

    Row {
        id: parts
        anchors { left: parent.left; top: parent.top }
        spacing: Theme.spacing / 2
        PartButton {
            objectName: "driverPartList"; name: "drivers"
            text: desk.present > 0 ? qsTr("全部司机（在站 %1）").arg(desk.present) : qsTr("全部司机")
        }
        PartButton { objectName: "driverPartCharging"; name: "charging"; text: qsTr("充电与休息") }
        PartButton { objectName: "driverPartRegister"; name: "register"; text: qsTr("登记新司机") }
        PartButton { objectName: "driverPartFigures"; name: "figures"; text: qsTr("统计") }
    }

    // Beside the parts, always in view while filling in, saying what it will file.
    BigButton {
        id: registerButton
        objectName: "driverRegister"
        visible: tab.part === "register"
        anchors { left: parts.right; right: parent.right; leftMargin: Theme.spacing; verticalCenter: parts.verticalCenter }
        enabled: desk.missing === DriverRegister.NoProblem && !desk.busy
        fill: Theme.driverHome
        text: desk.missing === DriverRegister.NoProblem
              ? qsTr("登记 %1 · %2 · %3 并打印司机码").arg(desk.callName).arg(desk.plate).arg(desk.platform)
              : tab.problemText(desk.missing)
        onClicked: desk.registerDriver()
    }

    Column {
        id: outcome
        anchors { left: parent.left; right: parent.right; top: parts.bottom; topMargin: Theme.spacing / 2 }
        spacing: Theme.spacing / 4
        KText {
            objectName: "driverDeskProblem"
            width: parent.width
            visible: text !== ""
            wrapMode: Text.WordWrap
            font.bold: true
            color: Theme.danger
            text: tab.problemText(desk.problem)
        }
        SlipState {
            objectName: "driverCodeSlip"
            visible: desk.registered !== "" && slipState !== Slip.None
            slip: desk.slip
            printingText: qsTr("已登记 %1，司机码正在打印…").arg(desk.registered)
            printedText: qsTr("已登记 %1，请把司机码交给司机").arg(desk.registered)
        }
    }

    Item {
        id: room
        anchors { left: parent.left; right: parent.right; top: outcome.bottom; bottom: parent.bottom; topMargin: Theme.spacing / 2 }

        // 全部司机
        Rectangle {
            id: confirmBar
            objectName: "driverConfirm"
            visible: tab.part === "drivers" && tab.confirmRow >= 0 && tab.confirmRow < desk.drivers.count
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: visible ? Math.max(confirmText.implicitHeight, Theme.touch) + Theme.spacing : 0
            radius: Theme.radius
            color: "#FFF3E0"
            readonly property var driver: visible ? desk.drivers.get(tab.confirmRow) : ({})
            KText {
                id: confirmText
                anchors { left: parent.left; right: confirmButtons.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                wrapMode: Text.WordWrap
                font.bold: true
                text: qsTr("停用 %1（%2）？停用后司机码不能再签到，记录仍保留。").arg(confirmBar.driver.name).arg(confirmBar.driver.plate)
            }
            Row {
                id: confirmButtons
                anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 2 }
                spacing: Theme.spacing / 2
                BigButton {
                    objectName: "driverConfirmYes"
                    fill: Theme.danger
                    text: qsTr("确定停用")
                    onClicked: {
                        desk.setActiveOf(tab.confirmRow, false)
                        tab.confirmRow = -1
                    }
                }
                BigButton {
                    objectName: "driverConfirmNo"
                    fill: Theme.neutral
                    text: qsTr("不了")
                    onClicked: tab.confirmRow = -1
                }
            }
        }
        ListView {
            id: driverList
            objectName: "driverList"
            visible: tab.part === "drivers"
            anchors { left: parent.left; right: parent.right; top: confirmBar.bottom; bottom: parent.bottom
                      topMargin: confirmBar.visible ? Theme.spacing / 2 : 0; rightMargin: driverHint.room }
            clip: true
            spacing: Theme.spacing / 2
            model: desk.drivers
            delegate: DeskLine {
                id: driverLine
                required property int index
                required property string name
                required property string phone
                required property string plate
                required property string platform
                required property bool unionMember
                required property bool active
                required property string presentSince
                objectName: "driver_" + index
                color: !active ? Theme.disabledFill : presentSince !== "" ? "#E3F2FD" : Theme.panel
                text: [name, plate, platform, phone,
                       !active ? qsTr("已停用") : presentSince !== "" ? qsTr("%1 起在站").arg(presentSince) : "",
                       unionMember ? qsTr("工会会员") : ""].filter(Boolean).join(" · ")
                BigButton {
                    objectName: "driver_" + driverLine.index + "_union"
                    visible: driverLine.active
                    fill: "#FFFFFF"
                    textColor: Theme.text
                    text: driverLine.unionMember ? qsTr("取消工会会员") : qsTr("设为工会会员")
                    onClicked: desk.setUnionMemberOf(driverLine.index, !driverLine.unionMember)
                }
                BigButton {
                    objectName: "driver_" + driverLine.index + "_code"
                    visible: driverLine.active
                    text: qsTr("打印司机码")
                    onClicked: desk.printCode(driverLine.index)
                }
                BigButton {
                    objectName: "driver_" + driverLine.index + "_active"
                    fill: driverLine.active ? Theme.danger : Theme.good
                    text: driverLine.active ? qsTr("停用") : qsTr("恢复")
                    onClicked: {
                        if (driverLine.active)
                            tab.confirmRow = driverLine.index
                        else
                            desk.setActiveOf(driverLine.index, true)
                    }
                }
            }
        }
        ScrollHint { id: driverHint; view: driverList; visible: driverList.visible && needed }

        // 登记新司机
        Flickable {
            id: registerView
            objectName: "driverRegisterForm"
            visible: tab.part === "register"
            anchors { fill: parent; rightMargin: registerHint.room }
            contentHeight: form.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: form
                width: parent.width
                spacing: Theme.spacing / 2

                Heading { text: desk.surname !== "" ? qsTr("姓：%1（登记为 %2）").arg(desk.surname).arg(desk.callName) : qsTr("姓") }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 4
                    Repeater {
                        model: desk.surnames
                        Choice {
                            objectName: "driverSurname_" + index
                            width: Theme.touch
                            fontSize: Theme.title
                            chosen: desk.surname === modelData
                            text: modelData
                            onClicked: desk.pickSurname(modelData)
                        }
                    }
                }

                Heading { text: qsTr("手机号：%1").arg(desk.phone !== "" ? desk.phone : "—") }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 4
                    Repeater {
                        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"]
                        Key {
                            objectName: "driverPhoneKey_" + modelData
                            text: modelData
                            onClicked: desk.pressPhone(modelData)
                        }
                    }
                    BigButton {
                        objectName: "driverPhoneErase"
                        fill: Theme.neutral
                        text: qsTr("删除")
                        onClicked: desk.erasePhone()
                    }
                }

                Heading { text: qsTr("车牌：%1").arg(desk.plateRest !== "" ? desk.plate : desk.province + "…") }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 4
                    Repeater {
                        model: desk.provinces
                        Choice {
                            objectName: "driverProvince_" + modelData
                            width: Theme.touch
                            fontSize: Theme.title
                            chosen: desk.province === modelData
                            text: modelData
                            onClicked: desk.pickProvince(modelData)
                        }
                    }
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 4
                    Repeater {
                        model: desk.plateCharacters.split("")
                        Key {
                            objectName: "driverPlateKey_" + modelData
                            text: modelData
                            onClicked: desk.pressPlate(modelData)
                        }
                    }
                    BigButton {
                        objectName: "driverPlateErase"
                        fill: Theme.neutral
                        text: qsTr("删除")
                        onClicked: desk.erasePlate()
                    }
                }

                Heading { text: qsTr("接单平台") }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 4
                    Repeater {
                        model: desk.platforms
                        Choice {
                            objectName: "driverPlatform_" + index
                            chosen: desk.platform === modelData
                            text: modelData
                            onClicked: desk.pickPlatform(modelData)
                        }
                    }
                }

                Heading { text: qsTr("工会会员") }
                Row {
                    spacing: Theme.spacing / 2
                    Choice {
                        objectName: "driverUnionYes"
                        chosen: desk.unionMember
                        text: qsTr("是")
                        onClicked: desk.setUnionMember(true)
                    }
                    Choice {
                        objectName: "driverUnionNo"
                        chosen: !desk.unionMember
                        text: qsTr("否")
                        onClicked: desk.setUnionMember(false)
                    }
                    BigButton {
                        objectName: "driverFormClear"
                        fill: Theme.neutral
                        text: qsTr("重新填写")
                        onClicked: desk.clearForm()
                    }
                }
            }
        }
        ScrollHint { id: registerHint; view: registerView; visible: registerView.visible && needed }

        // 充电与休息: each spot and rest place; staff end a session (the first
        // in line is called to the spot) or a booking.
        Flickable {
            id: chargingView
            objectName: "driverCharging"
            visible: tab.part === "charging"
            anchors { left: parent.left; right: parent.right; top: parent.top; bottom: parent.bottom; rightMargin: chargingHint.room }
            contentHeight: chargingColumn.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: chargingColumn
                width: parent.width
                spacing: Theme.spacing / 2
                Heading { text: qsTr("充电桩") }
                Repeater {
                    model: chargingView.visible ? tab.places.spots : []
                    DeskLine {
                        objectName: "spot_" + modelData.number
                        width: chargingColumn.width
                        color: modelData.overdue ? "#FFF3E0" : Theme.panel
                        text: modelData.state === StationPlaces.Charging
                              ? (modelData.overdue ? qsTr("%1 号桩：充电中，已超时（应在 %2 结束）").arg(modelData.number).arg(modelData.endsAt)
                                                   : qsTr("%1 号桩：充电中，%2 结束").arg(modelData.number).arg(modelData.endsAt))
                              : modelData.state === StationPlaces.Called
                                ? qsTr("%1 号桩：等 %2 号来充电").arg(modelData.number).arg(modelData.calledNumber)
                                : qsTr("%1 号桩：空闲").arg(modelData.number)
                        BigButton {
                            objectName: "spot_" + modelData.number + "_end"
                            visible: modelData.state === StationPlaces.Charging
                            fill: modelData.overdue ? Theme.danger : Theme.action
                            text: qsTr("结束充电")
                            onClicked: tab.desk.endCharging(modelData.number)
                        }
                    }
                }
                KText {
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: tab.places.waiting > 0 ? qsTr("排队 %n 人：结束一个充电后，排在最前的司机会被叫到空出的桩", "", tab.places.waiting)
                                                 : qsTr("没有人在排队")
                }
                Heading { text: qsTr("休息") }
                Repeater {
                    model: chargingView.visible ? tab.places.restPlaces : []
                    DeskLine {
                        objectName: "rest_" + modelData.id
                        width: chargingColumn.width
                        readonly property string place: modelData.kind === "bed" ? qsTr("床位 %1 号").arg(modelData.number)
                                                                                 : qsTr("躺椅 %1 号").arg(modelData.number)
                        text: modelData.free ? qsTr("%1：空闲").arg(place) : qsTr("%1：有人休息，%2 结束").arg(place).arg(modelData.endsAt)
                        BigButton {
                            objectName: "rest_" + modelData.id + "_end"
                            visible: !modelData.free
                            fill: Theme.action
                            text: qsTr("结束休息")
                            onClicked: tab.desk.endRest(modelData.id)
                        }
                    }
                }
            }
        }
        ScrollHint { id: chargingHint; view: chargingView; visible: chargingView.visible && needed }

        // 统计: the period's visits, meals, charging, rest and rides, and the CSV.
        PeriodPicker {
            id: periodRow
            visible: tab.part === "figures"
            desk: tab.figuresDesk
            accent: Theme.driverHome
        }
        BigButton {
            objectName: "stationExportFigures"
            visible: periodRow.visible
            anchors { right: parent.right; verticalCenter: periodRow.verticalCenter }
            enabled: tab.figuresDesk.figures.valid === true
            text: qsTr("导出表格")
            onClicked: tab.figuresDesk.exportFigures()
        }
        Flickable {
            id: figuresView
            objectName: "stationFigures"
            visible: periodRow.visible
            anchors { left: parent.left; right: parent.right; top: periodRow.bottom; bottom: parent.bottom
                      topMargin: Theme.spacing; rightMargin: figuresHint.room }
            contentHeight: figuresColumn.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: figuresColumn
                width: parent.width
                spacing: Theme.spacing / 2
                readonly property var f: tab.figuresDesk.figures
                KText {
                    font.bold: true
                    text: figuresColumn.f.valid ? qsTr("%1 至 %2").arg(figuresColumn.f.from).arg(figuresColumn.f.to) : qsTr("正在统计…")
                }
                Grid {
                    visible: figuresColumn.f.valid === true
                    columns: 2
                    columnSpacing: Theme.spacing * 2
                    rowSpacing: Theme.spacing / 4
                    Repeater {
                        model: [
                            {code: "visits", text: qsTr("司机到站（人次）")}, {code: "drivers", text: qsTr("到站司机（人）")},
                            {code: "driverMeals", text: qsTr("司机套餐（份）")},
                            {code: "chargingSessions", text: qsTr("充电（次）")}, {code: "chargingHours", text: qsTr("充电（小时）")},
                            {code: "chargingPastEnd", text: qsTr("充电超时（次）")},
                            {code: "queueJoined", text: qsTr("排队充电（人次）")}, {code: "queueLapsed", text: qsTr("叫号未到（人次）")},
                            {code: "restBookings", text: qsTr("休息（次）")}, {code: "restHours", text: qsTr("休息（小时）")},
                            {code: "ridesRequested", text: qsTr("老人叫车")}, {code: "ridesTaken", text: qsTr("司机接单")},
                            {code: "ridesDone", text: qsTr("已送达")}, {code: "ridesNotTakenInTime", text: qsTr("超时无人接单")},
                            {code: "ridesCancelled", text: qsTr("居民取消")}]
                        KText {
                            objectName: "stationFigure_" + modelData.code
                            text: modelData.text + qsTr("：") + figuresColumn.f[modelData.code]
                        }
                    }
                }
                KText {
                    objectName: "stationExportedTo"
                    visible: tab.figuresDesk.exportedTo !== ""
                    width: parent.width
                    wrapMode: Text.WrapAnywhere
                    font.pixelSize: Theme.small
                    text: qsTr("已导出：%1").arg(tab.figuresDesk.exportedTo)
                }
            }
        }
        ScrollHint { id: figuresHint; view: figuresView; visible: figuresView.visible && needed }
    }
}
