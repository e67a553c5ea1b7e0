#pragma once

#include "Flow.h"
#include "Remote.h"
#include "ShellContext.h"
#include "SharedHouse.h"
#include "Slip.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace linli {

// A neighbour at the Shared House: see what there is (kinds, then things
// with their state and place) and reserve what is out, borrow one (card,
// then the thing's label, then confirm), bring one back (its label, then how
// it is), or see their own things. A label scanned on any screen starts
// here: on the shelf it is to be borrowed, out it is coming back.
// Whoever identifies, on any screen, has their things looked up: the
// greeting tells them what is kept for them and what is overdue.
class SharedHouseFlow : public Flow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.sharedHouse.visit")
    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(linli::SharedHouse::Problem problem READ problem NOTIFY changed)
    // Kinds of things: code, name; and the things of the chosen kind: id,
    // name, category, place, state ("shelf", "out", "held" for a neighbour
    // who reserved it, "repair"), due ("12月3日"), waiting (how many in
    // line), reservable.
    Q_PROPERTY(QVariantList categories READ categories NOTIFY changed)
    Q_PROPERTY(QString categoryName READ categoryName NOTIFY changed)
    Q_PROPERTY(QVariantList items READ items NOTIFY changed)
    // The thing scanned, borrowed or returned (same keys as items).
    Q_PROPERTY(QVariantMap item READ item NOTIFY changed)
    // Bringing a thing back (else borrowing or looking).
    Q_PROPERTY(bool returning READ returning NOTIFY changed)
    // When the thing is due back: if lent now (Confirm), or as lent (Borrowed).
    Q_PROPERTY(QString dueOn READ dueOn NOTIFY changed)
    Q_PROPERTY(int daysLate READ daysLate NOTIFY changed)
    Q_PROPERTY(bool toBeRepaired READ toBeRepaired NOTIFY changed)
    Q_PROPERTY(linli::Slip *slip READ slip CONSTANT)
    // The identified resident's things: loans [{name, due, daysLate}],
    // reservations [{id, name, place, held, heldUntil, position}], own
    // [{name, state, due, timesLent}], points; empty until known.
    Q_PROPERTY(QVariantMap mine READ mine NOTIFY mineChanged)
    // A place in line just taken (Reserved): 1 is next.
    Q_PROPERTY(int position READ position NOTIFY changed)
    // The returned thing is kept for a neighbour until then ("12月3日 10:00").
    Q_PROPERTY(QString heldUntil READ heldUntil NOTIFY changed)

public:
    // Start: borrow, return, look or mine. NeedCard: borrowing, reserving or
    // "my things" wait for a resident's card. ScanItem: the thing's label.
    // Confirm: the thing and its due date. Condition: how a returned thing
    // is. Borrowed, Returned: done. ConfirmReserve, Reserved: a place in line
    // for a thing that is out. Mine: what one has, waits for and lends.
    enum Step { Start, Categories, Items, NeedCard, ScanItem, Confirm, Condition, Borrowed, Returned, ConfirmReserve,
                Reserved, Mine };
    Q_ENUM(Step)

    explicit SharedHouseFlow(const ShellContext &shell, QObject *parent = nullptr);

    void begin(const IdentifiedPerson &person) override;
    void reset() override;
    void take(const IdentifiedPerson &person) override;
    bool takeItem(const IdentifiedPerson &label) override;
    bool startsFor(const IdentifiedPerson &person) override;
    void setEnglish(bool english) override;

    Step step() const { return m_step; }
    bool busy() const { return m_busy; }
    SharedHouse::Problem problem() const { return m_problem; }
    QVariantList categories() const;
    QString categoryName() const;
    QVariantList items() const;
    QVariantMap item() const;
    bool returning() const { return m_mode == Mode::Return; }
    QString dueOn() const;
    int daysLate() const { return m_daysLate; }
    bool toBeRepaired() const { return m_toBeRepaired; }
    Slip *slip() { return &m_slip; }
    QVariantMap mine() const;
    int position() const { return m_position; }
    QString heldUntil() const;

    Q_INVOKABLE void startBorrowing();
    Q_INVOKABLE void startReturning();
    Q_INVOKABLE void browse();
    Q_INVOKABLE void chooseCategory(const QString &code);
    Q_INVOKABLE void confirmBorrow();
    Q_INVOKABLE void returnAs(linli::SharedHouse::ReturnedAs returnedAs);
    Q_INVOKABLE void reserve(int row); // a row of items
    Q_INVOKABLE void confirmReserve();
    Q_INVOKABLE void showMine();
    Q_INVOKABLE void cancelReservation(qint64 reservationId);
    Q_INVOKABLE void back();

Q_SIGNALS:
    void changed();
    void mineChanged();

private:
    enum class Mode { Borrow, Return, Reserve, Mine };
    void personChanged();
    void loadMine();
    void afterCard();
    QString dayText(const QDate &day) const;
    void loadCategories();
    void setStep(Step step);
    void setProblem(SharedHouse::Problem problem);
    void lookUp(const IdentifiedPerson &label, bool openScreen);
    QVariantMap itemMap(const ItemRecord &item) const;
    template<typename Result, typename Call, typename Done>
    void confirmRequest(Step step, Call call, Done done);

    Remote<SharedHouseService> m_house;
    PersonSession &m_session;
    Notice &m_notice;
    Slip m_slip;
    const Clock &m_clock;
    Step m_step = Start;
    Mode m_mode = Mode::Borrow;
    bool m_busy = false;
    bool m_english = false;
    SharedHouse::Problem m_problem = SharedHouse::NoProblem;
    QList<ItemCategoryRecord> m_categories;
    QString m_category;
    QList<ItemRecord> m_items;
    ItemRecord m_item;
    QDate m_dueOn;
    int m_daysLate = 0;
    bool m_toBeRepaired = false;
    QString m_requestKey;
    int m_position = 0;
    QDateTime m_heldUntil;
    Generation m_generation;
    Holdings m_mine;
    qint64 m_mineOf = 0;       // whose things m_mine are
    Generation m_mineGeneration; // moves on when the person changes
    bool m_loadingMine = false;
};

} // namespace linli
