#include "app/client/DutiesDialog.h"

#include "app/client/DutySelector.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

DutiesDialog::DutiesDialog(const QString& login, const QString& displayName,
                           const QStringList& duties, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"dutiesDialog"_s);
    setWindowTitle(tr("職務の変更"));
    auto* who = new QLabel(tr("%1（%2）の職務").arg(displayName, login), this);
    m_duties = new DutySelector(this);
    m_duties->setDuties(duties);
    auto* note = new QLabel(approvalNote(), this);
    note->setObjectName(u"dutiesApprovalNote"_s);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("変更"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"dutiesOk"_s);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("キャンセル"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DutiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DutiesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_duties);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString DutiesDialog::approvalNote()
{
    return tr("承認者・個人番号閲覧者・監査担当・ユーザー管理者を新たに付与するときは提案になり、"
              "別のユーザー管理者が承認すると付与されます（新しいアカウントの初期パスワードは、"
              "承認した管理者に表示されます）。ユーザー管理者は業務の職務を兼ねられません。");
}

QStringList DutiesDialog::duties() const
{
    return m_duties->duties();
}

} // namespace kohi::app
