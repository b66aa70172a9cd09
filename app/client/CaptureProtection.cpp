#include "app/client/CaptureProtection.h"

#include <QWidget>

#ifdef Q_OS_WIN
#include <QEvent>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#ifndef WDA_EXCLUDEFROMCAPTURE
#define WDA_EXCLUDEFROMCAPTURE 0x00000011 // SDKs older than Windows 10 2004 lack the name
#endif
#endif

namespace kohi::app {

#ifdef Q_OS_WIN
namespace {
const char* const kExcludedProperty = "kohiExcludedFromCapture";

void applyAffinity(QWidget* window)
{
    const WId id = window->internalWinId();
    if (!id)
        return; // no native window yet: applied when it is created (WinIdChange) or shown
    const auto hwnd = reinterpret_cast<HWND>(id);
    if (!SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE))
        SetWindowDisplayAffinity(hwnd, WDA_MONITOR); // before Windows 10 2004: black instead
}

// Re-applies the affinity when Qt creates a new native window for the same widget.
class CaptureGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::WinIdChange || event->type() == QEvent::Show) {
            if (auto* w = qobject_cast<QWidget*>(watched))
                applyAffinity(w);
        }
        return false;
    }
};
} // namespace
#endif

void excludeFromCapture(QWidget* widget)
{
#ifdef Q_OS_WIN
    if (!widget)
        return;
    QWidget* window = widget->window();
    if (!window->property(kExcludedProperty).toBool()) {
        window->setProperty(kExcludedProperty, true);
        window->installEventFilter(new CaptureGuard(window));
    }
    applyAffinity(window);
#else
    Q_UNUSED(widget) // no per-window capture exclusion on this platform (see the header)
#endif
}

} // namespace kohi::app
