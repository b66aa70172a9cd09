#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kohi::db {
class Session;
}

namespace kohi::app {

// The only screen a user with an expired password or a pending change gets (the server refuses
// every data function until the change is made), and the voluntary change from the menu.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Reason
    {
        Voluntary,
        Initial,
        Expired,
        Reset
    };
    ChangePasswordDialog(const db::Session& session, Reason reason, QWidget* parent = nullptr);

    QString message() const;
    static Reason reasonFromServer(const QString& serverReason);

public Q_SLOTS:
    void submit();

private:
    void showMessage(const QString& text);
    void clearFields();

    const db::Session& m_session;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_submit = nullptr;
};

} // namespace kohi::app
