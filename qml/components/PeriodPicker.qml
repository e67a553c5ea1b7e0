import QtQuick
import Linli

// The periods a desk's 统计 are for: today, this week, this month, last month.
Row {
    id: picker
    property var desk // a PeriodFiguresDesk
    property color accent: Theme.action
    spacing: Theme.spacing / 2
    Repeater {
        model: [{code: "today", text: qsTr("今天")}, {code: "week", text: qsTr("本周")},
                {code: "month", text: qsTr("本月")}, {code: "lastMonth", text: qsTr("上月")}]
        ChoiceButton {
            objectName: "figuresPeriod_" + modelData.code
            accent: picker.accent
            chosen: picker.desk.period === modelData.code
            text: modelData.text
            onClicked: picker.desk.showPeriod(modelData.code)
        }
    }
}
