#include "app/client/evidence/EvidenceCabinetDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

EvidenceCabinetDialog::EvidenceCabinetDialog(db::Session& session, QWidget* parent)
    : QDialog(parent), m_repository(session)
{
    setObjectName(u"evidenceCabinetDialog"_s);
    setWindowTitle(tr("保管庫の登録"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"evidenceCabinetTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("保管庫"), tr("設置場所"), tr("区域"), tr("個人番号の証拠書類")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_label = new QLineEdit(this);
    m_label->setObjectName(u"evidenceCabinetLabel"_s);
    m_label->setMaxLength(40);
    m_location = new QLineEdit(this);
    m_location->setObjectName(u"evidenceCabinetLocation"_s);
    m_location->setMaxLength(100);
    m_area = new QComboBox(this);
    m_area->setObjectName(u"evidenceCabinetArea"_s);
    auto* add = new QPushButton(tr("登録(&E)"), this);
    add->setObjectName(u"evidenceCabinetRegister"_s);
    add->setAutoDefault(false);
    auto* retire = new QPushButton(tr("使用終了(&R)"), this);
    retire->setObjectName(u"evidenceCabinetRetire"_s);
    retire->setAutoDefault(false);
    auto* close = new QPushButton(tr("閉じる"), this);
    close->setAutoDefault(false);
    m_message = new QLabel(this);
    m_message->setObjectName(u"evidenceCabinetMessage"_s);
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("名前(&N)"), m_label);
    form->addRow(tr("設置場所(&L)"), m_location);
    form->addRow(tr("区域(&A)"), m_area);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(retire);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(add, &QPushButton::clicked, this, [this] { registerCabinet(); });
    connect(retire, &QPushButton::clicked, this, [this] { retireSelected(); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    if (const auto classes = m_repository.areaClasses())
        for (const db::EvidenceAreaClass& c : *classes)
            m_area->addItem(c.label, c.code);
    else
        m_message->setText(m_repository.lastError().message);
    resize(900, 500);
    reload();
}

QString EvidenceCabinetDialog::message() const
{
    return m_message->text();
}

void EvidenceCabinetDialog::reload()
{
    const auto cabinets = m_repository.cabinets();
    if (!cabinets) {
        m_message->setText(m_repository.lastError().message);
        return;
    }
    m_cabinets = *cabinets;
    m_table->setRowCount(int(m_cabinets.size()));
    for (int i = 0; i < m_cabinets.size(); ++i) {
        const db::EvidenceCabinet& c = m_cabinets.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(c.label));
        m_table->setItem(i, 1, new QTableWidgetItem(c.location));
        m_table->setItem(i, 2, new QTableWidgetItem(c.areaLabel));
        m_table->setItem(i, 3,
                         new QTableWidgetItem(c.staffOnly ? tr("保管できる") : tr("保管できない")));
    }
    m_table->resizeColumnsToContents();
}

bool EvidenceCabinetDialog::registerCabinet()
{
    if (!m_repository.registerCabinet(m_label->text(), m_location->text(),
                                      m_area->currentData().toString())) {
        m_message->setText(m_repository.lastError().message);
        return false;
    }
    m_message->setText(tr("保管庫「%1」を登録しました。").arg(m_label->text().trimmed()));
    m_label->clear();
    m_location->clear();
    reload();
    return true;
}

bool EvidenceCabinetDialog::retireSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_cabinets.size()) {
        m_message->setText(tr("使用を終える保管庫を一覧で選んでください。"));
        return false;
    }
    const QString label = m_cabinets.at(row).label;
    if (!m_repository.retireCabinet(m_cabinets.at(row).id)) {
        m_message->setText(m_repository.lastError().message);
        return false;
    }
    reload();
    m_message->setText(tr("保管庫「%1」の使用を終えました。").arg(label));
    return true;
}

} // namespace kohi::app
