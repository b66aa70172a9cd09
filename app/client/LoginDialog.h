#pragma once

#include "db/ConnectionSettings.h"
#include "db/Session.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kohi::app {

// Staff log in with their own user id and password: the connection is made as their own
// PostgreSQL role over TLS with full certificate verification.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(db::ConnectionSettings settings, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // The open session after the dialog was accepted (ownership passes to the caller).
    std::unique_ptr<db::Session> takeSession();
    QString message() const;
    void setUserId(const QString& userId);
    // A notice shown above the fields, e.g. why the previous session ended.
    void setNotice(const QString& text);

public Q_SLOTS:
    void attemptLogin();

private:
    void showMessage(const QString& text);

    db::ConnectionSettings m_settings;
    std::unique_ptr<db::Session> m_session;
    QLineEdit* m_userId = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_loginButton = nullptr;
};

} // namespace kohi::app
