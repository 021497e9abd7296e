#include "networklayout.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace {
double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + t * ab).length();
}

QPolygonF curve(const QPointF &from, const QPointF &to, int segments)
{
    // Cubic Bezier with both control points at the middle x: leaves and enters horizontally.
    const double midX = (from.x() + to.x()) / 2;
    const QPointF c1(midX, from.y());
    const QPointF c2(midX, to.y());
    QPolygonF points;
    points.reserve(segments + 1);
    for (int i = 0; i <= segments; ++i) {
        const double t = double(i) / segments;
        const double u = 1 - t;
        points << u * u * u * from + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * to;
    }
    return points;
}
} // namespace

double NetworkLayout::columnHeight(int units, double node)
{
    return units * node + std::max(0, units - 1) * kGap * node;
}

void NetworkLayout::compute(const std::vector<int> &levelSizes, const QRectF &area, double preferredNode,
                            double minimumNode)
{
    m_sizes = levelSizes;
    m_area = area;
    m_links.clear();
    if (m_sizes.empty())
        return;
    const int tallest = *std::max_element(m_sizes.begin(), m_sizes.end());
    const int levels = levelCount();
    double node = std::min(preferredNode, area.height() / columnHeight(tallest, 1.0));
    // Keep at least a neuron's width of free link between columns.
    if (levels > 1)
        node = std::min(node, area.width() / (2.0 * levels - 1.0));
    m_node = std::floor(std::max(node, minimumNode)); // whole pixels: thumbnails are copied 1:1
    m_spacing = levels > 1 ? (area.width() - m_node) / (levels - 1) : 0.0;

    m_links.resize(levels);
    for (int level = 1; level < levels; ++level) {
        const int sources = m_sizes[level - 1];
        auto &links = m_links[level];
        links.reserve(static_cast<std::size_t>(sources) * m_sizes[level]);
        for (int to = 0; to < m_sizes[level]; ++to) {
            const QRectF target = neuronRect(level, to);
            for (int from = 0; from < sources; ++from) {
                const QRectF source = neuronRect(level - 1, from);
                links.push_back(curve(QPointF(source.right(), source.center().y()),
                                      QPointF(target.left(), target.center().y()), kCurveSegments));
            }
        }
    }
}

double NetworkLayout::columnCenter(int level) const
{
    return m_area.left() + m_node / 2 + level * m_spacing;
}

QRectF NetworkLayout::neuronRect(int level, int index) const
{
    const double left = std::round(columnCenter(level) - m_node / 2);
    return QRectF(left, std::round(m_area.top() + index * m_node * (1 + kGap)), m_node, m_node);
}

QRectF NetworkLayout::biasRect(int level, int index) const
{
    const QRectF neuron = neuronRect(level, index);
    const double size = m_node * kBias;
    return QRectF(neuron.left() - size / 2, neuron.bottom() - size / 2, size, size);
}

const QPolygonF &NetworkLayout::link(int level, int to, int from) const
{
    return m_links[level][static_cast<std::size_t>(to) * m_sizes[level - 1] + from];
}

std::optional<NeuronHit> NetworkLayout::neuronAt(const QPointF &point) const
{
    for (int level = 0; level < levelCount(); ++level) {
        if (std::abs(point.x() - columnCenter(level)) > m_node / 2)
            continue;
        for (int index = 0; index < m_sizes[level]; ++index) {
            if (neuronRect(level, index).contains(point))
                return NeuronHit{level, index};
        }
    }
    return std::nullopt;
}

std::optional<NeuronHit> NetworkLayout::biasAt(const QPointF &point) const
{
    for (int level = 1; level < levelCount(); ++level) {
        for (int index = 0; index < m_sizes[level]; ++index) {
            // A little slack: the marker is small, and a near miss should not edit a weight.
            const double slack = m_node * kBias / 4;
            if (biasRect(level, index).adjusted(-slack, -slack, slack, slack).contains(point))
                return NeuronHit{level, index};
        }
    }
    return std::nullopt;
}

std::optional<LinkHit> NetworkLayout::linkAt(const QPointF &point, double tolerance) const
{
    std::optional<LinkHit> best;
    double bestDistance = tolerance;
    for (int level = 1; level < levelCount(); ++level) {
        // Links of this level span the gap between its column and the previous one.
        if (point.x() < columnCenter(level - 1) || point.x() > columnCenter(level))
            continue;
        const int sources = m_sizes[level - 1];
        for (int to = 0; to < m_sizes[level]; ++to) {
            for (int from = 0; from < sources; ++from) {
                const QPolygonF &line = link(level, to, from);
                const QRectF box = line.boundingRect().adjusted(-tolerance, -tolerance, tolerance, tolerance);
                if (!box.contains(point))
                    continue;
                for (int i = 1; i < line.size(); ++i) {
                    const double d = distanceToSegment(point, line[i - 1], line[i]);
                    if (d <= bestDistance) {
                        bestDistance = d;
                        best = LinkHit{level - 1, to, from};
                    }
                }
            }
        }
    }
    return best;
}
