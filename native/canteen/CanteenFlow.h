#pragma once

#include "Canteen.h"
#include "Flow.h"
#include "Remote.h"
#include "ShellContext.h"
#include "Slip.h"

#include <QAbstractListModel>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace linli {

// Today's dishes for the ordering screen, with what this order has chosen.
class MenuModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.canteen.order.menu")
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        CategoryRole, // DishCategory as int: 0 meat, 1 vegetable, 2 soup, 3 staple, 4 drink
        PriceRole,    // "12.00"
        PortionsRole,
        SoldOutRole,
        ChosenRole,
        SoftRole,
        LowSaltRole,
        LowSugarRole,
        SpicyRole
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setDishes(const QList<MenuDish> &dishes); // keeps what is chosen
    // Shows only dishes of these kinds (a set's); empty shows every dish.
    void showOnly(const QSet<DishCategory> &categories);
    void setEnglish(bool english);
    void setChosen(qint64 dishId, bool chosen);
    void clearChosen();
    const QList<MenuDish> &dishes() const { return m_dishes; }
    const QList<MenuDish> &allDishes() const { return m_all; }
    QList<MenuDish> chosen() const;
    bool isChosen(qint64 dishId) const { return m_chosen.contains(dishId); }

private:
    void filter();

    QList<MenuDish> m_all;
    QList<MenuDish> m_dishes; // the ones shown
    QSet<DishCategory> m_only;
    QSet<qint64> m_chosen;
    bool m_english = false;
};

// One customer's way through ordering: set or dishes, how to eat, review,
// pay, pickup code. It holds the draft; the rules and the order itself are
// CanteenService's, run on the database worker.
class CanteenFlow : public Flow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Kiosk.canteen.order")

    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString opensAt READ opensAt NOTIFY changed)
    // The menu could not be read (the street's server is away): the screen
    // says so instead of "closed", and the flow loads again once it is back.
    Q_PROPERTY(bool unavailable READ unavailable NOTIFY changed)
    Q_PROPERTY(QString periodCode READ periodCode NOTIFY changed)
    Q_PROPERTY(linli::MenuModel *menu READ menu CONSTANT)
    Q_PROPERTY(QVariantList sets READ sets NOTIFY changed)
    // The sets this person cannot have, with whom they are for: the screen
    // tells a walk-in how to get them (name, price, minAge, forDrivers).
    Q_PROPERTY(QVariantList setsForOthers READ setsForOthers NOTIFY changed)
    // She may have a one-per-meal set and has had it this meal already.
    Q_PROPERTY(bool setTakenThisMeal READ setTakenThisMeal NOTIFY changed)
    Q_PROPERTY(int deliveryAge READ deliveryAge CONSTANT)
    Q_PROPERTY(QString setCode READ setCode NOTIFY changed)
    Q_PROPERTY(QString setName READ setName NOTIFY changed)
    // The chosen set's price ("7.00"), shown once: inside a set no dish shows its own.
    Q_PROPERTY(QString setPrice READ setPrice NOTIFY changed)
    Q_PROPERTY(QVariantList needed READ needed NOTIFY changed)
    Q_PROPERTY(bool selectionComplete READ selectionComplete NOTIFY changed)
    Q_PROPERTY(bool deliveryOffered READ deliveryOffered NOTIFY changed)
    Q_PROPERTY(linli::Canteen::Service service READ service NOTIFY changed)
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed)
    Q_PROPERTY(QString normalPrice READ normalPrice NOTIFY changed)
    Q_PROPERTY(QString subsidy READ subsidy NOTIFY changed)
    Q_PROPERTY(QString total READ total NOTIFY changed)
    Q_PROPERTY(bool mealCardOffered READ mealCardOffered NOTIFY changed)
    Q_PROPERTY(QString balance READ balance NOTIFY changed)
    Q_PROPERTY(linli::Canteen::Problem problem READ problem NOTIFY changed)
    Q_PROPERTY(int orderNumber READ orderNumber NOTIFY changed)
    Q_PROPERTY(QString pickupCode READ pickupCode NOTIFY changed)
    Q_PROPERTY(bool paid READ paid NOTIFY changed)
    Q_PROPERTY(linli::Slip *slip READ slip CONSTANT) // the receipt

public:
    enum Step { Closed, ChooseSet, ChooseDishes, ChooseService, Review, Done };
    Q_ENUM(Step)

    explicit CanteenFlow(const ShellContext &shell, QObject *parent = nullptr);

    // A new order for this person (Nobody: normal prices only).
    void begin(const IdentifiedPerson &person) override;
    void reset() override; // forget the draft (idle timeout, leaving the canteen)
    // A card or code at the canteen says who is ordering (senior or driver set).
    void take(const IdentifiedPerson &person) override;
    void setEnglish(bool english) override;

    Step step() const { return m_step; }
    bool busy() const { return m_busy; }
    QString opensAt() const;
    bool unavailable() const { return m_unavailable; }
    QString periodCode() const { return m_period.code; }
    MenuModel *menu() { return &m_menu; }
    QVariantList sets() const;
    QVariantList setsForOthers() const;
    static int deliveryAge() { return canteen_rules::kDeliveryAge; }
    QString setCode() const { return m_set ? m_set->code : QString(); }
    QString setName() const;
    bool setTakenThisMeal() const;
    QString setPrice() const;
    QVariantList needed() const;
    bool selectionComplete() const;
    bool deliveryOffered() const;
    Canteen::Service service() const { return m_service; }
    QVariantList lines() const;
    QString normalPrice() const;
    QString subsidy() const;
    QString total() const;
    bool mealCardOffered() const { return m_balanceFen >= 0; }
    QString balance() const;
    Canteen::Problem problem() const { return m_problem; }
    int orderNumber() const { return m_placed.order.number; }
    QString pickupCode() const { return m_placed.order.pickupCode; }
    bool paid() const { return m_placed.order.paidAt.isValid(); }
    Slip *slip() { return &m_receipt; }

    Q_INVOKABLE void chooseSet(const QString &code); // empty: dishes at their own prices
    // The set with the day's suggested dishes, in one tap: straight on to
    // how she eats (sets() says which dishes, as "suggestion").
    Q_INVOKABLE void chooseSuggested(const QString &code);
    Q_INVOKABLE void toggleDish(int row);
    Q_INVOKABLE void toService();
    Q_INVOKABLE void chooseService(linli::Canteen::Service service);
    Q_INVOKABLE void pay(linli::Canteen::Payment payment);
    Q_INVOKABLE void back();

Q_SIGNALS:
    void changed();

private:
    void load();
    void refreshMenu();
    // The kitchen's first dishes of each kind the set holds, with portions
    // left, in the menu's order; empty when the set cannot be filled.
    QList<MenuDish> suggestion(const MealSetRecord &set) const;
    void setStep(Step step);
    canteen_rules::Price price() const;
    int chosenIn(DishCategory category) const;

    Remote<CanteenService> m_canteen;
    PersonSession &m_session; // who is in front of the kiosk
    const Clock &m_clock;
    Slip m_receipt;
    MenuModel m_menu;
    bool m_menuShown = false; // refreshed when another kiosk changes it
    IdentifiedPerson m_person;
    PeriodState m_period;
    QList<MealSetRecord> m_allSets;
    QSet<QString> m_setsTaken;
    std::optional<MealSetRecord> m_set;
    Canteen::Service m_service = Canteen::DineIn;
    qint64 m_balanceFen = -1; // -1: no meal card to offer
    QString m_requestKey;
    PlacedOrder m_placed;
    Canteen::Problem m_problem = Canteen::NoProblem;
    Step m_step = Closed;
    bool m_busy = false;    // waiting for the worker: the screen shows it
    bool m_placing = false; // of which: an order on its way
    bool m_unavailable = false;
    bool m_english = false;
    Generation m_generation; // answers for an order that was reset are dropped
};

} // namespace linli
