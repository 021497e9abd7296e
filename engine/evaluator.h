#pragma once
/**
 * @file evaluator.h
 * Runs a network over a whole split (in chunks, with kept buffers) and measures it.
 */
#include "backprop.h"
#include "loss.h"
#include "metrics.h"
#include "targets.h"
#include "trainingdata.h"

#include <vector>

namespace engine {

/// The class an output column stands for under an encoding: output >= threshold (PlusMinusOne),
/// output >= (threshold + 1) / 2 (ZeroOne), or the largest output (OneHot). -1 for Value.
/// The threshold is on the -1..1 scale of a tanh output, so 0 is the natural cut of both
/// binary encodings (0 and 0.5).
template <typename Column>
int predictedClass(const Column &output, TargetEncoding encoding, double threshold = 0.0)
{
    switch (encoding) {
    case TargetEncoding::PlusMinusOne:
        return output(0) >= threshold ? 1 : 0;
    case TargetEncoding::ZeroOne:
        return output(0) >= (threshold + 1.0) * 0.5 ? 1 : 0;
    case TargetEncoding::OneHot: {
        Eigen::Index best = 0;
        output.maxCoeff(&best);
        return static_cast<int>(best);
    }
    case TargetEncoding::Value:
        break;
    }
    return -1;
}

class Evaluator {
public:
    /// The cut of binary classification (see predictedClass()); 0 by default.
    void setThreshold(double threshold) { m_threshold = threshold; }
    double threshold() const { return m_threshold; }

    /// Loss (data term only, no regularisation) and accuracy over every sample of the split.
    SplitMetrics measure(const Network &network, const SplitData &split, LossKind loss, TargetEncoding encoding);
    /// Predicted class per sample (empty for regression).
    std::vector<int> predict(const Network &network, const SplitData &split, TargetEncoding encoding);
    /// Confusion matrix of the split (classCount x classCount).
    ConfusionMatrix confusion(const Network &network, const SplitData &split, TargetEncoding encoding,
                              int classCount);
    /// Network outputs for arbitrary inputs (features x n), e.g. a decision-boundary grid.
    Matrix<float> outputs(const Network &network, const ConstMatrixRef<float> &inputs);

private:
    /// Bounds the buffers: a 10,000-sample split is evaluated 2,048 columns at a time.
    static constexpr int kChunk = 2048;
    Backprop<float> m_pass;
    double m_threshold = 0.0;
};

} // namespace engine
