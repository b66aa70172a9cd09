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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("変更"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"dutiesOk"_s);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("キャンセル"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DutiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DutiesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_duties);
    layout->addWidget(buttons);
}

QStringList DutiesDialog::duties() const
{
    return m_duties->duties();
}

} // namespace kohi::app
