#include "app/client/DailyCountChart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

constexpr int kRowHeight = 46;
constexpr int kLabelWidth = 170;
constexpr int kFigureWidth = 120;
constexpr int kCaptionHeight = 26;
constexpr int kAxisHeight = 20;

QColor colourFor(const QString& category)
{
    if (category == u"alerts"_s)
        return QColor(0xc6, 0x28, 0x28);
    if (category == u"login_failed"_s || category == u"refused"_s)
        return QColor(0xe6, 0x7e, 0x22);
    if (category == u"mynumber_reveal"_s)
        return QColor(0x6a, 0x1b, 0x9a);
    return QColor(0x1f, 0x6f, 0xb2);
}

QString number(qint64 n)
{
    return QLocale(QLocale::Japanese).toString(n);
}

} // namespace

DailyCountChart::DailyCountChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"dailyCountChart"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DailyCountChart::setCounts(const QList<db::DailyCount>& counts)
{
    m_rows.clear();
    m_first = {};
    m_last = {};
    m_total = 0;
    for (const db::DailyCount& c : counts) {
        if (!m_first.isValid() || c.day < m_first)
            m_first = c.day;
        if (!m_last.isValid() || c.day > m_last)
            m_last = c.day;
    }
    const int days = m_first.isValid() ? int(m_first.daysTo(m_last)) + 1 : 0;
    for (const db::DailyCount& c : counts) {
        if (c.category == u"all"_s) {
            m_total += c.count;
            continue;
        }
        auto it = std::find_if(m_rows.begin(), m_rows.end(),
                               [&](const Row& r) { return r.category == c.category; });
        if (it == m_rows.end()) {
            m_rows.append(Row{c.category, c.label, QList<qint64>(days, 0)});
            it = std::prev(m_rows.end());
        }
        it->values[int(m_first.daysTo(c.day))] += c.count;
    }
    updateGeometry();
    update();
}

QStringList DailyCountChart::categories() const
{
    QStringList list;
    for (const Row& r : m_rows)
        list << r.category;
    return list;
}

QString DailyCountChart::categoryLabel(const QString& category) const
{
    for (const Row& r : m_rows)
        if (r.category == category)
            return r.label;
    return {};
}

QList<qint64> DailyCountChart::series(const QString& category) const
{
    for (const Row& r : m_rows)
        if (r.category == category)
            return r.values;
    return {};
}

QSize DailyCountChart::sizeHint() const
{
    return {760,
            kCaptionHeight + int(std::max<qsizetype>(m_rows.size(), 1)) * kRowHeight + kAxisHeight};
}

QSize DailyCountChart::minimumSizeHint() const
{
    return {kLabelWidth + kFigureWidth + 160, sizeHint().height()};
}

QRectF DailyCountChart::barsArea(int row) const
{
    const qreal top = kCaptionHeight + row * kRowHeight + 6;
    return QRectF(kLabelWidth, top, width() - kLabelWidth - kFigureWidth - 8, kRowHeight - 14);
}

int DailyCountChart::dayAt(const QPointF& pos, int* row) const
{
    const int days = m_first.isValid() ? int(m_first.daysTo(m_last)) + 1 : 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const QRectF area = barsArea(r);
        if (days > 0 && area.adjusted(0, -6, 0, 8).contains(pos)) {
            *row = r;
            return std::clamp(int((pos.x() - area.left()) / (area.width() / days)), 0, days - 1);
        }
    }
    return -1;
}

void DailyCountChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QColor text = palette().color(QPalette::Text);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    QFont bold = font();
    bold.setBold(true);

    p.setPen(text);
    p.setFont(bold);
    if (!m_first.isValid()) {
        p.drawText(rect(), Qt::AlignCenter, tr("件数はまだありません。"));
        return;
    }
    p.drawText(QRectF(8, 0, width() - 16, kCaptionHeight), Qt::AlignLeft | Qt::AlignVCenter,
               tr("%1〜%2 の記録 %3 件（日別）")
                   .arg(m_first.toString(u"M/d"_s), m_last.toString(u"M/d"_s), number(m_total)));
    p.setFont(font());

    const int days = int(m_first.daysTo(m_last)) + 1;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows[r];
        const QRectF area = barsArea(r);
        const qint64 peak = *std::max_element(row.values.begin(), row.values.end());
        const QColor colour = colourFor(row.category);

        p.setPen(text);
        p.drawText(QRectF(8, area.top(), kLabelWidth - 16, area.height()),
                   Qt::AlignRight | Qt::AlignVCenter, row.label);
        // Baseline, then one bar per day scaled to this row's own peak.
        p.setPen(QPen(muted, 1));
        p.drawLine(area.bottomLeft(), area.bottomRight());
        const qreal slot = area.width() / days;
        for (int d = 0; d < days; ++d) {
            const qint64 v = row.values[d];
            if (v <= 0)
                continue;
            const qreal h = std::max<qreal>(2, area.height() * qreal(v) / qreal(peak));
            p.fillRect(
                QRectF(area.left() + d * slot + slot * 0.15, area.bottom() - h, slot * 0.7, h),
                colour);
        }
        // The latest day's figure (what changed today) and the period's peak.
        p.setPen(row.values.last() > 0 ? colour : muted);
        p.setFont(bold);
        p.drawText(QRectF(width() - kFigureWidth, area.top() - 4, kFigureWidth - 8, 22),
                   Qt::AlignRight | Qt::AlignVCenter, tr("本日 %1").arg(number(row.values.last())));
        p.setFont(font());
        p.setPen(muted);
        p.drawText(QRectF(width() - kFigureWidth, area.top() + 16, kFigureWidth - 8, 18),
                   Qt::AlignRight | Qt::AlignVCenter, tr("最大 %1").arg(number(peak)));
    }
    // Date axis: first, middle and last day.
    const QRectF first = barsArea(0);
    const qreal axisTop = kCaptionHeight + m_rows.size() * kRowHeight;
    p.setPen(muted);
    for (int d : {0, days / 2, days - 1}) {
        const qreal x = first.left() + (d + 0.5) * first.width() / days;
        p.drawText(QRectF(x - 40, axisTop, 80, kAxisHeight), Qt::AlignCenter,
                   m_first.addDays(d).toString(u"M/d"_s));
    }
}

bool DailyCountChart::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        int row = -1;
        const int day = dayAt(help->pos(), &row);
        if (day >= 0) {
            QToolTip::showText(help->globalPos(),
                               tr("%1（%2）: %3 件")
                                   .arg(m_first.addDays(day).toString(u"yyyy-MM-dd"_s),
                                        m_rows[row].label, number(m_rows[row].values[day])),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(e);
}

} // namespace kohi::app
