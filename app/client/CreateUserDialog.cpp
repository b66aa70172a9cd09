#include "app/client/CreateUserDialog.h"

#include "app/client/DutiesDialog.h"
#include "app/client/DutySelector.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

CreateUserDialog::CreateUserDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(u"createUserDialog"_s);
    setWindowTitle(tr("ユーザーの新規作成"));

    m_login = new QLineEdit(this);
    m_login->setObjectName(u"newLogin"_s);
    m_login->setMaxLength(31);
    m_login->setPlaceholderText(tr("英小文字で始まる英小文字・数字・下線（例: yamada_h）"));
    m_login->setAttribute(Qt::WA_InputMethodEnabled, false); // user ids are ASCII
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"newName"_s);
    m_name->setMaxLength(60);
    auto* form = new QFormLayout;
    form->addRow(tr("ユーザーID(&U)"), m_login);
    form->addRow(tr("氏名(&N)"), m_name);

    m_duties = new DutySelector(this);
    auto* note = new QLabel(tr("初期パスワードは自動で作成され、作成後に一度だけ表示されます。"
                               "本人は最初のログインで変更する必要があります。") +
                                u'\n' + DutiesDialog::approvalNote(),
                            this);
    note->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"createUserMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("作成"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"createUserOk"_s);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("キャンセル"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreateUserDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_duties);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString CreateUserDialog::login() const
{
    return m_login->text().trimmed();
}

QString CreateUserDialog::displayName() const
{
    return m_name->text().trimmed();
}

QStringList CreateUserDialog::duties() const
{
    return m_duties->duties();
}

void CreateUserDialog::accept()
{
    // Only completeness here; the format and everything else is the server's rule.
    if (login().isEmpty()) {
        m_message->setText(tr("ユーザーIDを入力してください。"));
        m_login->setFocus();
        return;
    }
    if (displayName().isEmpty()) {
        m_message->setText(tr("氏名を入力してください。"));
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace kohi::app
