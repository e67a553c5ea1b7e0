#include "LayoutCheck.h"

#include <QColor>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>

#include <algorithm>

namespace linli {

namespace {

constexpr qreal kSlack = 1.0; // rounding of anchors and scaled fonts

struct Drawn
{
    QQuickItem *item;
    QRectF scene;   // where it is, in the window
    QRectF shown;   // the part not clipped away
    QQuickItem *scroller; // the nearest Flickable around it, if any
};

bool isFlickable(const QQuickItem *item)
{
    return item->inherits("QQuickFlickable");
}

// Something a person can press.
bool isTouchTarget(const QQuickItem *item)
{
    return item->inherits("QQuickMouseArea") && item->isEnabled()
           // the staff corner sits under the screens on purpose; the attract
           // screen's whole-screen touch is meant to be under its text
           && item->objectName() != QLatin1String("staffCorner") && item->objectName() != QLatin1String("attractTouch")
           // a dialog's shield takes the taps meant for what it covers
           && item->objectName() != QLatin1String("tapShield");
}

bool isPrice(const QQuickItem *item)
{
    static const QRegularExpression money(QStringLiteral("\\d+\\.\\d\\d"));
    return item->inherits("QQuickText") && item->property("text").toString().contains(money);
}

// Draws something over what lies beneath it.
bool covers(const QQuickItem *item)
{
    if (item->inherits("QQuickRectangle"))
        return item->property("color").value<QColor>().alpha() > 0;
    if (item->inherits("QQuickText"))
        return !item->property("text").toString().isEmpty();
    return item->inherits("QQuickImage");
}

// A dialog over the screen (`property bool modal: true`): what lies under it
// is meant to be hidden until it closes, and takes no tap meanwhile.
bool isInside(const QQuickItem *item, const QQuickItem *ancestor)
{
    for (const QQuickItem *p = item; p; p = p->parentItem())
        if (p == ancestor)
            return true;
    return false;
}

const QQuickItem *modalAround(const QQuickItem *item)
{
    for (const QQuickItem *p = item; p; p = p->parentItem())
        if (p->property("modal").toBool())
            return p;
    return nullptr;
}

bool scrollsVisibly(const QQuickItem *flickable)
{
    if (flickable->property("contentHeight").toReal() <= flickable->height() + kSlack)
        return true; // it does not scroll: nothing can be beyond its edge
    const QList<QQuickItem *> around = flickable->parentItem() ? flickable->parentItem()->childItems() : QList<QQuickItem *>{};
    for (const QList<QQuickItem *> &items : {flickable->childItems(), around})
        for (const QQuickItem *child : items)
            if (child->objectName() == QLatin1String("scrollHint") && child->isVisible())
                return true;
    return false;
}

QString describe(const QQuickItem *item)
{
    for (const QQuickItem *p = item; p; p = p->parentItem())
        if (!p->objectName().isEmpty()) {
            QString name = p->objectName();
            if (item->inherits("QQuickText"))
                name += QStringLiteral(" \"%1\"").arg(item->property("text").toString().left(24));
            return name;
        }
    return QString::fromLatin1(item->metaObject()->className());
}

void collect(QQuickItem *item, QRectF clip, QQuickItem *scroller, QList<Drawn> &drawn)
{
    if (!item->isVisible() || item->opacity() < 0.01)
        return;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    drawn.append({item, scene, scene & clip, scroller});
    // The screens' area ends at the status bar, whether or not it clips.
    if (item->clip() || item->objectName() == QLatin1String("screenLoader"))
        clip &= scene;
    if (isFlickable(item))
        scroller = item;
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(), [](QQuickItem *a, QQuickItem *b) { return a->z() < b->z(); });
    for (QQuickItem *child : std::as_const(children))
        collect(child, clip, scroller, drawn);
}

} // namespace

QStringList layoutProblems(QQuickWindow *window)
{
    QList<Drawn> drawn;
    const QRectF screen(QPointF(0, 0), window->size());
    collect(window->contentItem(), screen, nullptr, drawn);

    QStringList problems;
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        const Drawn &d = drawn.at(i);
        const bool target = isTouchTarget(d.item);
        if ((!target && !isPrice(d.item)) || d.scene.isEmpty())
            continue;
        const QRectF whole = d.scene.adjusted(kSlack, kSlack, -kSlack, -kSlack);
        if (!d.shown.contains(whole)) {
            if (!d.scroller || !scrollsVisibly(d.scroller))
                problems.append(QStringLiteral("%1 is cut off: %2 of it shows")
                                    .arg(describe(d.item))
                                    .arg(d.shown.isEmpty() ? QStringLiteral("none")
                                                           : QStringLiteral("%1%").arg(int(100 * d.shown.height() / d.scene.height()))));
            if (d.shown.isEmpty())
                continue;
        }
        // Anything drawn later over its middle hides it (or takes its taps).
        const QPointF middle = d.shown.center();
        for (qsizetype j = i + 1; j < drawn.size(); ++j) {
            const Drawn &over = drawn.at(j);
            if (isInside(over.item, d.item) || !covers(over.item) || !over.shown.contains(middle))
                continue;
            if (const QQuickItem *dialog = modalAround(over.item); dialog && !isInside(d.item, dialog))
                break; // under a dialog, on purpose
            problems.append(QStringLiteral("%1 is under %2").arg(describe(d.item), describe(over.item)));
            break;
        }
    }
    return problems;
}

} // namespace linli
