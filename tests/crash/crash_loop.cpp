// crash_loop: a kiosk at work on a SQLite file, for tst_crash to kill.
//
// It places canteen orders (senior sets for residents of 60 and over, driver
// sets, dishes at their own prices, meal-card and counter payments,
// deliveries), tops meal cards up and checks drivers in and out, in a loop,
// through the real services (Backend, CanteenService, DriverStationService).
// Before each step it appends what it is about to do to its log, and after
// the service answered, what became of it:
//
//   T <n> <when> <step...>             about to try step n (the kiosk's time, its request key)
//   A order <key> <order id> <payment> <total fen> <set or -> <resident id or 0>
//   A topup <key> <top-up id> <resident id> <amount fen>
//   A checkin <visit id> <driver id>
//   A checkout <visit id> <driver id>
//   R <key> <problem>                  refused, in the service's own words
//   E <key> <what>                     the service failed: never expected
//
// Each line is one write() followed by fsync(), so an "A" line means the
// service call had returned success. Started again on the same log, it first
// tries the last step again when the log ends before its answer (the same
// request key, now, as a second tap after a restart would), then goes on.
//
//   crash_loop --database FILE --secret FILE --log FILE --kiosk ID --epoch MS [--ops N] [--seed N]
//       the kiosks' clock starts at the epoch (milliseconds since 1970, the
//       same for every kiosk on the file)
//   crash_loop --race last_portion|senior_set --dish ID --resident ID --go-at MS ...
//       one order at the given moment (milliseconds since the epoch); prints
//       "RESULT <problem name>" and logs as above.
#include "Backend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace linli;

namespace {

// The kiosks' clock, the same for every kiosk on the file: from 2026-11-27
// (a Friday), 25 ms of the test's time is a minute at a lunch or a dinner,
// 20 minutes to a meal, two meals a day, so that meals end (and unpaid
// orders lapse) and drivers' stays run across midnight.
QDateTime timeOfStep(qint64 n)
{
    const QDate day = QDate(2026, 11, 27).addDays(n / 40);
    const QTime start = (n / 20) % 2 == 0 ? QTime(11, 0) : QTime(17, 0);
    return QDateTime(day, start.addSecs(60 * (n % 20)));
}

QDateTime kioskTime(qint64 epochMs)
{
    return timeOfStep((QDateTime::currentMSecsSinceEpoch() - epochMs) / 25);
}

QString problemName(Canteen::Problem problem)
{
    return QString::fromLatin1(QMetaEnum::fromType<Canteen::Problem>().valueToKey(problem));
}

class Log
{
public:
    bool open(const QString &path)
    {
        m_path = path;
        // A line cut short by the kill ends here: what follows starts afresh.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray all = file.readAll();
            m_lines = QString::fromUtf8(all).split(u'\n', Qt::SkipEmptyParts);
            if (!all.isEmpty() && !all.endsWith('\n')) {
                m_lines.removeLast();
                file.close();
                if (!QFile::resize(path, all.lastIndexOf('\n') + 1))
                    return false;
            }
        }
        m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        return m_fd >= 0;
    }
    ~Log()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    const QStringList &lines() const { return m_lines; }
    void write(const QString &line)
    {
        const QByteArray bytes = line.toUtf8() + '\n';
        if (::write(m_fd, bytes.constData(), size_t(bytes.size())) != bytes.size() || ::fsync(m_fd) != 0)
            qFatal("cannot write the log %s", qPrintable(m_path));
    }

private:
    QString m_path;
    QStringList m_lines;
    int m_fd = -1;
};

struct Step
{
    qint64 n = 0;
    QDateTime at;
    QString kind; // order, topup, scan, checkout
    QString key;  // order and top-up: the request key
    QString person = QStringLiteral("-"); // r<id>, d<id> or -
    QString set = QStringLiteral("-");
    QString payment = QStringLiteral("counter"); // counter, card
    QString service = QStringLiteral("dine_in"); // dine_in, delivery
    QList<qint64> dishes;
    qint64 amountFen = 0;

    QString line() const
    {
        QStringList dishText;
        for (qint64 d : dishes)
            dishText << QString::number(d);
        return QStringLiteral("T %1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
            .arg(n)
            .arg(at.toMSecsSinceEpoch())
            .arg(kind, key, person, set, payment, service, dishText.isEmpty() ? QStringLiteral("-") : dishText.join(u','))
            .arg(amountFen);
    }
    static std::optional<Step> parse(const QString &line)
    {
        const QStringList f = line.split(u' ');
        if (f.size() != 11 || f[0] != QLatin1String("T"))
            return std::nullopt;
        Step s;
        s.n = f[1].toLongLong();
        s.at = QDateTime::fromMSecsSinceEpoch(f[2].toLongLong());
        s.kind = f[3];
        s.key = f[4];
        s.person = f[5];
        s.set = f[6];
        s.payment = f[7];
        s.service = f[8];
        if (f[9] != QLatin1String("-"))
            for (const QString &d : f[9].split(u','))
                s.dishes << d.toLongLong();
        s.amountFen = f[10].toLongLong();
        return s;
    }
};

class Kiosk
{
public:
    Kiosk(Backend &backend, ManualClock &clock, Log &log, QString kioskId, quint64 seed)
        : m_backend(backend)
        , m_clock(clock)
        , m_log(log)
        , m_kioskId(std::move(kioskId))
        , m_random(seed)
    {
    }

    // Runs one step and logs what became of it; the answer's name (races print it).
    QString run(const Step &step)
    {
        m_clock.set(step.at);
        m_log.write(step.line());
        if (step.kind == QLatin1String("order"))
            return order(step);
        if (step.kind == QLatin1String("topup"))
            return topUp(step);
        return scan(step);
    }

    Step next(qint64 n, const QDateTime &at)
    {
        Step s;
        s.n = n;
        s.at = at;
        const int roll = int(m_random.bounded(100));
        const QList<MenuDish> menu = menuAt(s.at);
        auto pick = [&](DishCategory category, int count) {
            QList<qint64> ids;
            for (const MenuDish &d : menu)
                if (d.category == category)
                    ids << d.dishId;
            QList<qint64> chosen;
            while (chosen.size() < count && !ids.isEmpty())
                chosen << ids.takeAt(int(m_random.bounded(int(ids.size()))));
            return chosen;
        };
        s.key = QStringLiteral("%1-%2").arg(m_kioskId).arg(n);
        if (roll < 35) { // a senior set, for whoever taps their card (not all are 60)
            s.kind = QStringLiteral("order");
            s.person = QStringLiteral("r%1").arg(1 + m_random.bounded(20));
            s.set = QStringLiteral("senior");
            s.dishes = pick(DishCategory::Meat, 1) + pick(DishCategory::Vegetable, 1) + pick(DishCategory::Soup, 1);
            s.payment = m_random.bounded(3) == 0 ? QStringLiteral("counter") : QStringLiteral("card");
            if (m_random.bounded(4) == 0)
                s.service = QStringLiteral("delivery");
        } else if (roll < 50) { // a walk-in at normal prices, paid at the counter
            s.kind = QStringLiteral("order");
            s.dishes = pick(DishCategory::Meat, int(m_random.bounded(2))) + pick(DishCategory::Vegetable, 1)
                + pick(DishCategory::Staple, 1);
        } else if (roll < 60) { // a resident paying normal prices by meal card
            s.kind = QStringLiteral("order");
            s.person = QStringLiteral("r%1").arg(1 + m_random.bounded(20));
            s.payment = QStringLiteral("card");
            s.dishes = pick(DishCategory::Meat, 1) + pick(DishCategory::Staple, 1);
        } else if (roll < 70) { // a driver's set
            s.kind = QStringLiteral("order");
            s.person = QStringLiteral("d%1").arg(1 + m_random.bounded(5));
            s.set = QStringLiteral("driver");
            s.dishes = pick(DishCategory::Meat, 2) + pick(DishCategory::Vegetable, 2);
        } else if (roll < 82) { // staff top a card up
            s.kind = QStringLiteral("topup");
            s.person = QStringLiteral("r%1").arg(1 + m_random.bounded(20));
            s.amountFen = 500 * (1 + m_random.bounded(10));
        } else { // a driver scans in, or out
            s.kind = m_random.bounded(3) == 0 ? QStringLiteral("checkout") : QStringLiteral("scan");
            s.person = QStringLiteral("d%1").arg(1 + m_random.bounded(5));
        }
        return s;
    }

private:
    QList<MenuDish> menuAt(const QDateTime &at)
    {
        m_clock.set(at);
        CanteenService &canteen = m_backend.canteen();
        const PeriodState period = canteen.periodAt(at);
        return canteen.menu(period);
    }

    IdentifiedPerson person(const QString &text)
    {
        if (text.size() < 2)
            return {};
        const qint64 id = text.mid(1).toLongLong();
        const auto type = text.startsWith(u'r') ? TokenCodec::Type::Resident : TokenCodec::Type::Driver;
        IdentityService &identity = m_backend.identity();
        return identity.identifyScan(identity.issueToken(type, id));
    }

    QString order(const Step &step)
    {
        OrderDraft draft;
        draft.requestKey = step.key;
        draft.person = person(step.person);
        draft.setCode = step.set == QLatin1String("-") ? QString() : step.set;
        draft.dishIds = step.dishes;
        draft.payment = step.payment == QLatin1String("card") ? Canteen::MealCard : Canteen::AtCounter;
        draft.service = step.service == QLatin1String("delivery") ? Canteen::Delivery : Canteen::DineIn;
        const PlacedOrder placed = m_backend.canteen().place(draft);
        if (placed.problem == Canteen::NoProblem) {
            const OrderRecord &o = placed.order;
            m_log.write(QStringLiteral("A order %1 %2 %3 %4 %5 %6")
                            .arg(step.key)
                            .arg(o.id)
                            .arg(o.payment)
                            .arg(o.totalFen)
                            .arg(o.setCode.isEmpty() ? QStringLiteral("-") : o.setCode)
                            .arg(o.residentId));
        } else if (placed.problem == Canteen::StorageError) {
            m_log.write(QStringLiteral("E %1 %2").arg(step.key, m_backend.database().errorString().simplified()));
        } else {
            m_log.write(QStringLiteral("R %1 %2").arg(step.key, problemName(placed.problem)));
        }
        return problemName(placed.problem);
    }

    QString topUp(const Step &step)
    {
        const qint64 resident = step.person.mid(1).toLongLong();
        if (!m_backend.canteen().topUp(resident, step.amountFen, 1, step.key)) {
            m_log.write(QStringLiteral("E %1 %2").arg(step.key, m_backend.database().errorString().simplified()));
            return QStringLiteral("StorageError");
        }
        QSqlQuery q(m_backend.database().connection());
        q.prepare(QStringLiteral("SELECT id FROM meal_card_topup WHERE request_key = ?"));
        q.addBindValue(step.key);
        const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        m_log.write(QStringLiteral("A topup %1 %2 %3 %4").arg(step.key).arg(id).arg(resident).arg(step.amountFen));
        return QStringLiteral("NoProblem");
    }

    QString scan(const Step &step)
    {
        using Outcome = DriverStationService::Outcome;
        const IdentifiedPerson driver = person(step.person);
        DriverStationService &station = m_backend.station();
        const bool out = step.kind == QLatin1String("checkout");
        const DriverStationService::Result r = out ? station.checkOut(driver) : station.scan(driver);
        switch (r.outcome) {
        case Outcome::CheckedIn:
            m_log.write(QStringLiteral("A checkin %1 %2").arg(r.visitId).arg(driver.personId));
            break;
        case Outcome::CheckedOut:
            m_log.write(QStringLiteral("A checkout %1 %2").arg(r.visitId).arg(driver.personId));
            break;
        case Outcome::Present:
        case Outcome::NotCheckedIn:
            m_log.write(QStringLiteral("R %1 %2").arg(step.key, r.outcome == Outcome::Present ? QStringLiteral("Present")
                                                                                             : QStringLiteral("NotCheckedIn")));
            break;
        case Outcome::StorageError:
            m_log.write(QStringLiteral("E %1 %2").arg(step.key, m_backend.database().errorString().simplified()));
            return QStringLiteral("StorageError");
        }
        return QStringLiteral("NoProblem");
    }

    Backend &m_backend;
    ManualClock &m_clock;
    Log &m_log;
    QString m_kioskId;
    QRandomGenerator m_random;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), {}, QStringLiteral("file"));
    const QCommandLineOption secret(QStringLiteral("secret"), {}, QStringLiteral("file"));
    const QCommandLineOption logFile(QStringLiteral("log"), {}, QStringLiteral("file"));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"), {}, QStringLiteral("id"));
    const QCommandLineOption ops(QStringLiteral("ops"), {}, QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), {}, QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption race(QStringLiteral("race"), {}, QStringLiteral("what"));
    const QCommandLineOption dish(QStringLiteral("dish"), {}, QStringLiteral("id"), QStringLiteral("1"));
    const QCommandLineOption resident(QStringLiteral("resident"), {}, QStringLiteral("id"), QStringLiteral("1"));
    const QCommandLineOption goAt(QStringLiteral("go-at"), {}, QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption raceAt(QStringLiteral("at"), {}, QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption epoch(QStringLiteral("epoch"), {}, QStringLiteral("ms"), QStringLiteral("0"));
    parser.addOptions({database, secret, logFile, kiosk, ops, seed, race, dish, resident, goAt, raceAt, epoch});
    parser.process(app);

    KioskConfig config;
    config.databasePath = parser.value(database);
    config.secretPath = parser.value(secret);
    config.kioskId = parser.value(kiosk);
    Log log;
    if (!log.open(parser.value(logFile))) {
        std::fprintf(stderr, "crash_loop: cannot open the log %s\n", qPrintable(parser.value(logFile)));
        return 2;
    }
    // The step to stand at, and the last one tried without an answer.
    qint64 nextStep = 0;
    std::optional<Step> unanswered;
    for (const QString &line : log.lines()) {
        if (const std::optional<Step> step = Step::parse(line)) {
            nextStep = step->n + 1;
            unanswered = step;
        } else {
            unanswered.reset();
        }
    }
    const qint64 epochMs = parser.value(epoch).toLongLong();
    ManualClock clock(parser.isSet(race) ? QDateTime::fromMSecsSinceEpoch(parser.value(raceAt).toLongLong())
                                         : kioskTime(epochMs));
    Backend backend(config, clock);
    QString error;
    if (!backend.start(&error)) {
        std::fprintf(stderr, "crash_loop: %s\n", qPrintable(error));
        log.write(QStringLiteral("E start %1").arg(error.simplified()));
        return 1;
    }
    Kiosk kiosk_(backend, clock, log, config.kioskId, parser.value(seed).toULongLong() * 1000003u + quint64(nextStep));

    if (parser.isSet(race)) {
        // Everyone waits for the same moment, then orders at once.
        Step step;
        step.n = nextStep;
        step.at = QDateTime::fromMSecsSinceEpoch(parser.value(raceAt).toLongLong());
        step.kind = QStringLiteral("order");
        step.key = QStringLiteral("%1-race-%2").arg(config.kioskId).arg(nextStep);
        if (parser.value(race) == QLatin1String("senior_set")) {
            step.person = QStringLiteral("r") + parser.value(resident);
            step.set = QStringLiteral("senior");
            step.payment = QStringLiteral("card");
            step.dishes = {4, 5, 10}; // on both meals' menus (not a dish raced for its last portion)
        } else {
            step.dishes = {parser.value(dish).toLongLong()};
        }
        clock.set(step.at);
        backend.canteen().menu(backend.canteen().periodAt(step.at)); // made before the race, not in it
        const qint64 go = parser.value(goAt).toLongLong();
        while (QDateTime::currentMSecsSinceEpoch() < go)
            QThread::usleep(200);
        std::printf("RESULT %s\n", qPrintable(kiosk_.run(step)));
        return 0;
    }

    // A step tried when the kiosk stopped: tried again, now, with the same key.
    if (unanswered) {
        unanswered->at = kioskTime(epochMs);
        kiosk_.run(*unanswered);
    }
    const qint64 steps = parser.value(ops).toLongLong();
    PeriodState meal;
    for (qint64 done = 0; steps == 0 || done < steps; ++done) {
        const QDateTime now = kioskTime(epochMs);
        clock.set(now);
        // As Housekeeping does: a meal that has ended gives unpaid orders' portions back.
        const PeriodState period = backend.canteen().periodAt(now);
        if (period.day != meal.day || period.code != meal.code) {
            backend.canteen().lapseUnpaidOrders();
            meal = period;
        }
        kiosk_.run(kiosk_.next(nextStep + done, now));
    }
    return 0;
}
