#include "app/client/statistics/RegisterStatisticsDialog.h"

#include "db/RegisterStatistics.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

RegisterStatisticsDialog::RegisterStatisticsDialog(db::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("受給者の統計"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("集計日"), this));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"statisticsDate"_s);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setCalendarPopup(true);
    row->addWidget(m_date);
    auto* count = new QPushButton(tr("集計(&C)"), this);
    count->setObjectName(u"statisticsCount"_s);
    row->addWidget(count);
    row->addStretch();
    layout->addLayout(row);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"statisticsTabs"_s);
    const QStringList titles{tr("制度別"), tr("疾病別"), tr("階層区分別"), tr("保健所別")};
    const QStringList columns{tr("制度"), tr("疾病名"), tr("階層区分"), tr("保健所")};
    const QStringList dimensions = db::RegisterStatistics::dimensions();
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        auto* table = new QTableWidget(0, 2, m_tabs);
        table->setObjectName(u"statistics_"_s + dimensions.at(i));
        table->setHorizontalHeaderLabels({columns.at(i), tr("受給者数")});
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tabs->addTab(table, titles.at(i));
    }
    layout->addWidget(m_tabs, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(u"statisticsMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    resize(560, 520);
    connect(count, &QPushButton::clicked, this, &RegisterStatisticsDialog::refresh);
    refresh();
}

bool RegisterStatisticsDialog::refresh()
{
    db::RegisterStatistics statistics(m_session);
    const auto rows = statistics.counts(m_date->date());
    const QStringList dimensions = db::RegisterStatistics::dimensions();
    for (int i = 0; i < m_tabs->count(); ++i)
        static_cast<QTableWidget*>(m_tabs->widget(i))->setRowCount(0);
    if (!rows) {
        m_message->setText(statistics.lastError().message);
        return false;
    }
    qint64 total = 0;
    for (const auto& r : *rows) {
        auto* table =
            static_cast<QTableWidget*>(m_tabs->widget(int(dimensions.indexOf(r.dimension))));
        if (!table)
            continue;
        const int at = table->rowCount();
        table->insertRow(at);
        table->setItem(at, 0, new QTableWidgetItem(r.label));
        auto* n = new QTableWidgetItem(QLocale(QLocale::Japanese).toString(r.recipients));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        n->setData(Qt::UserRole, r.recipients);
        table->setItem(at, 1, n);
        if (r.dimension == u"programme"_s)
            total += r.recipients;
    }
    m_message->setText(tr("%1 に有効な受給者証: %2 人")
                           .arg(m_date->date().toString(u"yyyy-MM-dd"_s),
                                QLocale(QLocale::Japanese).toString(total)));
    return true;
}

qint64 RegisterStatisticsDialog::countShown(const QString& dimension, const QString& label) const
{
    const auto* table = findChild<QTableWidget*>(u"statistics_"_s + dimension);
    for (int i = 0; table && i < table->rowCount(); ++i)
        if (table->item(i, 0)->text() == label)
            return table->item(i, 1)->data(Qt::UserRole).toLongLong();
    return -1;
}

} // namespace kohi::app
