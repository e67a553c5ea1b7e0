import QtQuick
import Linli
import Linli.Core

// What became of a flow's slip, as a message (a bar beside the text, no box
// to press): printing, printed, or kept to print later.
Row {
    id: row
    property Slip slip
    property string printingText: qsTr("正在打印凭条…")
    property string printedText: qsTr("请取走凭条")
    // What was recorded stands either way: the slip prints once the printer can.
    property string notPrintedText: Messages.printerCanPrint(Kiosk.devices.printer)
                                    ? qsTr("凭条暂时无法打印，已经记下了，凭条稍后补打")
                                    : qsTr("凭条暂时无法打印（%1），已经记下了，凭条稍后补打").arg(Messages.deviceState(Kiosk.devices.printer))
    readonly property int slipState: slip ? slip.state : Slip.None
    readonly property bool late: slipState === Slip.NotPrinted || slipState === Slip.AfterReconnect
    readonly property alias text: label.text
    property real maxWidth: parent ? parent.width : 0
    visible: slipState !== Slip.None
    spacing: Theme.spacing
    Rectangle {
        width: Theme.spacing / 2
        height: label.height
        color: row.late ? Theme.warning : Theme.good
    }
    KText {
        id: label
        width: Math.min(implicitWidth, row.maxWidth - 2 * Theme.spacing)
        color: row.late ? Theme.warning : Theme.good
        font.pixelSize: Theme.title
        font.bold: true
        text: row.slipState === Slip.Printing ? row.printingText
            : row.slipState === Slip.Printed ? row.printedText
            : row.notPrintedText
    }
}
