import QtQuick
import Linli
import Linli.Core

// 居民 in staff mode, the people register with nothing typed: find a
// resident by building and unit (then the room), or by the first letter of
// the surname; open them to correct their flags, enrol a new card, mark a
// card lost, print or reissue their QR code, or mark them moved away or
// deceased. 司机 and 工作人员 list drivers (their cards and codes) and staff
// (their cards); 打印身份码 prints anyone's current code.
// Whatever ends something (a card, a code, a registration) waits for a
// second, explicit tap.
Item {
    id: tab
    objectName: "peopleDeskTab"
    readonly property var desk: Kiosk.peopleDesk
    readonly property var person: desk.person
    readonly property bool personOpen: person.id !== undefined
    readonly property bool isResident: person.kind === "resident"
    readonly property bool hasCode: person.kind === "resident" || person.kind === "driver"
    readonly property bool active: isResident ? person.leftAs === "" : personOpen
    property string part: "residents"
    // What waits for its second tap: moved, deceased, reissue, lost (with confirmCard).
    property string confirm: ""
    property int confirmCard: -1
    property bool eraseContact: false
    onPartChanged: desk.closePerson()
    // Another tab takes card taps for itself (a top-up's card): 发卡 ends with this one.
    Component.onDestruction: desk.cancelEnrol()
    onPersonOpenChanged: { confirm = ""; eraseContact = false }

    function problemText(problem) {
        switch (problem) {
        case PeopleRegister.NoProblem: return ""
        case PeopleRegister.CardTaken: return desk.cardHolder !== ""
                                              ? qsTr("这张卡已经是 %1 的卡，不能再发给别人。").arg(desk.cardHolder)
                                              : qsTr("这张卡已经登记给别人了。")
        case PeopleRegister.CardIsTheirs: return qsTr("这张卡已经是这位的卡了。")
        case PeopleRegister.CardRevoked: return qsTr("这张卡已挂失或注销，不能再用，请换一张新卡。")
        case PeopleRegister.NotActive: return qsTr("这位已不在登记中，不能办理。")
        case PeopleRegister.NotFound: return qsTr("找不到这条记录，页面已刷新。")
        }
        return Kiosk.devices.databaseOnline ? qsTr("暂时无法保存，请稍后再试。") : Messages.offline
    }
    function doneText(done) {
        switch (done) {
        case "flags": return qsTr("已保存。")
        case "left": return qsTr("已注销登记，卡和身份码已停用。")
        case "reactivated": return qsTr("已恢复登记。")
        case "enrolled": return qsTr("新卡已发，刷卡即可使用。")
        case "lost": return qsTr("已挂失，这张卡不能再用。")
        case "reissued": return qsTr("新身份码正在打印，旧码已作废。")
        case "printed": return qsTr("身份码正在打印。")
        }
        return ""
    }
    function changeText(what) {
        switch (what) {
        case "imported": return qsTr("从花名册导入")
        case "updated": return qsTr("信息更新")
        case "flags": return qsTr("修改情况")
        case "left": return qsTr("注销登记")
        case "erased": return qsTr("删除联系方式")
        case "card_enrolled": return qsTr("发卡")
        case "card_lost": return qsTr("挂失")
        case "code_reissued": return qsTr("换新身份码")
        case "pin_set": return qsTr("设置密码")
        }
        return what
    }
    function roleText(role) {
        switch (role) {
        case "canteen": return qsTr("食堂")
        case "social_worker": return qsTr("社工")
        case "volunteer": return qsTr("志愿者")
        case "admin": return qsTr("管理员")
        }
        return role
    }
    function leftText(leftAs) {
        return leftAs === "moved" ? qsTr("已迁出") : leftAs === "deceased" ? qsTr("已去世") : ""
    }

    component PartButton: BigButton {
        property string name
        fill: tab.part === name ? Theme.action : Theme.neutral
        onClicked: tab.part = name
    }
    component Choice: ChoiceButton { fontSize: Theme.small }
    // A column longer than its room, scrolled with the ▲ ▼ beside it.
    component ScrolledColumn: Item {
        default property alias content: column.data
        Flickable {
            id: flick
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
            // The hint's room always kept: text that wraps makes the column
            // taller, which would call for the hint, which narrows the column...
            width: parent.width - hint.width - Theme.spacing / 2
            contentHeight: column.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: column
                width: parent.width
                spacing: Theme.spacing / 4
            }
        }
        ScrollHint { id: hint; view: flick }
    }
    component Heading: KText {
        width: parent ? parent.width : 0
        font.bold: true
        topPadding: Theme.spacing / 2
    }

    // The desk's parts; with a person open, the way back and their name instead.
    Row {
        id: parts
        visible: !tab.personOpen
        anchors { left: parent.left; top: parent.top }
        spacing: Theme.spacing / 2
        PartButton { objectName: "peoplePartResidents"; name: "residents"; text: qsTr("找居民") }
        PartButton { objectName: "peoplePartDrivers"; name: "drivers"; text: qsTr("司机") }
        PartButton { objectName: "peoplePartStaff"; name: "staff"; text: qsTr("工作人员") }
        PartButton { objectName: "peoplePartCodes"; name: "codes"; text: qsTr("打印身份码") }
    }
    BigButton {
        id: back
        objectName: "peopleBack"
        visible: tab.personOpen
        anchors { left: parent.left; top: parent.top }
        fill: Theme.neutral
        text: qsTr("‹ 返回列表")
        onClicked: desk.closePerson()
    }
    KText {
        objectName: "peopleName"
        visible: tab.personOpen
        anchors { left: back.right; right: parent.right; verticalCenter: back.verticalCenter; leftMargin: Theme.spacing }
        elide: Text.ElideRight
        font.pixelSize: Theme.title
        font.bold: true
        text: !tab.personOpen ? ""
              : tab.isResident
              ? [tab.person.name, tab.person.gender === "F" ? qsTr("女") : tab.person.gender === "M" ? qsTr("男") : "",
                 tab.person.age >= 0 ? qsTr("%1 岁").arg(tab.person.age) : "", tab.leftText(tab.person.leftAs)]
                .filter(Boolean).join("  ")
              : tab.person.kind === "driver" ? qsTr("%1（司机）").arg(tab.person.name)
              : [tab.person.name, tab.roleText(tab.person.role)].filter(Boolean).join("  ")
    }

    Item {
        id: room
        anchors { left: parent.left; right: parent.right; top: tab.personOpen ? back.bottom : parts.bottom
                  bottom: parent.bottom; topMargin: Theme.spacing / 2 }

        // 找居民: building and unit, or the surname's letter, on the left;
        // whom they name on the right.
        readonly property bool finding: tab.part === "residents" && !tab.personOpen
        ScrolledColumn {
            id: finderView
            objectName: "peopleFinder"
            visible: room.finding
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
            width: parent.width * 0.5
            Column {
                id: finder
                width: parent.width
                spacing: Theme.spacing / 4
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 4
                    KText { text: qsTr("楼栋"); height: Theme.touch; verticalAlignment: Text.AlignVCenter; width: Theme.touch }
                    Repeater {
                        model: tab.desk.buildings
                        Choice {
                            objectName: "peopleBuilding_" + index
                            chosen: tab.desk.building === modelData
                            text: modelData
                            onClicked: tab.desk.chooseBuilding(modelData)
                        }
                    }
                }
                Flow {
                    visible: tab.desk.building !== ""
                    width: parent.width
                    spacing: Theme.spacing / 4
                    KText { text: qsTr("单元"); height: Theme.touch; verticalAlignment: Text.AlignVCenter; width: Theme.touch }
                    Repeater {
                        model: tab.desk.units
                        Choice {
                            objectName: "peopleUnit_" + index
                            chosen: tab.desk.unit === modelData
                            text: modelData
                            onClicked: tab.desk.chooseUnit(modelData)
                        }
                    }
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacing / 4
                    KText { text: qsTr("姓氏"); height: Theme.touch; verticalAlignment: Text.AlignVCenter; width: Theme.touch }
                    Repeater {
                        model: tab.desk.letters
                        Choice {
                            objectName: "peopleLetter_" + modelData
                            width: modelData === "#" ? implicitWidth : Theme.touch
                            fontSize: Theme.body
                            chosen: tab.desk.letter === modelData
                            text: modelData === "#" ? qsTr("其他") : modelData
                            onClicked: tab.desk.chooseLetter(modelData)
                        }
                    }
                }
            }
        }
        KText {
            objectName: "peopleFindHint"
            visible: room.finding && matchList.count === 0
            anchors { left: matchList.left; right: parent.right; top: parent.top; topMargin: Theme.spacing }
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: tab.desk.building !== "" && tab.desk.unit === "" ? qsTr("请选单元。")
                                                                   : qsTr("请选楼栋和单元，或选姓氏的首字母。")
        }
        ListView {
            id: matchList
            objectName: "peopleMatches"
            visible: room.finding
            anchors { left: finderView.right; right: parent.right; top: parent.top; bottom: parent.bottom
                      leftMargin: Theme.spacing; rightMargin: matchHint.room }
            clip: true
            spacing: Theme.spacing / 4
            model: tab.desk.matches
            delegate: DeskLine {
                id: matchLine
                required property int index
                required property var personId
                required property string name
                required property string address
                required property string leftAs
                objectName: "peopleMatch_" + index
                color: leftAs !== "" ? Theme.disabledFill : Theme.panel
                text: [address, name, tab.leftText(leftAs)].filter(Boolean).join(" · ")
                BigButton {
                    objectName: "peopleMatch_" + matchLine.index + "_open"
                    text: qsTr("查看")
                    onClicked: tab.desk.openResident(matchLine.personId)
                }
            }
        }
        ScrollHint { id: matchHint; view: matchList; visible: matchList.visible && needed }

        // 司机
        ListView {
            id: driverList
            objectName: "peopleDrivers"
            visible: tab.part === "drivers" && !tab.personOpen
            anchors { fill: parent; rightMargin: driverHint.room }
            clip: true
            spacing: Theme.spacing / 4
            model: tab.desk.drivers
            delegate: DeskLine {
                id: driverLine
                required property int index
                required property var personId
                required property string name
                required property string plate
                objectName: "peopleDriver_" + index
                text: name + " · " + plate
                BigButton {
                    objectName: "peopleDriver_" + driverLine.index + "_open"
                    text: qsTr("查看")
                    onClicked: tab.desk.openDriver(driverLine.personId)
                }
            }
        }
        ScrollHint { id: driverHint; view: driverList; visible: driverList.visible && needed }

        // 工作人员
        ListView {
            id: staffList
            objectName: "peopleStaff"
            visible: tab.part === "staff" && !tab.personOpen
            anchors { fill: parent; rightMargin: staffHint.room }
            clip: true
            spacing: Theme.spacing / 4
            model: tab.desk.staff
            delegate: DeskLine {
                id: staffLine
                required property int index
                required property var personId
                required property string name
                required property string role
                required property bool pinPending
                required property int cards
                objectName: "peopleStaff_" + index
                text: [name, tab.roleText(role), qsTr("%n 张卡", "", cards),
                       pinPending ? qsTr("密码待首次设置") : ""].filter(Boolean).join(" · ")
                BigButton {
                    objectName: "peopleStaff_" + staffLine.index + "_open"
                    text: qsTr("查看")
                    onClicked: tab.desk.openStaff(staffLine.personId)
                }
            }
        }
        ScrollHint { id: staffHint; view: staffList; visible: staffList.visible && needed }

        // 打印身份码: residents and drivers, their current code.
        ListView {
            id: peopleList
            objectName: "peopleList"
            visible: tab.part === "codes"
            anchors { fill: parent; rightMargin: peopleListHint.room }
            clip: true
            spacing: Theme.spacing / 4
            model: Kiosk.staff.people
            delegate: DeskLine {
                required property int index
                required property string name
                required property string detail
                required property bool isDriver
                text: (isDriver ? qsTr("司机") : qsTr("居民")) + "  " + name + "  " + detail
                BigButton {
                    text: qsTr("打印身份码")
                    onClicked: Kiosk.staff.printPersonCode(index)
                }
            }
        }
        ScrollHint { id: peopleListHint; view: peopleList; visible: peopleList.visible && needed }

        // One person: what is held, the actions, the cards and the history.
        Item {
            id: page
            objectName: "peoplePerson"
            visible: tab.personOpen
            anchors.fill: parent

            // What just happened, what was refused, and the second tap.
            Column {
                id: outcome
                anchors { left: parent.left; right: parent.right; top: parent.top }
                spacing: Theme.spacing / 4
                Rectangle {
                    objectName: "peopleAwaitingCard"
                    visible: tab.desk.awaitingCard
                    width: parent.width
                    height: visible ? Theme.touch + Theme.spacing / 2 : 0
                    radius: Theme.radius
                    color: "#E3F2FD"
                    KText {
                        anchors { left: parent.left; right: cancelEnrol.left; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                        wrapMode: Text.WordWrap
                        font.bold: true
                        text: qsTr("请把新卡放到读卡区……")
                    }
                    BigButton {
                        id: cancelEnrol
                        objectName: "peopleCancelEnrol"
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 4 }
                        fill: Theme.neutral
                        text: qsTr("不发了")
                        onClicked: tab.desk.cancelEnrol()
                    }
                }
                KText {
                    objectName: "peopleProblem"
                    width: parent.width
                    visible: text !== ""
                    wrapMode: Text.WordWrap
                    font.bold: true
                    color: Theme.danger
                    text: tab.problemText(tab.desk.problem)
                }
                KText {
                    objectName: "peopleDone"
                    width: parent.width
                    visible: text !== "" && tab.desk.problem === PeopleRegister.NoProblem
                    wrapMode: Text.WordWrap
                    font.bold: true
                    color: Theme.good
                    text: tab.doneText(tab.desk.done)
                }
                Rectangle {
                    id: confirmBar
                    objectName: "peopleConfirm"
                    visible: tab.confirm !== ""
                    width: parent.width
                    height: visible ? confirmColumn.height + Theme.spacing : 0
                    radius: Theme.radius
                    color: "#FFF3E0"
                    Column {
                        id: confirmColumn
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 2 }
                        spacing: Theme.spacing / 4
                        KText {
                            width: parent.width
                            wrapMode: Text.WordWrap
                            font.bold: true
                            text: {
                                switch (tab.confirm) {
                                case "moved": return qsTr("%1 已迁出？卡和身份码将停用，记录仍保留。").arg(tab.person.name)
                                case "deceased": return qsTr("%1 已去世？卡和身份码将停用，记录仍保留。").arg(tab.person.name)
                                case "reissue": return qsTr("给 %1 换新身份码？旧码将作废，新码马上打印。").arg(tab.person.name)
                                case "lost": return qsTr("挂失这张卡？挂失后不能再用，可以再发新卡。")
                                }
                                return ""
                            }
                        }
                        Row {
                            spacing: Theme.spacing / 2
                            Choice {
                                objectName: "peopleEraseContact"
                                visible: tab.confirm === "moved" || tab.confirm === "deceased"
                                chosen: tab.eraseContact
                                text: tab.eraseContact ? qsTr("✓ 同时删除电话、身份证号和房号") : qsTr("同时删除电话、身份证号和房号")
                                onClicked: tab.eraseContact = !tab.eraseContact
                            }
                            BigButton {
                                objectName: "peopleConfirmYes"
                                fill: Theme.danger
                                text: qsTr("确定")
                                onClicked: {
                                    if (tab.confirm === "reissue")
                                        tab.desk.reissueCode()
                                    else if (tab.confirm === "lost")
                                        tab.desk.markLost(tab.confirmCard)
                                    else
                                        tab.desk.markLeft(tab.confirm, tab.eraseContact)
                                    tab.confirm = ""
                                }
                            }
                            BigButton {
                                objectName: "peopleConfirmNo"
                                fill: Theme.neutral
                                text: qsTr("不了")
                                onClicked: tab.confirm = ""
                            }
                        }
                    }
                }
                SlipState {
                    objectName: "peopleCodeSlip"
                    visible: (tab.desk.done === "reissued" || tab.desk.done === "printed") && slipState !== Slip.None
                    slip: tab.desk.slip
                    printingText: qsTr("身份码正在打印…")
                    printedText: qsTr("身份码已打印，请交给本人")
                }
            }

            // Who they are and their flags; what staff can do and the cards;
            // the history: three columns, each scrolled on its own.
            ScrolledColumn {
                id: who
                objectName: "peopleWho"
                anchors { left: parent.left; top: outcome.bottom; bottom: parent.bottom; topMargin: Theme.spacing / 2 }
                width: parent.width * 0.36
                KText {
                    objectName: "peopleDriverFacts"
                    visible: tab.person.kind === "driver"
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: visible ? [qsTr("电话：%1").arg(tab.person.phone), qsTr("车牌：%1").arg(tab.person.plate),
                                     qsTr("平台：%1").arg(tab.person.platform),
                                     tab.person.codeGeneration > 1 ? qsTr("身份码：第 %1 版").arg(tab.person.codeGeneration) : ""]
                                    .filter(Boolean).join("\n")
                                  : ""
                }
                KText {
                    objectName: "peopleFacts"
                    visible: tab.isResident
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: tab.isResident
                          ? [qsTr("出生：%1").arg(tab.person.birthDate),
                             tab.person.address ? qsTr("住址：%1").arg(tab.person.address) : "",
                             tab.person.phone ? qsTr("电话：%1").arg(tab.person.phone) : "",
                             tab.person.idNumber ? qsTr("身份证：%1").arg(tab.person.idNumber) : "",
                             tab.person.codeGeneration > 1 ? qsTr("身份码：第 %1 版").arg(tab.person.codeGeneration) : "",
                             tab.person.erased ? qsTr("联系方式已删除") : ""].filter(Boolean).join("\n")
                          : ""
                }
                KText {
                    visible: !tab.isResident && tab.person.pinPending === true
                    width: parent.width
                    wrapMode: Text.WordWrap
                    text: qsTr("密码待首次设置：本人在工作人员入口刷卡后设置。")
                }

                Heading { visible: tab.isResident && tab.active; text: qsTr("情况") }
                Flow {
                    visible: tab.isResident && tab.active
                    width: parent.width
                    spacing: Theme.spacing / 4
                    Repeater {
                        model: [{ flag: "mobilityImpaired", label: qsTr("行动不便") },
                                { flag: "livesAlone", label: qsTr("独居") },
                                { flag: "deliveryEnabled", label: qsTr("送餐上门") }]
                        Choice {
                            objectName: "peopleFlag_" + modelData.flag
                            chosen: tab.person[modelData.flag] === true
                            enabled: !tab.desk.busy
                            text: (chosen ? "✓ " : "") + modelData.label
                            onClicked: tab.desk.setFlag(modelData.flag, !chosen)
                        }
                    }
                }
                Heading { text: qsTr("卡") }
                KText {
                    visible: tab.desk.cards.length === 0
                    color: Theme.textMuted
                    text: qsTr("还没有卡。")
                }
                Repeater {
                    model: tab.desk.cards
                    DeskLine {
                        id: cardLine
                        required property int index
                        required property var modelData
                        objectName: "peopleCard_" + index
                        width: parent.width
                        color: modelData.open ? Theme.panel : Theme.disabledFill
                        text: modelData.open ? qsTr("%1 发卡，在用").arg(modelData.issuedOn)
                                             : modelData.revokedAs === "lost"
                                               ? qsTr("%1 发卡，%2 挂失").arg(modelData.issuedOn).arg(modelData.revokedOn)
                                               : qsTr("%1 发卡，%2 停用").arg(modelData.issuedOn).arg(modelData.revokedOn)
                        BigButton {
                            objectName: "peopleCard_" + cardLine.index + "_lost"
                            visible: cardLine.modelData.open
                            fill: Theme.danger
                            text: qsTr("挂失")
                            onClicked: { tab.confirmCard = cardLine.index; tab.confirm = "lost" }
                        }
                    }
                }
            }
            ScrolledColumn {
                id: actions
                objectName: "peopleActions"
                anchors { left: who.right; top: outcome.bottom; bottom: parent.bottom; leftMargin: Theme.spacing; topMargin: Theme.spacing / 2 }
                width: parent.width * 0.32
                Heading { visible: tab.active; text: qsTr("办理") }
                Flow {
                    visible: tab.active
                    width: parent.width
                    spacing: Theme.spacing / 4
                    BigButton {
                        objectName: "peopleEnrol"
                        enabled: !tab.desk.busy && !tab.desk.awaitingCard
                        text: qsTr("发卡")
                        onClicked: tab.desk.beginEnrol()
                    }
                    BigButton {
                        objectName: "peoplePrintCode"
                        visible: tab.hasCode
                        enabled: !tab.desk.busy
                        text: qsTr("打印身份码")
                        onClicked: tab.desk.printCode()
                    }
                    BigButton {
                        objectName: "peopleReissue"
                        visible: tab.hasCode
                        enabled: !tab.desk.busy
                        fill: Theme.warning
                        text: qsTr("换新身份码")
                        onClicked: tab.confirm = "reissue"
                    }
                    BigButton {
                        objectName: "peopleMoved"
                        visible: tab.isResident
                        fill: Theme.danger
                        text: qsTr("迁出")
                        onClicked: tab.confirm = "moved"
                    }
                    BigButton {
                        objectName: "peopleDeceased"
                        visible: tab.isResident
                        fill: Theme.danger
                        text: qsTr("去世")
                        onClicked: tab.confirm = "deceased"
                    }
                }
                BigButton {
                    objectName: "peopleReactivate"
                    visible: tab.isResident && tab.person.leftAs === "moved" && !tab.person.erased
                    fill: Theme.good
                    text: qsTr("迁回，恢复登记")
                    onClicked: tab.desk.reactivate()
                }
            }

            // Right: the history, newest first.
            ListView {
                id: historyList
                objectName: "peopleHistory"
                anchors { left: actions.right; right: parent.right; top: outcome.bottom; bottom: parent.bottom
                          leftMargin: Theme.spacing; topMargin: Theme.spacing / 2; rightMargin: historyHint.room }
                clip: true
                spacing: Theme.spacing / 4
                header: Heading { width: ListView.view.width; text: qsTr("记录"); bottomPadding: Theme.spacing / 4 }
                model: tab.desk.history
                delegate: Rectangle {
                    required property int index
                    required property var modelData
                    objectName: "peopleHistory_" + index
                    width: ListView.view.width
                    height: historyText.implicitHeight + Theme.spacing / 2
                    radius: Theme.radius
                    color: Theme.panel
                    KText {
                        id: historyText
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing / 2 }
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.small
                        text: modelData.at + "  " + tab.changeText(modelData.what)
                              + (modelData.detail ? "：" + modelData.detail : "")
                              + "\n" + (modelData.by !== "" ? qsTr("经办：%1").arg(modelData.by) : qsTr("经办：花名册导入"))
                    }
                }
                KText {
                    visible: historyList.count === 0
                    anchors { left: parent.left; right: parent.right; top: parent.top; topMargin: Theme.touch }
                    color: Theme.textMuted
                    text: qsTr("还没有记录。")
                }
            }
            ScrollHint { id: historyHint; view: historyList }
        }
    }
}
