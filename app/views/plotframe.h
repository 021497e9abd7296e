#pragma once
/**
 * @file plotframe.h
 * PlotFrame places P1's parts in a widget and draws the axes around its square plot: a caption
 * line above, tick labels -6..6 on the left and below (as the Playground's heatmap has), and a
 * legend line under them. Every distance comes from the font's metrics, so a projector font
 * (1.5x) enlarges the margins with the labels and the plot stays square and centred.
 */
#include "planemapping.h"

#include <QRectF>
#include <QSizeF>

class QFont;
class QPainter;
class QPalette;

class PlotFrame {
public:
    QRectF caption;
    PlaneMapping mapping; ///< the square plot (the gallery's area for non-planar data)
    QRectF legend;
    qreal lineHeight = 0; ///< the font's line height, the unit every margin is measured in

    /// The frame for a widget of `size` drawing with `font`.
    static PlotFrame fit(const QSizeF &size, const QFont &font);
    /// Thin ticks at every unit, labels at every unit that fits (else every second), and a border.
    static void paintAxes(QPainter &painter, const QRectF &plot, const QFont &font, const QPalette &palette);
};
