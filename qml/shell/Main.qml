import QtQuick
import Linli
import Linli.Core

Window {
    width: 1920
    height: 1080
    visible: true
    title: qsTr("邻里社区自助服务")
    color: Theme.background

    KioskShell { anchors.fill: parent }
}
