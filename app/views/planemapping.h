#pragma once
/**
 * @file planemapping.h
 * PlaneMapping: the affine map between the data plane [-6, 6]^2 and a square plot rectangle in
 * widget pixels. The y axis points up in the plane and down on screen, so row 0 of a FieldGrid
 * (y = +6) is the top edge of the plot. Shared by the heatmap, the points and the mouse.
 */
#include <QPointF>
#include <QRectF>

class PlaneMapping {
public:
    static constexpr double kExtent = 6.0; ///< same span as PlaneField::kExtent

    PlaneMapping() = default;
    explicit PlaneMapping(const QRectF &plot) : m_plot(plot) {}

    const QRectF &plot() const { return m_plot; }
    bool isValid() const { return m_plot.width() > 0 && m_plot.height() > 0; }

    QPointF toWidget(const QPointF &plane) const
    {
        return {m_plot.left() + (plane.x() + kExtent) / (2 * kExtent) * m_plot.width(),
                m_plot.top() + (kExtent - plane.y()) / (2 * kExtent) * m_plot.height()};
    }

    QPointF toPlane(const QPointF &widget) const
    {
        if (!isValid())
            return {};
        return {(widget.x() - m_plot.left()) / m_plot.width() * 2 * kExtent - kExtent,
                kExtent - (widget.y() - m_plot.top()) / m_plot.height() * 2 * kExtent};
    }

private:
    QRectF m_plot;
};
