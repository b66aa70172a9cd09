#pragma once

#include <QString>
#include <QWidget>

namespace kohi::app {

// An opaque panel over the whole of one window while the session is locked: nothing of the window
// shows through (on screen, in grab() or in a screen capture), clicks land on the panel, and the
// window title is replaced because titles may name a recipient. It stays the window's size and
// the topmost child even when the window adds children while locked.
class LockCurtain : public QWidget
{
    Q_OBJECT
public:
    explicit LockCurtain(QWidget* window);
    // Removes the curtain and gives the window its title back.
    void lift();
    static QString lockedTitle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString m_savedTitle;
};

} // namespace kohi::app
