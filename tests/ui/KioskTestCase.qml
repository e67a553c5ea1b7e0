import QtQuick
import QtTest

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

    // Positioners place their children when a frame is drawn: draw, then tap.
    function tap(name) {
        var target = item(name)
        tryVerify(function() { return !isPolishScheduled(target) && !isPolishScheduled(target.parent) })
        mouseClick(target)
    }
}
