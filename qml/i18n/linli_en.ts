<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../AttractScreen.qml" line="18" />
        <source>邻里 · 社区自助服务</source>
        <translation>Linli · Community Self-Service</translation>
    </message>
    <message>
        <location filename="../AttractScreen.qml" line="25" />
        <source>幸福食堂 · 共享小屋 · 司机之家</source>
        <translation>Happiness Canteen · Shared House · Driver Home</translation>
    </message>
    <message>
        <location filename="../AttractScreen.qml" line="41" />
        <source>请触摸屏幕开始</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <location filename="../AttractScreen.qml" line="48" />
        <source>也可以直接刷卡或扫码</source>
        <translation>Or just tap your card or scan your code</translation>
    </message>
</context>
<context>
    <name>DriverScreen</name>
    <message>
        <location filename="../DriverScreen.qml" line="11" />
        <source>司机之家</source>
        <translation>Driver Home</translation>
    </message>
    <message>
        <location filename="../DriverScreen.qml" line="26" />
        <source>欢迎您，%1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location filename="../DriverScreen.qml" line="27" />
        <source>再见，%1，一路平安</source>
        <translation>Goodbye, %1. Drive safely</translation>
    </message>
    <message>
        <location filename="../DriverScreen.qml" line="28" />
        <source>司机师傅请扫码签到</source>
        <translation>Drivers: scan your code to check in</translation>
    </message>
    <message numerus="yes">
        <location filename="../DriverScreen.qml" line="36" />
        <source>%1 已签到 · 今天在站司机 %n 人</source>
        <translation><numerusform>Checked in at %1 · %n driver at the station today</numerusform><numerusform>Checked in at %1 · %n drivers at the station today</numerusform></translation>
    </message>
    <message>
        <location filename="../DriverScreen.qml" line="38" />
        <source>已签退，本次停留 %1</source>
        <translation>Checked out. You stayed %1</translation>
    </message>
    <message>
        <location filename="../DriverScreen.qml" line="39" />
        <source>出示司机身份码对准扫码口；离站时再扫一次即签退</source>
        <translation>Hold your driver code to the scanner; scan again when you leave to check out</translation>
    </message>
    <message>
        <location filename="../DriverScreen.qml" line="46" />
        <source>休息区 · 手机和车辆充电 · 工会爱心驿站</source>
        <translation>Rest area · phone and car charging · union care station</translation>
    </message>
    <message>
        <location filename="../DriverScreen.qml" line="64" />
        <source>正在打印签到凭条…</source>
        <translation>Printing your check-in slip…</translation>
    </message>
    <message>
        <location filename="../DriverScreen.qml" line="65" />
        <source>请取走签到凭条</source>
        <translation>Please take your check-in slip</translation>
    </message>
    <message>
        <location filename="../DriverScreen.qml" line="66" />
        <source>凭条暂时无法打印（%1），签到已记录，凭条稍后补打</source>
        <translation>The slip cannot print right now (%1). Your check-in is saved; the slip will print later</translation>
    </message>
</context>
<context>
    <name>GreetingScreen</name>
    <message>
        <location filename="../GreetingScreen.qml" line="11" />
        <source>身份已确认</source>
        <translation>Identified</translation>
    </message>
    <message>
        <location filename="../GreetingScreen.qml" line="25" />
        <source>您好，%1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <location filename="../GreetingScreen.qml" line="31" />
        <source>已确认：网约车司机</source>
        <translation>Confirmed: ride-hailing driver</translation>
    </message>
    <message numerus="yes">
        <location filename="../GreetingScreen.qml" line="32" />
        <source>已确认：本社区居民，%n 岁</source>
        <translation><numerusform>Confirmed: resident of this community, %n year old</numerusform><numerusform>Confirmed: resident of this community, %n years old</numerusform></translation>
    </message>
    <message>
        <location filename="../GreetingScreen.qml" line="33" />
        <source>已确认：本社区居民</source>
        <translation>Confirmed: resident of this community</translation>
    </message>
    <message>
        <location filename="../GreetingScreen.qml" line="37" />
        <source>好的，去选服务</source>
        <translation>OK, choose a service</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../HomeScreen.qml" line="17" />
        <source>请选择服务</source>
        <translation>Please choose a service</translation>
    </message>
    <message>
        <location filename="../HomeScreen.qml" line="28" />
        <source>食堂点餐</source>
        <translation>Canteen</translation>
    </message>
    <message>
        <location filename="../HomeScreen.qml" line="29" />
        <source>幸福食堂 · 敬老套餐</source>
        <translation>Meals · senior set</translation>
    </message>
    <message>
        <location filename="../HomeScreen.qml" line="36" />
        <source>共享小屋</source>
        <translation>Shared House</translation>
    </message>
    <message>
        <location filename="../HomeScreen.qml" line="37" />
        <source>借工具 · 借物品 · 理发</source>
        <translation>Tools · goods · haircuts</translation>
    </message>
    <message>
        <location filename="../HomeScreen.qml" line="44" />
        <source>司机之家</source>
        <translation>Driver Home</translation>
    </message>
    <message>
        <location filename="../HomeScreen.qml" line="45" />
        <source>签到签退 · 休息充电</source>
        <translation>Check in and out · rest and charge</translation>
    </message>
    <message>
        <location filename="../HomeScreen.qml" line="54" />
        <source>刷卡或扫码，查看我的身份</source>
        <translation>Tap your card or scan your code to see who you are</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <location filename="../IdentifyScreen.qml" line="12" />
        <source>身份识别</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location filename="../IdentifyScreen.qml" line="25" />
        <source>请刷卡或扫码</source>
        <translation>Please tap your card or scan your code</translation>
    </message>
    <message>
        <location filename="../IdentifyScreen.qml" line="32" />
        <source>把居民卡放在读卡区，或把身份码对准扫码口</source>
        <translation>Put your resident card on the reader, or hold your code to the scanner</translation>
    </message>
    <message>
        <location filename="../IdentifyScreen.qml" line="39" />
        <source>正在识别…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <location filename="../IdleOverlay.qml" line="28" />
        <source>%n 秒后返回首页，触摸屏幕继续使用</source>
        <translation><numerusform>Back to the start in %n second. Touch the screen to continue</numerusform><numerusform>Back to the start in %n seconds. Touch the screen to continue</numerusform></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../Keypad.qml" line="33" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../Keypad.qml" line="33" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="9" />
        <source>邻里社区自助服务</source>
        <translation>Linli Community Self-Service</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../Messages.qml" line="9" />
        <source>正常</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="10" />
        <source>未连接</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="11" />
        <source>工作中</source>
        <translation>busy</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="12" />
        <source>纸快用完</source>
        <translation>paper low</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="13" />
        <source>缺纸</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="14" />
        <source>盖子未关</source>
        <translation>cover open</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="16" />
        <source>故障</source>
        <translation>fault</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="21" />
        <source>这不是邻里身份码，请出示居民码或司机码。</source>
        <translation>This is not a Linli code. Please show your resident or driver code.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="22" />
        <source>二维码不完整，请重新扫码。</source>
        <translation>The code is incomplete. Please scan it again.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="23" />
        <source>二维码无效，请到服务台重新领取。</source>
        <translation>This code is not valid. Please get a new one at the service desk.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="24" />
        <source>二维码日期有误，请到服务台重新领取。</source>
        <translation>This code has a wrong date. Please get a new one at the service desk.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="25" />
        <source>此码的登记已注销，请到服务台办理。</source>
        <translation>This code's registration has ended. Please ask at the service desk.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="27" />
        <source>暂时无法识别，请稍后再试。</source>
        <translation>Cannot check this right now. Please try again shortly.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="33" />
        <source>这张卡尚未登记，请到服务台办理。</source>
        <translation>This card is not registered. Please ask at the service desk.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="34" />
        <source>工作人员请长按左上角进入管理模式。</source>
        <translation>Staff: press and hold the top-left corner for staff mode.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="35" />
        <source>这不是工作人员卡。</source>
        <translation>This is not a staff card.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="36" />
        <source>这是居民的卡或码。司机签到请出示司机身份码。</source>
        <translation>This is a resident's card or code. Drivers, please show your driver code.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="37" />
        <source>暂时无法保存，请联系工作人员。</source>
        <translation>Cannot save right now. Please ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="38" />
        <source>身份码凭条已加入打印。</source>
        <translation>The code slip is queued for printing.</translation>
    </message>
    <message numerus="yes">
        <location filename="../Messages.qml" line="51" />
        <location filename="../Messages.qml" line="52" />
        <source>%n 分钟</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../Messages.qml" line="52" />
        <source>%n 小时</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../OutOfServiceScreen.qml" line="17" />
        <source>暂停服务，请联系工作人员</source>
        <translation>Out of service. Please ask a member of staff</translation>
    </message>
</context>
<context>
    <name>ScreenHeader</name>
    <message>
        <location filename="../ScreenHeader.qml" line="9" />
        <source>返回首页</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>ServiceTile</name>
    <message>
        <location filename="../ServiceTile.qml" line="46" />
        <source>即将开通</source>
        <translation>Coming soon</translation>
    </message>
</context>
<context>
    <name>StaffEntryScreen</name>
    <message>
        <location filename="../StaffEntryScreen.qml" line="11" />
        <source>工作人员入口</source>
        <translation>Staff entry</translation>
    </message>
    <message>
        <location filename="../StaffEntryScreen.qml" line="25" />
        <source>请刷员工卡，或输入密码</source>
        <translation>Tap your staff card, or enter your PIN</translation>
    </message>
    <message>
        <location filename="../StaffEntryScreen.qml" line="32" />
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <location filename="../StaffEntryScreen.qml" line="33" />
        <source>密码不对，还可以再试 %n 次</source>
        <translation><numerusform>Wrong PIN. %n try left</numerusform><numerusform>Wrong PIN. %n tries left</numerusform></translation>
    </message>
    <message>
        <location filename="../StaffEntryScreen.qml" line="34" />
        <source>密码错误次数过多，请 %1 以后再试，或刷员工卡</source>
        <translation>Too many wrong PINs. Try again after %1, or tap your staff card</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../StaffScreen.qml" line="11" />
        <source>管理模式 · %1</source>
        <translation>Staff mode · %1</translation>
    </message>
    <message>
        <location filename="../StaffScreen.qml" line="12" />
        <source>退出管理</source>
        <translation>Leave staff mode</translation>
    </message>
    <message>
        <location filename="../StaffScreen.qml" line="27" />
        <source>打印队列</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <location filename="../StaffScreen.qml" line="32" />
        <source>没有等待打印的凭条</source>
        <translation>No slips waiting to print</translation>
    </message>
    <message numerus="yes">
        <location filename="../StaffScreen.qml" line="33" />
        <source>%n 张凭条等待打印</source>
        <translation><numerusform>%n slip waiting to print</numerusform><numerusform>%n slips waiting to print</numerusform></translation>
    </message>
    <message>
        <location filename="../StaffScreen.qml" line="37" />
        <source>打印机：%1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <location filename="../StaffScreen.qml" line="42" />
        <source>补打等待的凭条</source>
        <translation>Print waiting slips</translation>
    </message>
    <message>
        <location filename="../StaffScreen.qml" line="56" />
        <source>打印身份码（居民、司机）</source>
        <translation>Print a person's code (residents, drivers)</translation>
    </message>
    <message>
        <location filename="../StaffScreen.qml" line="77" />
        <source>司机</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../StaffScreen.qml" line="77" />
        <source>居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../StaffScreen.qml" line="82" />
        <source>打印身份码</source>
        <translation>Print code</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../StatusBar.qml" line="34" />
        <source>扫码</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../StatusBar.qml" line="35" />
        <source>读卡</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location filename="../StatusBar.qml" line="36" />
        <source>打印</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../StatusBar.qml" line="54" />
        <source>标准字</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <location filename="../StatusBar.qml" line="54" />
        <source>大字</source>
        <translation>Large text</translation>
    </message>
</context>
</TS>