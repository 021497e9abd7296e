#pragma once
/**
 * @file playgroundgenerators.h
 * The six generators of TensorFlow Playground's src/dataset.ts, definition for definition.
 *
 * Each one draws its random numbers in the same order as Playground (so the structure of every
 * set, and the way noise acts on it, is the Playground's), and returns the points unshuffled, in
 * Playground's order: positives then negatives, or arm by arm. generateDataset() shuffles them.
 *
 * `noise` is a fraction in [0, 0.5] (Playground passes state.noise / 100). Labels are class
 * indices (1 = positive, 0 = negative) for classification, the target value for regression.
 * With an odd sample count the first half gets the extra point (Playground's loops `i < n / 2`
 * would make n + 1 points; we keep exactly n).
 */
#include "dataset.h"
#include "random.h"

#include <vector>

namespace engine::detail {

/// [circle] positives r ~ U(0, 2.5), negatives r ~ U(3.5, 5); the label test sees the point moved
/// by U(-5, 5) * noise per axis, so noise flips labels near the boundary but never moves points.
std::vector<LabeledPoint> circlePoints(int samples, double noise, Random &rng);

/// [xor] x, y ~ U(-5, 5) pushed 0.3 away from the axes; label x * y >= 0 after U(-5, 5) * noise.
std::vector<LabeledPoint> xorPoints(int samples, double noise, Random &rng);

/// [gauss] positives ~ N((2, 2), v), negatives ~ N((-2, -2), v), with the variance
/// v = 0.5 + 3.5 * noise / 0.5 (d3 scale [0, 0.5] -> [0.5, 4]), so noise 0.25 gives std 1.5.
/// `positives` of the samples are positive (samples / 2 in Playground).
std::vector<LabeledPoint> gaussPoints(int positives, int negatives, double noise, Random &rng);

/// Gaussian variance for a noise fraction, as Playground's varianceScale (shared with Blobs).
double gaussVariance(double noise);

/// Appends `count` points ~ N((cx, cy), variance), x drawn before y (Playground's genGauss).
void appendGauss(std::vector<LabeledPoint> &points, int count, double cx, double cy, double variance,
                 double label, Random &rng);

/// [spiral] two arms: r = i / n * 5, t = 1.75 * i / n * 2 pi + deltaT (0 positive, pi negative),
/// n = samples / 2, each coordinate + U(-1, 1) * noise.
std::vector<LabeledPoint> spiralPoints(int samples, double noise, Random &rng);

/// Appends points i = 0..count-1 of one spiral arm (Playground's genSpiral) with arm length
/// `armLength` (the n in the formula above, fractional for odd sample counts).
void appendSpiralArm(std::vector<LabeledPoint> &points, int count, double armLength, double deltaT,
                     double noise, double label, Random &rng);

/// [reg-plane] x, y ~ U(-6, 6); value = (x + nx + y + ny) / 10 with nx, ny ~ U(-6, 6) * noise.
/// Playground's d3 scale maps [-10, 10] to [-1, 1] without clamping, so values reach +-1.2
/// (+-1.8 at noise 0.5): kept as is.
std::vector<LabeledPoint> regressPlanePoints(int samples, double noise, Random &rng);

/// [reg-gauss] x, y ~ U(-6, 6); six signed bumps sign * clamp(1 - d / 2, 0, 1) at
/// (+-4 or 0, +-2.5); the value is the bump largest in absolute value at the noisy point.
std::vector<LabeledPoint> regressGaussPoints(int samples, double noise, Random &rng);

} // namespace engine::detail
