#pragma once
/**
 * @file activation.h
 * Activation functions as value + derivative pairs (Playground's nn.ts ActivationFunction).
 *
 * Softmax is only meaningful on the output layer: a = exp(z) / sum(exp(z)) per sample.
 */
#include "eigentypes.h"

#include <string>

namespace engine {

enum class Activation {
    Linear,    ///< a = z
    Sigmoid,   ///< a = 1 / (1 + e^-z) = e^z / (e^z + 1)
    Tanh,      ///< a = tanh z, range (-1, 1)
    ReLU,      ///< a = max(0, z)
    LeakyReLU, ///< a = z for z > 0, 0.01 z otherwise
    Softmax    ///< a_i = e^{z_i} / sum_j e^{z_j} over the outputs of one sample
};

constexpr double kLeakyReLUSlope = 0.01;

/// Stable id for files and lesson data ("linear", "sigmoid", "tanh", "relu", "leaky_relu", "softmax").
const char *activationId(Activation activation);
/// Parses an id; returns false for an unknown one.
bool activationFromId(const std::string &id, Activation &activation);

/// a = f(z), column by column.
template <typename T>
void activate(Activation activation, const ConstMatrixRef<T> &z, MatrixRef<T> a);

/**
 * dZ = dL/dz from dA = dL/da, given z and a = f(z). For softmax this is the Jacobian-vector
 * product per sample: dz = a * (da - sum(da * a)).
 */
template <typename T>
void activationBackward(Activation activation, const ConstMatrixRef<T> &z, const ConstMatrixRef<T> &a,
                        const ConstMatrixRef<T> &dA, MatrixRef<T> dZ);

/// Scalar value of one activation (for plots and the L9 function plotter); not for softmax.
double activationValue(Activation activation, double z);

} // namespace engine
