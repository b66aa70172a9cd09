#include "app/client/AcknowledgeAlertDialog.h"

#include "app/client/MonitorAlertModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

AcknowledgeAlertDialog::AcknowledgeAlertDialog(db::MonitorRepository& repository,
                                               const db::MonitorAlert& alert, QWidget* parent)
    : QDialog(parent), m_repository(repository), m_alertId(alert.id)
{
    setObjectName(u"acknowledgeAlertDialog"_s);
    setWindowTitle(tr("警告を確認済みにする"));

    auto* form = new QFormLayout;
    form->addRow(tr("日付"), new QLabel(alert.day.toString(u"yyyy-MM-dd"_s), this));
    form->addRow(tr("ルール"), new QLabel(alert.ruleLabel, this));
    form->addRow(tr("職員"), new QLabel(MonitorAlertModel::subjectText(alert), this));
    auto* summary = new QLabel(alert.summary, this);
    summary->setWordWrap(true);
    form->addRow(tr("内容"), summary);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setPlaceholderText(tr("例: 本人に確認。窓口での照会対応のため。問題なし。"));
    m_note->setTabChangesFocus(true);
    form->addRow(tr("確認した内容"), m_note);

    m_message = new QLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b71c1c;"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("確認済みにする"));
    m_ok->setObjectName(u"acknowledgeButton"_s);
    m_ok->setEnabled(false);
    connect(m_note, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_note->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, 360);
}

QString AcknowledgeAlertDialog::message() const
{
    return m_message->text();
}

void AcknowledgeAlertDialog::accept()
{
    if (!m_repository.acknowledge(m_alertId, m_note->toPlainText())) {
        m_message->setText(m_repository.lastError().message);
        return; // the note stays for correction
    }
    QDialog::accept();
}

} // namespace kohi::app
