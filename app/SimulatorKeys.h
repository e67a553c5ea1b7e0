#pragma once

#include <QObject>

namespace linli {

class Kiosk;

// Keyboard shortcuts that drive the simulated devices, so a person at a laptop
// can walk every flow (shown with --help):
//   F2 demo resident's card   F3 demo driver's QR     F4 demo resident's QR
//   F5 a forged QR            F6 an unknown card      F7 a staff card
//   F8 printer paper out/in   F9 printer unplug/plug  F10 QR from a shop
class SimulatorKeys : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorKeys(Kiosk *kiosk);
    static QString help();
    bool handleKey(int key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Kiosk *m_kiosk;
};

} // namespace linli
