#pragma once
/**
 * @file loss.h
 * Loss functions as value + derivative pairs (tiny-dnn's loss_function.h: f and df).
 *
 * Every loss is a mean over the batch, so its gradient carries a 1/n; the optimizer then steps
 * with the mean gradient (w <- w - lr * mean gradient, CURRICULUM §3.3).
 */
#include "activation.h"
#include "eigentypes.h"

#include <string>

namespace engine {

enum class LossKind {
    MeanSquared,         ///< mean of (o - t)^2 over all outputs, torch.nn.MSELoss (the app's default, D1)
    HalfSquared,         ///< mean of 1/2 (o - t)^2, the number TensorFlow Playground shows
    BinaryCrossEntropy,  ///< mean of -(t log o + (1 - t) log(1 - o)); outputs in (0, 1), targets 0/1
    SoftmaxCrossEntropy  ///< mean over samples of -sum_i t_i log o_i; softmax outputs, one-hot targets
};

/// Stable id ("mse", "half_mse", "bce", "softmax_ce").
const char *lossId(LossKind loss);
bool lossFromId(const std::string &id, LossKind &loss);

/// Mean loss of outputs against targets (both outputs x n). Returned in double for reports.
template <typename T>
double lossValue(LossKind loss, const ConstMatrixRef<T> &outputs, const ConstMatrixRef<T> &targets);

/// dL/do for the mean loss over the n columns.
template <typename T>
void lossGradient(LossKind loss, const ConstMatrixRef<T> &outputs, const ConstMatrixRef<T> &targets,
                  MatrixRef<T> gradient);

/**
 * True when dL/dz of the output layer is simply (o - t) / m, which is both faster and numerically
 * safer than chaining dL/do through the activation: sigmoid + binary cross-entropy and
 * softmax + softmax cross-entropy.
 */
bool hasFusedOutputGradient(LossKind loss, Activation outputActivation);

/// dL/dz of the output layer for the fused pairs above.
template <typename T>
void fusedOutputGradient(LossKind loss, const ConstMatrixRef<T> &outputs, const ConstMatrixRef<T> &targets,
                         MatrixRef<T> dZ);

/// Why a loss and an output layer cannot be combined, or Compatible.
enum class LossCompatibility { Compatible, NeedsSoftmaxOutput, NeedsOutputInUnitRange, SoftmaxNeedsTwoOutputs };
LossCompatibility checkLossCompatibility(LossKind loss, Activation outputActivation, int outputCount);

} // namespace engine
