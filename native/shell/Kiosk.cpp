#include "Kiosk.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKiosk, "linli.kiosk")

namespace linli {

namespace {
QPointer<Kiosk> s_instance;
constexpr int kNoticeMs = 6000;
} // namespace

void Kiosk::setInstance(Kiosk *kiosk)
{
    s_instance = kiosk;
}

Kiosk *Kiosk::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Kiosk::create", "main() or the test sets the instance before QML loads");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->m_engine = engine;
    return s_instance;
}

Kiosk::Kiosk(const KioskConfig &config, const DeviceSet &devices, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_devices(devices)
    , m_clock(clock)
    , m_backend(new Backend(config, clock))
    , m_spooler(devices.printer, m_worker, m_backend)
    , m_canteen(m_worker, m_backend, clock)
    , m_desk(m_worker, m_backend, clock,
             config.exportDir.isEmpty() ? QFileInfo(config.databasePath).absolutePath() + QStringLiteral("/exports")
                                        : config.exportDir)
    , m_largeText(config.largeText)
{
    m_idle.setTimeoutSeconds(config.idleTimeoutSeconds);
    connect(&m_idle, &IdleTimer::secondsLeftToShowChanged, this, &Kiosk::idleSecondsLeftChanged);
    connect(&m_idle, &IdleTimer::expired, this, &Kiosk::resetToAttract);
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(kNoticeMs);
    connect(&m_noticeTimer, &QTimer::timeout, this, &Kiosk::dismissNotice);

    connect(m_devices.scanner, &QrScanner::scanned, this, &Kiosk::onScanned);
    connect(m_devices.cardReader, &CardReader::cardTapped, this, &Kiosk::onCardTapped);
    for (Device *device : {static_cast<Device *>(m_devices.scanner), static_cast<Device *>(m_devices.cardReader),
                           static_cast<Device *>(m_devices.printer)})
        connect(device, &Device::statusChanged, this, &Kiosk::deviceStatusChanged);

    connect(&m_canteen, &CanteenFlow::orderPlaced, this, &Kiosk::followSlip);
    connect(&m_canteen, &CanteenFlow::slipsQueued, &m_spooler, &PrintSpooler::kick);
    connect(&m_desk, &CanteenDesk::printQueued, &m_spooler, &PrintSpooler::kick);
    connect(&m_desk, &CanteenDesk::actionFailed, this, [this] { showNotice(SaveFailed); });
    // Unpaid counter orders lapse once their period is over; a minute late is soon enough.
    m_lapseTimer.setInterval(60 * 1000);
    connect(&m_lapseTimer, &QTimer::timeout, this, [this] {
        Backend *backend = m_backend;
        m_worker.run([backend] { return backend->canteen().lapseUnpaidOrders(); });
    });
    connect(&m_spooler, &PrintSpooler::waitingJobsChanged, this, &Kiosk::waitingPrintJobsChanged);
    connect(&m_spooler, &PrintSpooler::jobPrinted, this, [this](qint64 id) {
        if (id == m_slipJobId)
            setSlip(SlipPrinted);
    });
    connect(&m_spooler, &PrintSpooler::jobFailed, this, [this](qint64 id) {
        if (id == m_slipJobId)
            setSlip(SlipNotPrinted);
    });

    setLanguage(config.language);
    // Any touch, click or key anywhere restarts the idle countdown.
    QCoreApplication::instance()->installEventFilter(this);
}

Kiosk::~Kiosk()
{
    QCoreApplication::instance()->removeEventFilter(this);
    Backend *backend = m_backend;
    m_worker.run([backend] { delete backend; });
    // Finish every queued job now, while the spooler and timers still exist;
    // their continuations to this object are then dropped.
    m_worker.stop();
}

void Kiosk::start()
{
    Backend *backend = m_backend;
    m_worker.run([backend] {
        QString error;
        return backend->start(&error) ? QString() : error;
    }).then(this, [this](const QString &error) {
        if (!error.isEmpty()) {
            qCCritical(lcKiosk).noquote() << "out of service:" << error;
            m_outOfServiceReason = error;
            setScreen(OutOfService);
            return;
        }
        m_ready = true;
        Q_EMIT readyChanged();
        m_lapseTimer.start();
        m_spooler.kick(); // slips left from before a restart
    });
}

bool Kiosk::eventFilter(QObject *watched, QEvent *event)
{
    if (!watched->isWindowType())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        m_idle.poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void Kiosk::setScreen(Screen screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    dismissNotice(); // a message belongs to the screen it was shown on
    if (screen == Attract || screen == OutOfService)
        m_idle.stop();
    else
        m_idle.start();
    Q_EMIT screenChanged();
}

void Kiosk::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void Kiosk::setLanguage(const QString &language)
{
    const QString wanted = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    if (wanted == m_language)
        return;
    m_language = wanted;
    QCoreApplication::removeTranslator(&m_translator);
    // Chinese is the source language; English comes from the translation.
    if (wanted == QLatin1String("en")) {
        if (m_translator.load(QStringLiteral(":/i18n/linli_en.qm")))
            QCoreApplication::installTranslator(&m_translator);
        else
            qCWarning(lcKiosk) << "English translation missing from the build";
    }
    m_canteen.setEnglish(wanted == QLatin1String("en")); // dish names are data, not translations
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

void Kiosk::setLargeText(bool large)
{
    if (large == m_largeText)
        return;
    m_largeText = large;
    Q_EMIT largeTextChanged();
}

void Kiosk::toggleLanguage()
{
    setLanguage(m_language == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en"));
}

void Kiosk::toggleLargeText()
{
    setLargeText(!m_largeText);
}

void Kiosk::setPerson(const IdentifiedPerson &person)
{
    m_person = person;
    Q_EMIT personChanged();
}

void Kiosk::showNotice(Notice notice, Identity::Problem problem)
{
    m_notice = notice;
    m_noticeProblem = problem;
    m_noticeTimer.start();
    Q_EMIT noticeChanged();
}

void Kiosk::dismissNotice()
{
    if (m_notice == NoNotice)
        return;
    m_notice = NoNotice;
    m_noticeProblem = Identity::NoProblem;
    Q_EMIT noticeChanged();
}

void Kiosk::setSlip(Slip slip)
{
    if (slip == m_slip)
        return;
    m_slip = slip;
    Q_EMIT slipChanged();
}

void Kiosk::followSlip(qint64 printJob)
{
    // What was recorded stands either way; a slip that cannot print waits in the queue.
    m_slipJobId = printJob;
    setSlip(m_spooler.printerCanPrint() ? SlipPrinting : SlipNotPrinted);
    m_spooler.kick();
}

void Kiosk::setPin(Pin state, int attemptsLeft, const QString &lockedUntil)
{
    m_pinState = state;
    m_pinAttemptsLeft = attemptsLeft;
    m_pinLockedUntil = lockedUntil;
    Q_EMIT staffChanged();
}

void Kiosk::forgetVisit()
{
    m_visit = NoVisit;
    m_driversPresent = 0;
    m_stayMinutes = 0;
    m_visitTime.clear();
    m_slipJobId = 0;
    Q_EMIT visitChanged();
    setSlip(NoSlip);
}

void Kiosk::goHome()
{
    if (m_screen == OutOfService)
        return;
    setPerson({});
    forgetVisit();
    m_canteen.reset();
    setScreen(Home);
}

void Kiosk::showCanteen()
{
    if (!m_ready)
        return;
    forgetVisit();
    m_canteen.begin(m_person);
    setScreen(Canteen);
}

void Kiosk::showIdentify()
{
    setPerson({});
    setScreen(Identify);
}

void Kiosk::showDriverHome()
{
    forgetVisit();
    setScreen(DriverHome);
}

void Kiosk::resetToAttract()
{
    if (m_screen == OutOfService)
        return;
    setPerson({});
    forgetVisit();
    m_canteen.reset(); // an unfinished order is dropped; portions are only taken when it is paid
    m_staff = {};
    m_desk.close();
    setPin(PinIdle);
    m_people.setPeople({});
    dismissNotice();
    m_lastInputKey.clear();
    ++m_session;
    setLanguage(m_config.language);
    setLargeText(m_config.largeText);
    setScreen(Attract);
}

bool Kiosk::acceptInput()
{
    m_idle.poke();
    // One thing at a time: a second scan while the first is being handled
    // (a double tap, a scanner that fires twice) is dropped, not queued.
    return m_ready && !m_busy;
}

bool Kiosk::isRepeat(const QString &inputKey)
{
    if (inputKey == m_lastInputKey && m_sinceLastInput.isValid()
        && m_sinceLastInput.elapsed() < m_config.repeatScanMs) {
        qCInfo(lcKiosk) << "same code or card again within" << m_config.repeatScanMs << "ms: ignored";
        return true;
    }
    m_lastInputKey = inputKey;
    m_sinceLastInput.start();
    return false;
}

void Kiosk::onScanned(const QString &text)
{
    if (!acceptInput() || isRepeat(QStringLiteral("scan:") + text))
        return;
    const quint64 session = m_session;
    setBusy(true);
    Backend *backend = m_backend;
    m_worker.run([backend, text] { return backend->identity().identifyScan(text); })
        .then(this, [this, session](const IdentifiedPerson &person) {
            setBusy(false);
            if (session == m_session)
                identified(person);
        });
}

void Kiosk::onCardTapped(const QByteArray &uid)
{
    if (!acceptInput() || isRepeat(QStringLiteral("card:") + QString::fromLatin1(uid.toHex())))
        return;
    const quint64 session = m_session;
    setBusy(true);
    Backend *backend = m_backend;
    m_worker.run([backend, uid] { return backend->identity().identifyCard(uid); })
        .then(this, [this, session](const IdentifiedPerson &person) {
            setBusy(false);
            if (session == m_session)
                identified(person);
        });
}

void Kiosk::identified(const IdentifiedPerson &person)
{
    const bool staffScreen = m_screen == StaffEntry || m_screen == StaffMenu;
    switch (person.kind) {
    case Identity::InvalidCode:
        showNotice(CodeRefused, person.problem);
        return;
    case Identity::UnknownCard:
        showNotice(CardUnknown);
        return;
    case Identity::Staff:
        if (m_screen == StaffEntry)
            enterStaffMode(person);
        else if (m_screen != StaffMenu)
            showNotice(StaffCardHint);
        return;
    case Identity::Resident:
    case Identity::Driver:
        if (staffScreen) {
            showNotice(NotAStaffCard);
            return;
        }
        // At the canteen, a card or code says who is ordering (senior or driver set).
        if (m_screen == Canteen) {
            if (m_canteen.busy())
                return; // an order is on its way: it belongs to the person who paid
            setPerson(person);
            m_canteen.begin(person);
            return;
        }
        // Drivers check in and out from anywhere but the identify screen;
        // the driver station screen is for drivers only.
        if (person.kind == Identity::Driver && m_screen != Identify) {
            checkInOrOut(person);
            return;
        }
        if (m_screen == DriverHome) {
            showNotice(NotADriver);
            return;
        }
        forgetVisit();
        setPerson(person);
        setScreen(Greeting);
        return;
    case Identity::Nobody:
        return;
    }
}

void Kiosk::checkInOrOut(const IdentifiedPerson &driver)
{
    const quint64 session = m_session;
    setBusy(true);
    Backend *backend = m_backend;
    m_worker.run([backend, driver] { return backend->station().scan(driver); })
        .then(this, [this, driver, session](const DriverStationService::Result &result) {
            setBusy(false);
            m_spooler.kick(); // the slip prints even if its driver has gone
            if (session != m_session)
                return;
            if (result.outcome == DriverStationService::Outcome::StorageError) {
                showNotice(SaveFailed);
                return;
            }
            forgetVisit();
            setPerson(driver);
            m_visit = result.outcome == DriverStationService::Outcome::CheckedIn ? CheckedIn : CheckedOut;
            m_driversPresent = result.driversPresent;
            m_stayMinutes = int(result.stayMinutes);
            m_visitTime = m_clock.now().toString(QStringLiteral("HH:mm"));
            Q_EMIT visitChanged();
            if (m_visit == CheckedIn)
                followSlip(result.printJobId);
            setScreen(DriverHome);
        });
}

void Kiosk::beginStaffEntry()
{
    setPerson({});
    forgetVisit();
    setPin(PinIdle);
    setScreen(StaffEntry);
}

void Kiosk::submitStaffPin(const QString &pin)
{
    if (!m_ready || m_pinState == PinChecking || m_screen != StaffEntry)
        return;
    const quint64 session = m_session;
    setPin(PinChecking);
    Backend *backend = m_backend;
    // PBKDF2 takes a moment on purpose; it runs on the worker, never the UI thread.
    m_worker.run([backend, pin] { return backend->staffAuth().verifyPin(pin); })
        .then(this, [this, session](const StaffAuthService::Result &result) {
            // Never open staff mode for a PIN whose screen has been left.
            if (session != m_session || m_screen != StaffEntry) {
                setPin(PinIdle);
                return;
            }
            switch (result.outcome) {
            case StaffAuthService::Outcome::Accepted:
                setPin(PinIdle);
                enterStaffMode(result.staff);
                break;
            case StaffAuthService::Outcome::WrongPin:
                setPin(PinWrong, result.attemptsLeft);
                break;
            case StaffAuthService::Outcome::Locked:
                setPin(PinLocked, 0, result.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
                break;
            case StaffAuthService::Outcome::StorageError:
                setPin(PinIdle);
                showNotice(SaveFailed);
                break;
            }
        });
}

void Kiosk::enterStaffMode(const IdentifiedPerson &staff)
{
    m_staff = staff;
    m_desk.open(staff.personId);
    Q_EMIT staffChanged();
    setScreen(StaffMenu);
    Backend *backend = m_backend;
    m_worker.run([backend] { return backend->people(); }).then(this, [this](const QList<PersonEntry> &people) {
        if (m_screen == StaffMenu)
            m_people.setPeople(people);
    });
    m_spooler.kick();
}

void Kiosk::leaveStaffMode()
{
    m_staff = {};
    m_desk.close();
    m_people.setPeople({});
    setPin(PinIdle);
    Q_EMIT staffChanged();
    setScreen(Home);
}

void Kiosk::printPersonCode(int row)
{
    const std::optional<PersonEntry> person = m_people.at(row);
    if (m_screen != StaffMenu || !person || m_busy)
        return; // m_busy: a double tap queues one slip, not two
    setBusy(true);
    Backend *backend = m_backend;
    m_worker.run([backend, person] { return backend->queuePersonCode(person->kind, person->id); })
        .then(this, [this](std::optional<qint64> jobId) {
            setBusy(false);
            if (!jobId) {
                showNotice(SaveFailed);
                return;
            }
            showNotice(CodeSlipQueued);
            m_spooler.kick();
        });
}

void Kiosk::reprintWaiting()
{
    m_spooler.kick();
}

void Kiosk::issueCode(TokenCodec::Type type, qint64 id, std::function<void(QString)> receiver)
{
    if (!m_ready)
        return;
    Backend *backend = m_backend;
    m_worker.run([backend, type, id] { return backend->identity().issueToken(type, id); })
        .then(this, [receiver](const QString &code) { receiver(code); });
}

} // namespace linli
