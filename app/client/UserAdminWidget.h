#pragma once

#include "db/StaffRepository.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace kohi::db {
class Session;
}

namespace kohi::app {

class PolicySettingsWidget;
class StaffProposalWidget;
class StaffTableModel;

// The user administrator's screen: staff accounts (create, duties, disable/enable, unlock,
// password reset), the password-policy settings and the staff proposals another administrator
// approves (privileged duties and resets, 0024). The server decides every rule and its
// refusals are shown as they come, in Japanese, in the "adminMessage" label.
class UserAdminWidget : public QWidget
{
    Q_OBJECT
public:
    explicit UserAdminWidget(db::Session& session, QWidget* parent = nullptr);
    ~UserAdminWidget() override;

    QString message() const;
    StaffTableModel* model() const { return m_model; }
    // Selects the account's row; false if it is not listed.
    bool selectLogin(const QString& login);

public Q_SLOTS:
    bool refresh();
    void createUser();
    void changeDuties();
    void disableUser();
    void enableUser();
    void unlockUser();
    void resetPassword();

private:
    const db::StaffAccount* selected() const;
    void updateButtons();
    void showMessage(const QString& text, bool error);
    void showRefusal();
    void confirm(const QString& title, const QString& text, std::function<void()> onYes);
    void showInitialPassword(const QString& login, QString& password);
    void proposeDuties(const QString& login, const QStringList& duties, const QStringList& labels);

    db::StaffRepository m_repository;
    StaffTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_duties = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_enable = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_reset = nullptr;
    PolicySettingsWidget* m_settings = nullptr;
    StaffProposalWidget* m_proposals = nullptr;
};

} // namespace kohi::app
