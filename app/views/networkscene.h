#pragma once
/**
 * @file networkscene.h
 * What P5 shows, apart from where: the latest network snapshot, the neuron thumbnails built
 * from the report, the input thumbnails built from the feature set, and the names and values
 * of every neuron, link and bias. NetworkCanvas draws it through a NetworkLayout.
 *
 * Screen levels: level 0 is the input column, level l + 1 is engine layer l. A network with
 * more than kMaxInputNodes inputs (digits: 64 pixels) shows its inputs as one block, and each
 * neuron of the first layer gets one summary link from it instead of 64 separate ones.
 */
#include "networklayout.h"
#include "trainingreport.h"

#include <QImage>
#include <QString>

#include <vector>

class NetworkScene {
public:
    static constexpr int kMaxInputNodes = 8;

    /// Takes a report's network and neuron grids; returns true when the shape changed.
    bool setNetwork(const engine::Network &network, const std::vector<std::vector<FieldGrid>> &neurons);
    void setFeatures(engine::FeatureSet features);
    /// The size neurons are drawn at: `side` device pixels, `ratio` device pixels per pixel.
    void setThumbnailSize(int side, qreal ratio);

    const engine::Network &network() const { return m_network; }
    bool isEmpty() const { return m_network.layerCount() == 0; }
    bool inputsCollapsed() const { return m_network.inputCount() > kMaxInputNodes; }
    std::vector<int> levelSizes() const;

    /// The neuron's map at the thumbnail size, or a null image when there is none (digits'
    /// deeper layers).
    const QImage &image(int level, int index) const;
    /// A link's weight; for the collapsed input block, the mean weight over the pixels.
    double linkValue(int layer, int to, int from) const;
    /// Thickness measure: |w|, or the mean |w| for the collapsed block.
    double linkMagnitude(int layer, int to, int from) const;
    double bias(int layer, int neuron) const { return m_network.bias(layer, neuron); }

    /// Label beside an input neuron (x₁) or under the collapsed block (64 pixels).
    QString inputLabel(int index) const;
    /// The neuron's name in sentences: x₁, neuron 2 of layer 1, the output neuron.
    QString neuronName(int level, int index) const;
    /// Engine indices of a screen link: from = -1 for the collapsed block.
    LinkHit engineLink(const LinkHit &screenLink) const;

    QString neuronToolTip(const NeuronHit &neuron) const;
    QString biasToolTip(const NeuronHit &neuron, bool editable) const;
    QString linkToolTip(const LinkHit &screenLink, bool editable) const;

private:
    void rebuildInputImages();
    void rebuildNeuronImages();
    QImage sized(QImage image) const;

    engine::Network m_network;
    engine::FeatureSet m_features = engine::kDefaultFeatures;
    std::vector<std::vector<FieldGrid>> m_grids;    ///< the report's, to rebuild at a new size
    std::vector<QImage> m_inputImages;              ///< one per feature, built per feature set
    std::vector<std::vector<QImage>> m_layerImages; ///< [engine layer][neuron], rebuilt per report
    QImage m_none;
    int m_side = 0;
    qreal m_ratio = 1.0;
};
