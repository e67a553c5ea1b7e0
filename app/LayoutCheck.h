#pragma once

#include <QStringList>

class QQuickWindow;

namespace linli {

// What a person would miss or press by mistake on the screen as drawn now:
// a touch target or a price that lies outside the screen, outside its
// screen's area (under the status bar), or under another item drawn on top
// of it. Inside something that scrolls, an item may lie beyond the edge only
// if the scrolling shows (the Flickable has a visible child named
// "scrollHint"). One line per problem; empty when all is in view.
QStringList layoutProblems(QQuickWindow *window);

} // namespace linli
