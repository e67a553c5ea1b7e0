import QtQuick
import QtTest
import Linli.Core

// What the shell's tests share: finding an item on screen, and tapping it once
// it has been laid out.
TestCase {
    // The KioskShell under test.
    property Item screenRoot

    // True while the item hangs in the shell's scene: a screen on its way out
    // (waiting to be deleted) is not on screen, and taps on it go nowhere.
    function onScreen(target) {
        for (var p = target; p; p = p.parent)
            if (p === screenRoot)
                return true
        return false
    }

    // The item called `name` that is on screen now (waits a moment for it).
    function item(name) {
        var found = null
        tryVerify(function() {
            found = findChild(screenRoot, name)
            return found !== null && onScreen(found)
        }, 5000, "no item named " + name + " on screen")
        return found
    }

    // Taps the canteen's dishes with these names on the grid.
    function chooseDishes(names) {
        var flow = Kiosk.canteen.order
        tryCompare(flow, "step", CanteenFlow.ChooseDishes)
        var grid = item("dishGrid")
        for (var n = 0; n < names.length; ++n) {
            var row = -1
            for (var i = 0; i < flow.menu.rowCount(); ++i)
                if (flow.menu.data(flow.menu.index(i, 0), 257) === names[n])
                    row = i
            verify(row >= 0, "no dish " + names[n])
            grid.positionViewAtIndex(row, GridView.Contain)
            tap("dish_" + row)
        }
    }

    // Positioners place their children when a frame is drawn: draw, then tap.
    function tap(name) {
        var target = item(name)
        tryVerify(function() { return !isPolishScheduled(target) && !isPolishScheduled(target.parent) })
        mouseClick(target)
    }
}
