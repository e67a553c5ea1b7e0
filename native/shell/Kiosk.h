#pragma once

#include "Backend.h"
#include "CanteenDesk.h"
#include "CanteenFlow.h"
#include "DeviceSet.h"
#include "IdleTimer.h"
#include "Identity.h"
#include "KioskConfig.h"
#include "PeopleModel.h"
#include "PrintSpooler.h"
#include "QmlEnums.h"
#include "Worker.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QTranslator>
#include <functional>

namespace linli {

// The kiosk's state for the screens: which screen is up, who was identified,
// what the last action did. Device events come in here, go to the services on
// the database worker, and come back as properties. QML only reads these and
// calls the invokables; it never sees a device or the database.
class Kiosk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString outOfServiceReason READ outOfServiceReason NOTIFY screenChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
    Q_PROPERTY(bool fullscreen READ fullscreen CONSTANT)
    Q_PROPERTY(QString stationName READ stationName CONSTANT)
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleSecondsLeftChanged)

    Q_PROPERTY(linli::Identity::Kind personKind READ personKind NOTIFY personChanged)
    Q_PROPERTY(QString personName READ personName NOTIFY personChanged)
    Q_PROPERTY(int personAge READ personAge NOTIFY personChanged)

    Q_PROPERTY(Notice notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(linli::Identity::Problem noticeProblem READ noticeProblem NOTIFY noticeChanged)

    Q_PROPERTY(Visit visit READ visit NOTIFY visitChanged)
    Q_PROPERTY(int driversPresent READ driversPresent NOTIFY visitChanged)
    Q_PROPERTY(int stayMinutes READ stayMinutes NOTIFY visitChanged)
    Q_PROPERTY(QString visitTime READ visitTime NOTIFY visitChanged)
    Q_PROPERTY(Slip slip READ slip NOTIFY slipChanged)

    Q_PROPERTY(QString staffName READ staffName NOTIFY staffChanged)
    Q_PROPERTY(Pin pinState READ pinState NOTIFY staffChanged)
    Q_PROPERTY(int pinAttemptsLeft READ pinAttemptsLeft NOTIFY staffChanged)
    Q_PROPERTY(QString pinLockedUntil READ pinLockedUntil NOTIFY staffChanged)
    Q_PROPERTY(linli::PeopleModel *people READ people CONSTANT)
    Q_PROPERTY(linli::CanteenFlow *canteen READ canteen CONSTANT)
    Q_PROPERTY(linli::CanteenDesk *desk READ desk CONSTANT)
    Q_PROPERTY(int waitingPrintJobs READ waitingPrintJobs NOTIFY waitingPrintJobsChanged)

    Q_PROPERTY(linli::DeviceStatus::State scannerStatus READ scannerStatus NOTIFY deviceStatusChanged)
    Q_PROPERTY(linli::DeviceStatus::State cardReaderStatus READ cardReaderStatus NOTIFY deviceStatusChanged)
    Q_PROPERTY(linli::DeviceStatus::State printerStatus READ printerStatus NOTIFY deviceStatusChanged)

public:
    enum Screen { Attract, Home, Identify, Greeting, DriverHome, Canteen, StaffEntry, StaffMenu, OutOfService };
    Q_ENUM(Screen)
    enum Notice { NoNotice, CodeRefused, CardUnknown, StaffCardHint, NotAStaffCard, NotADriver, SaveFailed, CodeSlipQueued };
    Q_ENUM(Notice)
    enum Visit { NoVisit, CheckedIn, CheckedOut };
    Q_ENUM(Visit)
    enum Slip { NoSlip, SlipPrinting, SlipPrinted, SlipNotPrinted };
    Q_ENUM(Slip)
    enum Pin { PinIdle, PinChecking, PinWrong, PinLocked };
    Q_ENUM(Pin)

    Kiosk(const KioskConfig &config, const DeviceSet &devices, const Clock &clock, QObject *parent = nullptr);
    ~Kiosk() override;

    // QML_SINGLETON: the engine gets the one instance main() (or a test) made.
    static void setInstance(Kiosk *kiosk);
    static Kiosk *create(QQmlEngine *engine, QJSEngine *);

    // Opens the database on the worker; the attract screen shows meanwhile.
    void start();

    Screen screen() const { return m_screen; }
    bool ready() const { return m_ready; }
    bool busy() const { return m_busy; }
    QString outOfServiceReason() const { return m_outOfServiceReason; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool largeText() const { return m_largeText; }
    void setLargeText(bool large);
    bool fullscreen() const { return m_config.fullscreen; }
    QString stationName() const { return m_config.stationName; }
    int idleSecondsLeft() const { return m_idle.secondsLeftToShow(); }
    Identity::Kind personKind() const { return m_person.kind; }
    QString personName() const { return m_person.maskedName; }
    int personAge() const { return m_person.age; }
    Notice notice() const { return m_notice; }
    Identity::Problem noticeProblem() const { return m_noticeProblem; }
    Visit visit() const { return m_visit; }
    int driversPresent() const { return m_driversPresent; }
    int stayMinutes() const { return m_stayMinutes; }
    QString visitTime() const { return m_visitTime; }
    Slip slip() const { return m_slip; }
    QString staffName() const { return m_staff.fullName; }
    Pin pinState() const { return m_pinState; }
    int pinAttemptsLeft() const { return m_pinAttemptsLeft; }
    QString pinLockedUntil() const { return m_pinLockedUntil; }
    PeopleModel *people() { return &m_people; }
    CanteenFlow *canteen() { return &m_canteen; }
    CanteenDesk *desk() { return &m_desk; }
    int waitingPrintJobs() const { return m_spooler.waitingJobs(); }
    // Before the kiosk closes: see PrintSpooler::finishCurrentJob.
    bool finishPrinting(int timeoutMs) { return m_spooler.finishCurrentJob(timeoutMs); }
    DeviceStatus::State scannerStatus() const { return m_devices.scanner->status(); }
    DeviceStatus::State cardReaderStatus() const { return m_devices.cardReader->status(); }
    DeviceStatus::State printerStatus() const { return m_devices.printer->status(); }

    Q_INVOKABLE void goHome();
    Q_INVOKABLE void showIdentify();
    Q_INVOKABLE void showDriverHome();
    // The canteen, for the person identified so far (or anyone, at normal prices).
    Q_INVOKABLE void showCanteen();
    Q_INVOKABLE void beginStaffEntry();
    Q_INVOKABLE void submitStaffPin(const QString &pin);
    Q_INVOKABLE void leaveStaffMode();
    Q_INVOKABLE void printPersonCode(int row);
    Q_INVOKABLE void reprintWaiting();
    Q_INVOKABLE void toggleLanguage();
    Q_INVOKABLE void toggleLargeText();
    Q_INVOKABLE void dismissNotice();
    // Back to the attract screen, forgetting the person and anything unfinished.
    Q_INVOKABLE void resetToAttract();

    void setIdleTimeoutSeconds(int seconds) { m_idle.setTimeoutSeconds(seconds); }
    // A signed code for a person, as staff would print it (simulator keys, tests).
    void issueCode(TokenCodec::Type type, qint64 id, std::function<void(QString)> receiver);
    const DeviceSet &devices() const { return m_devices; }

Q_SIGNALS:
    void screenChanged();
    void readyChanged();
    void busyChanged();
    void languageChanged();
    void largeTextChanged();
    void idleSecondsLeftChanged();
    void personChanged();
    void noticeChanged();
    void visitChanged();
    void slipChanged();
    void staffChanged();
    void waitingPrintJobsChanged();
    void deviceStatusChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onScanned(const QString &text);
    void onCardTapped(const QByteArray &uid);
    void identified(const IdentifiedPerson &person);
    void checkInOrOut(const IdentifiedPerson &driver);
    void enterStaffMode(const IdentifiedPerson &staff);
    void setScreen(Screen screen);
    void setBusy(bool busy);
    void setPerson(const IdentifiedPerson &person);
    void showNotice(Notice notice, Identity::Problem problem = Identity::NoProblem);
    void setSlip(Slip slip);
    void followSlip(qint64 printJob);
    void setPin(Pin state, int attemptsLeft = 0, const QString &lockedUntil = {});
    void forgetVisit();
    bool acceptInput();
    bool isRepeat(const QString &inputKey);

    KioskConfig m_config;
    DeviceSet m_devices;
    const Clock &m_clock;
    Worker m_worker;
    Backend *m_backend; // lives and dies on the worker thread
    PrintSpooler m_spooler;
    CanteenFlow m_canteen;
    CanteenDesk m_desk;
    QTimer m_lapseTimer;
    IdleTimer m_idle;
    QTimer m_noticeTimer;
    PeopleModel m_people;
    QPointer<QQmlEngine> m_engine;
    QTranslator m_translator;

    Screen m_screen = Attract;
    bool m_ready = false;
    bool m_busy = false;
    QString m_outOfServiceReason;
    QString m_language;
    bool m_largeText = false;
    IdentifiedPerson m_person;
    IdentifiedPerson m_staff;
    Notice m_notice = NoNotice;
    Identity::Problem m_noticeProblem = Identity::NoProblem;
    Visit m_visit = NoVisit;
    int m_driversPresent = 0;
    int m_stayMinutes = 0;
    QString m_visitTime;
    Slip m_slip = NoSlip;
    qint64 m_slipJobId = 0;
    Pin m_pinState = PinIdle;
    int m_pinAttemptsLeft = 0;
    QString m_pinLockedUntil;
    // The same code or card again within repeatScanMs is one input.
    QString m_lastInputKey;
    QElapsedTimer m_sinceLastInput;
    // Bumped when the kiosk forgets a person: a result that comes back from
    // the worker for an earlier person is not shown to the next one.
    quint64 m_session = 0;
};

} // namespace linli
