#include "app/client/ReturnReasonDialog.h"

#include "app/client/InputMethodPolicy.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

ReturnReasonDialog::ReturnReasonDialog(const QString& applicationLabel, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"returnReasonDialog"_s);
    setWindowTitle(tr("差戻し — %1").arg(applicationLabel));
    auto* prompt = new QLabel(tr("差戻しの理由を入力してください。担当者（入力者）だけに表示され、"
                                 "申請者への通知には印刷されません"
                                 "（例: 保険証の写しが添付されていません）。"),
                              this);
    prompt->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"returnReason"_s);
    m_reason->setTabChangesFocus(true);
    useJapaneseInput(m_reason);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("差戻し"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"returnOk"_s);
    m_ok->setEnabled(false);
    buttons->addButton(tr("キャンセル"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!reason().isEmpty()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(460, 240);
    m_reason->setFocus();
}

QString ReturnReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

std::optional<QString> ReturnReasonDialog::ask(const QString& applicationLabel, QWidget* parent)
{
    ReturnReasonDialog dialog(applicationLabel, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace kohi::app
