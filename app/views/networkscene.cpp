#include "networkscene.h"

#include "neuronimages.h"
#include "networktext.h"

#include <cmath>

using namespace engine;

bool NetworkScene::setNetwork(const Network &network, const std::vector<std::vector<FieldGrid>> &neurons)
{
    const bool reshaped = !network.sameArchitecture(m_network);
    m_network = network;
    m_grids = neurons;
    rebuildNeuronImages();
    return reshaped;
}

void NetworkScene::setFeatures(FeatureSet features)
{
    if (features == m_features && !m_inputImages.empty())
        return;
    m_features = features;
    rebuildInputImages();
}

void NetworkScene::setThumbnailSize(int side, qreal ratio)
{
    if (side == m_side && ratio == m_ratio)
        return;
    m_side = side;
    m_ratio = ratio;
    rebuildInputImages();
    rebuildNeuronImages();
}

QImage NetworkScene::sized(QImage image) const
{
    image.setDevicePixelRatio(m_ratio); // drawn 1:1 in device pixels
    return image;
}

void NetworkScene::rebuildInputImages()
{
    m_inputImages.clear();
    for (int bit = 0; bit < kFeatureKinds && m_side > 0; ++bit) {
        const auto feature = static_cast<Feature>(1u << bit);
        if ((m_features & feature) != 0)
            m_inputImages.push_back(sized(NeuronImages::fromFeature(feature, m_side)));
    }
}

void NetworkScene::rebuildNeuronImages()
{
    m_layerImages.assign(m_network.layerCount(), {});
    for (int l = 0; l < m_network.layerCount(); ++l) {
        const int units = m_network.layer(l).units;
        auto &images = m_layerImages[l];
        images.resize(units);
        if (m_side <= 0)
            continue;
        if (l < static_cast<int>(m_grids.size()) && static_cast<int>(m_grids[l].size()) == units) {
            for (int n = 0; n < units; ++n)
                images[n] = sized(NeuronImages::fromGrid(m_grids[l][n], m_network.layer(l).activation, m_side));
            continue;
        }
        // No maps over the plane (digits): the first layer shows what each neuron looks for,
        // its weights as an image the size of the input picture.
        const int pixels = static_cast<int>(std::lround(std::sqrt(double(m_network.inputCount()))));
        if (l != 0 || !inputsCollapsed() || pixels * pixels != m_network.inputCount())
            continue;
        const auto weights = m_network.weights(0);
        const float scale = weights.cwiseAbs().maxCoeff();
        for (int n = 0; n < units; ++n)
            images[n] = sized(NeuronImages::fromWeights(weights.data() + n, pixels, units, scale, m_side));
    }
}

std::vector<int> NetworkScene::levelSizes() const
{
    if (isEmpty())
        return {};
    std::vector<int> sizes{inputsCollapsed() ? 1 : m_network.inputCount()};
    for (const LayerSpec &layer : m_network.layers())
        sizes.push_back(layer.units);
    return sizes;
}

const QImage &NetworkScene::image(int level, int index) const
{
    if (level > 0)
        return m_layerImages[level - 1][index];
    const bool named = !inputsCollapsed() && static_cast<int>(m_inputImages.size()) == m_network.inputCount();
    return named ? m_inputImages[index] : m_none;
}

double NetworkScene::linkValue(int layer, int to, int from) const
{
    if (layer == 0 && inputsCollapsed())
        return m_network.weights(0).row(to).mean();
    return m_network.weight(layer, to, from);
}

double NetworkScene::linkMagnitude(int layer, int to, int from) const
{
    if (layer == 0 && inputsCollapsed())
        return m_network.weights(0).row(to).cwiseAbs().mean();
    return std::abs(m_network.weight(layer, to, from));
}

QString NetworkScene::inputLabel(int index) const
{
    if (inputsCollapsed())
        return NetworkText::pixelBlockLabel(m_network.inputCount());
    return NetworkText::inputName(index, m_network.inputCount(), m_features);
}

QString NetworkScene::neuronName(int level, int index) const
{
    if (level == 0)
        return inputLabel(index);
    return NetworkText::neuronName(level - 1, index, m_network.layerCount(), m_network.outputCount());
}

LinkHit NetworkScene::engineLink(const LinkHit &screenLink) const
{
    LinkHit link = screenLink;
    if (link.layer == 0 && inputsCollapsed())
        link.from = -1;
    return link;
}

QString NetworkScene::neuronToolTip(const NeuronHit &neuron) const
{
    if (neuron.level == 0) {
        return inputsCollapsed() ? NetworkText::pixelBlockTip(m_network.inputCount())
                                 : NetworkText::inputTip(inputLabel(neuron.index));
    }
    return NetworkText::neuronTip(neuronName(neuron.level, neuron.index), bias(neuron.level - 1, neuron.index));
}

QString NetworkScene::biasToolTip(const NeuronHit &neuron, bool editable) const
{
    const QString tip = NetworkText::biasTip(bias(neuron.level - 1, neuron.index), neuronName(neuron.level, neuron.index));
    return editable ? tip + QLatin1Char('\n') + NetworkText::clickToEdit() : tip;
}

QString NetworkScene::linkToolTip(const LinkHit &screenLink, bool editable) const
{
    const LinkHit link = engineLink(screenLink);
    const QString to = neuronName(link.layer + 1, link.to);
    if (link.from < 0) {
        return NetworkText::pixelWeightsTip(m_network.inputCount(), linkMagnitude(link.layer, link.to, 0), to);
    }
    const QString tip = NetworkText::weightTip(m_network.weight(link.layer, link.to, link.from),
                                               neuronName(link.layer, link.from), to);
    return editable ? tip + QLatin1Char('\n') + NetworkText::clickToEdit() : tip;
}
