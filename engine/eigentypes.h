#pragma once
/**
 * @file eigentypes.h
 * Short names for the Eigen types the engine passes around. Samples are columns (mlpack's
 * convention): a batch of n inputs is an inputs x n matrix.
 */
#include <Eigen/Core>

namespace engine {

template <typename T>
using Matrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>;
template <typename T>
using Vector = Eigen::Matrix<T, Eigen::Dynamic, 1>;
template <typename T>
using MatrixRef = Eigen::Ref<Matrix<T>>;
template <typename T>
using ConstMatrixRef = Eigen::Ref<const Matrix<T>>;

} // namespace engine
