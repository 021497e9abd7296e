#include "backprop.h"

#include "smallproducts.h"

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
    // Called before every batch: compare in place, allocate only when the shape really changed.
    bool sameShape = capacity <= m_capacity && static_cast<int>(m_shape.size()) == network.layerCount() + 1
                  && m_shape[0] == network.inputCount();
    for (int l = 0; sameShape && l < network.layerCount(); ++l)
        sameShape = m_shape[l + 1] == network.layer(l).units;
    if (sameShape)
        return;
    std::vector<int> shape{network.inputCount()};
    for (const auto &layer : network.layers())
        shape.push_back(layer.units);
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
        const auto w = network.weights(l);
        const T *x = l == 0 ? inputs.data() : m_a[l - 1].data();
        const bool packed = l > 0 || inputs.outerStride() == inputs.rows();
        if (packed && small::isNarrow(w.rows(), w.cols())) {
            small::affine(w.data(), network.biases(l).data(), x, z.data(), w.rows(), w.cols(), n);
        } else {
            if (l == 0)
                multiply(z, w, inputs);
            else
                multiply(z, w, m_a[l - 1].leftCols(n));
            z.colwise() += network.biases(l);
        }
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
        const bool narrow = small::isNarrow(dW.rows(), dW.cols());
        const bool packed = l > 0 || inputs.outerStride() == inputs.rows();
        if (narrow && packed) {
            const T *below = l == 0 ? inputs.data() : m_a[l - 1].data();
            small::weightGradient(delta.data(), below, dW.data(), db.data(), dW.rows(), dW.cols(), n);
        } else {
            if (l == 0)
                multiply(dW, delta, inputs.transpose());
            else
                multiply(dW, delta, m_a[l - 1].leftCols(n).transpose());
            db.noalias() = delta.rowwise().sum();
        }
        if (l == 0)
            break;
        const int unitsBelow = network.layer(l - 1).units;
        if (narrow) {
            // m_dA is used as a packed (units below x n) block so the loop can write it linearly.
            Eigen::Map<Matrix<T>> dA(m_dA.data(), unitsBelow, n);
            small::inputGradient(network.weights(l).data(), delta.data(), dA.data(), dW.rows(), dW.cols(), n);
            backwardBelow(network, l - 1, dA);
        } else {
            auto dA = m_dA.topLeftCorner(unitsBelow, n);
            multiply(dA, network.weights(l).transpose(), delta);
            backwardBelow(network, l - 1, dA);
        }
    }
}

template <typename T>
void Backprop<T>::backwardBelow(const BasicNetwork<T> &network, int l, MatrixRef<T> dA)
{
    // dL/dz of hidden layer l from dL/da. With dropout, a = f(z) * mask, so dL/df = dL/da * mask,
    // and f(z) is the stored a divided back by the scale where the neuron was kept.
    const int n = m_columns;
    auto delta = m_delta[l].leftCols(n);
    const Activation act = network.layer(l).activation;
    if (m_dropoutRate > 0.0) {
        auto mask = m_mask[l].leftCols(n);
        const T keepScale = static_cast<T>(1.0 / (1.0 - m_dropoutRate));
        dA.array() *= mask.array();
        const Matrix<T> raw = (mask.array() > T(0)).select(m_a[l].leftCols(n).array() / keepScale, T(0));
        activationBackward<T>(act, m_z[l].leftCols(n), raw, dA, delta);
    } else {
        activationBackward<T>(act, m_z[l].leftCols(n), m_a[l].leftCols(n), dA, delta);
    }
}

template class Backprop<float>;
template class Backprop<double>;

} // namespace engine
