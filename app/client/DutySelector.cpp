#include "app/client/DutySelector.h"

#include "db/SessionInfo.h"

#include <QCheckBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

QStringList DutySelector::knownDuties()
{
    return {u"kohi_clerk_nanbyo"_s,    u"kohi_clerk_boshi"_s, u"kohi_approver"_s,
            u"kohi_mynumber_viewer"_s, u"kohi_auditor"_s,     u"kohi_user_admin"_s};
}

DutySelector::DutySelector(QWidget* parent) : QGroupBox(tr("職務"), parent)
{
    setObjectName(u"dutySelector"_s);
    auto* layout = new QVBoxLayout(this);
    for (const QString& duty : knownDuties()) {
        auto* box = new QCheckBox(db::dutyLabel(duty), this);
        box->setObjectName(u"duty_"_s + duty);
        box->setProperty("duty", duty);
        layout->addWidget(box);
        m_boxes << box;
    }
}

QStringList DutySelector::duties() const
{
    QStringList selected;
    for (QCheckBox* box : m_boxes) {
        if (box->isChecked())
            selected << box->property("duty").toString();
    }
    return selected;
}

void DutySelector::setDuties(const QStringList& duties)
{
    for (QCheckBox* box : m_boxes)
        box->setChecked(duties.contains(box->property("duty").toString()));
}

} // namespace kohi::app
