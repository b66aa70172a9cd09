#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;

namespace kohi::app {

class DutySelector;

// Asks for the new account's user id, name and duties. The password is not asked for: Kohi
// generates the initial password and shows it once after the server has created the account.
class CreateUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateUserDialog(QWidget* parent = nullptr);

    QString login() const;
    QString displayName() const;
    QStringList duties() const;

    void accept() override;

private:
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    DutySelector* m_duties = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace kohi::app
