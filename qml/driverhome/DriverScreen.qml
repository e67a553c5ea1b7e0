import QtQuick
import Linli
import Linli.Core

// Driver Home: scan to check in (a slip prints) and the driver's menu opens:
// 司机套餐, 充电, 休息, 爱心驿站, 接单 (the ride board), 签退. A scan while checked in opens the
// menu again with what they hold. Before anyone scans, the screen shows the
// free spots and places and who is called to which spot.
Item {
    id: screen
    objectName: "driverScreen"
    readonly property var checkIn: Kiosk.driverHome.checkIn
    readonly property var places: Kiosk.driverHome.places
    readonly property var mine: places.mine
    readonly property int step: checkIn.visit
    readonly property bool withDriver: step === CheckInFlow.CheckedIn || step === CheckInFlow.Present
    readonly property int page: withDriver ? places.page : StationFlow.Menu
    readonly property string problemText: problemSentence(places.problem)
    readonly property string prompt: [problemText, headline.text, detail.text, holdingText.text, doneText.text,
                                      callUps.visible ? callUps.text : ""].filter(Boolean).join(qsTr("。"))

    function problemSentence(problem) {
        switch (problem) {
        case StationPlaces.NotADriver: return qsTr("这里只为网约车司机服务，请扫司机身份码。")
        case StationPlaces.NotCheckedIn: return qsTr("请先扫码签到，再预约充电或休息。")
        case StationPlaces.AlreadyCharging: return qsTr("您已经在充电了，一次只能占一个桩。")
        case StationPlaces.AlreadyQueued: return qsTr("您已经在排队了。")
        case StationPlaces.AlreadyResting: return qsTr("您已经有一个休息位了。")
        case StationPlaces.NoSpotFree: return qsTr("充电桩刚刚被占满了，可以排队。")
        case StationPlaces.SpotFree: return qsTr("现在有空桩，不用排队，直接开始充电。")
        case StationPlaces.PlaceTaken: return qsTr("这个休息位刚刚被别人占了，请换一个。")
        case StationPlaces.NothingHeld: return qsTr("这个已经结束了。")
        }
        return ""
    }

    // 躺椅 2 号 / 床位 1 号
    function placeName(kind, number) {
        return kind === "bed" ? qsTr("床位 %1 号").arg(number) : qsTr("躺椅 %1 号").arg(number)
    }

    // What the driver holds, one line each.
    function holdings() {
        var lines = []
        if (mine.charging)
            lines.push(mine.overdue ? qsTr("%1 号充电桩 · 已超时（%2 到时），请挪车").arg(mine.spot).arg(mine.endsAt)
                                    : qsTr("%1 号充电桩 · %2 结束").arg(mine.spot).arg(mine.endsAt))
        if (mine.called)
            lines.push(qsTr("请到 %1 号充电桩开始充电，为您保留到 %2").arg(mine.calledSpot).arg(mine.calledUntil))
        if (mine.queued)
            lines.push(mine.waitMinutes > 0
                       ? qsTr("排队 %1 号 · 前面 %2 人 · 大约等 %3 分钟").arg(mine.number).arg(mine.ahead).arg(mine.waitMinutes)
                       : qsTr("排队 %1 号 · 前面 %2 人").arg(mine.number).arg(mine.ahead))
        if (mine.resting)
            lines.push(qsTr("%1 · 休息到 %2").arg(placeName(mine.restKind, mine.restNumber)).arg(mine.restEndsAt))
        return lines.join("\n")
    }

    function doneSentence(done) {
        switch (done) {
        case StationFlow.StartedCharging: return qsTr("开始充电了：%1 号充电桩，%2 前挪车").arg(mine.spot).arg(mine.endsAt)
        case StationFlow.JoinedQueue:
            return mine.waitMinutes > 0 ? qsTr("排上了：您是 %1 号，前面 %2 人，大约等 %3 分钟").arg(mine.number).arg(mine.ahead).arg(mine.waitMinutes)
                                        : qsTr("排上了：您是 %1 号，有桩空出就叫您").arg(mine.number)
        case StationFlow.BookedRest: return qsTr("请去%1休息，到 %2").arg(placeName(mine.restKind, mine.restNumber)).arg(mine.restEndsAt)
        case StationFlow.EndedCharging: return qsTr("充电结束了，谢谢您把桩让出来")
        case StationFlow.LeftQueue: return qsTr("已经退出排队")
        case StationFlow.EndedRest: return qsTr("休息结束了")
        }
        return ""
    }

    function spotText(spot) {
        switch (spot.state) {
        case StationPlaces.Charging:
            return spot.overdue ? qsTr("%1 号\n已超时").arg(spot.number) : qsTr("%1 号\n%2 空出").arg(spot.number).arg(spot.endsAt)
        case StationPlaces.Called: return qsTr("%1 号\n等 %2 号来").arg(spot.number).arg(spot.calledNumber)
        }
        return qsTr("%1 号\n空闲").arg(spot.number)
    }

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        title: screen.page === StationFlow.Charging ? qsTr("司机之家 · 充电")
             : screen.page === StationFlow.Rest ? qsTr("司机之家 · 休息")
             : screen.page === StationFlow.LoveStation ? qsTr("工会爱心驿站")
             : qsTr("司机之家")
        backText: screen.page === StationFlow.Menu ? qsTr("返回首页") : qsTr("返回菜单")
        onBack: screen.page === StationFlow.Menu ? Kiosk.goHome() : places.showPage(StationFlow.Menu)
    }

    // What went wrong, in words (not a box to press).
    KText {
        id: problem
        objectName: "stationProblem"
        visible: text !== ""
        anchors { left: parent.left; right: parent.right; top: header.bottom; margins: Theme.margin }
        color: Theme.danger
        font.pixelSize: Theme.title
        font.bold: true
        text: screen.withDriver ? screen.problemText : ""
    }

    CallUpBanner {
        id: callUps
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.margin }
    }

    Item {
        id: room
        anchors { left: parent.left; right: parent.right; top: problem.visible ? problem.bottom : header.bottom
                  bottom: callUps.visible ? callUps.top : parent.bottom; topMargin: problem.visible ? Theme.spacing : 0
                  bottomMargin: callUps.visible ? Theme.spacing : 0 }

        Flickable {
            id: view
            anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin + hint.room }
            contentHeight: Math.max(height, content.height)
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: content
                // Centred in the room when it fits; from the top when it scrolls.
                y: Math.max(0, (view.height - height) / 2)
                width: view.width
                spacing: Theme.spacing

                KText {
                    id: headline
                    objectName: "driverHeadline"
                    visible: screen.page === StationFlow.Menu
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.huge
                    font.bold: true
                    text: !visible ? ""
                        : screen.withDriver ? qsTr("欢迎您，%1").arg(Kiosk.person.name)
                        : step === CheckInFlow.CheckedOut ? qsTr("再见，%1，一路平安").arg(Kiosk.person.name)
                        : qsTr("司机师傅请扫码签到")
                }
                KText {
                    id: detail
                    objectName: "driverDetail"
                    visible: text !== ""
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.title
                    text: screen.page !== StationFlow.Menu ? ""
                        : step === CheckInFlow.CheckedIn
                          ? qsTr("%1 已签到 · 今天在站司机 %n 人", "", checkIn.driversPresent).arg(checkIn.visitTime)
                        : step === CheckInFlow.Present ? qsTr("您已签到 %1").arg(Messages.stay(checkIn.stayMinutes))
                        : step === CheckInFlow.CheckedOut
                          ? qsTr("已签退，本次停留 %1").arg(Messages.stay(checkIn.stayMinutes))
                        : qsTr("出示司机身份码对准扫码口，签到后可以预约充电和休息")
                }
                // Free spots and places, for anyone who looks.
                KText {
                    objectName: "stationFree"
                    visible: screen.page === StationFlow.Menu || screen.page === StationFlow.Charging
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.textMuted
                    text: qsTr("充电桩空 %1 个 · 排队 %2 人 · 躺椅空 %3 个 · 床位空 %4 个")
                          .arg(places.freeSpots).arg(places.waiting).arg(places.freeRecliners).arg(places.freeBeds)
                }
                KText {
                    id: holdingText
                    objectName: "driverHoldings"
                    visible: text !== ""
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.title
                    font.bold: true
                    color: mine.overdue || mine.called ? Theme.warning : Theme.text
                    // On a page, what was just done says it instead.
                    text: screen.withDriver && screen.page !== StationFlow.LoveStation
                          && (screen.page === StationFlow.Menu || places.done === StationFlow.NothingDone) ? screen.holdings() : ""
                }
                KText {
                    id: doneText
                    objectName: "stationDone"
                    visible: text !== ""
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.good
                    font.pixelSize: Theme.title
                    font.bold: true
                    text: screen.withDriver && screen.page !== StationFlow.Menu ? screen.doneSentence(places.done) : ""
                }
                SlipState {
                    objectName: "slipState"
                    visible: step === CheckInFlow.CheckedIn && screen.page === StationFlow.Menu && slipState !== Slip.None
                    anchors.horizontalCenter: parent.horizontalCenter
                    slip: checkIn.slip
                    printingText: qsTr("正在打印签到凭条…")
                    printedText: qsTr("请取走签到凭条")
                    notPrintedText: slipState === Slip.AfterReconnect
                                    ? qsTr("数据连接中断：签到已在本机记录，连接恢复后补打凭条")
                                    : Messages.printerCanPrint(Kiosk.devices.printer)
                                      ? qsTr("凭条暂时无法打印，签到已记录，凭条稍后补打")
                                      : qsTr("凭条暂时无法打印（%1），签到已记录，凭条稍后补打").arg(Messages.deviceState(Kiosk.devices.printer))
                }
                SlipState {
                    objectName: "placeSlip"
                    visible: screen.page !== StationFlow.Menu && slipState !== Slip.None
                    anchors.horizontalCenter: parent.horizontalCenter
                    slip: places.slip
                }

                // The menu: large tiles.
                Grid {
                    id: tiles
                    visible: screen.withDriver && screen.page === StationFlow.Menu
                    anchors.horizontalCenter: parent.horizontalCenter
                    columns: content.width >= 6 * Theme.touch * 2.6 + 5 * spacing ? 6 : 3
                    spacing: Theme.spacing
                    readonly property real tileWidth: Math.min(Theme.touch * 2.6,
                                                               (content.width - (columns - 1) * spacing) / columns)
                    BigButton {
                        objectName: "driverMealTile"
                        width: tiles.tileWidth
                        height: Theme.touch * 1.6
                        fill: Theme.canteen
                        fontSize: Theme.title
                        text: qsTr("司机套餐")
                        onClicked: Kiosk.open(Kiosk.Canteen)
                    }
                    BigButton {
                        objectName: "chargingTile"
                        width: tiles.tileWidth
                        height: Theme.touch * 1.6
                        fill: Theme.driverHome
                        fontSize: Theme.title
                        text: qsTr("充电")
                        onClicked: places.showPage(StationFlow.Charging)
                    }
                    BigButton {
                        objectName: "restTile"
                        width: tiles.tileWidth
                        height: Theme.touch * 1.6
                        fill: Theme.driverHome
                        fontSize: Theme.title
                        text: qsTr("休息")
                        onClicked: places.showPage(StationFlow.Rest)
                    }
                    BigButton {
                        objectName: "loveStationTile"
                        width: tiles.tileWidth
                        height: Theme.touch * 1.6
                        fill: Theme.sharedHouse
                        fontSize: Theme.title
                        text: qsTr("爱心驿站")
                        onClicked: places.showPage(StationFlow.LoveStation)
                    }
                    // The gold-service team's board of elders' ride requests.
                    BigButton {
                        objectName: "rideBoardMenuTile"
                        width: tiles.tileWidth
                        height: Theme.touch * 1.6
                        fill: Theme.warning
                        fontSize: Theme.title
                        text: qsTr("接单")
                        onClicked: Kiosk.open(Kiosk.RideBoard)
                    }
                    BigButton {
                        objectName: "checkOutTile"
                        width: tiles.tileWidth
                        height: Theme.touch * 1.6
                        fill: Theme.neutral
                        fontSize: Theme.title
                        enabled: !Kiosk.person.busy
                        text: qsTr("签退")
                        onClicked: checkIn.checkOut()
                    }
                }

                // The spots: on 充电, and for anyone before a driver scans.
                Flow {
                    visible: screen.page === StationFlow.Charging || !screen.withDriver
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(parent.width, places.spots.length * (Theme.touch * 2.2 + spacing))
                    spacing: Theme.spacing
                    Repeater {
                        model: parent.visible ? places.spots : []
                        Rectangle {
                            objectName: "spot_" + modelData.number
                            width: Theme.touch * 2.2
                            height: spotLabel.implicitHeight + Theme.spacing
                            radius: Theme.radius
                            color: modelData.state === StationPlaces.Free ? Theme.good
                                 : modelData.overdue ? Theme.danger : Theme.neutral
                            KText {
                                id: spotLabel
                                anchors.centerIn: parent
                                horizontalAlignment: Text.AlignHCenter
                                color: Theme.onDark
                                font.bold: true
                                text: screen.spotText(modelData)
                            }
                        }
                    }
                }
                // 休息: every place, the free ones to tap.
                Grid {
                    id: restGrid
                    visible: screen.page === StationFlow.Rest
                    anchors.horizontalCenter: parent.horizontalCenter
                    columns: Math.max(1, Math.min(places.restPlaces.length, Math.floor((content.width + spacing) / (Theme.touch * 2.6 + spacing))))
                    spacing: Theme.spacing
                    Repeater {
                        model: screen.page === StationFlow.Rest ? places.restPlaces : []
                        BigButton {
                            objectName: "restPlace_" + modelData.id
                            width: Theme.touch * 2.6
                            enabled: modelData.free && !mine.resting && !places.busy
                            fill: Theme.driverHome
                            text: modelData.free
                                  ? qsTr("%1\n最长 %2 分钟").arg(screen.placeName(modelData.kind, modelData.number)).arg(modelData.maxMinutes)
                                  : qsTr("%1\n%2 空出").arg(screen.placeName(modelData.kind, modelData.number)).arg(modelData.endsAt)
                            onClicked: places.bookRest(modelData.id)
                        }
                    }
                }
                // 爱心驿站: what the union offers, free to every driver.
                KText {
                    visible: screen.page === StationFlow.LoveStation
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.title
                    font.bold: true
                    text: qsTr("工会爱心驿站，免费为司机师傅服务")
                }
                Repeater {
                    model: screen.page === StationFlow.LoveStation ? places.offers : []
                    Rectangle {
                        objectName: "offer_" + modelData.code
                        width: content.width
                        height: offerText.implicitHeight + Theme.spacing
                        radius: Theme.radius
                        color: Theme.panel
                        KText {
                            id: offerText
                            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter
                                      margins: Theme.spacing }
                            text: "<b>" + modelData.name + "</b>　" + modelData.line
                            textFormat: Text.StyledText
                        }
                    }
                }

                // What the driver can do on the page, and the way back to the menu.
                Row {
                    visible: screen.page !== StationFlow.Menu
                    anchors.horizontalCenter: parent.horizontalCenter
                    spacing: Theme.spacing
                    readonly property bool charging: screen.page === StationFlow.Charging
                    BigButton {
                        objectName: "startCharging"
                        visible: parent.charging && !mine.charging && (mine.called || (!mine.queued && places.freeSpots > 0))
                        enabled: !places.busy
                        fill: Theme.driverHome
                        text: mine.called ? qsTr("开始充电（%1 号桩）").arg(mine.calledSpot) : qsTr("开始充电")
                        onClicked: places.startCharging()
                    }
                    BigButton {
                        objectName: "joinQueue"
                        visible: parent.charging && !mine.charging && !mine.called && !mine.queued && places.freeSpots === 0
                        enabled: !places.busy
                        fill: Theme.driverHome
                        text: places.waiting > 0 ? qsTr("排队（前面 %1 人）").arg(places.waiting) : qsTr("排队")
                        onClicked: places.joinQueue()
                    }
                    BigButton {
                        objectName: "endCharging"
                        visible: parent.charging && mine.charging
                        enabled: !places.busy
                        fill: Theme.warning
                        text: qsTr("结束充电")
                        onClicked: places.endCharging()
                    }
                    BigButton {
                        objectName: "leaveQueue"
                        visible: parent.charging && (mine.queued || mine.called)
                        enabled: !places.busy
                        fill: Theme.neutral
                        text: qsTr("不排了")
                        onClicked: places.leaveQueue()
                    }
                    BigButton {
                        objectName: "endRest"
                        visible: screen.page === StationFlow.Rest && mine.resting
                        enabled: !places.busy
                        fill: Theme.warning
                        text: qsTr("结束休息")
                        onClicked: places.endRest()
                    }
                    BigButton {
                        objectName: "backToMenu"
                        fill: Theme.neutral
                        text: qsTr("返回菜单")
                        onClicked: places.showPage(StationFlow.Menu)
                    }
                }

            }
        }
        ScrollHint { id: hint; view: view }
    }
}
