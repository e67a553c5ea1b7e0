import QtQuick
import Linli
import Linli.Core

// The title of a screen with its one-tap way back.
Item {
    id: header
    property alias title: titleText.text
    property bool showBack: true
    property string backText: qsTr("返回首页")
    signal back()

    implicitHeight: Math.max(backButton.implicitHeight, titleText.implicitHeight)

    BigButton {
        id: backButton
        objectName: "screenBack"
        visible: header.showBack
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        text: "‹ " + header.backText
        fill: Theme.neutral
        onClicked: header.back()
    }
    KText {
        id: titleText
        anchors.left: backButton.visible ? backButton.right : parent.left
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        font.pixelSize: Theme.title
        font.bold: true
    }
}
