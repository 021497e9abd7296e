#include "dataset.h"

#include "digits.h"
#include "extragenerators.h"
#include "playgroundgenerators.h"
#include "random.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace engine {

namespace {

constexpr int kMinSamples = 1;
constexpr int kMaxSamples = 100000;
constexpr double kMaxNoisePercent = 50.0;
constexpr int kMinClasses = 2;
constexpr int kMaxClasses = 10;

void require(bool ok, const std::string &message)
{
    if (!ok)
        throw std::invalid_argument(message);
}

void checkClassCount(int classes)
{
    require(classes >= kMinClasses && classes <= kMaxClasses,
            "class count must be between 2 and 10 (got " + std::to_string(classes) + ")");
}

// Digits ignore samples and noise, and only some kinds read classes / positiveFraction, so each
// field is checked only where it is used.
void checkSpec(const DataSpec &spec)
{
    require(spec.kind != DatasetKind::Custom, "Custom data sets are made by Dataset::fromPoints, not generated");
    if (spec.kind == DatasetKind::Digits)
        return;
    require(spec.samples >= kMinSamples && spec.samples <= kMaxSamples,
            "sample count must be between 1 and 100000 (got " + std::to_string(spec.samples) + ")");
    // A test for "in range" (not for "out of range") so that NaN fails it too.
    require(spec.noise >= 0.0 && spec.noise <= kMaxNoisePercent,
            "noise must be between 0 and 50 percent (got " + std::to_string(spec.noise) + ")");
    if (spec.kind == DatasetKind::Blobs || spec.kind == DatasetKind::RandomLabels)
        checkClassCount(spec.classes);
    if (spec.kind == DatasetKind::GaussImbalanced)
        require(spec.positiveFraction > 0.0 && spec.positiveFraction < 1.0,
                "positive fraction must be strictly between 0 and 1 (got " + std::to_string(spec.positiveFraction)
                    + ")");
}

// Two classes are a Binary task (class 1 = positive), more are MultiClass.
Task classificationTask(int classes) { return classes == 2 ? Task::Binary : Task::MultiClass; }

// The 2-D generators: points in Playground's order, from the same stream that later shuffles them.
Dataset generatePlanar(const DataSpec &spec, Random &rng)
{
    const int n = spec.samples;
    const double noise = spec.noise / 100.0; // Playground: generator(numSamples, state.noise / 100)
    std::vector<LabeledPoint> points;
    Task task = Task::Binary;
    int classes = 2;
    switch (spec.kind) {
    case DatasetKind::Circle: points = detail::circlePoints(n, noise, rng); break;
    case DatasetKind::Xor: points = detail::xorPoints(n, noise, rng); break;
    case DatasetKind::Gauss: points = detail::gaussPoints((n + 1) / 2, n / 2, noise, rng); break;
    case DatasetKind::Spiral: points = detail::spiralPoints(n, noise, rng); break;
    case DatasetKind::Moons: points = detail::moonsPoints(n, noise, rng); break;
    case DatasetKind::GaussImbalanced: {
        // Round half up, so 1000 at 0.1 is exactly 100 positives.
        const int positives = static_cast<int>(std::floor(n * spec.positiveFraction + 0.5));
        points = detail::gaussPoints(positives, n - positives, noise, rng);
        break;
    }
    case DatasetKind::RegressPlane:
        points = detail::regressPlanePoints(n, noise, rng);
        task = Task::Regression;
        break;
    case DatasetKind::RegressGauss:
        points = detail::regressGaussPoints(n, noise, rng);
        task = Task::Regression;
        break;
    case DatasetKind::Blobs:
        points = detail::blobsPoints(n, spec.classes, noise, rng);
        classes = spec.classes;
        task = classificationTask(classes);
        break;
    case DatasetKind::Spiral3:
        points = detail::spiral3Points(n, noise, rng);
        classes = 3;
        task = Task::MultiClass;
        break;
    case DatasetKind::RandomLabels:
        points = detail::randomLabelPoints(n, spec.classes, rng);
        classes = spec.classes;
        task = classificationTask(classes);
        break;
    case DatasetKind::Digits:
    case DatasetKind::Custom: throw std::logic_error("generatePlanar: not a 2-D generator");
    }
    rng.shuffle(points); // Playground: shuffle(data) right after generating
    return Dataset::fromPoints(points, task, task == Task::Regression ? 0 : classes);
}

// The digits in a seeded order: one permutation of the columns.
Dataset generateDigits(Random &rng)
{
    const Dataset ordered = loadDigits();
    std::vector<int> order(static_cast<std::size_t>(ordered.size()));
    for (int i = 0; i < ordered.size(); ++i)
        order[static_cast<std::size_t>(i)] = i;
    rng.shuffle(order);

    Dataset data = ordered;
    for (int j = 0; j < ordered.size(); ++j) {
        const int from = order[static_cast<std::size_t>(j)];
        data.inputs.col(j) = ordered.inputs.col(from);
        data.classes[static_cast<std::size_t>(j)] = ordered.classes[static_cast<std::size_t>(from)];
    }
    return data;
}

// A class label must be an exact integer in [0, classCount).
int classIndex(double label, int classCount, std::size_t point)
{
    const bool integral = std::isfinite(label) && label == std::floor(label);
    require(integral && label >= 0 && label < classCount,
            "point " + std::to_string(point) + ": class label must be an integer from 0 to "
                + std::to_string(classCount - 1));
    return static_cast<int>(label);
}

} // namespace

Dataset Dataset::fromPoints(const std::vector<LabeledPoint> &points, Task task, int classCount)
{
    if (task == Task::Binary)
        require(classCount == 2, "a binary data set has 2 classes (got " + std::to_string(classCount) + ")");
    if (task == Task::MultiClass)
        require(classCount >= 3 && classCount <= kMaxClasses,
                "a multi-class data set has 3 to 10 classes (got " + std::to_string(classCount) + ")");

    Dataset data;
    data.task = task;
    data.classCount = task == Task::Regression ? 0 : classCount;
    const auto n = points.size();
    data.inputs.resize(2, static_cast<Eigen::Index>(n));
    if (task == Task::Regression)
        data.values.resize(static_cast<Eigen::Index>(n));
    else
        data.classes.resize(n);

    for (std::size_t i = 0; i < n; ++i) {
        const LabeledPoint &p = points[i];
        require(std::isfinite(p.x) && std::isfinite(p.y), "point " + std::to_string(i) + ": coordinates must be finite");
        const auto col = static_cast<Eigen::Index>(i);
        data.inputs(0, col) = p.x;
        data.inputs(1, col) = p.y;
        if (task == Task::Regression) {
            require(std::isfinite(p.label), "point " + std::to_string(i) + ": value must be finite");
            data.values(col) = p.label;
        } else {
            data.classes[i] = classIndex(p.label, data.classCount, i);
        }
    }
    return data;
}

Dataset generateDataset(const DataSpec &spec)
{
    checkSpec(spec);
    Random rng(spec.seed);
    if (spec.kind == DatasetKind::Digits)
        return generateDigits(rng);
    return generatePlanar(spec, rng);
}

} // namespace engine
