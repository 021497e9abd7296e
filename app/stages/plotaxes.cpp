#include "plotaxes.h"

#include "stageformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace {
// Far beyond any screen, far inside what QPainter's fixed-point rasteriser accepts.
constexpr double kPixelLimit = 1e5;

double clampPixel(double v)
{
    return std::isfinite(v) ? std::clamp(v, -kPixelLimit, kPixelLimit) : (v > 0 ? kPixelLimit : -kPixelLimit);
}

double tickStep(double span, int maxCount)
{
    const double raw = span / std::max(1, maxCount);
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (factor * decade >= raw)
            return factor * decade;
    return 10.0 * decade;
}

int decimalsFor(double step)
{
    return std::max(0, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
}
} // namespace

void PlotAxes::setRange(double x0, double x1, double y0, double y1)
{
    auto widen = [](double &lo, double &hi) {
        if (!std::isfinite(lo) || !std::isfinite(hi)) {
            lo = 0.0;
            hi = 1.0;
        }
        if (hi - lo < 1e-12 * std::max(1.0, std::abs(lo))) {
            const double pad = std::max(1e-9, std::abs(lo) * 1e-6);
            lo -= pad;
            hi += pad;
        }
    };
    widen(x0, x1);
    widen(y0, y1);
    m_x0 = x0;
    m_x1 = x1;
    m_y0 = y0;
    m_y1 = y1;
}

double PlotAxes::mapX(double x) const
{
    return clampPixel(m_rect.left() + (x - m_x0) / (m_x1 - m_x0) * m_rect.width());
}

double PlotAxes::mapY(double y) const
{
    return clampPixel(m_rect.bottom() - (y - m_y0) / (m_y1 - m_y0) * m_rect.height());
}

double PlotAxes::valueX(double px) const
{
    return m_x0 + (px - m_rect.left()) / m_rect.width() * (m_x1 - m_x0);
}

QList<double> PlotAxes::ticks(double lo, double hi, int maxCount)
{
    QList<double> values;
    if (!(hi > lo) || !std::isfinite(hi - lo))
        return values;
    const double step = tickStep(hi - lo, maxCount);
    for (double k = std::ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9 && values.size() < 100; k += 1.0)
        values << (std::abs(k) < 1e-9 ? 0.0 : k * step);
    return values;
}

void PlotAxes::draw(QPainter &painter, const QPalette &palette, const QString &xTitle, const QString &yTitle,
                    int xTicks, int yTicks) const
{
    painter.save();
    const QFontMetricsF fm(painter.font());
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.12f);
    QColor axis = text;
    axis.setAlphaF(0.55f);
    painter.fillRect(m_rect, palette.color(QPalette::Base));

    const QList<double> xs = ticks(m_x0, m_x1, xTicks);
    const QList<double> ys = ticks(m_y0, m_y1, yTicks);
    const int xDecimals = xs.size() > 1 ? decimalsFor(xs[1] - xs[0]) : 0;
    const int yDecimals = ys.size() > 1 ? decimalsFor(ys[1] - ys[0]) : 0;
    painter.setPen(QPen(grid, 1));
    for (double x : xs)
        painter.drawLine(QPointF(mapX(x), m_rect.top()), QPointF(mapX(x), m_rect.bottom()));
    for (double y : ys)
        painter.drawLine(QPointF(m_rect.left(), mapY(y)), QPointF(m_rect.right(), mapY(y)));

    // Axes through the origin when it is in view: students read signs off them.
    const double axisY = containsY(0.0) ? mapY(0.0) : m_rect.bottom();
    const double axisX = containsX(0.0) ? mapX(0.0) : m_rect.left();
    painter.setPen(QPen(axis, 1.5));
    painter.drawLine(QPointF(m_rect.left(), axisY), QPointF(m_rect.right(), axisY));
    painter.drawLine(QPointF(axisX, m_rect.top()), QPointF(axisX, m_rect.bottom()));
    painter.setPen(QPen(axis, 1));
    painter.drawRect(m_rect);

    painter.setPen(text);
    const double gap = fm.height() * 0.25;
    for (double x : xs) {
        const QString label = stageformat::fixed(x, xDecimals);
        const double w = fm.horizontalAdvance(label);
        painter.drawText(QRectF(mapX(x) - w / 2 - 2, m_rect.bottom() + gap, w + 4, fm.height()), Qt::AlignCenter, label);
    }
    for (double y : ys) {
        const QString label = stageformat::fixed(y, yDecimals);
        painter.drawText(QRectF(0, mapY(y) - fm.height() / 2, m_rect.left() - gap, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    painter.drawText(QRectF(m_rect.left(), m_rect.bottom() + gap + fm.height(), m_rect.width(), fm.height()),
                     Qt::AlignRight | Qt::AlignVCenter, xTitle);
    painter.drawText(QRectF(m_rect.left() + gap, m_rect.top() - fm.height() - gap, m_rect.width(), fm.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, yTitle);
    painter.restore();
}
