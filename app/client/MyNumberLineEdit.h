#pragma once

#include "core/crypto/SecureBytes.h"

#include <QLineEdit>

namespace kohi::app {

// The field a My Number is typed into (clerk's entry, approver's blind re-key). Digits are shown
// while typing, but the number cannot leave the field except through takeSecret(): the IME is
// off, there is no context menu, no drag, Copy/Cut shortcuts are swallowed, and on X11 a
// selection is not offered as the PRIMARY selection (paste is allowed, e.g. from a card
// reader's keyboard wedge).
//
// Limits: QLineEdit keeps its own undo history (one entry per keystroke) and may reallocate while
// typing; those earlier buffers are out of reach. takeSecret() resets the history (setText) and
// zeroes the buffer that held the whole number.
class MyNumberLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit MyNumberLineEdit(QWidget* parent = nullptr);
    ~MyNumberLineEdit() override;

    // The typed text as UTF-8 in secure memory; the field is emptied and its buffer zeroed.
    crypto::SecureBytes takeSecret();
    // Empties the field and zeroes its buffer.
    void wipe();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void dropSelectionClipboard();
};

} // namespace kohi::app
