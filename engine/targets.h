#pragma once
/**
 * @file targets.h
 * How labels become the numbers the output layer is trained towards.
 */
#include "dataset.h"

#include <Eigen/Core>

#include <vector>

namespace engine {

/// Target encoding; it follows the output activation (CURRICULUM §7 D2).
enum class TargetEncoding {
    PlusMinusOne, ///< binary, tanh output: positive +1, negative -1 (Playground); class = output >= 0
    ZeroOne,      ///< binary, sigmoid output: 1 / 0 (the PyTorch recipe); class = output >= 0.5
    OneHot,       ///< k classes, softmax output: row c is 1 for class c
    Value         ///< regression: the value itself
};

/// Targets (outputs x n, float) for the given samples of the data set, column j for samples[j].
/// Throws std::invalid_argument when the encoding does not fit the task (Regression: Value only;
/// MultiClass: OneHot only; Binary: PlusMinusOne, ZeroOne or OneHot with 2 rows), and
/// std::out_of_range for a sample index outside the data set.
Eigen::MatrixXf encodeTargets(const Dataset &data, const std::vector<int> &samples, TargetEncoding encoding);

/// Number of output neurons an encoding needs for a data set (1, or the class count for one-hot).
/// Throws std::invalid_argument on the same mismatches as encodeTargets.
int outputCount(const Dataset &data, TargetEncoding encoding);

} // namespace engine
