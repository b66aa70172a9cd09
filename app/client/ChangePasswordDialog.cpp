#include "app/client/ChangePasswordDialog.h"

#include "db/PasswordChange.h"
#include "db/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {
QLineEdit* passwordField(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(128);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false); // passwords are ASCII; no IME
    return edit;
}
} // namespace

ChangePasswordDialog::Reason ChangePasswordDialog::reasonFromServer(const QString& r)
{
    if (r == u"initial"_s)
        return Reason::Initial;
    if (r == u"expired"_s)
        return Reason::Expired;
    if (r == u"reset"_s)
        return Reason::Reset;
    return Reason::Voluntary;
}

ChangePasswordDialog::ChangePasswordDialog(const db::Session& session, Reason reason,
                                           QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("Kohi — パスワードの変更"));

    QString why;
    switch (reason) {
    case Reason::Initial:
        why = tr("初めてログインしました。利用を始める前に、初期パスワードを"
                 "ご自身だけが知るパスワードに変更してください。");
        break;
    case Reason::Expired:
        why = tr("パスワードの有効期限が切れています。変更するまでデータは利用できません。");
        break;
    case Reason::Reset:
        why = tr("ユーザー管理者がパスワードを再発行しました。利用を始める前に変更してください。");
        break;
    case Reason::Voluntary:
        why = tr("新しいパスワードを入力してください。");
        break;
    }
    auto* intro = new QLabel(why, this);
    intro->setObjectName(u"changeReason"_s);
    intro->setWordWrap(true);
    auto* rules =
        new QLabel(tr("条件: 12文字以上（管理者の設定による）、英大文字・英小文字・数字・記号のうち"
                      "3種類以上、ユーザーIDを含まない、最近使ったものは不可。"),
                   this);
    rules->setWordWrap(true);
    rules->setStyleSheet(u"color: #555;"_s);

    m_current = passwordField(this, u"currentPassword"_s);
    m_new = passwordField(this, u"newPassword"_s);
    m_confirm = passwordField(this, u"confirmPassword"_s);
    auto* form = new QFormLayout;
    form->addRow(tr("現在のパスワード(&C)"), m_current);
    form->addRow(tr("新しいパスワード(&N)"), m_new);
    form->addRow(tr("新しいパスワード（確認）(&R)"), m_confirm);

    m_message = new QLabel(this);
    m_message->setObjectName(u"changeMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 3);

    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("変更する"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"changeButton"_s);
    m_submit->setDefault(true);
    buttons->addButton(reason == Reason::Voluntary ? tr("キャンセル") : tr("ログアウト"),
                       QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(rules);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_current->setFocus();
}

QString ChangePasswordDialog::message() const
{
    return m_message->text();
}

void ChangePasswordDialog::showMessage(const QString& text)
{
    m_message->setText(text);
}

void ChangePasswordDialog::clearFields()
{
    m_current->clear();
    m_new->clear();
    m_confirm->clear();
}

void ChangePasswordDialog::submit()
{
    if (m_current->text().isEmpty()) {
        showMessage(tr("現在のパスワードを入力してください。"));
        m_current->setFocus();
        return;
    }
    if (m_new->text().isEmpty()) {
        showMessage(tr("新しいパスワードを入力してください。"));
        m_new->setFocus();
        return;
    }
    if (m_new->text() != m_confirm->text()) {
        showMessage(tr("新しいパスワードと確認用の入力が一致しません。"));
        m_new->clear();
        m_confirm->clear();
        m_new->setFocus();
        return;
    }
    // The server is the judge of the policy; its messages are specific and in Japanese.
    const db::PasswordChangeResult result =
        db::changeOwnPassword(m_session, m_current->text(), m_new->text());
    clearFields();
    if (!result.ok) {
        showMessage(result.message);
        if (result.accountLocked)
            m_submit->setEnabled(false);
        (result.currentPasswordWrong ? m_current : m_new)->setFocus();
        return;
    }
    accept();
}

} // namespace kohi::app
