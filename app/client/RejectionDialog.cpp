#include "app/client/RejectionDialog.h"

#include "app/client/InputMethodPolicy.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

RejectionDialog::RejectionDialog(const QString& applicationLabel, bool registration,
                                 QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"rejectionDialog"_s);
    setWindowTitle(registration ? tr("登録者証の交付（医療費は不認定） — %1").arg(applicationLabel)
                                : tr("不認定 — %1").arg(applicationLabel));
    m_councilDate = new QDateEdit(QDate::currentDate(), this);
    m_councilDate->setObjectName(u"councilDate"_s);
    m_councilDate->setCalendarPopup(true);
    m_councilDate->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_result = new QComboBox(this);
    m_result->setObjectName(u"councilResult"_s);
    if (!registration)
        m_result->addItem(tr("診断基準を満たさない"), u"diagnosis_not_met"_s);
    m_result->addItem(tr("診断基準は満たすが、重症度分類等を満たさない"), u"severity_not_met"_s);
    if (!registration)
        m_result->addItem(tr("その他（理由欄のとおり）"), u"other"_s);
    m_result->setEnabled(!registration);
    m_reasons = new QPlainTextEdit(this);
    m_reasons->setObjectName(u"decisionReasons"_s);
    m_reasons->setTabChangesFocus(true);
    useJapaneseInput(m_reasons);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"internalNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4);
    useJapaneseInput(m_note);

    auto* form = new QFormLayout;
    form->addRow(tr("審査会の開催日(&C)"), m_councilDate);
    form->addRow(tr("審査の結果(&K)"), m_result);
    auto* reasonsLabel = new QLabel(
        tr("不認定の理由(&J)　— 申請者への通知書に印刷されます（例: 提出された臨床調査個人票の"
           "内容では、重症度分類等の基準を満たしていません）"),
        this);
    reasonsLabel->setWordWrap(true);
    reasonsLabel->setBuddy(m_reasons);
    auto* noteLabel =
        new QLabel(tr("内部メモ(&M)　— 職員だけが見ます。通知書には印刷されません（任意）"), this);
    noteLabel->setWordWrap(true);
    noteLabel->setBuddy(m_note);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(registration ? tr("登録者証を交付") : tr("不認定とする"),
                              QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"rejectionOk"_s);
    m_ok->setEnabled(false);
    buttons->addButton(tr("キャンセル"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasons, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!input().reasons.isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    if (registration) {
        auto* about = new QLabel(tr("診断基準を満たし、重症度分類等のみを満たさないため医療費の"
                                    "助成は認定せず、登録者証を交付します。不認定通知書（教示付き）"
                                    "と登録者証が印刷できるようになります。"),
                                 this);
        about->setWordWrap(true);
        layout->addWidget(about);
    }
    layout->addLayout(form);
    layout->addWidget(reasonsLabel);
    layout->addWidget(m_reasons, 1);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(560, 420);
    m_councilDate->setFocus();
}

RejectionInput RejectionDialog::input() const
{
    return {m_councilDate->date(), m_result->currentData().toString(),
            m_reasons->toPlainText().trimmed(), m_note->toPlainText().trimmed()};
}

std::optional<RejectionInput> RejectionDialog::ask(const QString& applicationLabel,
                                                   bool registration, QWidget* parent)
{
    RejectionDialog dialog(applicationLabel, registration, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.input();
}

} // namespace kohi::app
