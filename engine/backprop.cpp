#include "backprop.h"

namespace engine {

namespace {
/// Products this small run faster as plain loops than through Eigen's blocked GEMM, whose
/// set-up dominates a 4x2 times 2x10 product.
template <typename Lhs, typename Rhs>
bool isSmallProduct(const Lhs &lhs, const Rhs &rhs)
{
    return lhs.rows() * lhs.cols() * rhs.cols() <= 4096 || lhs.cols() <= 8;
}

template <typename Dst, typename Lhs, typename Rhs>
void multiply(Dst &&dst, const Lhs &lhs, const Rhs &rhs)
{
    if (isSmallProduct(lhs, rhs))
        dst.noalias() = lhs.lazyProduct(rhs);
    else
        dst.noalias() = lhs * rhs;
}
} // namespace

template <typename T>
void Backprop<T>::reserve(const BasicNetwork<T> &network, int capacity)
{
    std::vector<int> shape{network.inputCount()};
    for (const auto &layer : network.layers())
        shape.push_back(layer.units);
    if (shape == m_shape && capacity <= m_capacity)
        return;
    m_shape = shape;
    m_capacity = std::max(capacity, m_capacity);
    const int layers = network.layerCount();
    m_z.resize(layers);
    m_a.resize(layers);
    m_delta.resize(layers);
    m_mask.resize(layers);
    int widest = network.inputCount();
    for (int l = 0; l < layers; ++l) {
        const int units = network.layer(l).units;
        widest = std::max(widest, units);
        m_z[l].resize(units, m_capacity);
        m_a[l].resize(units, m_capacity);
        m_delta[l].resize(units, m_capacity);
        m_mask[l].resize(l + 1 < layers ? units : 0, m_capacity);
    }
    m_dA.resize(widest, m_capacity);
}

template <typename T>
typename Backprop<T>::Columns Backprop<T>::forward(const BasicNetwork<T> &network, const ConstMatrixRef<T> &inputs,
                                             double dropoutRate, Random *random)
{
    const int n = static_cast<int>(inputs.cols());
    reserve(network, n);
    m_columns = n;
    m_dropoutRate = random ? dropoutRate : 0.0;
    const T keepScale = static_cast<T>(1.0 / (1.0 - m_dropoutRate));
    for (int l = 0; l < network.layerCount(); ++l) {
        auto z = m_z[l].leftCols(n);
        auto a = m_a[l].leftCols(n);
        if (l == 0)
            multiply(z, network.weights(0), inputs);
        else
            multiply(z, network.weights(l), m_a[l - 1].leftCols(n));
        z.colwise() += network.biases(l);
        activate<T>(network.layer(l).activation, z, a);
        if (m_dropoutRate > 0.0 && l + 1 < network.layerCount()) {
            auto mask = m_mask[l].leftCols(n);
            for (Eigen::Index i = 0; i < mask.size(); ++i)
                mask.data()[i] = random->uniform() < m_dropoutRate ? T(0) : keepScale;
            a.array() *= mask.array();
        }
    }
    return m_a.back().leftCols(n);
}

template <typename T>
void Backprop<T>::backward(const BasicNetwork<T> &network, const ConstMatrixRef<T> &inputs,
                           const ConstMatrixRef<T> &targets, LossKind loss, Vector<T> &gradient)
{
    const int n = m_columns;
    const int last = network.layerCount() - 1;
    gradient.resize(network.parameterCount());
    {
        auto out = m_a[last].leftCols(n);
        auto delta = m_delta[last].leftCols(n);
        if (hasFusedOutputGradient(loss, network.outputActivation())) {
            fusedOutputGradient<T>(loss, out, targets, delta);
        } else {
            auto dA = m_dA.topLeftCorner(network.outputCount(), n);
            lossGradient<T>(loss, out, targets, dA);
            activationBackward<T>(network.outputActivation(), m_z[last].leftCols(n), out, dA, delta);
        }
    }
    for (int l = last; l >= 0; --l) {
        auto delta = m_delta[l].leftCols(n);
        Eigen::Map<Matrix<T>> dW(gradient.data() + network.weightOffset(l), network.layer(l).units, network.fanIn(l));
        Eigen::Map<Vector<T>> db(gradient.data() + network.biasOffset(l), network.layer(l).units);
        if (l == 0)
            multiply(dW, delta, inputs.transpose());
        else
            multiply(dW, delta, m_a[l - 1].leftCols(n).transpose());
        db.noalias() = delta.rowwise().sum();
        if (l == 0)
            break;
        // dL/da of the layer below; with dropout, a = f(z) * mask, so dL/df = dL/da * mask and
        // the stored a is divided back out through the mask (f(z) = a / scale where kept).
        auto dA = m_dA.topLeftCorner(network.layer(l - 1).units, n);
        multiply(dA, network.weights(l).transpose(), delta);
        auto below = m_delta[l - 1].leftCols(n);
        const Activation act = network.layer(l - 1).activation;
        if (m_dropoutRate > 0.0) {
            auto mask = m_mask[l - 1].leftCols(n);
            const T keepScale = static_cast<T>(1.0 / (1.0 - m_dropoutRate));
            dA.array() *= mask.array();
            Matrix<T> raw = (mask.array() > T(0)).select(m_a[l - 1].leftCols(n).array() / keepScale, T(0));
            // Recompute f(z) where dropped so the derivative is defined (it is multiplied by 0 anyway).
            activationBackward<T>(act, m_z[l - 1].leftCols(n), raw, dA, below);
        } else {
            activationBackward<T>(act, m_z[l - 1].leftCols(n), m_a[l - 1].leftCols(n), dA, below);
        }
    }
}

template class Backprop<float>;
template class Backprop<double>;

} // namespace engine
