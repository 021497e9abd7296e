#include "activation.h"

#include <cmath>

namespace engine {

namespace {
struct ActivationName {
    Activation activation;
    const char *id;
};
constexpr ActivationName kNames[] = {
    {Activation::Linear, "linear"}, {Activation::Sigmoid, "sigmoid"},       {Activation::Tanh, "tanh"},
    {Activation::ReLU, "relu"},     {Activation::LeakyReLU, "leaky_relu"}, {Activation::Softmax, "softmax"},
};
} // namespace

const char *activationId(Activation activation)
{
    for (const auto &name : kNames)
        if (name.activation == activation)
            return name.id;
    return "linear";
}

bool activationFromId(const std::string &id, Activation &activation)
{
    for (const auto &name : kNames) {
        if (id == name.id) {
            activation = name.activation;
            return true;
        }
    }
    return false;
}

namespace {
/// Element-wise activations treat the block as one flat array when it is contiguous (the
/// leftCols of a column-major buffer always is): a 2 x 250 block then vectorises as 500
/// numbers instead of 250 columns of 2, which Eigen would do one scalar at a time.
template <typename Z, typename A>
void activateElementwise(Activation activation, const Z &z, A &a)
{
    using T = typename Z::Scalar;
    const T leak = static_cast<T>(kLeakyReLUSlope);
    switch (activation) {
    case Activation::Linear:
        a = z;
        break;
    case Activation::Sigmoid:
        a = z.logistic();
        break;
    case Activation::Tanh:
        a = z.tanh();
        break;
    case Activation::ReLU:
        a = z.max(T(0));
        break;
    case Activation::LeakyReLU:
        a = (z > T(0)).select(z, leak * z);
        break;
    case Activation::Softmax:
        break;
    }
}

template <typename Z, typename D, typename Out>
void backwardElementwise(Activation activation, const Z &z, const Z &a, const D &dA, Out &dZ)
{
    using T = typename Z::Scalar;
    const T leak = static_cast<T>(kLeakyReLUSlope);
    switch (activation) {
    case Activation::Linear:
        dZ = dA;
        break;
    case Activation::Sigmoid:
        dZ = dA * a * (T(1) - a);
        break;
    case Activation::Tanh:
        dZ = dA * (T(1) - a.square());
        break;
    case Activation::ReLU:
        dZ = (z > T(0)).select(dA, T(0));
        break;
    case Activation::LeakyReLU:
        dZ = (z > T(0)).select(dA, leak * dA);
        break;
    case Activation::Softmax:
        break;
    }
}

template <typename T>
using FlatConst = Eigen::Map<const Eigen::Array<T, Eigen::Dynamic, 1>>;
template <typename T>
using Flat = Eigen::Map<Eigen::Array<T, Eigen::Dynamic, 1>>;

template <typename M>
bool contiguous(const M &m)
{
    return m.cols() <= 1 || m.outerStride() == m.rows();
}
} // namespace

template <typename T>
void activate(Activation activation, const ConstMatrixRef<T> &z, MatrixRef<T> a)
{
    if (activation == Activation::Softmax) {
        // Subtracting the column maximum keeps exp() from overflowing; the result is unchanged.
        for (Eigen::Index c = 0; c < z.cols(); ++c) {
            const T top = z.col(c).maxCoeff();
            a.col(c).array() = (z.col(c).array() - top).exp();
            a.col(c) /= a.col(c).sum();
        }
    } else if (contiguous(z) && contiguous(a)) {
        const FlatConst<T> zf(z.data(), z.size());
        Flat<T> af(a.data(), a.size());
        activateElementwise(activation, zf, af);
    } else {
        auto aa = a.array();
        activateElementwise(activation, z.array(), aa);
    }
}

template <typename T>
void activationBackward(Activation activation, const ConstMatrixRef<T> &z, const ConstMatrixRef<T> &a,
                        const ConstMatrixRef<T> &dA, MatrixRef<T> dZ)
{
    if (activation == Activation::Softmax) {
        for (Eigen::Index c = 0; c < z.cols(); ++c) {
            const T dot = dA.col(c).dot(a.col(c));
            dZ.col(c).array() = a.col(c).array() * (dA.col(c).array() - dot);
        }
    } else if (contiguous(z) && contiguous(a) && contiguous(dA) && contiguous(dZ)) {
        const FlatConst<T> zf(z.data(), z.size()), af(a.data(), a.size()), df(dA.data(), dA.size());
        Flat<T> out(dZ.data(), dZ.size());
        backwardElementwise(activation, zf, af, df, out);
    } else {
        auto out = dZ.array();
        backwardElementwise(activation, z.array(), a.array(), dA.array(), out);
    }
}

double activationValue(Activation activation, double z)
{
    switch (activation) {
    case Activation::Linear:
        return z;
    case Activation::Sigmoid:
        return 1.0 / (1.0 + std::exp(-z));
    case Activation::Tanh:
        return std::tanh(z);
    case Activation::ReLU:
        return z > 0 ? z : 0.0;
    case Activation::LeakyReLU:
        return z > 0 ? z : kLeakyReLUSlope * z;
    case Activation::Softmax:
        break;
    }
    return z;
}

template void activate<float>(Activation, const ConstMatrixRef<float> &, MatrixRef<float>);
template void activate<double>(Activation, const ConstMatrixRef<double> &, MatrixRef<double>);
template void activationBackward<float>(Activation, const ConstMatrixRef<float> &, const ConstMatrixRef<float> &,
                                        const ConstMatrixRef<float> &, MatrixRef<float>);
template void activationBackward<double>(Activation, const ConstMatrixRef<double> &, const ConstMatrixRef<double> &,
                                         const ConstMatrixRef<double> &, MatrixRef<double>);

} // namespace engine
