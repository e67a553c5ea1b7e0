pragma Singleton
import QtQuick
import Linli.Core

// Every sentence the kiosk says about a state, in one place, through qsTr.
QtObject {
    // The street's server is out of reach: what waits for it says so.
    readonly property string offline: qsTr("数据连接中断，请稍候或到柜台办理。")

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
        case Identity.RevokedCode: return qsTr("此码已作废，请使用新码。")
        case Identity.StorageError: if (!Kiosk.devices.databaseOnline) return offline; break
        }
        return qsTr("暂时无法识别，请稍后再试。")
    }

    function cardProblem(problem) {
        switch (problem) {
        case Identity.LostCard: return qsTr("这张卡已挂失，不能使用。请到服务台办理新卡。")
        case Identity.UnknownPerson: return qsTr("这张卡的登记已注销，请到服务台办理。")
        }
        return qsTr("这张卡尚未登记，请到服务台办理。")
    }

    function notice(kind, problem) {
        switch (kind) {
        case Notice.CodeRefused: return codeProblem(problem)
        case Notice.CardUnknown: return cardProblem(problem)
        case Notice.NotAStaffCard: return qsTr("这不是工作人员卡。")
        case Notice.NotADriver: return qsTr("这是居民的卡或码。司机签到请出示司机身份码。")
        case Notice.SaveFailed: return qsTr("暂时无法保存，请联系工作人员。")
        case Notice.StaffProofNeeded: return qsTr("动用钱款前，请刷您的工作卡并输入密码。")
        case Notice.NotCancellable: return qsTr("厨房已开始做这份餐，不能取消了。")
        case Notice.CorrectionRefused: return qsTr("饭卡余额不够扣减，没有更正。")
        case Notice.CodeSlipQueued: return qsTr("身份码凭条已加入打印。")
        case Notice.LabelQueued: return qsTr("物品标签已加入打印。")
        case Notice.ReminderQueued: return qsTr("催还凭条已加入打印。")
        case Notice.Offline: return offline
        case Notice.HelpComing: return qsTr("已通知工作人员，马上就来，请稍等。")
        }
        return ""
    }

    function noticeIsError(kind) {
        return kind !== Notice.CodeSlipQueued && kind !== Notice.LabelQueued && kind !== Notice.ReminderQueued
               && kind !== Notice.HelpComing
    }

    function canteenProblem(problem) {
        switch (problem) {
        case Canteen.Closed: return qsTr("现在不是点餐时间。")
        case Canteen.UnknownDish: return qsTr("这道菜今天不供应了，请换一道。")
        case Canteen.SoldOut: return qsTr("刚刚卖完了一道菜，请换一道。")
        case Canteen.WrongDishes: return qsTr("套餐的菜还没选好。")
        case Canteen.NotEligible: return qsTr("这个套餐不适用于您。")
        case Canteen.SetAlreadyTaken: return qsTr("这一餐您已经订过敬老套餐了，可以按原价点菜。")
        case Canteen.NeedsResident: return qsTr("饭卡支付请先刷居民卡。")
        case Canteen.NoMealCard: return qsTr("您还没有饭卡，请到柜台付款或找工作人员办理。")
        case Canteen.NotEnoughBalance: return qsTr("饭卡余额不足，请到柜台付款或充值。")
        case Canteen.DeliveryNotOffered:
            return qsTr("送餐上门只为%1岁以上或行动不便的居民提供。").arg(Kiosk.canteen.order.deliveryAge)
        case Canteen.StorageError: return Kiosk.devices.databaseOnline ? qsTr("暂时无法下单，请联系工作人员。") : offline
        }
        return ""
    }

    // Why the Shared House cannot do what was asked; `item` is the thing
    // scanned (its due date says until when it is out).
    function sharedHouseProblem(problem, item) {
        switch (problem) {
        case SharedHouse.NotAResident: return qsTr("只有本社区居民可以借东西，请刷居民卡。")
        case SharedHouse.UnknownItem: return qsTr("这个码不是共享小屋的物品，请找工作人员。")
        case SharedHouse.UnknownBook: return qsTr("共享小屋没有这本书。")
        case SharedHouse.Retired: return qsTr("这件东西已经不再出借了。")
        case SharedHouse.OnLoan:
            return item && item.due ? qsTr("这件东西已经借出，%1 前归还。").arg(item.due) : qsTr("这件东西刚刚被借走了。")
        case SharedHouse.UnderRepair: return qsTr("这件东西正在维修，暂时不能借。")
        case SharedHouse.LimitReached: return qsTr("这类东西您已经借满了，请先还一件。")
        case SharedHouse.HasOverdue: return qsTr("您有东西已经过了归还日期，请先还回来再借。")
        case SharedHouse.NotOnLoan: return qsTr("这件东西没有借出，不用还。")
        case SharedHouse.HeldForOther: return qsTr("这件东西已为预约的邻居保留，暂时不能借。")
        case SharedHouse.OnShelf: return qsTr("这件东西就在架上，直接拿去扫码借就行。")
        case SharedHouse.AlreadyReserved: return qsTr("您已经预约过这件东西了。")
        case SharedHouse.YoursAlready: return qsTr("这件东西已经是您借着或为您保留的。")
        case SharedHouse.StorageError: return Kiosk.devices.databaseOnline ? qsTr("暂时无法办理，请联系工作人员。") : offline
        }
        return ""
    }

    // A kind of thing in one character (one short word in English), for its picture.
    function itemBadge(category) {
        switch (category) {
        case "tools": return qsTr("工", "item badge")
        case "household": return qsTr("家", "item badge")
        case "mobility": return qsTr("辅", "item badge")
        case "books": return qsTr("书", "item badge")
        }
        return qsTr("急", "item badge")
    }

    // 在架 / 借出 until when / 已预约 / 维修中, and how many wait for it.
    function itemState(item) {
        var state = item.state === "out" ? qsTr("借出，%1 到期").arg(item.due)
                  : item.state === "held" ? qsTr("已预约")
                  : item.state === "repair" ? qsTr("维修中") : qsTr("在架上")
        return item.waiting > 0 ? qsTr("%1 · %n 人排队", "", item.waiting).arg(state) : state
    }

    // What the Shared House has to tell a resident who identifies: what is
    // kept for them, and what they should have brought back.
    function houseNews(mine) {
        var news = []
        if (!mine || !mine.loans)
            return news
        mine.reservations.forEach(function(r) {
            if (r.held)
                news.push(qsTr("您预约的 %1 可以借了，保留到 %2").arg(r.name).arg(r.heldUntil))
        })
        mine.loans.forEach(function(l) {
            if (l.daysLate > 0)
                news.push(qsTr("您借的 %1 已过期 %n 天，请尽快归还", "", l.daysLate).arg(l.name))
        })
        return news
    }

    // A dish's kind in one character (one short word in English), for its picture.
    function dishBadge(category) {
        switch (category) {
        case 0: return qsTr("荤", "dish badge")
        case 1: return qsTr("素", "dish badge")
        case 2: return qsTr("汤", "dish badge")
        case 3: return qsTr("饭", "dish badge")
        }
        return qsTr("饮", "dish badge")
    }

    // Whether a slip would come out now (a printer near its paper's end still prints).
    function printerCanPrint(state) {
        return state === DeviceStatus.Ready || state === DeviceStatus.Busy || state === DeviceStatus.PaperNearEnd
    }

    // As short as the other device states ("正常", "ready"): the bar's slot is small in large text.
    function sound(state) {
        switch (state) {
        case Voice.VoiceOff: return qsTr("关闭")
        case Voice.NoSoundDevice: return qsTr("无声")
        case Voice.NoVoice: return qsTr("故障")
        }
        return qsTr("正常")
    }

    function dishCategory(category) {
        switch (category) {
        case 0: return qsTr("荤菜")
        case 1: return qsTr("素菜")
        case 2: return qsTr("汤")
        case 3: return qsTr("主食")
        }
        return qsTr("饮品")
    }

    function dishTags(soft, lowSalt, lowSugar, spicy) {
        var tags = []
        if (soft) tags.push(qsTr("软烂"))
        if (lowSalt) tags.push(qsTr("少盐"))
        if (lowSugar) tags.push(qsTr("少糖"))
        if (spicy) tags.push(qsTr("辣"))
        return tags.join(" · ")
    }

    function periodName(code) {
        switch (code) {
        case "breakfast": return qsTr("早餐")
        case "dinner": return qsTr("晚餐")
        }
        return qsTr("午餐")
    }

    function orderState(state) {
        switch (state) {
        case CanteenDesk.New: return qsTr("新订单")
        case CanteenDesk.Cooking: return qsTr("制作中")
        case CanteenDesk.Ready: return qsTr("可取餐")
        case CanteenDesk.Collected: return qsTr("已取餐")
        case CanteenDesk.Cancelled: return qsTr("已取消")
        }
        return qsTr("已作废")
    }

    // Why staff cancelled an order or corrected a meal card (the reason codes of the canteen's rules).
    function cancelReason(code) {
        switch (code) {
        case "changed_mind": return qsTr("居民不要了")
        case "wrong_order": return qsTr("点错了")
        case "cannot_cook": return qsTr("做不了这道菜")
        }
        return qsTr("其他", "reason")
    }
    function correctionReason(code) {
        switch (code) {
        case "counted_wrong": return qsTr("金额记错")
        case "paid_cash": return qsTr("已付现金")
        case "cash_back": return qsTr("余额退还现金")
        }
        return qsTr("其他", "reason")
    }

    // How a walk-in gets a set that is for someone else (CanteenFlow.setsForOthers).
    function setHint(set) {
        if (set.forDrivers)
            return qsTr("司机请扫司机码，享受%1%2。").arg(money(set.price)).arg(set.name)
        return qsTr("%1岁以上的居民请先刷居民卡或扫居民码，享受%2%3。").arg(set.minAge).arg(money(set.price)).arg(set.name)
    }

    function money(yuanText) {
        return qsTr("%1元").arg(yuanText)
    }

    function stay(minutes) {
        var hours = Math.floor(minutes / 60)
        var rest = minutes % 60
        if (hours === 0)
            return qsTr("%n 分钟", "", rest)
        return qsTr("%n 小时", "", hours) + " " + qsTr("%n 分钟", "", rest)
    }
}
