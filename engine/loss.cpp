#include "loss.h"

#include <algorithm>
#include <cmath>

namespace engine {

namespace {
struct LossName {
    LossKind loss;
    const char *id;
};
constexpr LossName kNames[] = {
    {LossKind::MeanSquared, "mse"},
    {LossKind::HalfSquared, "half_mse"},
    {LossKind::BinaryCrossEntropy, "bce"},
    {LossKind::SoftmaxCrossEntropy, "softmax_ce"},
};

/// log() is clamped away from 0 so a saturated output gives a large finite loss, never Inf.
constexpr double kLogFloor = 1e-7;
} // namespace

const char *lossId(LossKind loss)
{
    for (const auto &name : kNames)
        if (name.loss == loss)
            return name.id;
    return "mse";
}

bool lossFromId(const std::string &id, LossKind &loss)
{
    for (const auto &name : kNames) {
        if (id == name.id) {
            loss = name.loss;
            return true;
        }
    }
    return false;
}

template <typename T>
double lossValue(LossKind loss, const ConstMatrixRef<T> &outputs, const ConstMatrixRef<T> &targets)
{
    const double n = static_cast<double>(outputs.cols());
    const double elements = static_cast<double>(outputs.size());
    if (outputs.size() == 0)
        return 0.0;
    switch (loss) {
    case LossKind::MeanSquared:
        return static_cast<double>((outputs - targets).squaredNorm()) / elements;
    case LossKind::HalfSquared:
        return 0.5 * static_cast<double>((outputs - targets).squaredNorm()) / elements;
    case LossKind::BinaryCrossEntropy: {
        const T lo = static_cast<T>(kLogFloor), hi = static_cast<T>(1.0 - kLogFloor);
        const auto o = outputs.array().max(lo).min(hi);
        const auto t = targets.array();
        return -static_cast<double>((t * o.log() + (T(1) - t) * (T(1) - o).log()).sum()) / elements;
    }
    case LossKind::SoftmaxCrossEntropy: {
        const auto o = outputs.array().max(static_cast<T>(kLogFloor));
        return -static_cast<double>((targets.array() * o.log()).sum()) / n;
    }
    }
    return 0.0;
}

template <typename T>
void lossGradient(LossKind loss, const ConstMatrixRef<T> &outputs, const ConstMatrixRef<T> &targets,
                  MatrixRef<T> gradient)
{
    const T n = static_cast<T>(outputs.cols());
    const T elements = static_cast<T>(outputs.size());
    switch (loss) {
    case LossKind::MeanSquared:
        gradient = (T(2) / elements) * (outputs - targets);
        break;
    case LossKind::HalfSquared:
        gradient = (T(1) / elements) * (outputs - targets);
        break;
    case LossKind::BinaryCrossEntropy: {
        const T lo = static_cast<T>(kLogFloor), hi = static_cast<T>(1.0 - kLogFloor);
        const auto o = outputs.array().max(lo).min(hi);
        gradient.array() = (o - targets.array()) / (o * (T(1) - o)) / elements;
        break;
    }
    case LossKind::SoftmaxCrossEntropy:
        gradient.array() = -targets.array() / outputs.array().max(static_cast<T>(kLogFloor)) / n;
        break;
    }
}

bool hasFusedOutputGradient(LossKind loss, Activation outputActivation)
{
    return (loss == LossKind::BinaryCrossEntropy && outputActivation == Activation::Sigmoid)
        || (loss == LossKind::SoftmaxCrossEntropy && outputActivation == Activation::Softmax);
}

template <typename T>
void fusedOutputGradient(LossKind loss, const ConstMatrixRef<T> &outputs, const ConstMatrixRef<T> &targets,
                         MatrixRef<T> dZ)
{
    // BCE averages over every output, softmax cross-entropy over samples only.
    const T m = static_cast<T>(loss == LossKind::BinaryCrossEntropy ? outputs.size() : outputs.cols());
    dZ = (outputs - targets) / m;
}

LossCompatibility checkLossCompatibility(LossKind loss, Activation outputActivation, int outputCount)
{
    if (outputActivation == Activation::Softmax && outputCount < 2)
        return LossCompatibility::SoftmaxNeedsTwoOutputs;
    if (loss == LossKind::SoftmaxCrossEntropy && outputActivation != Activation::Softmax)
        return LossCompatibility::NeedsSoftmaxOutput;
    if (loss == LossKind::BinaryCrossEntropy && outputActivation != Activation::Sigmoid
        && outputActivation != Activation::Softmax)
        return LossCompatibility::NeedsOutputInUnitRange;
    return LossCompatibility::Compatible;
}

#define NL_INSTANTIATE_LOSS(T)                                                                                  \
    template double lossValue<T>(LossKind, const ConstMatrixRef<T> &, const ConstMatrixRef<T> &);               \
    template void lossGradient<T>(LossKind, const ConstMatrixRef<T> &, const ConstMatrixRef<T> &, MatrixRef<T>); \
    template void fusedOutputGradient<T>(LossKind, const ConstMatrixRef<T> &, const ConstMatrixRef<T> &, MatrixRef<T>);
NL_INSTANTIATE_LOSS(float)
NL_INSTANTIATE_LOSS(double)
#undef NL_INSTANTIATE_LOSS

} // namespace engine
