#include "app/client/LockCurtain.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

LockCurtain::LockCurtain(QWidget* window) : QWidget(window), m_savedTitle(window->windowTitle())
{
    setObjectName(u"lockCurtain"_s);
    setFocusPolicy(Qt::NoFocus);
    // Opaque: Qt paints nothing of the window beneath and treats the area as covered.
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x26, 0x32, 0x38));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);

    auto* text = new QLabel(tr("画面をロックしました"), this);
    text->setAlignment(Qt::AlignCenter);
    QFont f = text->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    text->setFont(f);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text, 0, Qt::AlignCenter);

    window->setWindowTitle(lockedTitle());
    window->installEventFilter(this);
    setGeometry(window->rect());
    raise();
    show();
}

QString LockCurtain::lockedTitle()
{
    return tr("Kohi — ロック中");
}

void LockCurtain::lift()
{
    if (QWidget* window = parentWidget()) {
        window->removeEventFilter(this);
        window->setWindowTitle(m_savedTitle);
    }
    hide();
    deleteLater();
}

bool LockCurtain::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget()) {
        switch (event->type()) {
        case QEvent::Resize:
            setGeometry(parentWidget()->rect());
            break;
        case QEvent::ChildAdded:
            // A child added to the window goes on top of the stack: stay above it.
            if (static_cast<QChildEvent*>(event)->child() != this)
                raise();
            break;
        case QEvent::WindowTitleChange:
            // A title set while locked is kept for later, not shown now.
            if (parentWidget()->windowTitle() != lockedTitle()) {
                m_savedTitle = parentWidget()->windowTitle();
                parentWidget()->setWindowTitle(lockedTitle());
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kohi::app
