#include "app/client/CorrectionRequestDialog.h"

#include "app/client/InputMethodPolicy.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

CorrectionRequestDialog::CorrectionRequestDialog(const QString& applicationLabel, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"correctionDialog"_s);
    setWindowTitle(tr("補正依頼 — %1").arg(applicationLabel));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"correctionText"_s);
    m_text->setTabChangesFocus(true);
    useJapaneseInput(m_text);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"correctionNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4);
    useJapaneseInput(m_note);
    auto* textLabel = new QLabel(tr("申請者に補正を求める事項(&T)　— 補正依頼書に印刷されます"
                                    "（例: 健康保険証の写しを添付してください）"),
                                 this);
    textLabel->setWordWrap(true);
    textLabel->setBuddy(m_text);
    auto* noteLabel =
        new QLabel(tr("担当者への内部メモ(&M)　— 職員だけが見ます。印刷されません（任意）"), this);
    noteLabel->setWordWrap(true);
    noteLabel->setBuddy(m_note);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("補正依頼"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"correctionOk"_s);
    m_ok->setEnabled(false);
    buttons->addButton(tr("キャンセル"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!input().applicantText.isEmpty()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(520, 320);
    m_text->setFocus();
}

CorrectionInput CorrectionRequestDialog::input() const
{
    return {m_text->toPlainText().trimmed(), m_note->toPlainText().trimmed()};
}

std::optional<CorrectionInput> CorrectionRequestDialog::ask(const QString& applicationLabel,
                                                            QWidget* parent)
{
    CorrectionRequestDialog dialog(applicationLabel, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.input();
}

} // namespace kohi::app
