pragma Singleton
import QtQuick
import Linli.Core

// Every sentence the kiosk says about a state, in one place, through qsTr.
QtObject {
    function deviceState(state) {
        switch (state) {
        case DeviceStatus.Ready: return qsTr("正常")
        case DeviceStatus.Offline: return qsTr("未连接")
        case DeviceStatus.Busy: return qsTr("工作中")
        case DeviceStatus.PaperNearEnd: return qsTr("纸快用完")
        case DeviceStatus.PaperOut: return qsTr("缺纸")
        case DeviceStatus.CoverOpen: return qsTr("盖子未关")
        }
        return qsTr("故障")
    }

    function codeProblem(problem) {
        switch (problem) {
        case Identity.NotOurs: return qsTr("这不是邻里身份码，请出示居民码或司机码。")
        case Identity.Malformed: return qsTr("二维码不完整，请重新扫码。")
        case Identity.Forged: return qsTr("二维码无效，请到服务台重新领取。")
        case Identity.FutureDated: return qsTr("二维码日期有误，请到服务台重新领取。")
        case Identity.UnknownPerson: return qsTr("此码的登记已注销，请到服务台办理。")
        }
        return qsTr("暂时无法识别，请稍后再试。")
    }

    function notice(kind, problem) {
        switch (kind) {
        case Kiosk.CodeRefused: return codeProblem(problem)
        case Kiosk.CardUnknown: return qsTr("这张卡尚未登记，请到服务台办理。")
        case Kiosk.StaffCardHint: return qsTr("工作人员请长按左上角进入管理模式。")
        case Kiosk.NotAStaffCard: return qsTr("这不是工作人员卡。")
        case Kiosk.NotADriver: return qsTr("这是居民的卡或码。司机签到请出示司机身份码。")
        case Kiosk.SaveFailed: return qsTr("暂时无法保存，请联系工作人员。")
        case Kiosk.CodeSlipQueued: return qsTr("身份码凭条已加入打印。")
        }
        return ""
    }

    function noticeIsError(kind) {
        return kind !== Kiosk.CodeSlipQueued
    }

    function stay(minutes) {
        var hours = Math.floor(minutes / 60)
        var rest = minutes % 60
        if (hours === 0)
            return qsTr("%n 分钟", "", rest)
        return qsTr("%n 小时", "", hours) + " " + qsTr("%n 分钟", "", rest)
    }
}
