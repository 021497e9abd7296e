#include "plotpaint.h"

#include <QPainter>
#include <QPalette>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace plotpaint {

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(static_cast<float>(alpha));
    return color;
}

QRectF fitInside(QRectF box, const QRectF &area)
{
    box.moveLeft(std::clamp(box.left(), area.left() + 2, std::max(area.left() + 2, area.right() - box.width() - 2)));
    box.moveTop(std::clamp(box.top(), area.top() + 2, std::max(area.top() + 2, area.bottom() - box.height() - 2)));
    return box;
}

void drawLabel(QPainter &painter, const QRectF &box, const QString &text, const QColor &color, const QPalette &palette)
{
    painter.fillRect(box, withAlpha(palette.color(QPalette::Base), 0.8));
    painter.setPen(color);
    painter.drawText(box, Qt::AlignCenter, text);
}

void drawArrowHead(QPainter &painter, const QPointF &tip, const QPointF &from, double size)
{
    const QPointF d = tip - from;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-9)
        return;
    const QPointF u = d / length, n(-u.y(), u.x());
    painter.drawPolygon(QPolygonF{tip, tip - u * size + n * size * 0.5, tip - u * size - n * size * 0.5});
}

} // namespace plotpaint
