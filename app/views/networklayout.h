#pragma once
/**
 * @file networklayout.h
 * Where P5 draws everything: one column per level (level 0 = the inputs, level l + 1 = engine
 * layer l), square neurons top-aligned in each column like the Playground, a bias marker on
 * each non-input neuron's lower-left corner, and links as horizontal-tangent cubic curves from
 * a neuron's right edge to the next neuron's left edge (d3's "diagonal", as in the Playground).
 *
 * Pure geometry in widget coordinates, recomputed only on resize or a change of shape; links
 * are kept flattened so painting draws polylines and hit-testing measures segment distances.
 */
#include <QPolygonF>
#include <QRectF>

#include <optional>
#include <vector>

/// A neuron on screen: level 0 is the input column, level l + 1 is engine layer l.
struct NeuronHit {
    int level = 0;
    int index = 0;
    bool operator==(const NeuronHit &other) const { return level == other.level && index == other.index; }
};

/// A link on screen: engine layer `layer`, from neuron `from` of the previous level to `to`.
/// from = -1 stands for a collapsed input block (all pixels at once).
struct LinkHit {
    int layer = 0;
    int to = 0;
    int from = 0;
    bool operator==(const LinkHit &other) const
    {
        return layer == other.layer && to == other.to && from == other.from;
    }
};

class NetworkLayout {
public:
    /// Lays out columns of `levelSizes` neurons inside `area`. Neurons are `preferredNode` wide
    /// when that fits, never less than `minimumNode`.
    void compute(const std::vector<int> &levelSizes, const QRectF &area, double preferredNode, double minimumNode);

    bool isEmpty() const { return m_sizes.empty(); }
    int levelCount() const { return static_cast<int>(m_sizes.size()); }
    int levelSize(int level) const { return m_sizes[level]; }
    double nodeSize() const { return m_node; }
    double columnSpacing() const { return m_spacing; }
    double columnCenter(int level) const;
    /// Height needed for `units` neurons of size `node`, with the gaps between them.
    static double columnHeight(int units, double node);

    QRectF neuronRect(int level, int index) const;
    QRectF biasRect(int level, int index) const;
    /// The flattened curve into neuron `to` of `level` from neuron `from` of level - 1.
    const QPolygonF &link(int level, int to, int from) const;

    std::optional<NeuronHit> neuronAt(const QPointF &point) const;
    std::optional<NeuronHit> biasAt(const QPointF &point) const;
    /// The link nearest to `point` within `tolerance`: its engine layer (level - 1) and the
    /// on-screen indices of its ends (a collapsed input block is source 0).
    std::optional<LinkHit> linkAt(const QPointF &point, double tolerance) const;

    /// Straight pieces per link curve: the curves bend gently, 8 look smooth at any size.
    static constexpr int kCurveSegments = 8;

private:
    static constexpr double kGap = 0.35;  ///< gap between neurons, in neuron sizes
    static constexpr double kBias = 0.28; ///< bias marker size, in neuron sizes

    std::vector<int> m_sizes;
    QRectF m_area;
    double m_node = 0;
    double m_spacing = 0;
    /// m_links[level][to * size(level - 1) + from]; level 0 has none.
    std::vector<std::vector<QPolygonF>> m_links;
};
