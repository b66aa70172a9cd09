#include "app/client/EnterKeyNavigator.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QToolButton>
#include <QWidget>

namespace kohi::app {

namespace {

bool keepsEnter(const QWidget* w)
{
    return qobject_cast<const QPushButton*>(w) || qobject_cast<const QToolButton*>(w);
}

bool isMultiLine(const QWidget* w)
{
    return qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w);
}

void insertNewLine(QWidget* w)
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
        plain->insertPlainText(QStringLiteral("\n"));
    else if (auto* rich = qobject_cast<QTextEdit*>(w))
        rich->insertPlainText(QStringLiteral("\n"));
}

} // namespace

void EnterKeyNavigator::install(QWidget* form)
{
    // The form itself too: a field added later that ignores Enter passes it up to the form.
    watch(form);
    for (QWidget* w : form->findChildren<QWidget*>()) {
        if (w->focusPolicy() & Qt::TabFocus)
            watch(w);
    }
}

void EnterKeyNavigator::watch(QWidget* field)
{
    if (!keepsEnter(field))
        field->installEventFilter(this);
}

bool EnterKeyNavigator::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || keepsEnter(widget))
        return false;
    // A multi-line field is left by Enter like any other; Ctrl+Enter starts a new line in it.
    if (mods == Qt::ControlModifier && isMultiLine(widget)) {
        insertNewLine(widget);
        return true;
    }
    if (mods != Qt::NoModifier && mods != Qt::ShiftModifier)
        return false;
    // (An open combo-box list is a popup of its own: Enter there still chooses the item.)
    // A synthetic Tab goes through QWidget::event → focusNextPrevChild(), exactly like the real
    // key, so the tab order (and editingFinished of the field being left) applies unchanged.
    QKeyEvent tab(QEvent::KeyPress, mods == Qt::ShiftModifier ? Qt::Key_Backtab : Qt::Key_Tab,
                  mods);
    QCoreApplication::sendEvent(widget, &tab);
    return true;
}

} // namespace kohi::app
