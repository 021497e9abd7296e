#pragma once
/**
 * @file plotpaint.h
 * Small drawing helpers shared by the painted stage plots: translucent colours, labels kept
 * inside the plot and readable over the lines they cross, and arrow heads.
 */
#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;
class QPalette;
class QPointF;

namespace plotpaint {

QColor withAlpha(QColor color, double alpha);
/// `box` moved (not resized) to lie inside `area`, 2 px from its edges where it fits.
QRectF fitInside(QRectF box, const QRectF &area);
/// Text on a translucent patch of the plot's background, so trail lines do not cross it.
void drawLabel(QPainter &painter, const QRectF &box, const QString &text, const QColor &color, const QPalette &palette);
/// A filled triangle at `tip`, pointing away from `from`.
void drawArrowHead(QPainter &painter, const QPointF &tip, const QPointF &from, double size);

} // namespace plotpaint
