#pragma once
/**
 * @file extragenerators.h
 * 2-D sets that Playground lacks, for the multi-class, memorising and imbalance lessons.
 * They follow the conventions of playgroundgenerators.h: coordinates roughly in [-6, 6]^2,
 * `noise` a fraction in [0, 0.5], labels are class indices, points returned unshuffled.
 */
#include "dataset.h"
#include "random.h"

#include <vector>

namespace engine::detail {

/**
 * Two interleaving half-moons as scikit-learn's make_moons: the outer moon
 * (cos s, sin s) is class 0, the inner one (1 - cos s, 0.5 - sin s) class 1, s evenly spaced in
 * [0, pi]; outer gets samples / 2 points. Gaussian jitter of std `noise` in moon units (so noise
 * 0.1 is make_moons(noise=0.1)), then everything is centred and scaled by 3.5 to fill the plane
 * (x in [-5.25, 5.25], y in [-2.625, 2.625] before jitter).
 */
std::vector<LabeledPoint> moonsPoints(int samples, double noise, Random &rng);

/// `classes` Gaussian blobs, centre k at radius 4 and angle 2 pi k / classes (x = 4 sin, y = 4 cos,
/// as Playground draws angles), variance as the gauss set's (std 1.5 at noise 0.25). Class k gets
/// samples / classes points, the first samples % classes classes one more.
std::vector<LabeledPoint> blobsPoints(int samples, int classes, double noise, Random &rng);

/// Three spiral arms with Playground's spiral formula, arm k at deltaT = 2 pi k / 3, n = samples / 3.
std::vector<LabeledPoint> spiral3Points(int samples, double noise, Random &rng);

/// Points uniform in [-6, 6]^2 with a class drawn uniformly from 0..classes-1: nothing to learn
/// but memorising (x, y, then the class are drawn per point).
std::vector<LabeledPoint> randomLabelPoints(int samples, int classes, Random &rng);

} // namespace engine::detail
