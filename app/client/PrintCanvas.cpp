#include "app/client/PrintCanvas.h"

#include <QPainter>
#include <QPen>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kohi::app {

PrintCanvas::PrintCanvas(QPainter& painter, double pxPerMm, double widthMm, double heightMm)
    : m_painter(painter), m_pxPerMm(pxPerMm), m_widthMm(widthMm), m_heightMm(heightMm)
{
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

QFont PrintCanvas::font(double pointSize, bool bold)
{
    QFont f;
    f.setFamilies({u"Noto Sans CJK JP"_s, u"Noto Sans JP"_s, u"Yu Gothic"_s, u"Meiryo"_s,
                   u"MS Gothic"_s, u"IPAexGothic"_s});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

const QFont& PrintCanvas::cachedFont(double pointSize, bool bold) const
{
    const int key = int(pointSize * 4 + 0.5) * 2 + (bold ? 1 : 0);
    auto it = m_fonts.constFind(key);
    if (it == m_fonts.constEnd())
        it = m_fonts.insert(key, font(pointSize, bold));
    return *it;
}

double PrintCanvas::fittedSize(const QRectF& area, int flags, const QString& text, double pointSize,
                               bool bold)
{
    // The fit depends only on these (the painter's device is the same for this canvas).
    const QString key = u"%1|%2|%3|%4|%5|"_s.arg(pointSize)
                            .arg(bold ? 1 : 0)
                            .arg(flags)
                            .arg(area.width(), 0, 'f', 2)
                            .arg(area.height(), 0, 'f', 2) +
                        text;
    if (const auto it = m_fitted.constFind(key); it != m_fitted.constEnd())
        return *it;
    double size = pointSize;
    for (; size > pointSize * 0.6; size -= 0.5) {
        m_painter.setFont(cachedFont(size, bold));
        const QRectF need = m_painter.boundingRect(area, flags, text);
        if (need.width() <= area.width() + 0.5 && need.height() <= area.height() + 0.5)
            break;
    }
    m_fitted.insert(key, size);
    return size;
}

void PrintCanvas::text(const QRectF& cellMm, const QString& text, double pointSize, int flags,
                       bool bold, double paddingMm)
{
    if (text.isEmpty())
        return;
    const QRectF area = px(cellMm.adjusted(paddingMm, 0.5, -paddingMm, -0.5));
    const int wrapFlags = flags | Qt::TextWordWrap;
    const double size = fittedSize(area, wrapFlags, text, pointSize, bold);
    m_painter.setFont(cachedFont(size, bold));
    m_painter.setPen(Qt::black);
    m_painter.drawText(area, wrapFlags, text);
}

double PrintCanvas::textHeight(double widthMm, const QString& text, double pointSize,
                               bool bold) const
{
    m_painter.setFont(cachedFont(pointSize, bold));
    const QRectF need = m_painter.boundingRect(QRectF(0, 0, px(widthMm), px(1000)),
                                               Qt::AlignLeft | Qt::TextWordWrap, text);
    return need.height() / m_pxPerMm;
}

void PrintCanvas::box(const QRectF& rectMm, double lineMm, bool shade)
{
    QPen pen(Qt::black);
    pen.setWidthF(px(lineMm));
    m_painter.setPen(pen);
    m_painter.setBrush(shade ? QBrush(QColor(0xee, 0xee, 0xee)) : QBrush(Qt::NoBrush));
    m_painter.drawRect(px(rectMm));
    m_painter.setBrush(Qt::NoBrush);
}

void PrintCanvas::line(double x1, double y1, double x2, double y2, double lineMm)
{
    QPen pen(Qt::black);
    pen.setWidthF(px(lineMm));
    m_painter.setPen(pen);
    m_painter.drawLine(QPointF(px(x1), px(y1)), QPointF(px(x2), px(y2)));
}

void PrintCanvas::labelCell(const QRectF& rectMm, const QString& label, double pointSize)
{
    box(rectMm, 0.25, true);
    text(rectMm, label, pointSize, Qt::AlignCenter);
}

void PrintCanvas::valueCell(const QRectF& rectMm, const QString& value, double pointSize, bool bold,
                            int align)
{
    box(rectMm);
    text(rectMm, value, pointSize, align, bold, 2.5);
}

void PrintCanvas::digitCells(const QRectF& rectMm, const QString& digits, double pointSize)
{
    box(rectMm);
    if (digits.isEmpty())
        return;
    const double w = rectMm.width() / double(digits.size());
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QRectF cell(rectMm.x() + w * double(i), rectMm.y(), w, rectMm.height());
        if (i > 0)
            line(cell.x(), cell.y(), cell.x(), cell.bottom(), 0.15);
        text(cell, digits.mid(i, 1), pointSize, Qt::AlignCenter, false, 0);
    }
}

QRectF PrintCanvas::px(const QRectF& mm) const
{
    return {px(mm.x()), px(mm.y()), px(mm.width()), px(mm.height())};
}

} // namespace kohi::app
