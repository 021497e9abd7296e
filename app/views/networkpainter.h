#pragma once
/**
 * @file networkpainter.h
 * Paints P5 from a NetworkScene and a NetworkLayout: links first (behind), then neurons with
 * their cached thumbnails, bias markers, and the labels. Links are coloured by sign (blue
 * positive, orange negative) and thickened by |w| on the Playground's scale (|w| 0..5 gives
 * 1..node/3 pixels); more opaque for larger |w|, so small weights recede on light and dark
 * backgrounds alike. Text and outlines use the palette; data colours come from colorscale.
 *
 * Cost: antialiased wide lines are what a paint spends its time on, and Qt's raster engine
 * hands their long span lists to its GUI thread pool, so each one wakes worker threads that
 * compete with the training thread. Measured here on a 2-8x6-1 network (344 links), report and
 * paint together: ~16 ms of processor time (half of it in pool threads) with antialiased
 * links, ~4 ms without. Links are therefore antialiased only in networks with at most
 * kSmoothLinkLimit links (2-4-2-1 has 18: ~1 ms), where jagged edges would also show most.
 */
#include "networklayout.h"
#include "networkscene.h"

#include <QPalette>
#include <QString>

#include <optional>

class QPainter;

/// What the pointer is over in P5; at most one member is set.
struct NetworkHover {
    std::optional<NeuronHit> neuron;
    std::optional<NeuronHit> bias;
    std::optional<LinkHit> link; ///< screen indices (NetworkLayout::linkAt)
    bool operator==(const NetworkHover &other) const
    {
        return neuron == other.neuron && bias == other.bias && link == other.link;
    }
};

class NetworkPainter {
public:
    static constexpr int kSmoothLinkLimit = 32;

    NetworkPainter(const NetworkScene &scene, const NetworkLayout &layout, const QPalette &palette)
        : m_scene(scene), m_layout(layout), m_palette(palette) {}

    void paint(QPainter &painter, const NetworkHover &hover) const;
    /// Column titles over the input and output columns in a band that ends at `bottom`; a title
    /// wider than `width` is left out.
    void paintTitles(QPainter &painter, double bottom, double width, const QString &input, const QString &output) const;

private:
    void paintLink(QPainter &painter, int level, int to, int from, bool highlighted) const;
    void paintNeurons(QPainter &painter, const NetworkHover &hover) const;
    void paintLabels(QPainter &painter) const;
    void paintPixelBlock(QPainter &painter, const QRectF &rect) const;
    QColor outline() const;

    const NetworkScene &m_scene;
    const NetworkLayout &m_layout;
    const QPalette &m_palette;
};
