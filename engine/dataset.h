#pragma once
/**
 * @file dataset.h
 * Data sets: the Playground's 2-D generators with its exact definitions (src/dataset.ts),
 * extra 2-D sets for multi-class and imbalance lessons, user-drawn points, and the 8x8 digits.
 *
 * A Dataset holds raw inputs (one sample per column) and labels. What the network sees is derived
 * from it: inputfeatures.h turns 2-D points into feature columns, targets are encoded per output type.
 */
#include <Eigen/Core>

#include <cstdint>
#include <string>
#include <vector>

namespace engine {

/// Which generator makes the data. Playground ids in brackets.
enum class DatasetKind {
    Circle,          ///< [circle] disc r < 2.5 positive, ring 3.5..5 negative
    Xor,             ///< [xor] quadrants, padded by 0.3
    Gauss,           ///< [gauss] two Gaussians at (2,2) positive and (-2,-2) negative
    Spiral,          ///< [spiral] two interleaved arms
    RegressPlane,    ///< [reg-plane] regression: label = (x + y) / 10
    RegressGauss,    ///< [reg-gauss] regression: six signed Gaussian bumps
    Moons,           ///< two interleaving half-moons (scikit-learn's make_moons, scaled)
    Blobs,           ///< `classes` Gaussian blobs on a circle of radius 4 (multi-class)
    Spiral3,         ///< a 3-arm spiral (always 3 classes; softmax + one-hot)
    RandomLabels,    ///< uniform points with random labels (memorising)
    GaussImbalanced, ///< Gauss with a chosen positive fraction (accuracy trap, L8)
    Digits,          ///< 8x8 handwritten digits, 10 classes (UCI optical digits, CC BY 4.0)
    Custom           ///< user-supplied points (see Dataset::fromPoints)
};

/// What the labels mean.
enum class Task {
    Binary,     ///< two classes: class 1 = positive (blue), class 0 = negative (orange)
    MultiClass, ///< k >= 3 classes
    Regression  ///< a real target, about [-1, 1] (reg-plane, unclamped as in Playground, reaches +-1.2)
};

/// Everything needed to regenerate a data set bit for bit.
struct DataSpec {
    DatasetKind kind = DatasetKind::Circle;
    int samples = 500;              ///< ignored by Digits (always 1797)
    double noise = 0.0;             ///< percent, 0..50, as Playground's slider (it uses noise / 100)
    std::uint64_t seed = 1;         ///< data seed, separate from the initialisation seed
    int classes = 3;                ///< Blobs / RandomLabels class count, 2..10 (2 makes a Binary task)
    double positiveFraction = 0.1;  ///< GaussImbalanced: share of positive samples
};

/// A point drawn by the user (or imported); label is a class index, or a value for regression.
struct LabeledPoint {
    double x = 0.0;
    double y = 0.0;
    double label = 0.0;
};

/// A generated or user-supplied data set. Columns are samples.
struct Dataset {
    Task task = Task::Binary;
    int classCount = 2;             ///< 2 for Binary, k for MultiClass, 0 for Regression
    Eigen::MatrixXd inputs;         ///< inputDim x n raw inputs (x1, x2 for 2-D sets; pixels / 16 for digits)
    std::vector<int> classes;       ///< class index per sample (empty for Regression)
    Eigen::VectorXd values;         ///< regression target per sample, see Task::Regression (empty otherwise)

    int size() const { return static_cast<int>(inputs.cols()); }
    int inputDim() const { return static_cast<int>(inputs.rows()); }
    bool isPlanar() const { return inputs.rows() == 2; }

    /// Builds a data set from user points; task Binary uses label 0/1 (classCount 2), MultiClass
    /// 0..k-1 (classCount 3..10), Regression the value (classCount ignored, stored as 0). Throws
    /// std::invalid_argument for a label that is not such a class, or a non-finite number.
    static Dataset fromPoints(const std::vector<LabeledPoint> &points, Task task, int classCount);
};

/// Generates the data set a spec describes. Deterministic in spec.seed. Samples are shuffled
/// (as Playground's generateData does) so any prefix is a fair mix of classes. Throws
/// std::invalid_argument for Custom and for fields out of range where the kind uses them
/// (samples 1..100000, noise 0..50, classes 2..10, positiveFraction in (0, 1)).
Dataset generateDataset(const DataSpec &spec);

} // namespace engine
