#include "SimulatorKeys.h"

#include "Kiosk.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace linli {

namespace {
// Demo data (db/demo/demo_day.sql): resident 1 张桂华, driver 1 陈建军, staff 1 周晓燕.
const QByteArray kDemoResidentCard = QByteArray::fromHex("04A1B2C3");
const QByteArray kDemoStaffCard = QByteArray::fromHex("04E0E0E1");
const QByteArray kUnknownCard = QByteArray::fromHex("04FFFFFF");
constexpr qint64 kDemoResident = 1;
constexpr qint64 kDemoDriver = 1;
constexpr qint64 kDemoItem = 3;                       // 人字梯, on the shelf
const QString kDemoBookIsbn = QStringLiteral("9787501345694"); // 好饿的毛毛虫
} // namespace

SimulatorKeys::SimulatorKeys(Kiosk *kiosk)
    : QObject(kiosk)
    , m_kiosk(kiosk)
{
    QCoreApplication::instance()->installEventFilter(this);
}

QString SimulatorKeys::help()
{
    return QStringLiteral(
        "Simulated devices from the keyboard (windowed mode):\n"
        "  F2 tap the demo resident's card    F3 scan the demo driver's QR\n"
        "  F4 scan the demo resident's QR     F5 scan a forged QR\n"
        "  F6 tap an unknown card             F7 tap a staff card\n"
        "  F8 printer paper out / loaded      F9 printer unplugged / plugged in\n"
        "  F10 scan a QR code from elsewhere  F11 scan the label of the ladder (Shared House)\n"
        "  F12 scan a picture book's ISBN     Staff PIN of the demo: 246810");
}

bool SimulatorKeys::handleKey(int key)
{
    const DeviceSet &devices = m_kiosk->devices();
    SimulatedScanner *scanner = devices.simulatedScanner;
    SimulatedCardReader *reader = devices.simulatedCardReader;
    SimulatedPrinter *printer = devices.simulatedPrinter;
    if (!scanner || !reader || !printer)
        return false;
    switch (key) {
    case Qt::Key_F2: reader->tap(kDemoResidentCard); return true;
    case Qt::Key_F3:
        m_kiosk->issueCode(TokenCodec::Type::Driver, kDemoDriver, [scanner](const QString &code) { scanner->scan(code); });
        return true;
    case Qt::Key_F4:
        m_kiosk->issueCode(TokenCodec::Type::Resident, kDemoResident, [scanner](const QString &code) { scanner->scan(code); });
        return true;
    case Qt::Key_F5:
        m_kiosk->issueCode(TokenCodec::Type::Driver, kDemoDriver, [scanner](QString code) {
            code.replace(QStringLiteral(":D:1:"), QStringLiteral(":D:2:")); // someone else's id, old signature
            scanner->scan(code);
        });
        return true;
    case Qt::Key_F6: reader->tap(kUnknownCard); return true;
    case Qt::Key_F7: reader->tap(kDemoStaffCard); return true;
    case Qt::Key_F8: printer->setPaperOut(printer->status() != DeviceStatus::PaperOut); return true;
    case Qt::Key_F9: printer->setConnected(printer->status() == DeviceStatus::Offline); return true;
    case Qt::Key_F10: scanner->scan(QStringLiteral("https://shop.example/pay?id=8841")); return true;
    case Qt::Key_F11:
        m_kiosk->issueCode(TokenCodec::Type::Item, kDemoItem, [scanner](const QString &code) { scanner->scan(code); });
        return true;
    case Qt::Key_F12: scanner->scan(kDemoBookIsbn); return true;
    default: return false;
    }
}

bool SimulatorKeys::eventFilter(QObject *watched, QEvent *event)
{
    // Only the copy sent to the window: the same key is then passed on to items.
    if (event->type() == QEvent::KeyPress && watched->isWindowType()
        && !static_cast<QKeyEvent *>(event)->isAutoRepeat()
        && handleKey(static_cast<QKeyEvent *>(event)->key()))
        return true;
    return QObject::eventFilter(watched, event);
}

} // namespace linli
