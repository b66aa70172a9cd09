#pragma once

class QWidget;

namespace kohi::app {

// Keeps a window that shows personal data out of screenshots, screen recording and screen
// sharing (Teams, remote support tools): on Windows 10 2004 and later the window is left out of
// every capture (WDA_EXCLUDEFROMCAPTURE); on older Windows it is captured as black (WDA_MONITOR).
// The setting is re-applied whenever the native window is (re)created or shown, because Qt may
// recreate it. Applies to the widget's top-level window.
//
// Elsewhere (X11, Wayland, macOS) this is a documented no-op: those platforms offer no
// per-window exclusion to applications. The lock curtains still hide the content while locked.
void excludeFromCapture(QWidget* widget);

} // namespace kohi::app
