#include "playgroundgenerators.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace engine::detail {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kPositive = 1.0;
constexpr double kNegative = 0.0;

// Playground's dist(): plain sqrt of the squares, as written there.
double dist(double dx, double dy) { return std::sqrt(dx * dx + dy * dy); }

// Playground loops `i < numSamples / 2` for each half; the first half takes the odd point.
int firstHalf(int samples) { return (samples + 1) / 2; }

// One circle sample: Playground draws r, angle, then the two label-noise offsets.
LabeledPoint circlePoint(double rMin, double rMax, double noise, Random &rng)
{
    constexpr double radius = 5.0;
    const double r = rng.uniform(rMin, rMax);
    const double angle = rng.uniform(0.0, 2.0 * kPi);
    const double x = r * std::sin(angle);
    const double y = r * std::cos(angle);
    const double noiseX = rng.uniform(-radius, radius) * noise;
    const double noiseY = rng.uniform(-radius, radius) * noise;
    const bool inside = dist(x + noiseX, y + noiseY) < radius * 0.5;
    return {x, y, inside ? kPositive : kNegative};
}

// Playground's xor padding: push a coordinate 0.3 away from the axis (0 goes negative).
double pad(double v)
{
    constexpr double padding = 0.3;
    return v + (v > 0 ? padding : -padding);
}

// Shared by both regression sets: x, y, then the noise offsets, all U(-6, 6) (Playground order).
template <typename LabelOf>
std::vector<LabeledPoint> regressionPoints(int samples, double noise, Random &rng, LabelOf labelOf)
{
    constexpr double radius = 6.0;
    std::vector<LabeledPoint> points;
    points.reserve(static_cast<std::size_t>(samples));
    for (int i = 0; i < samples; ++i) {
        const double x = rng.uniform(-radius, radius);
        const double y = rng.uniform(-radius, radius);
        const double noiseX = rng.uniform(-radius, radius) * noise;
        const double noiseY = rng.uniform(-radius, radius) * noise;
        points.push_back({x, y, labelOf(x + noiseX, y + noiseY)});
    }
    return points;
}

} // namespace

std::vector<LabeledPoint> circlePoints(int samples, double noise, Random &rng)
{
    std::vector<LabeledPoint> points;
    points.reserve(static_cast<std::size_t>(samples));
    const int positives = firstHalf(samples);
    for (int i = 0; i < positives; ++i)
        points.push_back(circlePoint(0.0, 2.5, noise, rng));
    for (int i = positives; i < samples; ++i)
        points.push_back(circlePoint(3.5, 5.0, noise, rng));
    return points;
}

std::vector<LabeledPoint> xorPoints(int samples, double noise, Random &rng)
{
    std::vector<LabeledPoint> points;
    points.reserve(static_cast<std::size_t>(samples));
    for (int i = 0; i < samples; ++i) {
        const double x = pad(rng.uniform(-5.0, 5.0));
        const double y = pad(rng.uniform(-5.0, 5.0));
        const double noiseX = rng.uniform(-5.0, 5.0) * noise;
        const double noiseY = rng.uniform(-5.0, 5.0) * noise;
        const bool sameSign = (x + noiseX) * (y + noiseY) >= 0;
        points.push_back({x, y, sameSign ? kPositive : kNegative});
    }
    return points;
}

double gaussVariance(double noise) { return 0.5 + 3.5 * (noise / 0.5); }

void appendGauss(std::vector<LabeledPoint> &points, int count, double cx, double cy, double variance,
                 double label, Random &rng)
{
    for (int i = 0; i < count; ++i) {
        const double x = rng.normal(cx, variance);
        const double y = rng.normal(cy, variance);
        points.push_back({x, y, label});
    }
}

std::vector<LabeledPoint> gaussPoints(int positives, int negatives, double noise, Random &rng)
{
    const double variance = gaussVariance(noise);
    std::vector<LabeledPoint> points;
    points.reserve(static_cast<std::size_t>(positives + negatives));
    appendGauss(points, positives, 2.0, 2.0, variance, kPositive, rng);
    appendGauss(points, negatives, -2.0, -2.0, variance, kNegative, rng);
    return points;
}

void appendSpiralArm(std::vector<LabeledPoint> &points, int count, double armLength, double deltaT,
                     double noise, double label, Random &rng)
{
    for (int i = 0; i < count; ++i) {
        const double r = i / armLength * 5.0;
        const double t = 1.75 * i / armLength * 2.0 * kPi + deltaT;
        const double x = r * std::sin(t) + rng.uniform(-1.0, 1.0) * noise;
        const double y = r * std::cos(t) + rng.uniform(-1.0, 1.0) * noise;
        points.push_back({x, y, label});
    }
}

std::vector<LabeledPoint> spiralPoints(int samples, double noise, Random &rng)
{
    const double armLength = samples / 2.0;
    std::vector<LabeledPoint> points;
    points.reserve(static_cast<std::size_t>(samples));
    appendSpiralArm(points, firstHalf(samples), armLength, 0.0, noise, kPositive, rng);
    appendSpiralArm(points, samples / 2, armLength, kPi, noise, kNegative, rng);
    return points;
}

std::vector<LabeledPoint> regressPlanePoints(int samples, double noise, Random &rng)
{
    // d3.scale.linear().domain([-10, 10]).range([-1, 1]), unclamped.
    return regressionPoints(samples, noise, rng, [](double x, double y) { return (x + y) / 10.0; });
}

std::vector<LabeledPoint> regressGaussPoints(int samples, double noise, Random &rng)
{
    struct Bump {
        double cx, cy, sign;
    };
    static constexpr std::array<Bump, 6> bumps{{
        {-4.0, 2.5, 1.0}, {0.0, 2.5, -1.0}, {4.0, 2.5, 1.0},
        {-4.0, -2.5, -1.0}, {0.0, -2.5, 1.0}, {4.0, -2.5, -1.0},
    }};
    const auto labelOf = [](double x, double y) {
        double label = 0.0;
        for (const Bump &b : bumps) {
            // d3.scale.linear().domain([0, 2]).range([1, 0]).clamp(true)
            const double height = std::clamp(1.0 - dist(x - b.cx, y - b.cy) / 2.0, 0.0, 1.0);
            const double candidate = b.sign * height;
            if (std::abs(candidate) > std::abs(label)) // strict: the first bump wins ties
                label = candidate;
        }
        return label;
    };
    return regressionPoints(samples, noise, rng, labelOf);
}

} // namespace engine::detail
