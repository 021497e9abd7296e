#include "extragenerators.h"

#include "playgroundgenerators.h"

#include <cmath>

namespace engine::detail {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Size of part k when `total` items are dealt into `parts`: the first total % parts get one more.
int shareOf(int total, int parts, int k) { return total / parts + (k < total % parts ? 1 : 0); }

// numpy.linspace(0, pi, count)[i]; a single point sits at 0 as in numpy.
double evenAngle(int i, int count) { return count > 1 ? kPi * i / (count - 1) : 0.0; }

} // namespace

std::vector<LabeledPoint> moonsPoints(int samples, double noise, Random &rng)
{
    // make_moons' bounding box is x in [-1, 2], y in [-0.5, 1]: centre it, then scale.
    constexpr double scale = 3.5;
    constexpr double centreX = 0.5;
    constexpr double centreY = 0.25;
    const int outer = samples / 2;
    const int inner = samples - outer;
    const double variance = noise * noise;

    std::vector<LabeledPoint> points;
    points.reserve(static_cast<std::size_t>(samples));
    for (int i = 0; i < samples; ++i) {
        const bool isOuter = i < outer;
        const double s = isOuter ? evenAngle(i, outer) : evenAngle(i - outer, inner);
        const double mx = isOuter ? std::cos(s) : 1.0 - std::cos(s);
        const double my = isOuter ? std::sin(s) : 0.5 - std::sin(s);
        const double jitterX = rng.normal(0.0, variance);
        const double jitterY = rng.normal(0.0, variance);
        points.push_back({scale * (mx + jitterX - centreX), scale * (my + jitterY - centreY), isOuter ? 0.0 : 1.0});
    }
    return points;
}

std::vector<LabeledPoint> blobsPoints(int samples, int classes, double noise, Random &rng)
{
    constexpr double radius = 4.0;
    const double variance = gaussVariance(noise);
    std::vector<LabeledPoint> points;
    points.reserve(static_cast<std::size_t>(samples));
    for (int k = 0; k < classes; ++k) {
        const double angle = 2.0 * kPi * k / classes;
        appendGauss(points, shareOf(samples, classes, k), radius * std::sin(angle), radius * std::cos(angle),
                    variance, k, rng);
    }
    return points;
}

std::vector<LabeledPoint> spiral3Points(int samples, double noise, Random &rng)
{
    constexpr int arms = 3;
    const double armLength = samples / static_cast<double>(arms);
    std::vector<LabeledPoint> points;
    points.reserve(static_cast<std::size_t>(samples));
    for (int k = 0; k < arms; ++k)
        appendSpiralArm(points, shareOf(samples, arms, k), armLength, 2.0 * kPi * k / arms, noise, k, rng);
    return points;
}

std::vector<LabeledPoint> randomLabelPoints(int samples, int classes, Random &rng)
{
    std::vector<LabeledPoint> points;
    points.reserve(static_cast<std::size_t>(samples));
    for (int i = 0; i < samples; ++i) {
        const double x = rng.uniform(-6.0, 6.0);
        const double y = rng.uniform(-6.0, 6.0);
        const auto label = static_cast<double>(rng.below(static_cast<std::uint32_t>(classes)));
        points.push_back({x, y, label});
    }
    return points;
}

} // namespace engine::detail
