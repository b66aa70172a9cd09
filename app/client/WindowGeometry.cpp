#include "app/client/WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

QString settingsKey(const QString& login, const QString& name)
{
    return u"windows/%1/%2"_s.arg(login, name);
}

QRect availableArea(const QWidget* window)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

} // namespace

void fitToScreen(QWidget* window, QSize preferred)
{
    const QRect area = availableArea(window);
    if (area.isEmpty()) {
        window->resize(preferred);
        return;
    }
    // Room for the frame and title bar the window manager adds around the client area.
    const QSize room = area.size() - QSize(16, 48);
    window->resize(preferred.boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room)));
}

void restoreWindowGeometry(QWidget* window, const QString& login, const QString& name,
                           QSize preferred)
{
    fitToScreen(window, preferred);
    const QByteArray saved = QSettings().value(settingsKey(login, name)).toByteArray();
    // restoreGeometry() keeps the window on a screen that exists now (a terminal's second
    // monitor may be gone); a window larger than the screen is fitted again.
    if (!saved.isEmpty() && window->restoreGeometry(saved) && !window->isMaximized() &&
        !availableArea(window).contains(window->frameGeometry()))
        fitToScreen(window, window->size());
}

void saveWindowGeometry(const QWidget* window, const QString& login, const QString& name)
{
    QSettings().setValue(settingsKey(login, name), window->saveGeometry());
}

} // namespace kohi::app
