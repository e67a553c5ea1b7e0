#pragma once

#include "Backend.h"
#include "CanteenRoom.h"
#include "DeviceSet.h"
#include "DeviceStates.h"
#include "DriverHomeRoom.h"
#include "Flow.h"
#include "Housekeeping.h"
#include "IdleTimer.h"
#include "KioskConfig.h"
#include "Notice.h"
#include "PersonSession.h"
#include "PrintSpooler.h"
#include "QmlEnums.h"
#include "ShellContext.h"
#include "RidesRoom.h"
#include "SharedHouseRoom.h"
#include "StaffSession.h"
#include "Voice.h"
#include "HelpDesk.h"
#include "PeopleDesk.h"
#include "Worker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <functional>

namespace linli {

// The shell every screen shares: which screen is up, the language and text
// size, the idle countdown, the notice banner and the devices. Everything
// else lives in the sessions (Kiosk.person, Kiosk.staff) and in one room per
// service (Kiosk.canteen, Kiosk.driverHome), each with its flows and desk.
// Device events come in here and go to the person session; whoever it
// identifies is handed to the flow on screen.
class Kiosk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    // A screen residents use (not the attract, staff or out-of-service screens).
    Q_PROPERTY(bool residentScreen READ residentScreen NOTIFY screenChanged)
    Q_PROPERTY(QString outOfServiceReason READ outOfServiceReason NOTIFY screenChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleSecondsLeftChanged)
    Q_PROPERTY(linli::Notice *notice READ notice CONSTANT)
    Q_PROPERTY(linli::DeviceStates *devices READ deviceStates CONSTANT)
    Q_PROPERTY(linli::PersonSession *person READ person CONSTANT)
    Q_PROPERTY(linli::StaffSession *staff READ staff CONSTANT)
    Q_PROPERTY(linli::CanteenRoom *canteen READ canteen CONSTANT)
    Q_PROPERTY(linli::DriverHomeRoom *driverHome READ driverHome CONSTANT)
    Q_PROPERTY(linli::SharedHouseRoom *sharedHouse READ sharedHouse CONSTANT)
    Q_PROPERTY(linli::RidesRoom *rides READ rides CONSTANT)
    Q_PROPERTY(linli::Voice *voice READ voice CONSTANT)
    Q_PROPERTY(linli::HelpDesk *help READ help CONSTANT)
    Q_PROPERTY(linli::PeopleDesk *peopleDesk READ peopleDesk CONSTANT)

public:
    // StaffCard: a staff card tapped where residents are served; they choose
    // 代办 (assist a resident) or staff mode.
    enum Screen { Attract, Home, Identify, Greeting, StaffCard, DriverHome, Canteen, SharedHouse, StaffEntry, StaffMenu,
                  OutOfService,
                  Barber, Rides, RideBoard };
    Q_ENUM(Screen)

    Kiosk(const KioskConfig &config, const DeviceSet &devices, const Clock &clock, QObject *parent = nullptr);
    ~Kiosk() override;

    // QML_SINGLETON: the engine gets the one instance main() (or a test) made.
    static void setInstance(Kiosk *kiosk);
    static Kiosk *create(QQmlEngine *engine, QJSEngine *);

    // Opens the database on the worker; the attract screen shows meanwhile.
    void start();

    Screen screen() const { return m_screen; }
    bool ready() const { return m_ready; }
    bool residentScreen() const;
    QString outOfServiceReason() const { return m_outOfServiceReason; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool largeText() const { return m_largeText; }
    void setLargeText(bool large);
    int idleSecondsLeft() const { return m_idle.secondsLeftToShow(); }
    Notice *notice() { return &m_notice; }
    DeviceStates *deviceStates() { return &m_deviceStates; }
    PersonSession *person() { return &m_person; }
    StaffSession *staff() { return &m_staff; }
    CanteenRoom *canteen() { return &m_canteen; }
    DriverHomeRoom *driverHome() { return &m_driverHome; }
    SharedHouseRoom *sharedHouse() { return &m_sharedHouse; }
    RidesRoom *rides() { return &m_rides; }
    Voice *voice() { return &m_voice; }
    HelpDesk *help() { return &m_help; }
    PeopleDesk *peopleDesk() { return &m_peopleDesk; }

    // Before the kiosk closes: see PrintSpooler::finishCurrentJob.
    bool finishPrinting(int timeoutMs) { return m_spooler.finishCurrentJob(timeoutMs); }

    // Whether this kiosk offers the service whose screen this is (services= in its configuration).
    Q_INVOKABLE bool offers(linli::Kiosk::Screen screen) const { return m_offered.contains(screen); }
    // The home screen, or the one service's screen on a kiosk with one service.
    Q_INVOKABLE void goHome();
    Q_INVOKABLE void showIdentify();
    // A service's screen, for the person identified so far (or anyone).
    Q_INVOKABLE void open(linli::Kiosk::Screen screen);
    Q_INVOKABLE void beginStaffEntry();
    // From the StaffCard screen: staff mode for that card, or 代办 (their
    // resident's card next; every order records them as well).
    Q_INVOKABLE void enterStaffMode();
    Q_INVOKABLE void beginAssisting();
    // 结束代办: the assistant leaves, and so does what they were doing.
    Q_INVOKABLE void endAssisting();
    Q_INVOKABLE void toggleLanguage();
    Q_INVOKABLE void toggleLargeText();
    // Back to the attract screen, forgetting the person and anything unfinished.
    Q_INVOKABLE void resetToAttract();
    // The shell tells what is on screen: a new screen or step has just
    // appeared (taps carried over from the one before press nothing for a
    // moment), and what it asks (`prompt`, spoken on resident screens;
    // `newStep`: say it even if it is the same as the last).
    Q_INVOKABLE void stepShown();
    Q_INVOKABLE void announce(const QString &prompt, bool newStep, bool chime = false);
    Q_INVOKABLE void repeatPrompt();

    void setIdleTimeoutSeconds(int seconds) { m_idle.setTimeoutSeconds(seconds); }
    void setNewScreenTapGuardMs(int ms) { m_config.newScreenTapGuardMs = ms; }
    // A signed code for a person, as staff would print it (simulator keys, tests).
    void issueCode(TokenCodec::Type type, qint64 id, std::function<void(QString)> receiver);
    // The devices themselves (simulator keys, the screenshot tour); QML sees
    // their states as Kiosk.devices.
    const DeviceSet &devices() const { return m_devices; }

Q_SIGNALS:
    void screenChanged();
    void readyChanged();
    void languageChanged();
    void largeTextChanged();
    void idleSecondsLeftChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A service's flow, begun when its screen opens; offered when the
    // configuration names its service (or names none).
    void addFlow(Screen screen, Flow *flow, const QString &service);
    // The first screen of the kiosk's only service; Home when it offers more.
    Screen homeScreen() const;
    void identified(const IdentifiedPerson &person);
    void setScreen(Screen screen);
    // Every flow forgets its draft; the person stays.
    void resetFlows();
    void watchStationBoard();

    KioskConfig m_config;
    DeviceSet m_devices;
    Worker m_worker;
    Backend *m_backend; // lives and dies on the worker thread
    PrintSpooler m_spooler;
    Housekeeping m_housekeeping;
    Notice m_notice;
    DatabaseLink m_link;
    DeviceStates m_deviceStates;
    PersonSession m_person;
    StaffSession m_staff;
    IdleTimer m_idle;
    Voice m_voice;
    QElapsedTimer m_sinceNewStep;
    ShellContext m_shell;
    // One room per service; each adds its flows and desk below, in the constructor.
    CanteenRoom m_canteen;
    DriverHomeRoom m_driverHome;
    SharedHouseRoom m_sharedHouse;
    RidesRoom m_rides;
    HelpDesk m_help;
    PeopleDesk m_peopleDesk;
    QHash<Screen, Flow *> m_flows;
    QList<Screen> m_offered; // in the order the services were added
    QStringList m_offeredServices;
    QPointer<QQmlEngine> m_engine;
    QTranslator m_translator;

    Screen m_screen = Attract;
    bool m_ready = false;
    QString m_outOfServiceReason;
    QString m_language;
    bool m_largeText = false;
};

} // namespace linli
