#include "Kiosk.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QScopeGuard>

Q_LOGGING_CATEGORY(lcKiosk, "linli.kiosk")

namespace linli {

namespace {
QPointer<Kiosk> s_instance;
constexpr int kStartRetryMs = 5000;

bool isStaffScreen(Kiosk::Screen screen)
{
    return screen == Kiosk::StaffEntry || screen == Kiosk::StaffMenu;
}

bool isForStaff(Kiosk::Screen screen)
{
    return isStaffScreen(screen) || screen == Kiosk::StaffCard;
}
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
    , m_backend(new Backend(config, clock))
    , m_spooler(devices.printer, m_worker, m_backend)
    , m_link(m_worker, m_backend)
    , m_deviceStates(m_devices, m_spooler, m_link, m_config)
    , m_person(Remote<IdentityService>(m_worker, m_backend, &Backend::identity), config.repeatScanMs)
    , m_staff(Remote<StaffAuthService>(m_worker, m_backend, &Backend::staffAuth),
              Remote<PeopleService>(m_worker, m_backend, &Backend::people), m_notice)
    , m_voice(Voice::Settings{config.voice, config.voiceVolume,
                              config.voiceToMemory ? voicemodule::Output::Memory : voicemodule::Output::Speaker,
                              config.moduleDir.isEmpty() ? QCoreApplication::applicationDirPath() : config.moduleDir})
    , m_shell{m_worker, m_backend, clock, m_config, m_spooler, m_housekeeping, m_person, m_notice, m_link}
    , m_canteen(m_shell)
    , m_driverHome(m_shell)
    , m_sharedHouse(m_shell)
    , m_rides(m_shell)
    , m_help(m_shell)
    , m_peopleDesk(m_shell)
    , m_largeText(config.largeText)
{
    addFlow(Canteen, m_canteen.order(), QStringLiteral("canteen"));
    m_staff.addDesk(m_canteen.desk());
    m_staff.addDesk(&m_help);
    m_staff.addDesk(&m_peopleDesk);
    addFlow(DriverHome, m_driverHome.checkIn(), QStringLiteral("driverhome"));
    m_staff.addDesk(m_driverHome.drivers());
    m_staff.addDesk(m_driverHome.figures());
    addFlow(SharedHouse, m_sharedHouse.visit(), QStringLiteral("sharedhouse"));
    m_staff.addDesk(m_sharedHouse.desk());
    m_staff.addDesk(m_sharedHouse.figures());
    addFlow(Barber, m_sharedHouse.barber(), QStringLiteral("sharedhouse"));
    m_staff.addDesk(m_sharedHouse.barberDesk());
    addFlow(Rides, m_rides.request(), QStringLiteral("rides"));
    addFlow(RideBoard, m_rides.board(), QStringLiteral("driverhome")); // the board is at the station
    m_staff.addDesk(m_rides.desk());

    m_idle.setTimeoutSeconds(config.idleTimeoutSeconds);
    connect(&m_idle, &IdleTimer::secondsLeftToShowChanged, this, &Kiosk::idleSecondsLeftChanged);
    connect(&m_idle, &IdleTimer::expired, this, &Kiosk::resetToAttract);

    // A scan or a tap is a touch too; it counts only once the kiosk serves.
    connect(m_devices.scanner, &QrScanner::scanned, this, [this](const QString &text) {
        m_idle.poke();
        if (m_ready)
            m_person.scanned(text);
    });
    connect(m_devices.cardReader, &CardReader::cardTapped, this, [this](const QByteArray &uid) {
        m_idle.poke();
        if (!m_ready)
            return;
        // A new card being enrolled at the people desk is nobody's yet.
        if (m_screen == StaffMenu && m_staff.cardTapped(uid))
            return;
        m_person.cardTapped(uid);
    });
    connect(&m_person, &PersonSession::identified, this, &Kiosk::identified);
    connect(&m_staff, &StaffSession::opened, this, [this] {
        setScreen(StaffMenu);
        m_spooler.kick(); // the waiting slips, counted afresh for staff
    });
    connect(&m_staff, &StaffSession::left, this, &Kiosk::goHome);
    connect(&m_link, &DatabaseLink::onlineChanged, this, [this] { m_notice.setOffline(!m_link.online()); });

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

void Kiosk::addFlow(Screen screen, Flow *flow, const QString &service)
{
    Q_ASSERT(knownServices().contains(service));
    m_flows.insert(screen, flow);
    if (!m_config.services.isEmpty() && !m_config.services.contains(service))
        return; // not offered here: its screen never opens, its flow never starts
    m_offered.append(screen);
    if (!m_offeredServices.contains(service))
        m_offeredServices.append(service);
    connect(flow, &Flow::wantsScreen, this, [this, screen] { setScreen(screen); });
}

Kiosk::Screen Kiosk::homeScreen() const
{
    return m_offeredServices.size() == 1 ? m_offered.constFirst() : Home;
}

void Kiosk::start()
{
    struct Started
    {
        QString error;
        bool retry = false;
    };
    Backend *backend = m_backend;
    m_worker.run([backend] {
        Started started;
        if (backend->start(&started.error, &started.retry))
            started.error.clear();
        return started;
    }).then(this, [this](const Started &started) {
        if (!started.error.isEmpty()) {
            qCCritical(lcKiosk).noquote() << "out of service:" << started.error;
            m_outOfServiceReason = started.error;
            setScreen(OutOfService);
            // A server not reached yet, or not yet migrated: the kiosk waits
            // for it instead of asking someone to restart it.
            if (started.retry)
                QTimer::singleShot(kStartRetryMs, this, &Kiosk::start);
            return;
        }
        m_ready = true;
        Q_EMIT readyChanged();
        if (m_screen == OutOfService)
            setScreen(Attract);
        watchStationBoard();
        m_housekeeping.start();
        m_link.start();
        m_voice.start(); // after the first frame: the voice module loads on its own thread
        m_spooler.kick(); // slips left from before a restart
    });
}

bool Kiosk::eventFilter(QObject *watched, QEvent *event)
{
    if (!watched->isWindowType())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin: {
        // A touch on the countdown only says "still here": it must not also
        // press what is under the overlay (which goes the moment we poke).
        const bool countdownShown = m_idle.secondsLeftToShow() > 0;
        m_idle.poke();
        // The second half of a double tap on the screen before.
        const bool carriedOver = m_sinceNewStep.isValid() && m_sinceNewStep.elapsed() < m_config.newScreenTapGuardMs;
        return countdownShown || carriedOver;
    }
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
    // (The flows may have been reset with the screen unchanged.)
    const auto watch = qScopeGuard([this] { watchStationBoard(); });
    if (screen == m_screen)
        return;
    m_screen = screen;
    m_notice.dismiss(); // a message belongs to the screen it was shown on
    if (!isStaffScreen(screen))
        m_staff.close();
    if (screen == Attract || screen == OutOfService)
        m_idle.stop();
    else
        m_idle.start();
    Q_EMIT screenChanged();
}

void Kiosk::watchStationBoard()
{
    // Drivers resting at the station look up at an idle kiosk to see who is called.
    if (m_ready && m_screen == Attract && offers(DriverHome))
        m_driverHome.places()->watchBoard();
}

bool Kiosk::residentScreen() const
{
    return !isForStaff(m_screen) && m_screen != Attract && m_screen != OutOfService;
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
    // Names that are data (dishes, sets) are not translations.
    const bool english = wanted == QLatin1String("en");
    for (Flow *flow : std::as_const(m_flows))
        flow->setEnglish(english);
    for (Desk *desk : m_staff.desks())
        desk->setEnglish(english);
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

void Kiosk::resetFlows()
{
    for (Flow *flow : std::as_const(m_flows))
        flow->reset(); // an unfinished order is dropped; portions are only taken when it is paid
}

void Kiosk::goHome()
{
    if (m_screen == OutOfService)
        return;
    m_person.clear();
    resetFlows();
    const Screen home = homeScreen();
    if (Flow *flow = m_flows.value(home))
        flow->begin(m_person.person());
    setScreen(home);
}

void Kiosk::open(Screen screen)
{
    Flow *flow = m_flows.value(screen);
    if (!m_ready || !flow || !offers(screen))
        return;
    resetFlows();
    flow->begin(m_person.person());
    setScreen(screen);
}

void Kiosk::showIdentify()
{
    m_person.clear();
    setScreen(Identify);
}

void Kiosk::stepShown()
{
    m_sinceNewStep.start();
}

void Kiosk::announce(const QString &prompt, bool newStep, bool chime)
{
    // Staff screens stay silent; so does the attract screen, which waits for anyone.
    const bool spoken = !isForStaff(m_screen) && m_screen != Attract;
    const QString text = spoken ? prompt : QString();
    if (newStep || text != m_voice.lastPrompt())
        m_voice.say(text, m_language == QLatin1String("en"), chime);
}

void Kiosk::repeatPrompt()
{
    m_voice.repeat();
}

void Kiosk::resetToAttract()
{
    if (m_screen == OutOfService)
        return;
    m_person.forget();
    resetFlows();
    m_staff.close();
    m_notice.dismiss();
    setLanguage(m_config.language);
    setLargeText(m_config.largeText);
    setScreen(Attract);
}

void Kiosk::identified(const IdentifiedPerson &person)
{
    switch (person.kind) {
    case Identity::InvalidCode:
        m_notice.show(Notice::CodeRefused, person.problem);
        return;
    case Identity::UnknownCard:
        m_notice.show(Notice::CardUnknown, person.problem); // never known, lost, or its holder left
        return;
    case Identity::Staff:
        if (isStaffScreen(m_screen)) {
            m_staff.staffCardTapped(person);
            return;
        }
        // Where residents are served a staff card asks what its holder came for.
        resetFlows();
        m_person.set(person);
        setScreen(StaffCard);
        return;
    case Identity::Resident:
    case Identity::Driver:
        if (isStaffScreen(m_screen)) {
            if (m_screen == StaffMenu && m_staff.personTapped(person))
                return;
            m_notice.show(Notice::NotAStaffCard);
            return;
        }
        // The flow on screen decides what its person's card or code means.
        if (Flow *flow = m_flows.value(m_screen)) {
            flow->take(person);
            return;
        }
        // Elsewhere a flow may start for them (a driver checks in from
        // anywhere but the identify screen); otherwise they are greeted.
        if (m_screen != Identify)
            for (Screen screen : std::as_const(m_offered))
                if (m_flows.value(screen)->startsFor(person))
                    return;
        resetFlows();
        m_person.set(person);
        setScreen(Greeting);
        return;
    case Identity::ItemLabel:
        // A Shared House label or a book's barcode: the Shared House's screen takes it.
        if (Flow *flow = m_flows.value(m_screen); flow && flow->takeItem(person))
            return;
        for (Screen screen : std::as_const(m_offered))
            if (m_flows.value(screen)->startsFor(person))
                return;
        m_notice.show(Notice::CodeRefused, Identity::NotOurs);
        return;
    case Identity::Nobody:
        return;
    }
}

void Kiosk::beginStaffEntry()
{
    m_person.clear();
    m_person.endAssisting(); // staff mode is other work
    resetFlows();
    setScreen(StaffEntry);
    // A PIN is checked only once the database is open.
    if (m_ready)
        m_staff.beginEntry();
}

void Kiosk::enterStaffMode()
{
    if (m_screen != StaffCard || m_person.kind() != Identity::Staff)
        return;
    const IdentifiedPerson staff = m_person.person();
    if (staff.pinPending) {
        // Their first time: the PIN screen, to choose a PIN of their own.
        beginStaffEntry();
        m_staff.staffCardTapped(staff);
        return;
    }
    m_person.clear();
    m_person.endAssisting(); // staff mode is other work
    m_staff.open(staff); // opened: the staff menu shows
}

void Kiosk::beginAssisting()
{
    if (m_screen != StaffCard || m_person.kind() != Identity::Staff)
        return;
    m_person.setAssistant(m_person.person());
    m_person.clear();
    setScreen(Identify);
}

void Kiosk::endAssisting()
{
    m_person.endAssisting();
    goHome();
}

void Kiosk::issueCode(TokenCodec::Type type, qint64 id, std::function<void(QString)> receiver)
{
    if (!m_ready)
        return;
    m_shell.remote<IdentityService>(&Backend::identity)
        .run([type, id](IdentityService &identity) { return identity.issueToken(type, id); })
        .then(this, [receiver](const QString &code) { receiver(code); });
}

} // namespace linli
