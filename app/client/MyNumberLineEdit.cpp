#include "app/client/MyNumberLineEdit.h"

#include "app/client/InputMethodPolicy.h"
#include "core/crypto/Wipe.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMouseEvent>

namespace kohi::app {

namespace {
bool isCopyOrCut(QKeyEvent* event)
{
    return event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut);
}
} // namespace

MyNumberLineEdit::MyNumberLineEdit(QWidget* parent) : QLineEdit(parent)
{
    useDirectInput(this, Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                             Qt::ImhNoAutoUppercase);
    setContextMenuPolicy(Qt::NoContextMenu);
    setDragEnabled(false);
    setMaxLength(20); // 12 digits plus separators; nothing longer is a number
}

MyNumberLineEdit::~MyNumberLineEdit()
{
    wipe();
}

crypto::SecureBytes MyNumberLineEdit::takeSecret()
{
    QString typed = text(); // shares the field's buffer
    crypto::SecureBytes secret = crypto::SecureBytes::fromUtf8(typed);
    setText(QString());  // the field lets go of the buffer and clears its undo history
    crypto::wipe(typed); // now the only reference: zeroed in place
    return secret;
}

void MyNumberLineEdit::wipe()
{
    QString typed = text();
    setText(QString());
    crypto::wipe(typed);
}

void MyNumberLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (isCopyOrCut(event)) {
        event->accept(); // swallowed: nothing reaches the clipboard
        return;
    }
    QLineEdit::keyPressEvent(event);
    dropSelectionClipboard(); // Shift+arrows may have offered the selection
}

void MyNumberLineEdit::mouseReleaseEvent(QMouseEvent* event)
{
    // QLineEdit offers a left-button selection as the X11 PRIMARY selection on release; the
    // rest of its release handling (drag timer, software input panel) does not apply here.
    if (event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QLineEdit::mouseReleaseEvent(event); // middle-button paste stays
}

void MyNumberLineEdit::mouseDoubleClickEvent(QMouseEvent* event)
{
    QLineEdit::mouseDoubleClickEvent(event);
    dropSelectionClipboard();
}

void MyNumberLineEdit::dropSelectionClipboard()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection() && clipboard->ownsSelection())
        clipboard->clear(QClipboard::Selection);
}

bool MyNumberLineEdit::event(QEvent* event)
{
    // Shortcut override would otherwise let a window-level Copy action see the key first.
    if (event->type() == QEvent::ShortcutOverride && isCopyOrCut(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QLineEdit::event(event);
}

} // namespace kohi::app
