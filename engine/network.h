#pragma once
/**
 * @file network.h
 * A fully connected network: the architecture and every trainable parameter, as a value type.
 *
 * All parameters sit in one flat vector (mlpack's Parameters()), so optimizers and
 * regularisers see a single vector; weights(l) and biases(l) are Eigen::Map views into it.
 * Layer l maps its inputs to units neurons: z = W x + b, a = f(z), W is units x inputs.
 *
 * The network can be edited between training steps. An edit keeps every weight that still has
 * a place (both of its neurons survive and are still in adjacent layers) and every bias of a
 * surviving neuron; new ones are drawn from the network's own edit stream, so the same seed and
 * the same edits give the same numbers.
 */
#include "activation.h"
#include "eigentypes.h"
#include "initializer.h"
#include "random.h"

#include <cstdint>
#include <vector>

namespace engine {

/// One dense layer: how many neurons and which activation.
struct LayerSpec {
    int units = 1;
    Activation activation = Activation::Tanh;
    bool operator==(const LayerSpec &other) const { return units == other.units && activation == other.activation; }
};

template <typename T>
class BasicNetwork {
public:
    BasicNetwork() = default;
    /// layers = hidden layers then the output layer (at least one). Throws std::invalid_argument
    /// for fewer than 1 input or a layer without neurons.
    BasicNetwork(int inputs, std::vector<LayerSpec> layers, Initializer init, std::uint64_t seed);

    int inputCount() const { return m_inputs; }
    int layerCount() const { return static_cast<int>(m_layers.size()); }
    int hiddenLayerCount() const { return layerCount() - 1; }
    const LayerSpec &layer(int l) const { return m_layers[l]; }
    const std::vector<LayerSpec> &layers() const { return m_layers; }
    int outputCount() const { return m_layers.back().units; }
    Activation outputActivation() const { return m_layers.back().activation; }
    /// Inputs of layer l (the previous layer's units, or the input count).
    int fanIn(int l) const { return l == 0 ? m_inputs : m_layers[l - 1].units; }
    /// Trainable parameters: weights plus biases (a 2-4-2-1 network has 25).
    int parameterCount() const { return static_cast<int>(m_parameters.size()); }
    /// Offset of layer l's weights in parameters(); its biases follow them.
    int weightOffset(int l) const { return m_offsets[l]; }
    int biasOffset(int l) const { return m_offsets[l] + m_layers[l].units * fanIn(l); }

    Vector<T> &parameters() { return m_parameters; }
    const Vector<T> &parameters() const { return m_parameters; }
    Eigen::Map<Matrix<T>> weights(int l);
    Eigen::Map<const Matrix<T>> weights(int l) const;
    Eigen::Map<Vector<T>> biases(int l);
    Eigen::Map<const Vector<T>> biases(int l) const;

    Initializer initializer() const { return m_init; }
    std::uint64_t seed() const { return m_seed; }
    /// Draws every parameter again from seed() (the same initial weights as at construction).
    void reinitialize();
    /// Draws every parameter from a new seed.
    void reinitialize(std::uint64_t seed);

    /// The stream that draws the parameters edits create. A saved workspace keeps it, so an edit
    /// after opening the file draws what it would have drawn without saving.
    const Random &editStream() const { return m_editRandom; }
    void setEditStream(const Random &stream) { m_editRandom = stream; }

    /// Inserts a hidden layer before layer `index` (0 .. layerCount() - 1).
    void insertLayer(int index, const LayerSpec &spec);
    /// Removes hidden layer `index` (0 .. hiddenLayerCount() - 1).
    void removeLayer(int index);
    /// Inserts a neuron into layer l at `position` (0 .. units).
    void insertNeuron(int l, int position);
    /// Removes a neuron; a layer keeps at least one.
    void removeNeuron(int l, int position);
    /// Inserts / removes an input (a feature switched on or off).
    void insertInput(int position);
    void removeInput(int position);
    /// Changes the activation of layer l; all parameters are kept.
    void setActivation(int l, Activation activation) { m_layers[l].activation = activation; }

    T weight(int l, int to, int from) const { return weights(l)(to, from); }
    void setWeight(int l, int to, int from, T value) { weights(l)(to, from) = value; }
    T bias(int l, int neuron) const { return biases(l)(neuron); }
    void setBias(int l, int neuron, T value) { biases(l)(neuron) = value; }

    /// The same network in another scalar type (float for training, double for gradient checks).
    template <typename U>
    BasicNetwork<U> cast() const;

    /// True when both have the same inputs and layers (parameters may differ).
    bool sameArchitecture(const BasicNetwork &other) const
    {
        return m_inputs == other.m_inputs && m_layers == other.m_layers;
    }

private:
    template <typename U>
    friend class BasicNetwork;

    /// Where each neuron of the new network came from: -1 = new. Level 0 is the input layer,
    /// level k the output of layer k - 1.
    struct Origin {
        std::vector<int> levelSource;              ///< old level of each new level, or -1
        std::vector<std::vector<int>> neuronSource; ///< old neuron of each new neuron, or -1
    };
    Origin identityOrigin() const;
    void rebuild(int inputs, std::vector<LayerSpec> layers, const Origin &origin);
    void computeOffsets();
    int levelSize(int level) const { return level == 0 ? m_inputs : m_layers[level - 1].units; }

    int m_inputs = 0;
    std::vector<LayerSpec> m_layers;
    std::vector<int> m_offsets;
    Vector<T> m_parameters;
    Initializer m_init = Initializer::PlaygroundUniform;
    std::uint64_t m_seed = 1;
    Random m_editRandom; ///< draws the parameters that edits create
};

using Network = BasicNetwork<float>;

extern template class BasicNetwork<float>;
extern template class BasicNetwork<double>;

} // namespace engine
