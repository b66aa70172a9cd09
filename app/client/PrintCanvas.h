#pragma once

#include <QFont>
#include <QHash>
#include <QRectF>
#include <QString>
#include <Qt>

class QPainter;

namespace kohi::app {

// Drawing for printed forms in millimetres on a painter that paints on a printer, a PDF writer
// or an image: ruled boxes and text that shrinks to fit its cell. Text is set in Noto Sans CJK JP
// (fonts-noto-cjk), falling back to the Japanese fonts Windows ships.
class PrintCanvas
{
public:
    // pxPerMm: device pixels per millimetre; the painter's origin is the printable area's corner.
    PrintCanvas(QPainter& painter, double pxPerMm, double widthMm, double heightMm);

    double width() const { return m_widthMm; }
    double height() const { return m_heightMm; }

    static QFont font(double pointSize, bool bold = false);

    // Text in a cell (mm), shrunk down to 60 % of pointSize to fit; wraps with Qt::TextWordWrap.
    void text(const QRectF& cellMm, const QString& text, double pointSize, int flags,
              bool bold = false, double paddingMm = 1.5);
    // Height (mm) the text needs at this width and size, wrapped.
    double textHeight(double widthMm, const QString& text, double pointSize,
                      bool bold = false) const;
    // A ruled rectangle; shade fills it light grey (label cells).
    void box(const QRectF& rectMm, double lineMm = 0.25, bool shade = false);
    void line(double x1, double y1, double x2, double y2, double lineMm = 0.25);

    // Table cells: a shaded label cell with centred text, a value cell with left-aligned text,
    // and a number written one digit per box as on the national forms.
    void labelCell(const QRectF& rectMm, const QString& text, double pointSize = 9.5);
    void valueCell(const QRectF& rectMm, const QString& text, double pointSize = 11,
                   bool bold = false, int align = Qt::AlignLeft | Qt::AlignVCenter);
    void digitCells(const QRectF& rectMm, const QString& digits, double pointSize = 13);

private:
    QRectF px(const QRectF& mm) const;
    // The point size at which `text` fits `area` (px), shrinking from pointSize; remembered, as
    // a batch of notices sets the same labels in the same cells on every page.
    double fittedSize(const QRectF& area, int flags, const QString& text, double pointSize,
                      bool bold);
    const QFont& cachedFont(double pointSize, bool bold) const;
    double px(double mm) const { return mm * m_pxPerMm; }

    QPainter& m_painter;
    double m_pxPerMm;
    double m_widthMm;
    double m_heightMm;
    QHash<QString, double> m_fitted;   // fit key → point size
    mutable QHash<int, QFont> m_fonts; // quarter points × 2 + bold → font
};

} // namespace kohi::app
