#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace linli {

enum class PaperWidth { Mm58, Mm80 };

// Characters per line in the printer's standard 12x24 font.
int columnsFor(PaperWidth w);

// Printer columns a text occupies: East Asian Wide / Fullwidth characters take
// two columns, everything else one.
int displayWidth(QStringView text);

// Pure ESC/POS byte builder for Chinese thermal receipt printers (GB18030 text).
// It performs no I/O; callers send bytes() to the device.
class EscPosEncoder
{
public:
    enum class Align { Left = 0, Center = 1, Right = 2 };

    explicit EscPosEncoder(PaperWidth width = PaperWidth::Mm58);

    EscPosEncoder &initialize();              // ESC @, FS &
    EscPosEncoder &align(Align a);            // ESC a n
    EscPosEncoder &bold(bool on);             // ESC E n
    EscPosEncoder &doubleSize(bool on);       // GS ! 0x11 / 0x00
    EscPosEncoder &text(QStringView s);       // GB18030, no newline
    EscPosEncoder &line(QStringView s = {});  // text + LF
    EscPosEncoder &wrapped(QStringView s);
    EscPosEncoder &columns(QStringView left, QStringView right);
    EscPosEncoder &separator(QChar c = u'-');
    EscPosEncoder &qrCode(const QByteArray &data, int moduleSize = 6);
    EscPosEncoder &feed(int lines);           // ESC d n
    EscPosEncoder &feedDots(int dots);        // ESC J n: blank paper of n dots (a QR code's quiet zone)
    EscPosEncoder &cut();                     // GS V 66 0

    QByteArray bytes() const;
    int columns() const;

    static constexpr int MaxQrDataSize = 7089;

private:
    // Columns usable for the current character size.
    int budget() const;

    QByteArray m_buf;
    int m_columns;
    bool m_doubleSize = false;
};

} // namespace linli
