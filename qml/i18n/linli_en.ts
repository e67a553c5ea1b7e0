<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AssistBanner</name>
    <message>
        <location filename="../shell/AssistBanner.qml" line="20"/>
        <source>代办中 · 代办人：%1</source>
        <translation>Assisted · helper: %1</translation>
    </message>
    <message>
        <location filename="../shell/AssistBanner.qml" line="26"/>
        <source>结束代办</source>
        <translation>End assisting</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../shell/AttractScreen.qml" line="34"/>
        <source>邻里 · 社区自助服务</source>
        <translation>Linli · Community Self-Service</translation>
    </message>
    <message>
        <location filename="../shell/AttractScreen.qml" line="14"/>
        <source>幸福食堂</source>
        <translation>Happiness Canteen</translation>
    </message>
    <message>
        <location filename="../shell/AttractScreen.qml" line="15"/>
        <source>共享小屋</source>
        <translation>Shared House</translation>
    </message>
    <message>
        <location filename="../shell/AttractScreen.qml" line="16"/>
        <source>司机之家</source>
        <translation>Driver Home</translation>
    </message>
    <message>
        <location filename="../shell/AttractScreen.qml" line="17"/>
        <source>帮老人叫车</source>
        <translation>Rides for elders</translation>
    </message>
    <message>
        <location filename="../shell/AttractScreen.qml" line="57"/>
        <source>请触摸屏幕开始</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <location filename="../shell/AttractScreen.qml" line="64"/>
        <source>也可以直接刷卡或扫码</source>
        <translation>Or just tap your card or scan your code</translation>
    </message>
</context>
<context>
    <name>BarberDeskTab</name>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="15"/>
        <source>这一天有人预约了，请先通知他们改约，再设为休息日。</source>
        <translation>People have booked this day: tell them to rebook first, then make it a day off.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="16"/>
        <source>这一天还没到，不能标记。</source>
        <translation>This day has not come yet: nothing to mark.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="17"/>
        <source>这个预约已经取消了。</source>
        <translation>This booking was cancelled.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="30"/>
        <source>‹ 前一次</source>
        <translation>‹ Earlier</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="39"/>
        <source>%1 理发师休息</source>
        <translation>%1: the barber is off</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="40"/>
        <source>%1 %2 · 理发师 %3 · 约了 %4 / %5</source>
        <translation>%1 %2 · barber %3 · %4 / %5 booked</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="47"/>
        <source>后一次 ›</source>
        <translation>Later ›</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="53"/>
        <source>✓ 已打印名单</source>
        <translation>✓ List printed</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="53"/>
        <source>打印名单</source>
        <translation>Print the list</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="60"/>
        <source>恢复理发</source>
        <translation>Open again</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="60"/>
        <source>设为休息日</source>
        <translation>Make it a day off</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="78"/>
        <source>这一天还没有人预约</source>
        <translation>Nobody has booked this day yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharedhouse/BarberDeskTab.qml" line="106"/>
        <source>之前爽约 %n 次</source>
        <translation>
            <numerusform>missed %n time before</numerusform>
            <numerusform>missed %n times before</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="107"/>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="118"/>
        <source>已理发</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="107"/>
        <location filename="../sharedhouse/BarberDeskTab.qml" line="125"/>
        <source>未到</source>
        <translation>Did not come</translation>
    </message>
</context>
<context>
    <name>BarberScreen</name>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="21"/>
        <source>。</source>
        <translation>. </translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="25"/>
        <source>只有本社区居民可以预约理发，请刷居民卡。</source>
        <translation>Only residents of the community can book a haircut. Please tap your resident card.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="26"/>
        <source>免费理发是为%1岁以上的老人准备的，您还不能预约。</source>
        <translation>The free haircuts are for residents aged %1 and over: you cannot book one yet.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="27"/>
        <source>这个时间没有理发，请换一个时间。</source>
        <translation>There is no haircut at that time. Please choose another time.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="28"/>
        <source>这一天理发师休息，请换一天。</source>
        <translation>The barber is off that day. Please choose another day.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="29"/>
        <source>这个时间已经过了，请换一个时间。</source>
        <translation>That time has passed. Please choose another time.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="30"/>
        <source>这一天还没有开始预约。</source>
        <translation>Booking for that day has not opened yet.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="31"/>
        <source>这一周您已经约过了，一周只能约一次。</source>
        <translation>You have booked this week already: one haircut a week.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="32"/>
        <source>这个时间刚刚被别人约走了，请换一个时间。</source>
        <translation>Someone has just booked that time. Please choose another time.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="33"/>
        <source>这个预约已经取消了。</source>
        <translation>This booking was cancelled already.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="34"/>
        <source>暂时无法预约，请联系工作人员。</source>
        <translation>Booking is not possible just now. Please ask the staff.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="42"/>
        <source>每%1 %2 · 理发师 %3</source>
        <translation>Every %1 %2 · barber %3</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="43"/>
        <location filename="../sharedhouse/BarberScreen.qml" line="50"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="49"/>
        <source>%1岁以上提前 %2 天可约</source>
        <translation>aged %1 and over: book %2 days ahead</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="56"/>
        <source>最近几天没有理发</source>
        <translation>No haircuts in the coming days</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="58"/>
        <source>%1 理发师休息</source>
        <translation>%1: the barber is off</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="59"/>
        <source>%1 起可以预约这一天，%2岁以上的老人先约</source>
        <translation>You can book this day from %1: residents aged %2 and over book first</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="60"/>
        <source>这一周您已经约过了</source>
        <translation>You have booked this week already</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="61"/>
        <source>这一天已经约满了</source>
        <translation>This day is fully booked</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="69"/>
        <source>%1
休息</source>
        <translation>%1
day off</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="70"/>
        <source>%1
还没开始约</source>
        <translation>%1
not open yet</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="71"/>
        <source>%1
本周已约</source>
        <translation>%1
booked this week</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharedhouse/BarberScreen.qml" line="73"/>
        <source>%1
还有 %n 个空</source>
        <translation>
            <numerusform>%1
%n time free</numerusform>
            <numerusform>%1
%n times free</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="73"/>
        <source>%1
已约满</source>
        <translation>%1
fully booked</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="84"/>
        <source>共享理发屋</source>
        <translation>Barber corner</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="86"/>
        <source>返回共享小屋</source>
        <translation>Shared House</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="86"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="125"/>
        <source>请选一个理发时间</source>
        <translation>Please choose a time for your haircut</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="126"/>
        <source>预约 %1 %2</source>
        <translation>Book %1 %2</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="127"/>
        <source>约好了：%1 %2</source>
        <translation>Booked: %1 %2</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="128"/>
        <source>您的理发预约</source>
        <translation>Your haircut booking</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="128"/>
        <source>您没有理发预约</source>
        <translation>You have no haircut booked</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="130"/>
        <source>取消 %1 %2 的预约吗？</source>
        <translation>Cancel your booking on %1 %2?</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="131"/>
        <source>预约已取消</source>
        <translation>Booking cancelled</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="133"/>
        <source>正在查看…</source>
        <translation>Looking…</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="133"/>
        <source>预约理发，请先刷居民卡</source>
        <translation>To book a haircut, please tap your resident card</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="146"/>
        <location filename="../sharedhouse/BarberScreen.qml" line="151"/>
        <source>%1岁以上的老人免费理发</source>
        <translation>Free haircuts for residents aged %1 and over</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="148"/>
        <source>预约人 %1 · 理发师 %2 · 免费</source>
        <translation>For %1 · barber %2 · free</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="149"/>
        <source>请提前五分钟到共享小屋。来不了请在这里取消。</source>
        <translation>Please come to the Shared House five minutes early. If you cannot come, cancel here.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="152"/>
        <source>取消后，这个时间可以让给别人</source>
        <translation>Once cancelled, someone else can have this time</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="153"/>
        <source>这个时间可以让给别人了，谢谢您</source>
        <translation>Someone else can have this time now. Thank you</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="188"/>
        <source>%1 %2 · 理发师 %3</source>
        <translation>%1 %2 · barber %3</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="196"/>
        <source>取消预约</source>
        <translation>Cancel it</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="211"/>
        <source>确认预约</source>
        <translation>Book it</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="219"/>
        <source>再约一次</source>
        <translation>Book another</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="219"/>
        <source>预约理发</source>
        <translation>Book a haircut</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="227"/>
        <source>确定取消</source>
        <translation>Yes, cancel</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="234"/>
        <source>不取消</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="241"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../sharedhouse/BarberScreen.qml" line="313"/>
        <source>%1 已约</source>
        <translation>%1 taken</translation>
    </message>
</context>
<context>
    <name>CallUpBanner</name>
    <message>
        <location filename="../driverhome/CallUpBanner.qml" line="24"/>
        <source>请 %1 号到 %2 号充电桩（保留到 %3）</source>
        <translation>Number %1, please go to spot %2 (kept until %3)</translation>
    </message>
</context>
<context>
    <name>CanteenScreen</name>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="67"/>
        <source>幸福食堂</source>
        <translation>Happiness Canteen</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="69"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="69"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="38"/>
        <location filename="../canteen/CanteenScreen.qml" line="108"/>
        <source>暂时无法点餐，请联系工作人员。</source>
        <translation>Ordering is not possible just now. Please ask the staff.</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="12"/>
        <source>打印机暂时不能打印小票，付款后请记住屏幕上的取餐码</source>
        <translation>The printer cannot print a receipt now: after paying, remember the pickup code on the screen</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="23"/>
        <source>今日推荐%1：%2。点一下就选好了</source>
        <translation>Today&apos;s %1: %2. One tap and it is chosen</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="24"/>
        <location filename="../canteen/CanteenScreen.qml" line="153"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="25"/>
        <source>请选择套餐，或按原价点菜</source>
        <translation>Please choose a set, or order dishes at the full price</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="25"/>
        <source>请点菜</source>
        <translation>Please choose your dishes</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="31"/>
        <source>应付 %1，请选择付款方式</source>
        <translation>To pay: %1. Please choose how to pay</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="32"/>
        <location filename="../canteen/CanteenScreen.qml" line="34"/>
        <source>。</source>
        <translation>. </translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="34"/>
        <source>您的取餐码是 %1</source>
        <translation>Your pickup code is %1</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="38"/>
        <location filename="../canteen/CanteenScreen.qml" line="110"/>
        <source>现在不是点餐时间</source>
        <translation>Ordering is closed now</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="43"/>
        <source>请点选菜品</source>
        <translation>Please tap the dishes you want</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="50"/>
        <source>%1 个%2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="53"/>
        <source>选好了，请按下一步</source>
        <translation>All chosen: please press Next</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="54"/>
        <source>请选 %1</source>
        <translation>Please choose %1</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="118"/>
        <source>下次开始点餐：%1</source>
        <translation>Ordering opens again at %1</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="141"/>
        <source>%1，请选择</source>
        <translation>%1, please choose</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="141"/>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="152"/>
        <source>今日推荐 · %1&#x3000;%2</source>
        <translation>Today&apos;s %1  %2</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="165"/>
        <source>%1&#x3000;自己选菜</source>
        <translation>%1, my own dishes</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="166"/>
        <source>%1&#x3000;%2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="174"/>
        <source>按原价点菜</source>
        <translation>Choose dishes at their own prices</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="206"/>
        <source>请点选菜品，再点一下取消</source>
        <translation>Tap a dish to choose it, tap again to take it back</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="278"/>
        <source>已售完</source>
        <translation>Sold out</translation>
    </message>
    <message numerus="yes">
        <location filename="../canteen/CanteenScreen.qml" line="281"/>
        <source>只剩 %n 份</source>
        <translation>
            <numerusform>only %n left</numerusform>
            <numerusform>only %n left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="299"/>
        <source>选好了，下一步</source>
        <translation>Done, next</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="29"/>
        <location filename="../canteen/CanteenScreen.qml" line="319"/>
        <source>在哪里用餐？</source>
        <translation>Where will you eat?</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="55"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="325"/>
        <location filename="../canteen/CanteenScreen.qml" line="361"/>
        <source>在食堂吃</source>
        <translation>Eat here</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="332"/>
        <location filename="../canteen/CanteenScreen.qml" line="361"/>
        <source>打包带走</source>
        <translation>Take away</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="341"/>
        <location filename="../canteen/CanteenScreen.qml" line="360"/>
        <source>送餐上门</source>
        <translation>Delivered to my door</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="395"/>
        <source>原价</source>
        <translation>Normal price</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="402"/>
        <source>政府补贴</source>
        <translation>Subsidy</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="408"/>
        <source>应付</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="438"/>
        <source>饭卡支付（余额 %1）</source>
        <translation>Pay by meal card (balance %1)</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="446"/>
        <source>到柜台付款</source>
        <translation>Pay at the counter</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="483"/>
        <source>订单 %1 号&#x3000;取餐码</source>
        <translation>Order %1  Pickup code</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="59"/>
        <source>已用饭卡付款 %1</source>
        <translation>Paid %1 by meal card</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="58"/>
        <source>请到柜台付款 %1 后取餐</source>
        <translation>Please pay %1 at the counter, then collect your meal</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="66"/>
        <source>幸福食堂 · %1 %2</source>
        <translation>Happiness Canteen · %1 %2</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="60"/>
        <source>已用饭卡付款 %1，饭卡余额 %2</source>
        <translation>Paid %1 by meal card, %2 left on it</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="514"/>
        <source>正在打印小票…</source>
        <translation>Printing your receipt…</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="515"/>
        <source>请取走小票</source>
        <translation>Please take your receipt</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="516"/>
        <source>小票暂时无法打印，请记住取餐码；小票稍后补打</source>
        <translation>The receipt cannot print right now. Please remember your pickup code; the receipt will print later</translation>
    </message>
    <message>
        <location filename="../canteen/CanteenScreen.qml" line="525"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>DriverDeskTab</name>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="37"/>
        <source>请选司机的姓</source>
        <translation>Pick the driver&apos;s surname</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="38"/>
        <source>请输入 11 位手机号</source>
        <translation>Enter the 11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="39"/>
        <source>请输入完整的车牌号</source>
        <translation>Enter the whole number plate</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="40"/>
        <source>请选接单平台</source>
        <translation>Pick the ride-hailing platform</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="42"/>
        <source>这个车牌已登记给 %1</source>
        <translation>This plate is registered to %1</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="43"/>
        <source>这个车牌已登记给别的司机</source>
        <translation>This plate is registered to another driver</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="44"/>
        <source>找不到这位司机，列表已刷新</source>
        <translation>That driver is not there any more; the list is up to date again</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="46"/>
        <source>暂时无法保存，请稍后再试。</source>
        <translation>Cannot save just now; please try again shortly.</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="72"/>
        <source>全部司机（在站 %1）</source>
        <translation>Drivers (%1 in)</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="72"/>
        <source>全部司机</source>
        <translation>Drivers</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="351"/>
        <source>充电桩</source>
        <translation>Charging spots</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="75"/>
        <source>登记新司机</source>
        <translation>New driver</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="74"/>
        <source>充电与休息</source>
        <translation>Charging and rest</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="76"/>
        <source>统计</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="88"/>
        <source>登记 %1 · %2 · %3 并打印司机码</source>
        <translation>Register %1 · %2 · %3 and print their code</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="110"/>
        <source>已登记 %1，司机码正在打印…</source>
        <translation>%1 registered; printing their driver code…</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="111"/>
        <source>已登记 %1，请把司机码交给司机</source>
        <translation>%1 registered; hand them their driver code</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="134"/>
        <source>停用 %1（%2）？停用后司机码不能再签到，记录仍保留。</source>
        <translation>Take %1 (%2) off the register? Their code will no longer check in; their record stays.</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="143"/>
        <source>确定停用</source>
        <translation>Take off</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="152"/>
        <source>不了</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="179"/>
        <source>已停用</source>
        <translation>off the register</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="179"/>
        <source>%1 起在站</source>
        <translation>in since %1</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="180"/>
        <location filename="../driverhome/DriverDeskTab.qml" line="311"/>
        <source>工会会员</source>
        <translation>union member</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="186"/>
        <source>取消工会会员</source>
        <translation>Not a union member</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="186"/>
        <source>设为工会会员</source>
        <translation>Union member</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="192"/>
        <source>打印司机码</source>
        <translation>Print code</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="198"/>
        <source>停用</source>
        <translation>Take off</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="198"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="224"/>
        <source>姓：%1（登记为 %2）</source>
        <translation>Surname: %1 (registered as %2)</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="224"/>
        <source>姓</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="241"/>
        <source>手机号：%1</source>
        <translation>Mobile: %1</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="256"/>
        <location filename="../driverhome/DriverDeskTab.qml" line="291"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="261"/>
        <source>车牌：%1</source>
        <translation>Plate: %1</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="296"/>
        <source>接单平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="317"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="323"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="329"/>
        <source>重新填写</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="359"/>
        <source>%1 号桩：充电中，已超时（应在 %2 结束）</source>
        <translation>Spot %1: charging, past its end (due at %2)</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="360"/>
        <source>%1 号桩：充电中，%2 结束</source>
        <translation>Spot %1: charging until %2</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="362"/>
        <source>%1 号桩：等 %2 号来充电</source>
        <translation>Spot %1: kept for number %2</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="363"/>
        <source>%1 号桩：空闲</source>
        <translation>Spot %1: free</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="368"/>
        <source>结束充电</source>
        <translation>End charging</translation>
    </message>
    <message numerus="yes">
        <location filename="../driverhome/DriverDeskTab.qml" line="376"/>
        <source>排队 %n 人：结束一个充电后，排在最前的司机会被叫到空出的桩</source>
        <translation>
            <numerusform>%n waiting: when a session ends, the first in line is called to the spot</numerusform>
            <numerusform>%n waiting: when a session ends, the first in line is called to the spot</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="377"/>
        <source>没有人在排队</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="379"/>
        <source>休息</source>
        <translation>Rest</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="385"/>
        <source>床位 %1 号</source>
        <translation>Bed %1</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="386"/>
        <source>躺椅 %1 号</source>
        <translation>Recliner %1</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="387"/>
        <source>%1：空闲</source>
        <translation>%1: free</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="387"/>
        <source>%1：有人休息，%2 结束</source>
        <translation>%1: in use until %2</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="392"/>
        <source>结束休息</source>
        <translation>End rest</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="413"/>
        <source>导出表格</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="432"/>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="432"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="441"/>
        <source>司机到站（人次）</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="441"/>
        <source>到站司机（人）</source>
        <translation>Drivers who came</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="442"/>
        <source>司机套餐（份）</source>
        <translation>Driver meals</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="443"/>
        <source>充电（次）</source>
        <translation>Charging sessions</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="443"/>
        <source>充电（小时）</source>
        <translation>Charging hours</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="444"/>
        <source>充电超时（次）</source>
        <translation>Sessions past their end</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="445"/>
        <source>排队充电（人次）</source>
        <translation>Joined the queue</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="445"/>
        <source>叫号未到（人次）</source>
        <translation>Called, did not come</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="446"/>
        <source>休息（次）</source>
        <translation>Rest bookings</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="446"/>
        <source>休息（小时）</source>
        <translation>Rest hours</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="447"/>
        <source>老人叫车</source>
        <translation>Rides asked for</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="447"/>
        <source>司机接单</source>
        <translation>Rides taken</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="448"/>
        <source>已送达</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="448"/>
        <source>超时无人接单</source>
        <translation>Not taken in time</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="449"/>
        <source>居民取消</source>
        <translation>Cancelled by the resident</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="452"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../driverhome/DriverDeskTab.qml" line="462"/>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>DriverScreen</name>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="20"/>
        <source>。</source>
        <translation>. </translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="24"/>
        <source>这里只为网约车司机服务，请扫司机身份码。</source>
        <translation>This is for ride-hailing drivers: please scan your driver code.</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="25"/>
        <source>请先扫码签到，再预约充电或休息。</source>
        <translation>Please scan in first, then book charging or rest.</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="26"/>
        <source>您已经在充电了，一次只能占一个桩。</source>
        <translation>You are charging already: one spot at a time.</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="27"/>
        <source>您已经在排队了。</source>
        <translation>You are in the queue already.</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="28"/>
        <source>您已经有一个休息位了。</source>
        <translation>You have a rest place already.</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="29"/>
        <source>充电桩刚刚被占满了，可以排队。</source>
        <translation>The last spot was just taken: you can join the queue.</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="30"/>
        <source>现在有空桩，不用排队，直接开始充电。</source>
        <translation>A spot is free: no need to queue, start charging.</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="31"/>
        <source>这个休息位刚刚被别人占了，请换一个。</source>
        <translation>Someone just took that place: please pick another.</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="32"/>
        <source>这个已经结束了。</source>
        <translation>That has ended already.</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="39"/>
        <source>床位 %1 号</source>
        <translation>Bed %1</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="39"/>
        <source>躺椅 %1 号</source>
        <translation>Recliner %1</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="46"/>
        <source>%1 号充电桩 · 已超时（%2 到时），请挪车</source>
        <translation>Spot %1 · past its end (%2): please move your car</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="47"/>
        <source>%1 号充电桩 · %2 结束</source>
        <translation>Spot %1 · until %2</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="49"/>
        <source>请到 %1 号充电桩开始充电，为您保留到 %2</source>
        <translation>Please go to spot %1 and start charging; kept for you until %2</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="52"/>
        <source>排队 %1 号 · 前面 %2 人 · 大约等 %3 分钟</source>
        <translation>Queue number %1 · %2 ahead · about %3 min</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="53"/>
        <source>排队 %1 号 · 前面 %2 人</source>
        <translation>Queue number %1 · %2 ahead</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="55"/>
        <source>%1 · 休息到 %2</source>
        <translation>%1 · resting until %2</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="61"/>
        <source>开始充电了：%1 号充电桩，%2 前挪车</source>
        <translation>Charging at spot %1: move your car by %2</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="63"/>
        <source>排上了：您是 %1 号，前面 %2 人，大约等 %3 分钟</source>
        <translation>In the queue: number %1, %2 ahead, about %3 min</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="64"/>
        <source>排上了：您是 %1 号，有桩空出就叫您</source>
        <translation>In the queue: number %1; you are called when a spot frees</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="65"/>
        <source>请去%1休息，到 %2</source>
        <translation>Please rest at %1 until %2</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="66"/>
        <source>充电结束了，谢谢您把桩让出来</source>
        <translation>Charging ended: thank you for freeing the spot</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="67"/>
        <source>已经退出排队</source>
        <translation>You left the queue</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="68"/>
        <source>休息结束了</source>
        <translation>Rest ended</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="76"/>
        <source>%1 号
已超时</source>
        <translation>No. %1
past its end</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="76"/>
        <source>%1 号
%2 空出</source>
        <translation>No. %1
free at %2</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="77"/>
        <source>%1 号
等 %2 号来</source>
        <translation>No. %1
kept for %2</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="79"/>
        <source>%1 号
空闲</source>
        <translation>No. %1
free</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="85"/>
        <source>司机之家 · 充电</source>
        <translation>Driver Home · Charging</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="86"/>
        <source>司机之家 · 休息</source>
        <translation>Driver Home · Rest</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="87"/>
        <source>工会爱心驿站</source>
        <translation>Union love station</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="88"/>
        <source>司机之家</source>
        <translation>Driver Home</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="89"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="89"/>
        <location filename="../driverhome/DriverScreen.qml" line="402"/>
        <source>返回菜单</source>
        <translation>Back to the menu</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="139"/>
        <source>欢迎您，%1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="140"/>
        <source>再见，%1，一路平安</source>
        <translation>Goodbye, %1. Drive safely</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="141"/>
        <source>司机师傅请扫码签到</source>
        <translation>Drivers: scan your code to check in</translation>
    </message>
    <message numerus="yes">
        <location filename="../driverhome/DriverScreen.qml" line="152"/>
        <source>%1 已签到 · 今天在站司机 %n 人</source>
        <translation>
            <numerusform>Checked in at %1 · %n driver at the station today</numerusform>
            <numerusform>Checked in at %1 · %n drivers at the station today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="153"/>
        <source>您已签到 %1</source>
        <translation>Checked in at %1</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="155"/>
        <source>已签退，本次停留 %1</source>
        <translation>Checked out. You stayed %1</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="156"/>
        <source>出示司机身份码对准扫码口，签到后可以预约充电和休息</source>
        <translation>Hold your driver code to the scanner; once in, book charging and rest</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="165"/>
        <source>充电桩空 %1 个 · 排队 %2 人 · 躺椅空 %3 个 · 床位空 %4 个</source>
        <translation>Free spots %1 · queue %2 · free recliners %3 · free beds %4</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="227"/>
        <source>司机套餐</source>
        <translation>Driver meal</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="236"/>
        <source>充电</source>
        <translation>Charging</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="245"/>
        <source>休息</source>
        <translation>Rest</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="254"/>
        <source>爱心驿站</source>
        <translation>Love station</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="264"/>
        <source>接单</source>
        <translation>Take rides</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="274"/>
        <source>签退</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="320"/>
        <source>%1
最长 %2 分钟</source>
        <translation>%1
up to %2 min</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="321"/>
        <source>%1
%2 空出</source>
        <translation>%1
free at %2</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="333"/>
        <source>工会爱心驿站，免费为司机师傅服务</source>
        <translation>The union love station, free for drivers</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="364"/>
        <source>开始充电（%1 号桩）</source>
        <translation>Start charging (spot %1)</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="364"/>
        <source>开始充电</source>
        <translation>Start charging</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="372"/>
        <source>排队（前面 %1 人）</source>
        <translation>Join the queue (%1 ahead)</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="372"/>
        <source>排队</source>
        <translation>Join the queue</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="380"/>
        <source>结束充电</source>
        <translation>End charging</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="388"/>
        <source>不排了</source>
        <translation>Leave the queue</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="396"/>
        <source>结束休息</source>
        <translation>End rest</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="197"/>
        <source>正在打印签到凭条…</source>
        <translation>Printing your check-in slip…</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="198"/>
        <source>请取走签到凭条</source>
        <translation>Please take your check-in slip</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="200"/>
        <source>数据连接中断：签到已在本机记录，连接恢复后补打凭条</source>
        <translation>No connection to the data: your check-in is kept on this kiosk, and the slip prints when the connection is back</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="202"/>
        <source>凭条暂时无法打印，签到已记录，凭条稍后补打</source>
        <translation>The slip cannot be printed now. Your check-in is saved and the slip will follow</translation>
    </message>
    <message>
        <location filename="../driverhome/DriverScreen.qml" line="203"/>
        <source>凭条暂时无法打印（%1），签到已记录，凭条稍后补打</source>
        <translation>The slip cannot print right now (%1). Your check-in is saved; the slip will print later</translation>
    </message>
</context>
<context>
    <name>GreetingScreen</name>
    <message>
        <location filename="../shell/GreetingScreen.qml" line="8"/>
        <source>。</source>
        <translation>. </translation>
    </message>
    <message>
        <location filename="../shell/GreetingScreen.qml" line="16"/>
        <source>身份已确认</source>
        <translation>Identified</translation>
    </message>
    <message>
        <location filename="../shell/GreetingScreen.qml" line="34"/>
        <source>您好，%1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <location filename="../shell/GreetingScreen.qml" line="40"/>
        <source>已确认：网约车司机</source>
        <translation>Confirmed: ride-hailing driver</translation>
    </message>
    <message numerus="yes">
        <location filename="../shell/GreetingScreen.qml" line="41"/>
        <source>已确认：本社区居民，%n 岁</source>
        <translation>
            <numerusform>Confirmed: resident of this community, %n year old</numerusform>
            <numerusform>Confirmed: resident of this community, %n years old</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../shell/GreetingScreen.qml" line="42"/>
        <source>已确认：本社区居民</source>
        <translation>Confirmed: resident of this community</translation>
    </message>
    <message>
        <location filename="../shell/GreetingScreen.qml" line="53"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../shell/GreetingScreen.qml" line="62"/>
        <source>看我的东西</source>
        <translation>See my things</translation>
    </message>
    <message>
        <location filename="../shell/GreetingScreen.qml" line="72"/>
        <source>去食堂点餐</source>
        <translation>Order a meal</translation>
    </message>
    <message>
        <location filename="../shell/GreetingScreen.qml" line="76"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../shell/HomeScreen.qml" line="7"/>
        <location filename="../shell/HomeScreen.qml" line="19"/>
        <source>请选择服务</source>
        <translation>Please choose a service</translation>
    </message>
    <message>
        <location filename="../shell/HomeScreen.qml" line="35"/>
        <source>食堂点餐</source>
        <translation>Canteen</translation>
    </message>
    <message>
        <location filename="../shell/HomeScreen.qml" line="36"/>
        <source>幸福食堂 · 敬老套餐</source>
        <translation>Meals · senior set</translation>
    </message>
    <message>
        <location filename="../shell/HomeScreen.qml" line="45"/>
        <source>共享小屋</source>
        <translation>Shared House</translation>
    </message>
    <message>
        <location filename="../shell/HomeScreen.qml" line="46"/>
        <source>借工具 · 借物品 · 借书</source>
        <translation>Tools · household things · books</translation>
    </message>
    <message>
        <location filename="../shell/HomeScreen.qml" line="55"/>
        <source>司机之家</source>
        <translation>Driver Home</translation>
    </message>
    <message>
        <location filename="../shell/HomeScreen.qml" line="56"/>
        <source>签到签退 · 休息充电</source>
        <translation>Check in and out · rest and charge</translation>
    </message>
    <message>
        <location filename="../shell/HomeScreen.qml" line="76"/>
        <source>叫车（60岁以上）</source>
        <translation>Ask for a ride (60 and over)</translation>
    </message>
    <message>
        <location filename="../shell/HomeScreen.qml" line="86"/>
        <source>金牌服务接单</source>
        <translation>Gold service: take rides</translation>
    </message>
    <message>
        <location filename="../shell/HomeScreen.qml" line="94"/>
        <source>刷卡或扫码，查看我的身份</source>
        <translation>Tap your card or scan your code to see who you are</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <location filename="../shell/IdentifyScreen.qml" line="16"/>
        <source>身份识别</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location filename="../shell/IdentifyScreen.qml" line="11"/>
        <source>请刷卡或扫码</source>
        <translation>Please tap your card or scan your code</translation>
    </message>
    <message>
        <location filename="../shell/IdentifyScreen.qml" line="11"/>
        <source>请刷居民的卡或扫居民的码</source>
        <translation>Please tap the resident&apos;s card or scan their code</translation>
    </message>
    <message>
        <location filename="../shell/IdentifyScreen.qml" line="27"/>
        <source>刷卡</source>
        <translation>Card here</translation>
    </message>
    <message>
        <location filename="../shell/IdentifyScreen.qml" line="34"/>
        <source>扫码</source>
        <translation>Code here</translation>
    </message>
    <message>
        <location filename="../shell/IdentifyScreen.qml" line="61"/>
        <source>把居民卡放在读卡区，或把身份码对准扫码口</source>
        <translation>Put your resident card on the reader, or hold your code to the scanner</translation>
    </message>
    <message>
        <location filename="../shell/IdentifyScreen.qml" line="68"/>
        <source>正在识别…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <location filename="../shell/IdleOverlay.qml" line="24"/>
        <source>%n 秒后返回首页</source>
        <translation>
            <numerusform>Back to the start in %n second</numerusform>
            <numerusform>Back to the start in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../shell/IdleOverlay.qml" line="33"/>
        <source>继续使用</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../shell/IdleOverlay.qml" line="40"/>
        <source>触摸屏幕任何地方都可以继续</source>
        <translation>Touch anywhere on the screen to continue</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../components/Keypad.qml" line="38"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../components/Keypad.qml" line="38"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../shell/Main.qml" line="9"/>
        <source>邻里社区自助服务</source>
        <translation>Linli Community Self-Service</translation>
    </message>
</context>
<context>
    <name>MealCardPanel</name>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="26"/>
        <source>期初余额</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="27"/>
        <source>充值</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="28"/>
        <source>消费 %1号</source>
        <translation>Order no. %1</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="29"/>
        <source>退款 %1号（%2）</source>
        <translation>Refund, order no. %1 (%2)</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="31"/>
        <source>更正（%1）</source>
        <translation>Correction (%1)</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="42"/>
        <source>返回列表</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="61"/>
        <source>%1 · 没有饭卡</source>
        <translation>%1 · no meal card</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="62"/>
        <source>%1 · 饭卡余额 %2</source>
        <translation>%1 · meal card %2</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="50"/>
        <source>打印饭卡账单</source>
        <translation>Print statement</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="80"/>
        <source>更正余额</source>
        <translation>Correct the balance</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="116"/>
        <source>选择金额和原因</source>
        <translation>Choose amount and reason</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="117"/>
        <source>更正 %1（%2）</source>
        <translation>Correct %1 (%2)</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="118"/>
        <source>请选原因</source>
        <translation>choose a reason</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="125"/>
        <source>为%1更正饭卡余额 %2</source>
        <translation>Correct %1&apos;s meal card by %2</translation>
    </message>
    <message>
        <location filename="../staff/MealCardPanel.qml" line="155"/>
        <source>%1&#x3000;%2&#x3000;%3&#x3000;余额 %4</source>
        <translation>%1  %2  %3  balance %4</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../components/Messages.qml" line="8"/>
        <source>数据连接中断，请稍候或到柜台办理。</source>
        <translation>No connection to the data. Please wait a moment, or go to the counter.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="12"/>
        <location filename="../components/Messages.qml" line="167"/>
        <source>正常</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="13"/>
        <source>未连接</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="14"/>
        <source>工作中</source>
        <translation>busy</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="15"/>
        <source>纸快用完</source>
        <translation>paper low</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="16"/>
        <source>缺纸</source>
        <translation>no paper</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="17"/>
        <source>盖子未关</source>
        <translation>cover open</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="19"/>
        <location filename="../components/Messages.qml" line="165"/>
        <source>故障</source>
        <translation>fault</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="24"/>
        <source>这不是邻里身份码，请出示居民码或司机码。</source>
        <translation>This is not a Linli code. Please show your resident or driver code.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="25"/>
        <source>二维码不完整，请重新扫码。</source>
        <translation>The code is incomplete. Please scan it again.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="26"/>
        <source>二维码无效，请到服务台重新领取。</source>
        <translation>This code is not valid. Please get a new one at the service desk.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="27"/>
        <source>二维码日期有误，请到服务台重新领取。</source>
        <translation>This code has a wrong date. Please get a new one at the service desk.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="28"/>
        <source>此码的登记已注销，请到服务台办理。</source>
        <translation>This code&apos;s registration has ended. Please ask at the service desk.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="29"/>
        <source>此码已作废，请使用新码。</source>
        <translation>This code has been replaced. Please use your new code.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="32"/>
        <source>暂时无法识别，请稍后再试。</source>
        <translation>Cannot check this right now. Please try again shortly.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="37"/>
        <source>这张卡已挂失，不能使用。请到服务台办理新卡。</source>
        <translation>This card was reported lost and cannot be used. Please ask at the service desk for a new card.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="38"/>
        <source>这张卡的登记已注销，请到服务台办理。</source>
        <translation>This card is no longer registered. Please ask at the service desk.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="40"/>
        <source>这张卡尚未登记，请到服务台办理。</source>
        <translation>This card is not registered. Please ask at the service desk.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="47"/>
        <source>这不是工作人员卡。</source>
        <translation>This is not a staff card.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="48"/>
        <source>这是居民的卡或码。司机签到请出示司机身份码。</source>
        <translation>This is a resident&apos;s card or code. Drivers, please show your driver code.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="49"/>
        <source>暂时无法保存，请联系工作人员。</source>
        <translation>Cannot save right now. Please ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="50"/>
        <source>动用钱款前，请刷您的工作卡并输入密码。</source>
        <translation>Before money moves, tap your staff card and enter your PIN.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="51"/>
        <source>厨房已开始做这份餐，不能取消了。</source>
        <translation>The kitchen has begun this meal: it can no longer be cancelled.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="52"/>
        <source>饭卡余额不够扣减，没有更正。</source>
        <translation>The card holds too little for that: nothing was corrected.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="53"/>
        <source>身份码凭条已加入打印。</source>
        <translation>The code slip is queued for printing.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="54"/>
        <source>物品标签已加入打印。</source>
        <translation>The item label is queued for printing.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="55"/>
        <source>催还凭条已加入打印。</source>
        <translation>The reminder slip is printing.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="57"/>
        <source>已通知工作人员，马上就来，请稍等。</source>
        <translation>Staff have been told and are on their way. Please wait a moment.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="69"/>
        <source>现在不是点餐时间。</source>
        <translation>Ordering is closed now.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="70"/>
        <source>这道菜今天不供应了，请换一道。</source>
        <translation>This dish is not served today. Please choose another.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="71"/>
        <source>刚刚卖完了一道菜，请换一道。</source>
        <translation>A dish has just sold out. Please choose another.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="72"/>
        <source>套餐的菜还没选好。</source>
        <translation>The set&apos;s dishes are not chosen yet.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="73"/>
        <source>这个套餐不适用于您。</source>
        <translation>This set is not for you.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="74"/>
        <source>这一餐您已经订过敬老套餐了，可以按原价点菜。</source>
        <translation>You already had the senior set this meal. You can order dishes at their own prices.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="75"/>
        <source>饭卡支付请先刷居民卡。</source>
        <translation>To pay by meal card, tap your resident card first.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="76"/>
        <source>您还没有饭卡，请到柜台付款或找工作人员办理。</source>
        <translation>You have no meal card yet. Pay at the counter, or ask staff to set one up.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="77"/>
        <source>饭卡余额不足，请到柜台付款或充值。</source>
        <translation>Not enough on your meal card. Pay at the counter or top up.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="79"/>
        <source>送餐上门只为%1岁以上或行动不便的居民提供。</source>
        <translation>Delivery to the door is for residents aged %1 or over, or with limited mobility.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="80"/>
        <source>暂时无法下单，请联系工作人员。</source>
        <translation>The order cannot be placed right now. Please ask staff.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="89"/>
        <source>只有本社区居民可以借东西，请刷居民卡。</source>
        <translation>Only residents of the community can borrow. Please tap a resident&apos;s card.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="90"/>
        <source>这个码不是共享小屋的物品，请找工作人员。</source>
        <translation>This code is not for a Shared House item. Please ask a staff member.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="91"/>
        <source>共享小屋没有这本书。</source>
        <translation>The Shared House does not have this book.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="92"/>
        <source>这件东西已经不再出借了。</source>
        <translation>This item is no longer lent out.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="94"/>
        <source>这件东西已经借出，%1 前归还。</source>
        <translation>This item is on loan, due back by %1.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="94"/>
        <source>这件东西刚刚被借走了。</source>
        <translation>Someone has just borrowed this item.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="95"/>
        <source>这件东西正在维修，暂时不能借。</source>
        <translation>This item is being repaired and cannot be borrowed yet.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="96"/>
        <source>这类东西您已经借满了，请先还一件。</source>
        <translation>You already have as many of these as you can borrow. Please return one first.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="97"/>
        <source>您有东西已经过了归还日期，请先还回来再借。</source>
        <translation>Something you borrowed is overdue. Please bring it back first.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="98"/>
        <source>这件东西没有借出，不用还。</source>
        <translation>This item is not on loan: nothing to return.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="99"/>
        <source>这件东西已为预约的邻居保留，暂时不能借。</source>
        <translation>This is kept for the neighbour who reserved it, so it cannot be lent now.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="100"/>
        <source>这件东西就在架上，直接拿去扫码借就行。</source>
        <translation>This is on the shelf: take it and scan it to borrow it.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="101"/>
        <source>您已经预约过这件东西了。</source>
        <translation>You have reserved this already.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="102"/>
        <source>这件东西已经是您借着或为您保留的。</source>
        <translation>You have this already, or it is kept for you.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="103"/>
        <source>暂时无法办理，请联系工作人员。</source>
        <translation>This cannot be done now. Please ask a staff member.</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="111"/>
        <source>工</source>
        <comment>item badge</comment>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="112"/>
        <source>家</source>
        <comment>item badge</comment>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="113"/>
        <source>辅</source>
        <comment>item badge</comment>
        <translation>Aid</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="114"/>
        <source>书</source>
        <comment>item badge</comment>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="116"/>
        <source>急</source>
        <comment>item badge</comment>
        <translation>SOS</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="121"/>
        <source>借出，%1 到期</source>
        <translation>On loan, back by %1</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="122"/>
        <source>已预约</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="123"/>
        <source>维修中</source>
        <translation>Being repaired</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="123"/>
        <source>在架上</source>
        <translation>On the shelf</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/Messages.qml" line="124"/>
        <source>%1 · %n 人排队</source>
        <translation>
            <numerusform>%1 · %n waiting</numerusform>
            <numerusform>%1 · %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="135"/>
        <source>您预约的 %1 可以借了，保留到 %2</source>
        <translation>The %1 you reserved is ready for you, kept until %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/Messages.qml" line="139"/>
        <source>您借的 %1 已过期 %n 天，请尽快归还</source>
        <translation>
            <numerusform>The %1 you borrowed is %n day overdue: please bring it back soon</numerusform>
            <numerusform>The %1 you borrowed is %n days overdue: please bring it back soon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="147"/>
        <source>荤</source>
        <comment>dish badge</comment>
        <translation>Meat</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="148"/>
        <source>素</source>
        <comment>dish badge</comment>
        <translation>Veg</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="149"/>
        <source>汤</source>
        <comment>dish badge</comment>
        <translation>Soup</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="150"/>
        <source>饭</source>
        <comment>dish badge</comment>
        <translation>Rice</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="152"/>
        <source>饮</source>
        <comment>dish badge</comment>
        <translation>Drink</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="163"/>
        <source>关闭</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="164"/>
        <source>无声</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="172"/>
        <source>荤菜</source>
        <translation>Meat</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="173"/>
        <source>素菜</source>
        <translation>Vegetable</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="174"/>
        <source>汤</source>
        <translation>Soup</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="175"/>
        <source>主食</source>
        <translation>Staple</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="177"/>
        <source>饮品</source>
        <translation>Drink</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="182"/>
        <source>软烂</source>
        <translation>soft</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="183"/>
        <source>少盐</source>
        <translation>low salt</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="184"/>
        <source>少糖</source>
        <translation>low sugar</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="185"/>
        <source>辣</source>
        <translation>spicy</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="191"/>
        <source>早餐</source>
        <translation>Breakfast</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="192"/>
        <source>晚餐</source>
        <translation>Dinner</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="194"/>
        <source>午餐</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="199"/>
        <source>新订单</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="200"/>
        <source>制作中</source>
        <translation>Cooking</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="201"/>
        <source>可取餐</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="202"/>
        <source>已取餐</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="203"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="205"/>
        <source>已作废</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="211"/>
        <source>居民不要了</source>
        <translation>Resident changed their mind</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="212"/>
        <source>点错了</source>
        <translation>Ordered by mistake</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="213"/>
        <source>做不了这道菜</source>
        <translation>Kitchen cannot make it</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="215"/>
        <location filename="../components/Messages.qml" line="223"/>
        <source>其他</source>
        <comment>reason</comment>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="219"/>
        <source>金额记错</source>
        <translation>Amount recorded wrong</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="220"/>
        <source>已付现金</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="221"/>
        <source>余额退还现金</source>
        <translation>Balance paid back in cash</translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="229"/>
        <source>司机请扫司机码，享受%1%2。</source>
        <translation>Drivers: scan your driver code for the %2 at %1. </translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="230"/>
        <source>%1岁以上的居民请先刷居民卡或扫居民码，享受%2%3。</source>
        <translation>Residents aged %1 or over: tap your resident card or scan your resident code first for the %3 at %2. </translation>
    </message>
    <message>
        <location filename="../components/Messages.qml" line="234"/>
        <source>%1元</source>
        <translation>¥%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/Messages.qml" line="241"/>
        <location filename="../components/Messages.qml" line="242"/>
        <source>%n 分钟</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../components/Messages.qml" line="242"/>
        <source>%n 小时</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoneyGate</name>
    <message>
        <location filename="../staff/MoneyGate.qml" line="67"/>
        <source>动用钱款，请确认身份</source>
        <translation>Money moves: confirm who you are</translation>
    </message>
    <message>
        <location filename="../staff/MoneyGate.qml" line="81"/>
        <source>✓ 工作卡已刷</source>
        <translation>✓ Staff card tapped</translation>
    </message>
    <message>
        <location filename="../staff/MoneyGate.qml" line="81"/>
        <source>1. 请在读卡器上刷您的工作卡</source>
        <translation>1. Tap your staff card on the reader</translation>
    </message>
    <message>
        <location filename="../staff/MoneyGate.qml" line="89"/>
        <source>✓ 密码已确认</source>
        <translation>✓ PIN confirmed</translation>
    </message>
    <message>
        <location filename="../staff/MoneyGate.qml" line="89"/>
        <source>2. 请在右边输入您的密码</source>
        <translation>2. Enter your PIN on the right</translation>
    </message>
    <message>
        <location filename="../staff/MoneyGate.qml" line="97"/>
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <location filename="../staff/MoneyGate.qml" line="98"/>
        <source>密码不对，还可以再试 %n 次</source>
        <translation>
            <numerusform>Wrong PIN, %n more try</numerusform>
            <numerusform>Wrong PIN, %n more tries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../staff/MoneyGate.qml" line="99"/>
        <source>密码错误次数过多，请 %1 以后再试</source>
        <translation>Too many wrong PINs. Try again after %1</translation>
    </message>
    <message>
        <location filename="../staff/MoneyGate.qml" line="105"/>
        <source>不做了</source>
        <translation>Do not do it</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../shell/OutOfServiceScreen.qml" line="8"/>
        <location filename="../shell/OutOfServiceScreen.qml" line="19"/>
        <source>暂停服务，请联系工作人员</source>
        <translation>Out of service. Please ask a member of staff</translation>
    </message>
</context>
<context>
    <name>PeopleDeskTab</name>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="36"/>
        <source>这张卡已经是 %1 的卡，不能再发给别人。</source>
        <translation>This card is already %1&apos;s; it cannot be given to anyone else.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="37"/>
        <source>这张卡已经登记给别人了。</source>
        <translation>This card is already registered to someone else.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="38"/>
        <source>这张卡已经是这位的卡了。</source>
        <translation>This card is theirs already.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="39"/>
        <source>这张卡已挂失或注销，不能再用，请换一张新卡。</source>
        <translation>This card was reported lost or stopped and can never be used again. Please take a new card.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="40"/>
        <source>这位已不在登记中，不能办理。</source>
        <translation>This person is no longer registered: nothing can be issued.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="41"/>
        <source>找不到这条记录，页面已刷新。</source>
        <translation>That record is gone; the page has been refreshed.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="43"/>
        <source>暂时无法保存，请稍后再试。</source>
        <translation>Cannot save just now; please try again shortly.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="47"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="48"/>
        <source>已注销登记，卡和身份码已停用。</source>
        <translation>Registration ended; their cards and code are stopped.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="49"/>
        <source>已恢复登记。</source>
        <translation>Registered again.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="50"/>
        <source>新卡已发，刷卡即可使用。</source>
        <translation>New card issued: it works at once.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="51"/>
        <source>已挂失，这张卡不能再用。</source>
        <translation>Reported lost: this card will not work again.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="52"/>
        <source>新身份码正在打印，旧码已作废。</source>
        <translation>The new code is printing; the old one no longer works.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="53"/>
        <source>身份码正在打印。</source>
        <translation>The code is printing.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="59"/>
        <source>从花名册导入</source>
        <translation>Imported from the roll</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="60"/>
        <source>信息更新</source>
        <translation>Details updated</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="61"/>
        <source>修改情况</source>
        <translation>Needs changed</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="62"/>
        <source>注销登记</source>
        <translation>Registration ended</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="63"/>
        <source>删除联系方式</source>
        <translation>Contact details erased</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="64"/>
        <location filename="../staff/PeopleDeskTab.qml" line="550"/>
        <source>发卡</source>
        <translation>Issue card</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="65"/>
        <location filename="../staff/PeopleDeskTab.qml" line="531"/>
        <source>挂失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="66"/>
        <location filename="../staff/PeopleDeskTab.qml" line="565"/>
        <source>换新身份码</source>
        <translation>New code</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="67"/>
        <source>设置密码</source>
        <translation>PIN chosen</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="73"/>
        <source>食堂</source>
        <translation>Canteen</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="74"/>
        <source>社工</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="75"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="76"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="81"/>
        <source>已迁出</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="81"/>
        <source>已去世</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="122"/>
        <source>找居民</source>
        <translation>Find a resident</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="124"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="125"/>
        <location filename="../staff/PeopleDeskTab.qml" line="325"/>
        <location filename="../staff/PeopleDeskTab.qml" line="557"/>
        <source>打印身份码</source>
        <translation>Print code</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="133"/>
        <source>‹ 返回列表</source>
        <translation>‹ Back to the list</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="145"/>
        <source>女</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="145"/>
        <source>男</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="146"/>
        <source>%1 岁</source>
        <translation>aged %1</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="148"/>
        <source>%1（司机）</source>
        <translation>%1 (driver)</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="173"/>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="188"/>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="202"/>
        <source>姓氏</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="210"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="223"/>
        <source>请选单元。</source>
        <translation>Choose the unit.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="224"/>
        <source>请选楼栋和单元，或选姓氏的首字母。</source>
        <translation>Choose the building and unit, or the first letter of the surname.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="247"/>
        <location filename="../staff/PeopleDeskTab.qml" line="273"/>
        <location filename="../staff/PeopleDeskTab.qml" line="302"/>
        <source>查看</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <location filename="../staff/PeopleDeskTab.qml" line="298"/>
        <source>%n 张卡</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="299"/>
        <source>密码待首次设置</source>
        <translation>PIN not chosen yet</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="123"/>
        <location filename="../staff/PeopleDeskTab.qml" line="323"/>
        <source>司机</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="323"/>
        <source>居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="355"/>
        <source>请把新卡放到读卡区……</source>
        <translation>Place the new card on the reader…</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="362"/>
        <source>不发了</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="402"/>
        <source>%1 已迁出？卡和身份码将停用，记录仍保留。</source>
        <translation>%1 moved away? Their cards and code stop; their records stay.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="403"/>
        <source>%1 已去世？卡和身份码将停用，记录仍保留。</source>
        <translation>%1 has died? Their cards and code stop; their records stay.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="404"/>
        <source>给 %1 换新身份码？旧码将作废，新码马上打印。</source>
        <translation>A new code for %1? The old one stops working; the new one prints now.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="405"/>
        <source>挂失这张卡？挂失后不能再用，可以再发新卡。</source>
        <translation>Report this card lost? It will never work again; a new card can be issued.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="416"/>
        <source>✓ 同时删除电话、身份证号和房号</source>
        <translation>✓ Also erase phone, ID number and room</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="416"/>
        <source>同时删除电话、身份证号和房号</source>
        <translation>Also erase phone, ID number and room</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="422"/>
        <source>确定</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="436"/>
        <source>不了</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="446"/>
        <source>身份码正在打印…</source>
        <translation>The code is printing…</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="447"/>
        <source>身份码已打印，请交给本人</source>
        <translation>The code has printed: please hand it to them</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="475"/>
        <source>出生：%1</source>
        <translation>Born: %1</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="476"/>
        <source>住址：%1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="463"/>
        <location filename="../staff/PeopleDeskTab.qml" line="477"/>
        <source>电话：%1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="478"/>
        <source>身份证：%1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="465"/>
        <location filename="../staff/PeopleDeskTab.qml" line="479"/>
        <source>身份码：第 %1 版</source>
        <translation>Code: version %1</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="463"/>
        <source>车牌：%1</source>
        <translation>Plate: %1</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="464"/>
        <source>平台：%1</source>
        <translation>Platform: %1</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="480"/>
        <source>联系方式已删除</source>
        <translation>Contact details erased</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="487"/>
        <source>密码待首次设置：本人在工作人员入口刷卡后设置。</source>
        <translation>PIN not chosen yet: they choose it after tapping their card at staff entry.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="490"/>
        <source>情况</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="496"/>
        <source>行动不便</source>
        <translation>Limited mobility</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="497"/>
        <source>独居</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="498"/>
        <source>送餐上门</source>
        <translation>Meals delivered</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="508"/>
        <source>卡</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="512"/>
        <source>还没有卡。</source>
        <translation>No card yet.</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="523"/>
        <source>%1 发卡，在用</source>
        <translation>Issued %1, in use</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="525"/>
        <source>%1 发卡，%2 挂失</source>
        <translation>Issued %1, lost %2</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="526"/>
        <source>%1 发卡，%2 停用</source>
        <translation>Issued %1, stopped %2</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="542"/>
        <source>办理</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="572"/>
        <source>迁出</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="579"/>
        <source>去世</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="587"/>
        <source>迁回，恢复登记</source>
        <translation>Back again: register</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="600"/>
        <source>记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="617"/>
        <source>经办：%1</source>
        <translation>By: %1</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="617"/>
        <source>经办：花名册导入</source>
        <translation>By: the roll import</translation>
    </message>
    <message>
        <location filename="../staff/PeopleDeskTab.qml" line="624"/>
        <source>还没有记录。</source>
        <translation>Nothing recorded yet.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../components/PeriodPicker.qml" line="11"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../components/PeriodPicker.qml" line="11"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../components/PeriodPicker.qml" line="12"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../components/PeriodPicker.qml" line="12"/>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
</context>
<context>
    <name>RideBoardScreen</name>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="15"/>
        <source>。</source>
        <translation>. </translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="19"/>
        <source>这是居民的卡或码，接单请扫司机码。</source>
        <translation>That is a resident&apos;s card or code: scan your driver code to take rides.</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="20"/>
        <source>您还不是金牌服务队的司机，接单请先找队长加入。</source>
        <translation>You are not in the gold service team yet: ask its leader to join.</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="21"/>
        <source>请先在司机之家签到，再来接单。</source>
        <translation>Please check in at the Driver Home first.</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="22"/>
        <source>这一单刚刚被别的司机接走了。</source>
        <translation>Another driver just took this one.</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="23"/>
        <source>这一单不是您接的。</source>
        <translation>This ride is not yours.</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="24"/>
        <source>这一单已经取消或完成了。</source>
        <translation>This ride was cancelled or done already.</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="25"/>
        <source>暂时无法接单，请联系工作人员。</source>
        <translation>Cannot take rides just now: please ask the staff.</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="39"/>
        <source>%1号 · %2 · %3 → %4</source>
        <translation>No. %1 · %2 · %3 → %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../rides/RideBoardScreen.qml" line="42"/>
        <source>%1 叫的，等了 %n 分钟</source>
        <translation>
            <numerusform>asked at %1, waiting %n minute</numerusform>
            <numerusform>asked at %1, waiting %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="44"/>
        <source>有人陪同</source>
        <translation>with a companion</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="46"/>
        <source>司机退回过</source>
        <translation>given back once</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="47"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="53"/>
        <source>金牌服务 · 接单（队长 %1）</source>
        <translation>Gold service · rides (leader %1)</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="53"/>
        <source>金牌服务 · 接单</source>
        <translation>Gold service · rides</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="54"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="75"/>
        <source>%1 师傅，点 接单 就是您的了</source>
        <translation>%1, tap Take and it is yours</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="77"/>
        <source>已选 %1 号，请扫司机码接单</source>
        <translation>No. %1 chosen: scan your driver code to take it</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="78"/>
        <source>司机请扫司机码，再点 接单</source>
        <translation>Drivers: scan your code, then tap Take</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="87"/>
        <source>换一位司机</source>
        <translation>Another driver</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="109"/>
        <source>已接 %1 号：请取走凭条，先给 %2 打电话</source>
        <translation>No. %1 is yours: take the slip and call %2 first</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="110"/>
        <source>%1 号已送达，谢谢您</source>
        <translation>No. %1 done: thank you</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="111"/>
        <source>%1 号已退回，等别的司机接</source>
        <translation>No. %1 given back: another driver can take it</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="164"/>
        <source>等待接单（%1）</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="164"/>
        <source>现在没有等待接单的叫车</source>
        <translation>No ride is waiting now</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="187"/>
        <source>接单</source>
        <translation>Take rides</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="206"/>
        <source>我接的单（%1）</source>
        <translation>My rides (%1)</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="206"/>
        <source>您还没有接单</source>
        <translation>You have no rides</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="228"/>
        <source>已送达</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../rides/RideBoardScreen.qml" line="235"/>
        <source>退回</source>
        <translation>Give back</translation>
    </message>
</context>
<context>
    <name>RideScreen</name>
    <message>
        <location filename="../rides/RideScreen.qml" line="18"/>
        <source>。</source>
        <translation>. </translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="22"/>
        <source>叫车是为本社区的老人准备的，请刷居民卡。</source>
        <translation>Rides are for the community&apos;s older residents: please tap your resident card.</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="23"/>
        <source>叫车服务是为60岁以上的老人准备的，您还不能叫车。</source>
        <translation>Rides are for residents of 60 and over.</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="24"/>
        <source>这个地方现在不能去了，请换一个。</source>
        <translation>That place is no longer offered: please pick another.</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="25"/>
        <source>这个时间已经来不及了，请换一个时间。</source>
        <translation>That time has gone: please pick another.</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="26"/>
        <source>您已经叫过车了，一次只能叫一辆。</source>
        <translation>You have asked for a ride already: one at a time.</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="27"/>
        <source>这次叫车已经结束了。</source>
        <translation>This ride has ended.</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="28"/>
        <source>暂时无法叫车，请联系工作人员。</source>
        <translation>Cannot ask for a ride just now: please ask the staff.</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="35"/>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="36"/>
        <source>今天稍后</source>
        <translation>Later today</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="37"/>
        <source>明天上午</source>
        <translation>Tomorrow morning</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="38"/>
        <source>明天下午</source>
        <translation>Tomorrow afternoon</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="46"/>
        <source>司机 %1 已接单，会给您打电话</source>
        <translation>Driver %1 took it and will call you</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="47"/>
        <source>正在等另一位司机接单</source>
        <translation>Waiting for another driver</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="47"/>
        <source>正在等司机接单</source>
        <translation>Waiting for a driver</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="53"/>
        <source>叫车 · 金牌服务</source>
        <translation>Rides · gold service</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="56"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="56"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="87"/>
        <source>您要去哪里？</source>
        <translation>Where do you want to go?</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="88"/>
        <source>什么时候去？</source>
        <translation>When?</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="89"/>
        <source>有人陪您一起去吗？</source>
        <translation>Is someone coming with you?</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="90"/>
        <source>请确认叫车</source>
        <translation>Please confirm the ride</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="91"/>
        <source>叫车成功：%1 号</source>
        <translation>Ride asked for: No. %1</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="92"/>
        <source>您的叫车：%1 号</source>
        <translation>Your ride: No. %1</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="93"/>
        <source>取消 %1 号叫车吗？</source>
        <translation>Cancel ride No. %1?</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="94"/>
        <source>叫车已取消</source>
        <translation>Ride cancelled</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="96"/>
        <source>正在查看…</source>
        <translation>Looking…</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="96"/>
        <source>叫车，请先刷居民卡</source>
        <translation>To ask for a ride, tap your resident card</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="109"/>
        <source>60岁以上的老人不会用手机叫车，可以在这里叫。金牌服务队的司机接单后会给您打电话。</source>
        <translation>Residents of 60 and over who do not use ride apps can ask here. A gold service driver will call you once they take it.</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="110"/>
        <source>去 %1 · %2</source>
        <translation>To %1 · %2</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="112"/>
        <source>去 %1
%2 · %3
在您家楼下上车</source>
        <translation>To %1
%2 · %3
Picked up at your building</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="113"/>
        <source>有人陪同</source>
        <translation>with a companion</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="113"/>
        <source>一个人去</source>
        <translation>alone</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="114"/>
        <source>去 %1 · %2
司机接单后会给您打电话，请在家等</source>
        <translation>To %1 · %2
The driver will call you once they take it; please wait at home</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="117"/>
        <source>去 %1 · %2
%3</source>
        <translation>To %1 · %2
%3</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="118"/>
        <source>需要的时候再来叫车</source>
        <translation>Come back whenever you need a ride</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="183"/>
        <source>尽快来接</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="184"/>
        <source>60岁后才能叫</source>
        <translation>from 60</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="184"/>
        <source>来不及了</source>
        <translation>too late</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="200"/>
        <source>有人陪我</source>
        <translation>Someone comes</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="209"/>
        <source>我一个人</source>
        <translation>Just me</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="218"/>
        <source>确认叫车</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="226"/>
        <source>取消叫车</source>
        <translation>Cancel the ride</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="234"/>
        <source>确定取消</source>
        <translation>Cancel it</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="241"/>
        <source>不取消</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../rides/RideScreen.qml" line="248"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RidesDeskTab</name>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="15"/>
        <source>等待接单</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="16"/>
        <source>司机退回，等待接单</source>
        <translation>given back, waiting</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="17"/>
        <source>司机 %1 已接单</source>
        <translation>taken by %1</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="18"/>
        <source>已送达（%1）</source>
        <translation>done (%1)</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="19"/>
        <location filename="../rides/RidesDeskTab.qml" line="27"/>
        <source>居民已取消</source>
        <translation>Resident cancelled</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="25"/>
        <source>已电话联系司机</source>
        <translation>Phoned a driver</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="26"/>
        <source>已安排其他车辆</source>
        <translation>Another car arranged</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="33"/>
        <source>%1号 %2 %3 · %4 → %5 · %6</source>
        <translation>No. %1 %2 %3 · %4 → %5 · %6</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="44"/>
        <source>这条提醒已经有人处理了。</source>
        <translation>Someone has dealt with this alert already.</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="62"/>
        <source>没人接的叫车（%1）</source>
        <translation>Rides nobody took (%1)</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="62"/>
        <source>没有超时没人接的叫车</source>
        <translation>No ride waits too long</translation>
    </message>
    <message numerus="yes">
        <location filename="../rides/RidesDeskTab.qml" line="77"/>
        <source>%1 叫的，等了 %n 分钟 · 现在：%2</source>
        <translation>
            <numerusform>asked at %1, waiting %n minute · now: %2</numerusform>
            <numerusform>asked at %1, waiting %n minutes · now: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="107"/>
        <source>昨天和今天的叫车（%1）</source>
        <translation>Yesterday&apos;s and today&apos;s rides (%1)</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="121"/>
        <source>%1 叫的 · %2</source>
        <translation>asked at %1 · %2</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="123"/>
        <source>超时提醒：%1（%2 %3）</source>
        <translation>Alert: %1 (%2 %3)</translation>
    </message>
    <message>
        <location filename="../rides/RidesDeskTab.qml" line="125"/>
        <source>超时没人接，待处理</source>
        <translation>nobody took it in time: to deal with</translation>
    </message>
</context>
<context>
    <name>ScreenHeader</name>
    <message>
        <location filename="../components/ScreenHeader.qml" line="10"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>ServiceTile</name>
    <message>
        <location filename="../components/ServiceTile.qml" line="47"/>
        <source>即将开通</source>
        <translation>Coming soon</translation>
    </message>
</context>
<context>
    <name>SharedHouseDeskTab</name>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="37"/>
        <source>已登记：%1（编号 %2），标签正在打印</source>
        <translation>Taken in: %1 (number %2), its label is printing</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="38"/>
        <source>已办好：%1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="39"/>
        <source>%1 借出中，还回后才能下架。</source>
        <translation>%1 is out on loan: it can leave the catalog once it is back.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="40"/>
        <source>%1 是社区的东西，不能由物主取回。</source>
        <translation>%1 belongs to the community: no owner can take it back.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="41"/>
        <source>%1 已经下架了。</source>
        <translation>%1 has left the catalog already.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="42"/>
        <source>登记信息不完整，请选好类别、名称和位置。</source>
        <translation>Not complete: choose the kind, the name and the place.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="44"/>
        <source>暂时无法保存，请稍后再试。</source>
        <translation>Cannot save just now, please try again shortly.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="48"/>
        <source>有损坏</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="48"/>
        <source>缺配件</source>
        <translation>parts missing</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="48"/>
        <source>完好</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="80"/>
        <source>待办（%1）</source>
        <translation>To do (%1)</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="81"/>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="83"/>
        <source>今日借还与预约</source>
        <translation>Today, lines</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="84"/>
        <source>全部物品</source>
        <translation>All things</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="85"/>
        <source>登记新物品</source>
        <translation>Take in</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="86"/>
        <source>统计</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="101"/>
        <source>登记 %1 · %2 并打印标签</source>
        <translation>Take in %1 · %2, print label</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="102"/>
        <source>选好类别、名称和位置后登记</source>
        <translation>Pick kind, name, place</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="139"/>
        <source>待修（%1 件）</source>
        <translation>To repair (%1)</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="139"/>
        <source>没有待修的东西</source>
        <translation>Nothing to repair</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="156"/>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="331"/>
        <source>已修好</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="162"/>
        <source>配件已补齐</source>
        <translation>Parts found</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="168"/>
        <source>无法修复</source>
        <translation>Beyond repair</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="174"/>
        <source>逾期未还（%1 件）</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="174"/>
        <source>没有逾期未还的东西</source>
        <translation>Nothing overdue</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="187"/>
        <source>%1 到期</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="190"/>
        <source>打印催还单</source>
        <translation>Print reminder</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="213"/>
        <source>今天借还 %n 次</source>
        <translation>
            <numerusform>%n loan or return today</numerusform>
            <numerusform>%n loans and returns today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="213"/>
        <source>今天还没有借还</source>
        <translation>No loans or returns yet today</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="227"/>
        <source>%1 还回 %2 · %3 · %4</source>
        <translation>%1 back: %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="228"/>
        <source>%1 借出 %2 · %3</source>
        <translation>%1 lent: %2 · %3</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="232"/>
        <source>预约排队（%1 人次）</source>
        <translation>Waiting in line (%1)</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="232"/>
        <source>没有人在排队预约</source>
        <translation>Nobody is waiting in line</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="246"/>
        <source>保留到 %1</source>
        <translation>kept until %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="246"/>
        <source>排第 %1 位</source>
        <translation>number %1 in line</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="269"/>
        <source>物主取回 %1（编号 %2）？取回后不再出借，排队的人会被取消。</source>
        <translation>Owner takes back %1 (number %2)? It is no longer lent, and anyone waiting for it loses their place.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="270"/>
        <source>让 %1（编号 %2）退役？退役后不再出借，排队的人会被取消。</source>
        <translation>Retire %1 (number %2)? It is no longer lent, and anyone waiting for it loses their place.</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="279"/>
        <source>确定取回</source>
        <translation>Yes, taken back</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="279"/>
        <source>确定退役</source>
        <translation>Yes, retire it</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="291"/>
        <source>不了</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="320"/>
        <source>编号 %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="324"/>
        <source>打印标签</source>
        <translation>Print label</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="338"/>
        <source>物主取回</source>
        <translation>Owner takes back</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="345"/>
        <source>退役</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="375"/>
        <source>1. 类别</source>
        <translation>1. Kind</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="390"/>
        <source>2. 名称</source>
        <translation>2. Name</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="409"/>
        <source>3. 物主</source>
        <translation>3. Owner</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="474"/>
        <source>请物主刷居民卡，或在下面找到他</source>
        <translation>The owner may tap their resident card, or find them below</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="513"/>
        <source>导出表格</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="534"/>
        <source>%1 至 %2 · 理发 %3 人次，爽约 %4 人次</source>
        <translation>%1 to %2 · haircuts %3, no-shows %4</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="537"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="549"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="549"/>
        <source>借出</source>
        <translation>Lent</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="549"/>
        <source>还回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="549"/>
        <source>损坏/缺件</source>
        <translation>Damaged / short</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="549"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="550"/>
        <source>预约借到</source>
        <translation>Reserved, lent</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="550"/>
        <source>保留过期</source>
        <translation>Holds lapsed</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="550"/>
        <source>感谢积分</source>
        <translation>Thanks points</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="571"/>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="320"/>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="413"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="419"/>
        <source>居民：%1（换一位）</source>
        <translation>Resident: %1 (change)</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="420"/>
        <source>邻居借出的…</source>
        <translation>A neighbour’s…</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="428"/>
        <source>4. 状况</source>
        <translation>4. Condition</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="430"/>
        <source>好</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="430"/>
        <source>有磨损</source>
        <translation>Worn</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="431"/>
        <source>待修</source>
        <translation>Needs repair</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="444"/>
        <source>5. 放在哪里</source>
        <translation>5. Place</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="465"/>
        <source>‹ 返回登记</source>
        <translation>‹ Back to intake</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseDeskTab.qml" line="494"/>
        <source>是这位</source>
        <translation>This one</translation>
    </message>
</context>
<context>
    <name>SharedHouseScreen</name>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="19"/>
        <source>。</source>
        <translation>. </translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="26"/>
        <source>共享小屋 · %1</source>
        <translation>Shared House · %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="27"/>
        <source>共享小屋</source>
        <translation>Shared House</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="27"/>
        <source>我的东西 · %1</source>
        <translation>My things · %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="29"/>
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="29"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="71"/>
        <source>预约，请先刷居民卡</source>
        <translation>To reserve, please tap your resident card</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="72"/>
        <source>借东西，请先刷居民卡</source>
        <translation>To borrow, please tap your resident card</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="72"/>
        <source>请刷居民卡</source>
        <translation>Please tap your resident card</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="73"/>
        <source>预约：%1</source>
        <translation>Reserve: %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="74"/>
        <source>预约好了：%1</source>
        <translation>Reserved: %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="75"/>
        <source>请扫要还的东西上的码</source>
        <translation>Please scan the code on what you are returning</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="75"/>
        <source>请扫要借的东西上的码</source>
        <translation>Please scan the code on what you want to borrow</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="76"/>
        <source>借：%1</source>
        <translation>Borrow: %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="77"/>
        <source>归还：%1</source>
        <translation>Return: %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="78"/>
        <source>借好了：%1</source>
        <translation>Borrowed: %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="79"/>
        <source>已归还，谢谢您</source>
        <translation>Returned. Thank you</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="81"/>
        <source>邻里互借，用完请还</source>
        <translation>Neighbours lend to neighbours: please bring things back</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="94"/>
        <source>借东西要刷居民卡；还东西只要扫东西上的码</source>
        <translation>To borrow, tap your resident card; to return, just scan the code on the item</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="96"/>
        <source>%1 · 放在 %2</source>
        <translation>%1 · at %2</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="97"/>
        <source>把东西上的码对准扫码口；图书也可以扫书背面的条形码</source>
        <translation>Hold the item&apos;s code to the scanner; for a book, the barcode on its back works too</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="99"/>
        <source>借用人 %1 · 放在 %2 · 借期到 %3</source>
        <translation>Borrower %1 · at %2 · due back %3</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="100"/>
        <source>东西怎么样？</source>
        <translation>How is it?</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="101"/>
        <source>请在 %1 前归还</source>
        <translation>Please return it by %1</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="103"/>
        <source>已告诉工作人员，修好后再借出</source>
        <translation>Staff have been told; it will be lent again once repaired</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="104"/>
        <source>这次晚还了 %n 天，下次请按时归还</source>
        <translation>
            <numerusform>Returned %n day late; next time please return it on time</numerusform>
            <numerusform>Returned %n days late; next time please return it on time</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="105"/>
        <source>有邻居预约了它，请放回 %1，保留到 %2</source>
        <translation>A neighbour reserved it: please put it back at %1, it is kept until %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="108"/>
        <source>%1 · 还回来后为 %2 保留 %n 小时，刷卡时会告诉您</source>
        <translation>
            <numerusform>%1 · when it is back it is kept for %2 for %n hour, and you are told when you tap your card</numerusform>
            <numerusform>%1 · when it is back it is kept for %2 for %n hours, and you are told when you tap your card</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="106"/>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="126"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="111"/>
        <source>您排第 %1 位。还回来后为您保留，下次刷卡时会告诉您</source>
        <translation>You are number %1 in line. When it is back it is kept for you, and you are told when you next tap your card</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="146"/>
        <source>借东西</source>
        <translation>Borrow</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="152"/>
        <source>还东西</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="159"/>
        <source>看看有什么</source>
        <translation>See what there is</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="166"/>
        <source>我的东西</source>
        <translation>My things</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="174"/>
        <source>确认预约</source>
        <translation>Reserve it</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="181"/>
        <source>理发预约</source>
        <translation>Haircuts</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="189"/>
        <source>确认借用</source>
        <translation>Borrow it</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="197"/>
        <source>完好</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="205"/>
        <source>有损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="213"/>
        <source>缺配件</source>
        <translation>Parts missing</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="219"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="295"/>
        <source>%1（邻居借出）</source>
        <translation>%1 (a neighbour&apos;s)</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="301"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="312"/>
        <source>预约</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="342"/>
        <source>正在查找…</source>
        <translation>Looking…</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="350"/>
        <source>借着的（%1 件）</source>
        <translation>Borrowed (%1)</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="350"/>
        <source>现在没有借东西</source>
        <translation>Nothing borrowed now</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="360"/>
        <source>%1 · %2 到期，已过期 %n 天</source>
        <translation>
            <numerusform>%1 · due %2, %n day overdue</numerusform>
            <numerusform>%1 · due %2, %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="361"/>
        <source>%1 · %2 前归还</source>
        <translation>%1 · back by %2</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="369"/>
        <source>预约的</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="384"/>
        <source>%1 · 可以借了，放在 %2，保留到 %3</source>
        <translation>%1 · ready for you at %2, kept until %3</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="385"/>
        <source>%1 · 您排第 %2 位</source>
        <translation>%1 · you are number %2 in line</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="393"/>
        <source>取消预约</source>
        <translation>Give up my place</translation>
    </message>
    <message>
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="403"/>
        <source>我借给邻居的 · 感谢积分 %1 分</source>
        <translation>What I lend to neighbours · %1 thanks points</translation>
    </message>
    <message numerus="yes">
        <location filename="../sharedhouse/SharedHouseScreen.qml" line="410"/>
        <source>%1 · %2 · 邻居借过 %n 次</source>
        <translation>
            <numerusform>%1 · %2 · lent %n time</numerusform>
            <numerusform>%1 · %2 · lent %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlipState</name>
    <message>
        <location filename="../components/SlipState.qml" line="10"/>
        <source>正在打印凭条…</source>
        <translation>Printing the slip…</translation>
    </message>
    <message>
        <location filename="../components/SlipState.qml" line="11"/>
        <source>请取走凭条</source>
        <translation>Please take your slip</translation>
    </message>
    <message>
        <location filename="../components/SlipState.qml" line="14"/>
        <source>凭条暂时无法打印，已经记下了，凭条稍后补打</source>
        <translation>The slip cannot print now. It is recorded, and the slip will follow</translation>
    </message>
    <message>
        <location filename="../components/SlipState.qml" line="15"/>
        <source>凭条暂时无法打印（%1），已经记下了，凭条稍后补打</source>
        <translation>The slip cannot print now (%1). It is recorded, and the slip will follow</translation>
    </message>
</context>
<context>
    <name>StaffCardScreen</name>
    <message>
        <location filename="../staff/StaffCardScreen.qml" line="13"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../staff/StaffCardScreen.qml" line="29"/>
        <source>您好，%1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <location filename="../staff/StaffCardScreen.qml" line="35"/>
        <source>为居民代办：点“代办”，再刷居民的卡或扫居民的码。订单会记下您是代办人。</source>
        <translation>To help a resident: tap Assist, then tap their card or scan their code. Orders record you as their helper.</translation>
    </message>
    <message>
        <location filename="../staff/StaffCardScreen.qml" line="46"/>
        <source>代办</source>
        <translation>Assist</translation>
    </message>
    <message>
        <location filename="../staff/StaffCardScreen.qml" line="53"/>
        <source>进入管理模式</source>
        <translation>Staff mode</translation>
    </message>
</context>
<context>
    <name>StaffEntryScreen</name>
    <message>
        <location filename="../staff/StaffEntryScreen.qml" line="12"/>
        <source>工作人员入口</source>
        <translation>Staff entry</translation>
    </message>
    <message>
        <location filename="../staff/StaffEntryScreen.qml" line="33"/>
        <source>%1，第一次使用，请设置 6 位数字密码</source>
        <translation>%1, this is your first time: choose a 6-digit PIN</translation>
    </message>
    <message>
        <location filename="../staff/StaffEntryScreen.qml" line="35"/>
        <source>请再输入一次同样的密码</source>
        <translation>Type the same PIN once more</translation>
    </message>
    <message>
        <location filename="../staff/StaffEntryScreen.qml" line="37"/>
        <source>请刷员工卡，或输入密码</source>
        <translation>Tap your staff card, or enter your PIN</translation>
    </message>
    <message>
        <location filename="../staff/StaffEntryScreen.qml" line="48"/>
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <location filename="../staff/StaffEntryScreen.qml" line="49"/>
        <source>密码不对，还可以再试 %n 次</source>
        <translation>
            <numerusform>Wrong PIN. %n try left</numerusform>
            <numerusform>Wrong PIN. %n tries left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../staff/StaffEntryScreen.qml" line="50"/>
        <source>密码错误次数过多，请 %1 以后再试，或刷员工卡</source>
        <translation>Too many wrong PINs. Try again after %1, or tap your staff card</translation>
    </message>
    <message>
        <location filename="../staff/StaffEntryScreen.qml" line="51"/>
        <source>两次输入的不一样，请重新设置</source>
        <translation>The two did not match: please choose again</translation>
    </message>
    <message>
        <location filename="../staff/StaffEntryScreen.qml" line="52"/>
        <source>这个密码不能用（太简单或已有人用），请换一个</source>
        <translation>That PIN cannot be used (too simple, or taken): please choose another</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../staff/StaffScreen.qml" line="17"/>
        <source>管理模式 · %1</source>
        <translation>Staff mode · %1</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="18"/>
        <source>退出管理</source>
        <translation>Leave staff mode</translation>
    </message>
    <message numerus="yes">
        <location filename="../staff/StaffScreen.qml" line="177"/>
        <source>%n 张凭条等待打印</source>
        <translation>
            <numerusform>%n slip waiting to print</numerusform>
            <numerusform>%n slips waiting to print</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="176"/>
        <source>打印机：%1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="31"/>
        <source>语音</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="47"/>
        <source>音量 %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="78"/>
        <source>订单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="79"/>
        <source>今日菜单</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="81"/>
        <source>送餐（%1 条提醒）</source>
        <translation>Delivery (%1 alerts)</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="81"/>
        <source>送餐</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="82"/>
        <source>饭卡充值</source>
        <translation>Top up</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="83"/>
        <source>统计</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="90"/>
        <source>理发</source>
        <comment>staff tab</comment>
        <translation>Barber</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="93"/>
        <source>司机（%1）</source>
        <comment>staff tab</comment>
        <translation>Drivers (%1)</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="94"/>
        <source>司机</source>
        <comment>staff tab</comment>
        <translation>Drivers</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="99"/>
        <source>叫车 %1</source>
        <comment>staff tab</comment>
        <translation>Rides %1</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="99"/>
        <source>叫车</source>
        <comment>staff tab</comment>
        <translation>Rides</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="119"/>
        <source>%1 本机有人呼叫工作人员</source>
        <translation>%1 Someone at this kiosk is asking for help</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="120"/>
        <source>%1 %2 有人呼叫工作人员</source>
        <translation>%1 Someone at %2 is asking for help</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="128"/>
        <source>我去处理</source>
        <translation>I&apos;ll go</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="183"/>
        <source>补打等待的凭条</source>
        <translation>Print waiting slips</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="197"/>
        <source>%1号已取消（未付款，无需退款）</source>
        <translation>No. %1 cancelled (not paid: nothing to refund)</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="198"/>
        <source>%1号已取消，%2已退回饭卡</source>
        <translation>No. %1 cancelled, %2 back on the meal card</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="199"/>
        <source>%1号已取消，请退给居民现金 %2</source>
        <translation>No. %1 cancelled: give the resident %2 in cash</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="204"/>
        <source>这一餐还没有订单</source>
        <translation>No orders for this meal yet</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="223"/>
        <source>%1号&#x3000;取餐码 %2&#x3000;%3&#x3000;%4</source>
        <translation>No. %1  code %2  %3  %4</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="225"/>
        <source>已付</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="225"/>
        <source>未付</source>
        <translation>unpaid</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="235"/>
        <source>收款</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="247"/>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="254"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../staff/StaffScreen.qml" line="286"/>
        <source>余 %n 份</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="286"/>
        <source>已售完</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="306"/>
        <source>售完</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="325"/>
        <source>打印送餐单</source>
        <translation>Print run-sheet</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="334"/>
        <source>送餐人：%1&#x3000;换成</source>
        <translation>Delivered by %1. Change to</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="334"/>
        <source>指派送餐人：</source>
        <translation>Assign to:</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="362"/>
        <source>无人应答 %1&#x3000;%2&#x3000;%3&#x3000;%4</source>
        <translation>No answer %1  %2  %3  %4</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="373"/>
        <location filename="../staff/StaffScreen.qml" line="374"/>
        <source>已上门，平安</source>
        <translation>Visited, all well</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="379"/>
        <location filename="../staff/StaffScreen.qml" line="380"/>
        <source>已联系家属</source>
        <translation>Family reached</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="389"/>
        <source>这一餐没有送餐订单</source>
        <translation>No deliveries for this meal</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="408"/>
        <source>%1&#x3000;%2&#x3000;%3号</source>
        <translation>%1  %2  No. %3</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="409"/>
        <source>待收 %1</source>
        <translation>collect %1</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="420"/>
        <location filename="../staff/StaffScreen.qml" line="433"/>
        <source>无人应答</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="420"/>
        <location filename="../staff/StaffScreen.qml" line="426"/>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="452"/>
        <source>核对饭卡账目</source>
        <translation>Check meal cards</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="468"/>
        <source>✓ 每张饭卡的余额都与账目相符</source>
        <translation>✓ Every meal card equals its ledger</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="471"/>
        <source>%1（余额 %2，账目 %3）</source>
        <translation>%1 (balance %2, ledger %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../staff/StaffScreen.qml" line="472"/>
        <source>%n 张饭卡与账目不符：</source>
        <translation>
            <numerusform>%n meal card does not equal its ledger: </numerusform>
            <numerusform>%n meal cards do not equal their ledger: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="484"/>
        <source>今天还没有充值</source>
        <translation>No top-ups today yet</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="491"/>
        <source>今天的充值：%1</source>
        <translation>Today&apos;s top-ups: %1</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="651"/>
        <source>取消 %1号订单，退还 %2</source>
        <translation>Cancel order no. %1 and refund %2</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="652"/>
        <source>取消 %1号订单（未付款）</source>
        <translation>Cancel order no. %1 (not paid)</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="654"/>
        <source>为什么取消？</source>
        <translation>Why is it cancelled?</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="668"/>
        <source>取消 %1号订单</source>
        <translation>Cancel order no. %1</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="676"/>
        <source>不取消</source>
        <translation>Keep the order</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="472"/>
        <location filename="../staff/StaffScreen.qml" line="491"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="521"/>
        <source>可送餐</source>
        <translation>Delivery on</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="521"/>
        <source>开通送餐</source>
        <translation>Allow delivery</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="488"/>
        <source>%1&#x3000;%2&#x3000;%3&#x3000;经办 %4</source>
        <translation>%1  %2  %3  by %4</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="84"/>
        <source>居民</source>
        <comment>staff tab</comment>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="88"/>
        <source>共享小屋（%1）</source>
        <comment>staff tab</comment>
        <translation>House (%1)</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="89"/>
        <source>共享小屋</source>
        <comment>staff tab</comment>
        <translation>House</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="532"/>
        <source>为%1充值 %2</source>
        <translation>Top up %1 with %2</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="539"/>
        <source>账目</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="581"/>
        <source>敬老套餐订单</source>
        <translation>Senior set orders</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="583"/>
        <source>司机套餐订单</source>
        <translation>Driver set orders</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="585"/>
        <source>原价订单</source>
        <translation>Orders at normal prices</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="587"/>
        <source>套餐份数</source>
        <translation>Sets sold</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="589"/>
        <source>补贴合计</source>
        <translation>Subsidy in all</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="591"/>
        <source>送餐份数</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="593"/>
        <source>饭卡收入</source>
        <translation>Meal card revenue</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="595"/>
        <source>柜台收入</source>
        <translation>Counter revenue</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="597"/>
        <source>作废（未付款）</source>
        <translation>Lapsed (unpaid)</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="559"/>
        <source>导出表格</source>
        <translation>Export table (CSV)</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="599"/>
        <source>代办订单</source>
        <translation>Assisted orders</translation>
    </message>
    <message>
        <location filename="../staff/StaffScreen.qml" line="607"/>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../shell/StatusBar.qml" line="61"/>
        <source>扫码</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../shell/StatusBar.qml" line="62"/>
        <source>读卡</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../shell/StatusBar.qml" line="63"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../shell/StatusBar.qml" line="68"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../shell/StatusBar.qml" line="70"/>
        <source>正常</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../shell/StatusBar.qml" line="70"/>
        <source>连接中断</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../shell/StatusBar.qml" line="77"/>
        <source>语音</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../shell/StatusBar.qml" line="95"/>
        <source>再听一遍</source>
        <translation>Hear again</translation>
    </message>
    <message>
        <location filename="../shell/StatusBar.qml" line="104"/>
        <source>已呼叫</source>
        <translation>Help called</translation>
    </message>
    <message>
        <location filename="../shell/StatusBar.qml" line="104"/>
        <source>呼叫工作人员</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../shell/StatusBar.qml" line="120"/>
        <source>大字</source>
        <translation>Large text</translation>
    </message>
</context>
</TS>
