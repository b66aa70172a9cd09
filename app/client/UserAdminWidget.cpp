#include "app/client/UserAdminWidget.h"

#include "app/client/CreateUserDialog.h"
#include "app/client/DutiesDialog.h"
#include "app/client/InitialPasswordDialog.h"
#include "app/client/PolicySettingsWidget.h"
#include "app/client/StaffProposalWidget.h"
#include "app/client/StaffTableModel.h"
#include "db/Session.h"
#include "db/SessionInfo.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {
QPushButton* actionButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}
} // namespace

UserAdminWidget::UserAdminWidget(db::Session& session, QWidget* parent)
    : QWidget(parent), m_repository(session)
{
    setObjectName(u"userAdminWidget"_s);
    setWindowTitle(tr("Kohi — ユーザー管理"));

    m_model = new StaffTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"staffTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserAdminWidget::updateButtons);

    m_create = actionButton(tr("新規作成(&N)"), u"createButton"_s, this);
    m_duties = actionButton(tr("職務の変更(&D)"), u"dutiesButton"_s, this);
    m_disable = actionButton(tr("無効化"), u"disableButton"_s, this);
    m_enable = actionButton(tr("有効化"), u"enableButton"_s, this);
    m_unlock = actionButton(tr("ロック解除"), u"unlockButton"_s, this);
    m_reset = actionButton(tr("パスワード再発行"), u"resetPasswordButton"_s, this);
    auto* reload = actionButton(tr("最新の情報に更新"), u"refreshButton"_s, this);
    connect(m_create, &QPushButton::clicked, this, &UserAdminWidget::createUser);
    connect(m_duties, &QPushButton::clicked, this, &UserAdminWidget::changeDuties);
    connect(m_disable, &QPushButton::clicked, this, &UserAdminWidget::disableUser);
    connect(m_enable, &QPushButton::clicked, this, &UserAdminWidget::enableUser);
    connect(m_unlock, &QPushButton::clicked, this, &UserAdminWidget::unlockUser);
    connect(m_reset, &QPushButton::clicked, this, &UserAdminWidget::resetPassword);
    connect(reload, &QPushButton::clicked, this, &UserAdminWidget::refresh);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_create, m_duties, m_disable, m_enable, m_unlock, m_reset})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(reload);

    auto* accountsPage = new QWidget(this);
    auto* accountsLayout = new QVBoxLayout(accountsPage);
    accountsLayout->addLayout(buttons);
    accountsLayout->addWidget(m_table, 1);

    m_settings = new PolicySettingsWidget(m_repository, this);
    connect(m_settings, &PolicySettingsWidget::message, this, &UserAdminWidget::showMessage);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"userAdminTabs"_s);
    tabs->addTab(accountsPage, tr("職員アカウント"));
    tabs->addTab(m_settings, tr("ポリシー設定"));
    m_proposals = new StaffProposalWidget(session, this);
    connect(m_proposals, &StaffProposalWidget::accountsChanged, this, &UserAdminWidget::refresh);
    tabs->addTab(m_proposals, tr("職員の提案の承認"));

    m_message = new QLabel(this);
    m_message->setObjectName(u"adminMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // server text is shown as text, never as markup
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);

    refresh();
    m_settings->reload();
    resize(1000, 600);
}

UserAdminWidget::~UserAdminWidget() = default;

QString UserAdminWidget::message() const
{
    return m_message->text();
}

void UserAdminWidget::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #b00020; font-weight: bold;"_s
                                   : u"color: #1b5e20;"_s);
    m_message->setText(text);
}

void UserAdminWidget::showRefusal()
{
    // The server's own words: which rule refused and what to do instead.
    showMessage(m_repository.lastError().message, true);
}

bool UserAdminWidget::refresh()
{
    const db::StaffAccount* current = selected();
    const QString keep = current ? current->login : QString();
    const auto accounts = m_repository.list();
    if (!accounts) {
        showRefusal();
        updateButtons();
        return false;
    }
    m_model->setAccounts(*accounts);
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectLogin(keep);
    updateButtons();
    return true;
}

bool UserAdminWidget::selectLogin(const QString& login)
{
    const int row = m_model->rowOf(login);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

const db::StaffAccount* UserAdminWidget::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->account(rows.first().row());
}

void UserAdminWidget::updateButtons()
{
    const db::StaffAccount* a = selected();
    // Convenience only: whatever is enabled here, the server decides (own account, last admin).
    m_duties->setEnabled(a);
    m_disable->setEnabled(a && a->isActive());
    m_enable->setEnabled(a && !a->isActive());
    m_unlock->setEnabled(a && (a->locked || a->failures > 0));
    m_reset->setEnabled(a);
}

void UserAdminWidget::confirm(const QString& title, const QString& text,
                              std::function<void()> onYes)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text,
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"confirmDialog"_s);
    box->setDefaultButton(QMessageBox::No); // Enter alone must not change an account
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [box, onYes = std::move(onYes)](QAbstractButton* button) {
                if (box->standardButton(button) == QMessageBox::Yes)
                    onYes();
            });
    box->open();
}

void UserAdminWidget::showInitialPassword(const QString& login, QString& password)
{
    auto* dialog = new InitialPasswordDialog(login, password, this); // wipes `password`
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UserAdminWidget::createUser()
{
    auto* dialog = new CreateUserDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString login = dialog->login();
        const QString name = dialog->displayName();
        const QStringList duties = dialog->duties();
        QStringList labels;
        for (const QString& d : duties)
            labels << db::dutyLabel(d);
        confirm(
            tr("ユーザーの新規作成"),
            tr("次のユーザーを作成します。よろしいですか？\n\nユーザーID: %1\n氏名: %2\n職務: %3")
                .arg(login, name, labels.isEmpty() ? tr("（なし）") : labels.join(u"、"_s)),
            [this, login, name, duties] {
                std::optional<db::CreatedAccount> created =
                    m_repository.create(login, name, duties);
                if (!created) {
                    showRefusal();
                    return;
                }
                refresh();
                selectLogin(login);
                if (created->proposalId > 0) {
                    // Privileged duties: no password until another administrator approves.
                    m_proposals->refresh();
                    showMessage(
                        tr("ユーザー「%1」を作成し、承認が必要な職務を提案しました（番号 %2）。"
                           "別のユーザー管理者が承認すると職務が付与され、初期パスワードは"
                           "承認した管理者に表示されます。")
                            .arg(login)
                            .arg(created->proposalId),
                        false);
                    return;
                }
                showMessage(tr("ユーザー「%1」を作成しました。").arg(login), false);
                showInitialPassword(login, created->initialPassword);
            });
    });
    dialog->open();
}

void UserAdminWidget::changeDuties()
{
    const db::StaffAccount* a = selected();
    if (!a)
        return;
    auto* dialog = new DutiesDialog(a->login, a->displayName, a->duties, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString login = a->login;
    const QStringList before = a->duties;
    connect(dialog, &QDialog::accepted, this, [this, dialog, login, before] {
        const QStringList duties = dialog->duties();
        QStringList labels;
        for (const QString& d : duties)
            labels << db::dutyLabel(d);
        if (db::StaffRepository::needsApproval(before, duties)) {
            proposeDuties(login, duties, labels);
            return;
        }
        confirm(tr("職務の変更"),
                tr("ユーザー「%1」の職務を次の内容に置き換えます。よろしいですか？\n\n%2")
                    .arg(login, labels.isEmpty() ? tr("（職務なし）") : labels.join(u"、"_s)),
                [this, login, duties] {
                    if (!m_repository.setDuties(login, duties)) {
                        showRefusal();
                        return;
                    }
                    refresh();
                    showMessage(tr("ユーザー「%1」の職務を変更しました。").arg(login), false);
                });
    });
    dialog->open();
}

void UserAdminWidget::proposeDuties(const QString& login, const QStringList& duties,
                                    const QStringList& labels)
{
    confirm(tr("職務の付与の提案"),
            tr("ユーザー「%1」の職務を次の内容にすることを提案します。承認者・個人番号閲覧者・"
               "監査担当・ユーザー管理者の付与には、別のユーザー管理者の承認が必要です。"
               "よろしいですか？\n\n%2")
                .arg(login, labels.isEmpty() ? tr("（職務なし）") : labels.join(u"、"_s)),
            [this, login, duties] {
                const std::optional<qint64> id = m_repository.proposeDuties(login, duties, {});
                if (!id) {
                    showRefusal();
                    return;
                }
                m_proposals->refresh();
                showMessage(tr("ユーザー「%1」の職務の付与を提案しました（番号 %2）。"
                               "別のユーザー管理者が承認すると付与されます。")
                                .arg(login)
                                .arg(*id),
                            false);
            });
}

void UserAdminWidget::disableUser()
{
    const db::StaffAccount* a = selected();
    if (!a)
        return;
    const QString login = a->login;
    confirm(
        tr("無効化"),
        tr("ユーザー「%1」（%2）を無効にします。ログインできなくなり、接続中の画面も切断されます。"
           "よろしいですか？")
            .arg(login, a->displayName),
        [this, login] {
            if (!m_repository.disable(login)) {
                showRefusal();
                return;
            }
            refresh();
            showMessage(tr("ユーザー「%1」を無効にしました。").arg(login), false);
        });
}

void UserAdminWidget::enableUser()
{
    const db::StaffAccount* a = selected();
    if (!a)
        return;
    const QString login = a->login;
    confirm(tr("有効化"),
            tr("ユーザー「%1」（%2）を有効にします。よろしいですか？").arg(login, a->displayName),
            [this, login] {
                if (!m_repository.enable(login)) {
                    showRefusal();
                    return;
                }
                refresh();
                showMessage(tr("ユーザー「%1」を有効にしました。").arg(login), false);
            });
}

void UserAdminWidget::unlockUser()
{
    const db::StaffAccount* a = selected();
    if (!a)
        return;
    const QString login = a->login;
    confirm(
        tr("ロック解除"),
        tr("ユーザー「%1」（%2）のロックを解除し、失敗回数を0に戻します。"
           "本人確認は済んでいますか？")
            .arg(login, a->displayName),
        [this, login] {
            const std::optional<bool> wasLocked = m_repository.unlock(login);
            if (!wasLocked) {
                showRefusal();
                return;
            }
            refresh();
            showMessage(
                *wasLocked
                    ? tr("ユーザー「%1」のロックを解除しました。").arg(login)
                    : tr("ユーザー「%1」はロックされていませんでした（失敗回数は0に戻しました）。")
                          .arg(login),
                false);
        });
}

void UserAdminWidget::resetPassword()
{
    const db::StaffAccount* a = selected();
    if (!a)
        return;
    const QString login = a->login;
    if (db::StaffRepository::needsApproval({}, a->duties)) {
        // A privileged account: the reset is proposed; the approver receives the password.
        confirm(tr("パスワード再発行の提案"),
                tr("ユーザー「%1」（%2）は承認が必要な職務を持っているため、パスワードの再発行を"
                   "提案します。別のユーザー管理者が承認すると再発行され、新しいパスワードは"
                   "承認した管理者に表示されます。本人確認は済んでいますか？")
                    .arg(login, a->displayName),
                [this, login] {
                    const std::optional<qint64> id = m_repository.proposeReset(login, {});
                    if (!id) {
                        showRefusal();
                        return;
                    }
                    m_proposals->refresh();
                    showMessage(tr("ユーザー「%1」のパスワードの再発行を提案しました（番号 %2）。")
                                    .arg(login)
                                    .arg(*id),
                                false);
                });
        return;
    }
    confirm(
        tr("パスワード再発行"),
        tr("ユーザー「%1」（%2）のパスワードを再発行します。今のパスワードは使えなくなり、"
           "接続中の画面は切断されます。本人確認は済んでいますか？")
            .arg(login, a->displayName),
        [this, login] {
            std::optional<QString> password = m_repository.resetPassword(login);
            if (!password) {
                showRefusal();
                return;
            }
            refresh();
            showMessage(
                tr("ユーザー「%1」のパスワードを再発行しました。次回ログイン時に変更が必要です。")
                    .arg(login),
                false);
            showInitialPassword(login, *password);
        });
}

} // namespace kohi::app
