#pragma once
/**
 * @file regularization.h
 * L1 and L2 penalties on the weights (not the biases), as Playground's RegularizationFunction:
 * L1 = rate * sum |w| (derivative rate * sign w), L2 = rate * sum w^2 / 2 (derivative rate * w,
 * i.e. weight decay, 权重衰减).
 */
#include "network.h"

#include <string>

namespace engine {

enum class Regularization { None, L1, L2 };

const char *regularizationId(Regularization kind);
bool regularizationFromId(const std::string &id, Regularization &kind);

/// The penalty term for the current weights.
template <typename T>
double regularizationPenalty(const BasicNetwork<T> &network, Regularization kind, double rate);

/// Adds the penalty's derivative to a gradient laid out like network.parameters().
template <typename T>
void addRegularizationGradient(const BasicNetwork<T> &network, Regularization kind, double rate, Vector<T> &gradient);

} // namespace engine
