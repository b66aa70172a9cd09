#include "app/client/MonitorWidget.h"

#include "app/client/AcknowledgeAlertDialog.h"
#include "app/client/DailyCountChart.h"
#include "app/client/MonitorAlertModel.h"
#include "app/client/MonitorRulesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

constexpr int kRefreshMs = 60 * 1000;

// Days are the office's (Asia/Tokyo), whatever the terminal's own zone.
QDate officeToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date();
}

} // namespace

MonitorWidget::MonitorWidget(const db::Session& session, bool canEditRules, QWidget* parent)
    : QWidget(parent), m_repository(session), m_canEditRules(canEditRules)
{
    setObjectName(u"monitorWidget"_s);

    m_period = new QComboBox(this);
    m_period->setObjectName(u"periodCombo"_s);
    m_period->addItem(tr("過去14日"), 14);
    m_period->addItem(tr("過去30日"), 30);
    m_period->addItem(tr("過去90日"), 90);
    m_period->setCurrentIndex(1);
    m_refresh = new QPushButton(tr("更新"), this);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_rules = new QPushButton(canEditRules ? tr("監視ルールの設定...") : tr("監視ルール..."), this);
    m_rules->setObjectName(u"rulesButton"_s);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("期間"), this));
    top->addWidget(m_period);
    top->addWidget(m_refresh);
    top->addStretch();
    top->addWidget(m_rules);

    m_chart = new DailyCountChart(this);
    auto* chartBox = new QGroupBox(tr("日別の件数"), this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_chart);

    m_alerts = new MonitorAlertModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"alertView"_s);
    m_view->setModel(m_alerts);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(MonitorAlertModel::SummaryColumn,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(false);

    m_showAcknowledged = new QCheckBox(tr("確認済みも表示"), this);
    m_showAcknowledged->setObjectName(u"showAcknowledged"_s);
    m_acknowledge = new QPushButton(tr("確認済みにする..."), this);
    m_acknowledge->setObjectName(u"acknowledgeButton"_s);
    m_events = new QPushButton(tr("該当する記録を表示"), this);
    m_events->setObjectName(u"eventsButton"_s);
    auto* alertButtons = new QHBoxLayout;
    alertButtons->addWidget(m_showAcknowledged);
    alertButtons->addStretch();
    alertButtons->addWidget(m_events);
    alertButtons->addWidget(m_acknowledge);

    auto* alertBox = new QGroupBox(tr("警告"), this);
    auto* alertLayout = new QVBoxLayout(alertBox);
    alertLayout->addWidget(m_view, 1);
    alertLayout->addLayout(alertButtons);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(chartBox);
    layout->addWidget(alertBox, 1);
    layout->addWidget(m_status);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &MonitorWidget::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &MonitorWidget::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &MonitorWidget::refresh);
    connect(m_showAcknowledged, &QCheckBox::toggled, this, &MonitorWidget::refresh);
    connect(m_acknowledge, &QPushButton::clicked, this, &MonitorWidget::acknowledgeSelected);
    connect(m_rules, &QPushButton::clicked, this, &MonitorWidget::openRules);
    connect(m_events, &QPushButton::clicked, this, [this] {
        if (const db::MonitorAlert* a = selectedAlert())
            Q_EMIT showEventsRequested(a->subject, a->day);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MonitorWidget::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &MonitorWidget::acknowledgeSelected);
    updateButtons();
}

MonitorWidget::~MonitorWidget() = default;

QString MonitorWidget::statusText() const
{
    return m_status->text();
}

bool MonitorWidget::refresh()
{
    const QDate today = officeToday();
    const int days = m_period->currentData().toInt();
    const auto counts = m_repository.dailyCounts(today.addDays(1 - days), today);
    const auto alerts = counts ? m_repository.alerts(m_showAcknowledged->isChecked())
                               : std::optional<QList<db::MonitorAlert>>();
    if (!counts || !alerts) {
        m_status->setText(tr("更新できませんでした: %1").arg(m_repository.lastError().message));
        return false;
    }
    const qint64 selected = selectedAlert() ? selectedAlert()->id : 0;
    m_chart->setCounts(*counts);
    m_alerts->setAlerts(*alerts);
    for (int row = 0; row < m_alerts->rowCount(); ++row) {
        if (m_alerts->alertAt(row)->id == selected)
            m_view->selectRow(row);
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(MonitorAlertModel::SummaryColumn,
                                                     QHeaderView::Stretch);
    const int open = m_alerts->openCount();
    QString text = tr("%1 時点。未確認の警告 %2 件。")
                       .arg(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s))
                       .arg(open);
    // A long history is evaluated in steps: say so rather than show counts as complete.
    if (const auto status = m_repository.status(); status && status->pending >= 1000)
        text += tr("まだ評価していない記録が %1 件あります（次の更新で続きを評価します）。")
                    .arg(status->pending);
    m_status->setText(text);
    updateButtons();
    Q_EMIT openAlertsChanged(open);
    return true;
}

const db::MonitorAlert* MonitorWidget::selectedAlert() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_alerts->alertAt(rows.first().row());
}

void MonitorWidget::updateButtons()
{
    const db::MonitorAlert* a = selectedAlert();
    m_acknowledge->setEnabled(a && a->isOpen());
    m_events->setEnabled(a != nullptr);
}

int MonitorWidget::acknowledgeSelected()
{
    const db::MonitorAlert* a = selectedAlert();
    if (!a || !a->isOpen())
        return QDialog::Rejected;
    AcknowledgeAlertDialog dialog(m_repository, *a, this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        refresh();
    return result;
}

void MonitorWidget::openRules()
{
    MonitorRulesDialog dialog(m_repository, m_canEditRules, this);
    if (dialog.load()) {
        dialog.exec();
        refresh(); // a changed threshold may raise alerts at once
    } else {
        m_status->setText(dialog.message());
    }
}

void MonitorWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void MonitorWidget::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

} // namespace kohi::app
