#include "plotframe.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kExtent = static_cast<int>(PlaneMapping::kExtent);

qreal tickLength(const QFontMetricsF &metrics)
{
    return std::round(metrics.height() * 0.3);
}
} // namespace

PlotFrame PlotFrame::fit(const QSizeF &size, const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal h = metrics.height();
    const qreal pad = std::round(h * 0.3);
    const qreal tick = tickLength(metrics);
    const qreal left = std::ceil(metrics.horizontalAdvance(QStringLiteral("-6")) + tick + pad);
    const qreal right = std::ceil(metrics.horizontalAdvance(QStringLiteral("6")) / 2 + pad);
    const qreal top = std::ceil(pad + h + pad);
    const qreal bottom = std::ceil(tick + h + pad + h + pad);
    // Whole pixels, so the heatmap's edges and the 1 px border stay crisp.
    const qreal side =
        std::floor(std::max<qreal>(0.0, std::min(size.width() - left - right, size.height() - top - bottom)));
    const qreal x0 = std::floor((size.width() - (left + side + right)) / 2);
    const qreal y0 = std::floor((size.height() - (top + side + bottom)) / 2);
    const qreal width = left + side + right - 2 * pad;
    PlotFrame frame;
    frame.mapping = PlaneMapping(QRectF(x0 + left, y0 + top, side, side));
    frame.caption = QRectF(x0 + pad, y0 + pad, width, h);
    frame.legend = QRectF(x0 + pad, y0 + top + side + tick + h + pad, width, h);
    frame.lineHeight = h;
    return frame;
}

void PlotFrame::paintAxes(QPainter &painter, const QRectF &plot, const QFont &font, const QPalette &palette)
{
    const QFontMetricsF metrics(font);
    const qreal tick = tickLength(metrics);
    const QColor text = palette.color(QPalette::WindowText);
    QColor line = text;
    line.setAlphaF(0.5f);
    painter.save();
    painter.setFont(font);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(line, 1));
    painter.drawRect(plot.adjusted(-0.5, -0.5, 0.5, 0.5));
    // Label every unit when 13 labels fit with room between them, else every second one.
    const qreal labelWidth = metrics.horizontalAdvance(QStringLiteral("-6"));
    const int step = labelWidth * 1.8 * (2 * kExtent + 1) < plot.width() ? 1 : 2;
    const PlaneMapping mapping(plot);
    for (int v = -kExtent; v <= kExtent; ++v) {
        const QPointF at = mapping.toWidget(QPointF(v, v));
        painter.setPen(QPen(line, 1));
        painter.drawLine(QPointF(at.x(), plot.bottom()), QPointF(at.x(), plot.bottom() + tick));
        painter.drawLine(QPointF(plot.left() - tick, at.y()), QPointF(plot.left(), at.y()));
        if (v % step != 0)
            continue;
        painter.setPen(text);
        const QString label = QString::number(v);
        const qreal w = metrics.horizontalAdvance(label);
        painter.drawText(QRectF(at.x() - w / 2, plot.bottom() + tick, w, metrics.height()), Qt::AlignCenter, label);
        painter.drawText(QRectF(plot.left() - tick - w - 2, at.y() - metrics.height() / 2, w, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    painter.restore();
}
