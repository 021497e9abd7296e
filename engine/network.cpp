#include "network.h"

#include <numeric>
#include <stdexcept>
#include <string>

namespace engine {

namespace {
/// The edit stream is derived from the initialisation seed, so it is independent of the initial
/// draw and yet fixed by it.
constexpr std::uint64_t kEditStreamSalt = 0x9E3779B97F4A7C15ull;

void require(bool condition, const char *message)
{
    if (!condition)
        throw std::invalid_argument(message);
}
} // namespace

template <typename T>
BasicNetwork<T>::BasicNetwork(int inputs, std::vector<LayerSpec> layers, Initializer init, std::uint64_t seed)
    : m_inputs(inputs), m_layers(std::move(layers)), m_init(init), m_seed(seed)
{
    require(m_inputs >= 1, "a network needs at least one input");
    require(!m_layers.empty(), "a network needs an output layer");
    for (const auto &spec : m_layers)
        require(spec.units >= 1, "every layer needs at least one neuron");
    computeOffsets();
    reinitialize();
}

template <typename T>
void BasicNetwork<T>::computeOffsets()
{
    m_offsets.assign(m_layers.size(), 0);
    int offset = 0;
    for (int l = 0; l < layerCount(); ++l) {
        m_offsets[l] = offset;
        offset += m_layers[l].units * (fanIn(l) + 1);
    }
    m_parameters.resize(offset);
}

template <typename T>
Eigen::Map<Matrix<T>> BasicNetwork<T>::weights(int l)
{
    return {m_parameters.data() + m_offsets[l], m_layers[l].units, fanIn(l)};
}

template <typename T>
Eigen::Map<const Matrix<T>> BasicNetwork<T>::weights(int l) const
{
    return {m_parameters.data() + m_offsets[l], m_layers[l].units, fanIn(l)};
}

template <typename T>
Eigen::Map<Vector<T>> BasicNetwork<T>::biases(int l)
{
    return {m_parameters.data() + biasOffset(l), m_layers[l].units};
}

template <typename T>
Eigen::Map<const Vector<T>> BasicNetwork<T>::biases(int l) const
{
    return {m_parameters.data() + biasOffset(l), m_layers[l].units};
}

template <typename T>
void BasicNetwork<T>::reinitialize()
{
    // Neuron by neuron, each incoming weight then the bias, like Playground's buildNetwork.
    Random random(m_seed);
    for (int l = 0; l < layerCount(); ++l) {
        auto w = weights(l);
        auto b = biases(l);
        for (int to = 0; to < m_layers[l].units; ++to) {
            for (int from = 0; from < fanIn(l); ++from)
                w(to, from) = static_cast<T>(drawWeight(m_init, fanIn(l), m_layers[l].units, random));
            b(to) = static_cast<T>(initialBias(m_init));
        }
    }
    m_editRandom = Random(m_seed ^ kEditStreamSalt);
}

template <typename T>
void BasicNetwork<T>::reinitialize(std::uint64_t seed)
{
    m_seed = seed;
    reinitialize();
}

template <typename T>
typename BasicNetwork<T>::Origin BasicNetwork<T>::identityOrigin() const
{
    Origin origin;
    for (int level = 0; level <= layerCount(); ++level) {
        origin.levelSource.push_back(level);
        std::vector<int> neurons(levelSize(level));
        std::iota(neurons.begin(), neurons.end(), 0);
        origin.neuronSource.push_back(std::move(neurons));
    }
    return origin;
}

template <typename T>
void BasicNetwork<T>::rebuild(int inputs, std::vector<LayerSpec> layers, const Origin &origin)
{
    const BasicNetwork old = *this;
    m_inputs = inputs;
    m_layers = std::move(layers);
    computeOffsets();
    for (int l = 0; l < layerCount(); ++l) {
        const int fromLevel = origin.levelSource[l];
        const int toLevel = origin.levelSource[l + 1];
        // A weight keeps its place only if its layer connected the same two levels before.
        const bool sameLayer = fromLevel >= 0 && toLevel == fromLevel + 1;
        auto w = weights(l);
        auto b = biases(l);
        for (int to = 0; to < m_layers[l].units; ++to) {
            const int oldTo = toLevel >= 0 ? origin.neuronSource[l + 1][to] : -1;
            for (int from = 0; from < fanIn(l); ++from) {
                const int oldFrom = fromLevel >= 0 ? origin.neuronSource[l][from] : -1;
                if (sameLayer && oldTo >= 0 && oldFrom >= 0)
                    w(to, from) = old.weight(toLevel - 1, oldTo, oldFrom);
                else
                    w(to, from) = static_cast<T>(drawWeight(m_init, fanIn(l), m_layers[l].units, m_editRandom));
            }
            b(to) = oldTo >= 0 ? old.bias(toLevel - 1, oldTo) : static_cast<T>(initialBias(m_init));
        }
    }
}

template <typename T>
void BasicNetwork<T>::insertLayer(int index, const LayerSpec &spec)
{
    require(index >= 0 && index < layerCount(), "a hidden layer goes before an existing layer");
    require(spec.units >= 1, "every layer needs at least one neuron");
    Origin origin = identityOrigin();
    origin.levelSource.insert(origin.levelSource.begin() + index + 1, -1);
    origin.neuronSource.insert(origin.neuronSource.begin() + index + 1, std::vector<int>(spec.units, -1));
    auto layers = m_layers;
    layers.insert(layers.begin() + index, spec);
    rebuild(m_inputs, std::move(layers), origin);
}

template <typename T>
void BasicNetwork<T>::removeLayer(int index)
{
    require(index >= 0 && index < hiddenLayerCount(), "only hidden layers can be removed");
    Origin origin = identityOrigin();
    origin.levelSource.erase(origin.levelSource.begin() + index + 1);
    origin.neuronSource.erase(origin.neuronSource.begin() + index + 1);
    auto layers = m_layers;
    layers.erase(layers.begin() + index);
    rebuild(m_inputs, std::move(layers), origin);
}

template <typename T>
void BasicNetwork<T>::insertNeuron(int l, int position)
{
    require(l >= 0 && l < layerCount(), "no such layer");
    require(position >= 0 && position <= m_layers[l].units, "no such neuron position");
    Origin origin = identityOrigin();
    auto &neurons = origin.neuronSource[l + 1];
    neurons.insert(neurons.begin() + position, -1);
    auto layers = m_layers;
    ++layers[l].units;
    rebuild(m_inputs, std::move(layers), origin);
}

template <typename T>
void BasicNetwork<T>::removeNeuron(int l, int position)
{
    require(l >= 0 && l < layerCount(), "no such layer");
    require(position >= 0 && position < m_layers[l].units, "no such neuron");
    require(m_layers[l].units > 1, "a layer keeps at least one neuron");
    Origin origin = identityOrigin();
    auto &neurons = origin.neuronSource[l + 1];
    neurons.erase(neurons.begin() + position);
    auto layers = m_layers;
    --layers[l].units;
    rebuild(m_inputs, std::move(layers), origin);
}

template <typename T>
void BasicNetwork<T>::insertInput(int position)
{
    require(position >= 0 && position <= m_inputs, "no such input position");
    Origin origin = identityOrigin();
    origin.neuronSource[0].insert(origin.neuronSource[0].begin() + position, -1);
    rebuild(m_inputs + 1, m_layers, origin);
}

template <typename T>
void BasicNetwork<T>::removeInput(int position)
{
    require(position >= 0 && position < m_inputs, "no such input");
    require(m_inputs > 1, "a network keeps at least one input");
    Origin origin = identityOrigin();
    origin.neuronSource[0].erase(origin.neuronSource[0].begin() + position);
    rebuild(m_inputs - 1, m_layers, origin);
}

template <typename T>
template <typename U>
BasicNetwork<U> BasicNetwork<T>::cast() const
{
    BasicNetwork<U> result;
    result.m_inputs = m_inputs;
    result.m_layers = m_layers;
    result.m_offsets = m_offsets;
    result.m_parameters = m_parameters.template cast<U>();
    result.m_init = m_init;
    result.m_seed = m_seed;
    result.m_editRandom = m_editRandom;
    return result;
}

template class BasicNetwork<float>;
template class BasicNetwork<double>;
template BasicNetwork<double> BasicNetwork<float>::cast<double>() const;
template BasicNetwork<float> BasicNetwork<double>::cast<float>() const;
template BasicNetwork<float> BasicNetwork<float>::cast<float>() const;
template BasicNetwork<double> BasicNetwork<double>::cast<double>() const;

} // namespace engine
