#pragma once

#include "db/MonitorRepository.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace kohi::db {
class Session;
}

namespace kohi::app {

class DailyCountChart;
class MonitorAlertModel;

// The monitoring dashboard for auditors and user administrators: per-day counts as a chart, the
// alert list (open first) with 確認済みにする, and the rules. Every refresh makes the server
// evaluate the access log up to now; the tab refreshes itself every minute while shown.
class MonitorWidget : public QWidget
{
    Q_OBJECT
public:
    MonitorWidget(const db::Session& session, bool canEditRules, QWidget* parent = nullptr);
    ~MonitorWidget() override;

    DailyCountChart* chart() const { return m_chart; }
    MonitorAlertModel* alertModel() const { return m_alerts; }
    QTableView* alertView() const { return m_view; }
    QString statusText() const;

    // Opens the acknowledgement for the selected alert (returns the dialog's result).
    int acknowledgeSelected();
    void openRules();

public Q_SLOTS:
    bool refresh();

Q_SIGNALS:
    void openAlertsChanged(int count);
    // The access-log events behind an alert: this login on this day.
    void showEventsRequested(const QString& login, const QDate& day);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    const db::MonitorAlert* selectedAlert() const;
    void updateButtons();

    db::MonitorRepository m_repository;
    bool m_canEditRules = false;
    DailyCountChart* m_chart = nullptr;
    QComboBox* m_period = nullptr;
    QPushButton* m_refresh = nullptr;
    QCheckBox* m_showAcknowledged = nullptr;
    MonitorAlertModel* m_alerts = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_events = nullptr;
    QPushButton* m_rules = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace kohi::app
