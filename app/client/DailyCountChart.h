#pragma once

#include "db/MonitorRepository.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace kohi::app {

// The monitoring dashboard's chart: one row of daily bars per category (small multiples, each
// on its own scale, so a few My Number reveals are not flattened by thousands of searches),
// with the latest day's figure and the period's peak written beside each row. Rows with a
// warning meaning (failures, refusals, alerts) are drawn in warm colours; hovering a bar shows
// the day and its count.
class DailyCountChart : public QWidget
{
    Q_OBJECT
public:
    explicit DailyCountChart(QWidget* parent = nullptr);

    // Categories are shown in the order they first appear; "all" is left out of the bars (it is
    // the caption's total).
    void setCounts(const QList<db::DailyCount>& counts);

    QStringList categories() const;
    QString categoryLabel(const QString& category) const;
    QList<qint64> series(const QString& category) const; // one value per day, oldest first
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    qint64 total() const { return m_total; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Row
    {
        QString category;
        QString label;
        QList<qint64> values;
    };
    QRectF barsArea(int row) const;
    int dayAt(const QPointF& pos, int* row) const;

    QList<Row> m_rows;
    QDate m_first;
    QDate m_last;
    qint64 m_total = 0;
};

} // namespace kohi::app
