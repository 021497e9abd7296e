#pragma once
/**
 * @file inputfeatures.h
 * Input features of the 2-D sets, as Playground's INPUTS: x1, x2, x1², x2², x1·x2, sin x1, sin x2.
 *
 * Not named features.h: the engine directory is on the include path, and glibc's <features.h>
 * (included by every C library header) would find this file instead.
 */
#include <Eigen/Core>

#include <string>

namespace engine {

/// One input feature; a FeatureSet is a bitwise OR of them.
enum Feature : unsigned {
    FeatureX1 = 1u << 0,
    FeatureX2 = 1u << 1,
    FeatureX1Squared = 1u << 2,
    FeatureX2Squared = 1u << 3,
    FeatureX1TimesX2 = 1u << 4,
    FeatureSinX1 = 1u << 5,
    FeatureSinX2 = 1u << 6,
};
using FeatureSet = unsigned;
constexpr int kFeatureKinds = 7;
constexpr FeatureSet kDefaultFeatures = FeatureX1 | FeatureX2;

/// Number of features in the set (bits that name no feature are not counted).
int featureCount(FeatureSet features);
/// Stable id of one feature ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin_x1", "sin_x2"), for files.
/// Throws std::invalid_argument for a value that is not a single Feature.
const char *featureId(Feature feature);

/**
 * Feature matrix (featureCount x n, float) of 2 x n planar points, rows in Feature bit order;
 * values are computed in double, then rounded to float. Inputs that are not planar (digits) are
 * passed through unchanged as float: features apply to 2-D sets only. Throws
 * std::invalid_argument for planar inputs when the set has bits that name no feature.
 */
Eigen::MatrixXf computeFeatures(const Eigen::MatrixXd &inputs, FeatureSet features);

} // namespace engine
