#include "app/client/WithdrawalDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

WithdrawalDialog::WithdrawalDialog(const QString& applicationLabel, const QDate& receivedDate,
                                   QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"withdrawalDialog"_s);
    setWindowTitle(tr("申請の取下げ — %1").arg(applicationLabel));
    auto* about = new QLabel(tr("申請者から取下げ書を受け付けたときに記録します。この申請は終了し、"
                                "取下げ受理通知書が印刷できるようになります。元に戻せません。"),
                             this);
    about->setWordWrap(true);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"withdrawnOn"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    if (receivedDate.isValid())
        m_date->setMinimumDate(receivedDate);
    m_date->setMaximumDate(QDate::currentDate());
    auto* form = new QFormLayout;
    form->addRow(tr("取下げ書の受付日(&D)"), m_date);
    auto* buttons = new QDialogButtonBox(this);
    auto* ok = buttons->addButton(tr("取下げを記録"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(u"withdrawalOk"_s);
    buttons->addButton(tr("キャンセル"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_date->setFocus();
}

QDate WithdrawalDialog::withdrawnOn() const
{
    return m_date->date();
}

std::optional<QDate> WithdrawalDialog::ask(const QString& applicationLabel,
                                           const QDate& receivedDate, QWidget* parent)
{
    WithdrawalDialog dialog(applicationLabel, receivedDate, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.withdrawnOn();
}

} // namespace kohi::app
