#pragma once

#include "db/ConnectionSettings.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kohi::app {

// The window shown while the session is locked. It names only the staff member (user id and
// display name), never a recipient. Unlocking proves the password to the server again with a
// new connection as the same user, so the server's failed-login counter and lockout apply just
// as at the login screen; the connection is closed at once.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    LockScreen(db::ConnectionSettings settings, QString userId, const QString& displayName,
               QWidget* parent = nullptr);
    ~LockScreen() override;

    QString userId() const { return m_userId; }
    QString message() const;
    QLineEdit* passwordField() const { return m_password; }
    // Asked after a wrong password: how many failed attempts remain before the server locks
    // the account (nullopt: the server does not count, or could not say).
    void setAttemptsLeftSource(std::function<std::optional<int>()> source)
    {
        m_attemptsLeft = std::move(source);
    }

public Q_SLOTS:
    void attemptUnlock();

Q_SIGNALS:
    void unlockSucceeded();
    void logoutRequested();

protected:
    // Only unlock or logout end the lock: the close button and Alt+F4 do nothing.
    void closeEvent(QCloseEvent* event) override;

private:
    void showMessage(const QString& text);

    db::ConnectionSettings m_settings;
    QString m_userId;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_unlockButton = nullptr;
    std::function<std::optional<int>()> m_attemptsLeft;
};

} // namespace kohi::app
