#include "app/client/MonthlyCostDialog.h"

#include "app/client/BenefitLabels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

// 「2026-11」「2026/11」「２０２６年１１月」 → the first day of that month.
QDate monthOf(const QString& typed)
{
    QString ascii;
    for (const QChar c : typed.trimmed())
        ascii +=
            (c >= QChar(0xFF10) && c <= QChar(0xFF19)) ? QChar(u'0' + (c.unicode() - 0xFF10)) : c;
    static const QRegularExpression pattern(u"^(\\d{4})\\D{1,2}(\\d{1,2})\\D?$"_s);
    const auto m = pattern.match(ascii);
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
}

} // namespace

MonthlyCostDialog::MonthlyCostDialog(db::Session& session, qint64 recipientId, QWidget* parent)
    : QDialog(parent), m_repository(session), m_recipientId(recipientId)
{
    setObjectName(u"monthlyCostDialog"_s);
    setWindowTitle(tr("医療費総額（自己負担上限額管理票から）"));
    m_month = new QLineEdit(this);
    m_month->setObjectName(u"costMonth"_s);
    m_month->setPlaceholderText(tr("例: 2026-11"));
    m_total = new QLineEdit(this);
    m_total->setObjectName(u"costTotal"_s);
    m_total->setPlaceholderText(tr("医療費総額（10割、円）"));
    auto* save = new QPushButton(tr("この月を保存(&S)"), this);
    save->setObjectName(u"saveCostButton"_s);
    save->setDefault(true);
    auto* form = new QFormLayout;
    form->addRow(tr("年月"), m_month);
    form->addRow(tr("医療費総額（円）"), m_total);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"costTable"_s);
    m_table->setHorizontalHeaderLabels({tr("年月"), tr("医療費総額"), tr("5万円超（高額かつ長期）"),
                                        tr("33,330円超（軽症高額）")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"costCounts"_s);
    m_counts->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"costMessage"_s);
    m_message->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("閉じる"));
    auto* entry = new QHBoxLayout;
    entry->addLayout(form, 1);
    entry->addWidget(save, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(entry);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addWidget(close);
    connect(save, &QPushButton::clicked, this, &MonthlyCostDialog::saveMonth);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(640, 480);
}

bool MonthlyCostDialog::saveMonth()
{
    const QDate month = monthOf(m_month->text());
    if (!month.isValid()) {
        m_message->setText(tr("年月は「2026-11」のように入力してください。"));
        m_message->setStyleSheet(u"color: #b00020;"_s);
        return false;
    }
    QString digits = m_total->text().trimmed();
    digits.remove(u',').remove(QChar(0xFF0C)).remove(u'円');
    for (QChar& c : digits)
        if (c >= QChar(0xFF10) && c <= QChar(0xFF19))
            c = QChar(u'0' + (c.unicode() - 0xFF10));
    bool ok = false;
    const int total = digits.toInt(&ok);
    if (!ok) {
        m_message->setText(tr("医療費総額は数字（円）で入力してください。"));
        m_message->setStyleSheet(u"color: #b00020;"_s);
        return false;
    }
    if (!m_repository.saveMonthlyCost(m_recipientId, month, total)) {
        m_message->setText(m_repository.lastError().message); // the typed values stay
        m_message->setStyleSheet(u"color: #b00020;"_s);
        return false;
    }
    m_message->setText(
        tr("%1年%2月の医療費総額を保存しました。").arg(month.year()).arg(month.month()));
    m_message->setStyleSheet({});
    m_month->clear();
    m_total->clear();
    reload();
    return true;
}

void MonthlyCostDialog::reload()
{
    const auto costs = m_repository.monthlyCosts(m_recipientId);
    if (!costs) {
        m_message->setText(m_repository.lastError().message);
        return;
    }
    m_table->setRowCount(0);
    int highLong = 0;
    int mildHigh = 0;
    for (const db::MonthlyCost& c : *costs) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(
            row, 0, new QTableWidgetItem(tr("%1年%2月").arg(c.month.year()).arg(c.month.month())));
        m_table->setItem(row, 1, new QTableWidgetItem(yenLabel(c.totalCost)));
        m_table->setItem(row, 2, new QTableWidgetItem(c.overHighLong ? tr("○") : QString()));
        m_table->setItem(row, 3, new QTableWidgetItem(c.overMildHigh ? tr("○") : QString()));
        highLong += c.overHighLong ? 1 : 0;
        mildHigh += c.overMildHigh ? 1 : 0;
    }
    m_counts->setText(tr("入力済みの月のうち 5万円超: %1か月、33,330円超: %2か月。"
                         "申請ごとの判定（申請月以前の12か月、高額かつ長期は認定後の月のみ）は申請"
                         "入力に表示されます。")
                          .arg(highLong)
                          .arg(mildHigh));
}

QString MonthlyCostDialog::message() const
{
    return m_message->text();
}

int MonthlyCostDialog::rowCount() const
{
    return m_table->rowCount();
}

} // namespace kohi::app
