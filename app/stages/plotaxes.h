#pragma once
/**
 * @file plotaxes.h
 * PlotAxes: the coordinate system of a painted function plot (the loss bowl, its zoom inset and
 * the activation plotter): a pixel rectangle, a data range, round tick values, and the grid, axes
 * and labels drawn in the palette's colours. Mapping clamps to a sane pixel range so that even a
 * far-off value (a diverging weight) never hands QPainter an infinite coordinate.
 */
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;
class QPalette;

class PlotAxes {
public:
    void setRect(const QRectF &rect) { m_rect = rect; }
    /// Empty or non-finite ranges are widened to something drawable.
    void setRange(double x0, double x1, double y0, double y1);

    const QRectF &rect() const { return m_rect; }
    double x0() const { return m_x0; }
    double x1() const { return m_x1; }
    double y0() const { return m_y0; }
    double y1() const { return m_y1; }

    double mapX(double x) const;
    double mapY(double y) const;
    QPointF map(double x, double y) const { return {mapX(x), mapY(y)}; }
    /// The data x under a pixel column.
    double valueX(double px) const;
    bool containsX(double x) const { return x >= m_x0 && x <= m_x1; }
    bool containsY(double y) const { return y >= m_y0 && y <= m_y1; }

    /// Round tick values (1, 2 or 5 × 10^k apart) in [lo, hi], at most about `maxCount` of them.
    static QList<double> ticks(double lo, double hi, int maxCount);

    /// The Base-coloured plot area, grid, the x and y axes (through 0 when 0 is in range, else
    /// along the edge), tick labels with as many decimals as the tick step needs, and the axis
    /// titles (x under the labels on the right, y above the plot on the left).
    void draw(QPainter &painter, const QPalette &palette, const QString &xTitle, const QString &yTitle,
              int xTicks, int yTicks) const;

private:
    QRectF m_rect{0, 0, 1, 1};
    double m_x0 = 0.0, m_x1 = 1.0, m_y0 = 0.0, m_y1 = 1.0;
};
