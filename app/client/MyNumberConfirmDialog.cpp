#include "app/client/MyNumberConfirmDialog.h"

#include "app/client/CaptureProtection.h"
#include "app/client/MyNumberLineEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

MyNumberConfirmDialog::MyNumberConfirmDialog(const db::Session& session,
                                             const db::PendingMyNumber& pending, QWidget* parent)
    : QDialog(parent), m_session(session), m_pending(pending)
{
    setObjectName(u"myNumberConfirm"_s);
    setWindowTitle(tr("個人番号の照合"));

    auto* intro = new QLabel(
        tr("申請書類の個人番号を入力してください。登録された番号は表示されません。"), this);
    intro->setWordWrap(true);

    auto* role = new QLabel(pending.roleLabel, this);
    role->setObjectName(u"confirmRole"_s);
    auto* name = new QLabel(pending.personName, this);
    name->setObjectName(u"confirmName"_s);
    auto* relationship = new QLabel(pending.relationship, this);
    relationship->setObjectName(u"confirmRelationship"_s);

    m_number = new MyNumberLineEdit(this);
    m_number->setObjectName(u"confirmInput"_s);
    m_number->setPlaceholderText(tr("12桁"));

    auto* form = new QFormLayout;
    form->addRow(tr("区分"), role);
    if (!pending.personName.isEmpty())
        form->addRow(tr("氏名"), name);
    else
        name->hide();
    if (!pending.relationship.isEmpty())
        form->addRow(tr("続柄"), relationship);
    else
        relationship->hide();
    form->addRow(tr("個人番号"), m_number);

    m_message = new QLabel(this);
    m_message->setObjectName(u"confirmMessage"_s);
    m_message->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("照合"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setAutoDefault(false);
    auto* close = buttons->addButton(tr("閉じる"), QDialogButtonBox::RejectRole);
    close->setAutoDefault(false);
    connect(m_confirm, &QPushButton::clicked, this, &MyNumberConfirmDialog::confirm);
    connect(close, &QPushButton::clicked, this, &MyNumberConfirmDialog::reject);
    connect(m_number, &QLineEdit::returnPressed, this, &MyNumberConfirmDialog::confirm);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    excludeFromCapture(this);
}

MyNumberConfirmDialog::~MyNumberConfirmDialog() = default; // the field wipes itself

QString MyNumberConfirmDialog::message() const
{
    return m_message->text();
}

void MyNumberConfirmDialog::reject()
{
    m_number->wipe();
    QDialog::reject();
}

void MyNumberConfirmDialog::confirm()
{
    if (!m_confirm->isEnabled())
        return;
    crypto::SecureBytes typed = m_number->takeSecret(); // the field is wiped every time
    if (typed.isEmpty()) {
        m_message->setText(tr("個人番号を入力してください。"));
        return;
    }
    const auto result = db::confirmMyNumber(m_session, m_pending.id, typed);
    typed.clear();
    m_lastOutcome = result.outcome;
    m_message->setText(result.message);
    m_number->setFocus();
    if (result.outcome == db::MyNumberConfirmation::Outcome::Confirmed) {
        m_confirm->setEnabled(false);
        m_number->setEnabled(false);
        Q_EMIT confirmed(m_pending.id);
    }
}

} // namespace kohi::app
