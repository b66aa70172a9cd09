#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace kohi::app {

// Sizes a top-level window to `preferred`, never beyond the available area of its screen (a
// 1024×768 terminal shows every button without maximising).
void fitToScreen(QWidget* window, QSize preferred);

// Per staff member and window: the size, position and maximised state they left it in, kept in
// the terminal's user settings (nothing personal: geometry only). restore() falls back to
// fitToScreen(preferred) and never places a window off every screen.
void restoreWindowGeometry(QWidget* window, const QString& login, const QString& name,
                           QSize preferred);
void saveWindowGeometry(const QWidget* window, const QString& login, const QString& name);

} // namespace kohi::app
