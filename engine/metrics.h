#pragma once
/**
 * @file metrics.h
 * What an epoch reports: loss and accuracy over whole splits (as Playground's getLoss, not a
 * running average of batch losses), plus the confusion matrix of a split.
 */
#include <vector>

namespace engine {

/// Loss and accuracy over every sample of one split. count == 0 means the split is empty.
struct SplitMetrics {
    double loss = 0.0;
    double accuracy = 0.0;   ///< share of correct classes; meaningless when !hasAccuracy
    int count = 0;
    bool hasAccuracy = false; ///< false for regression and empty splits
};

/// Everything measured at the end of one epoch (epoch 0 = before training).
struct EpochMetrics {
    int epoch = 0;
    long long updates = 0;     ///< weight updates (iterations) so far
    long long samplesSeen = 0; ///< training samples fed so far
    SplitMetrics train;
    SplitMetrics validation;
    SplitMetrics test;
    /// Mean |dL/dw| over each layer's weights, averaged over the epoch's batches (L9's bars).
    std::vector<double> meanAbsGradient;
};

/// counts[true class][predicted class].
class ConfusionMatrix {
public:
    explicit ConfusionMatrix(int classes = 2) : m_classes(classes), m_counts(classes * classes, 0) {}
    int classCount() const { return m_classes; }
    int at(int actual, int predicted) const { return m_counts[actual * m_classes + predicted]; }
    void add(int actual, int predicted) { ++m_counts[actual * m_classes + predicted]; }
    int total() const;
    int correct() const;

private:
    int m_classes;
    std::vector<int> m_counts;
};

} // namespace engine
