#include "evaluator.h"

#include <algorithm>

namespace engine {

SplitMetrics Evaluator::measure(const Network &network, const SplitData &split, LossKind loss,
                                TargetEncoding encoding)
{
    SplitMetrics metrics;
    metrics.count = split.size();
    if (metrics.count == 0)
        return metrics;
    double lossSum = 0.0;
    int correct = 0;
    const bool classify = encoding != TargetEncoding::Value && !split.classes.empty();
    for (int start = 0; start < metrics.count; start += kChunk) {
        const int n = std::min(kChunk, metrics.count - start);
        const auto out = m_pass.forward(network, split.inputs.middleCols(start, n));
        // Chunk losses are means; weight them by their share to get the mean over the split.
        lossSum += lossValue<float>(loss, out, split.targets.middleCols(start, n)) * n;
        if (classify) {
            for (int c = 0; c < n; ++c)
                correct += predictedClass(out.col(c), encoding, m_threshold) == split.classes[start + c] ? 1 : 0;
        }
    }
    metrics.loss = lossSum / metrics.count;
    metrics.hasAccuracy = classify;
    metrics.accuracy = classify ? static_cast<double>(correct) / metrics.count : 0.0;
    return metrics;
}

std::vector<int> Evaluator::predict(const Network &network, const SplitData &split, TargetEncoding encoding)
{
    std::vector<int> classes;
    if (encoding == TargetEncoding::Value)
        return classes;
    classes.reserve(split.size());
    for (int start = 0; start < split.size(); start += kChunk) {
        const int n = std::min(kChunk, split.size() - start);
        const auto out = m_pass.forward(network, split.inputs.middleCols(start, n));
        for (int c = 0; c < n; ++c)
            classes.push_back(predictedClass(out.col(c), encoding, m_threshold));
    }
    return classes;
}

ConfusionMatrix Evaluator::confusion(const Network &network, const SplitData &split, TargetEncoding encoding,
                                     int classCount)
{
    ConfusionMatrix matrix(std::max(classCount, 2));
    if (split.classes.empty())
        return matrix;
    const auto predicted = predict(network, split, encoding);
    for (std::size_t i = 0; i < predicted.size(); ++i)
        matrix.add(split.classes[i], predicted[i]);
    return matrix;
}

Matrix<float> Evaluator::outputs(const Network &network, const ConstMatrixRef<float> &inputs)
{
    Matrix<float> result(network.outputCount(), inputs.cols());
    for (Eigen::Index start = 0; start < inputs.cols(); start += kChunk) {
        const Eigen::Index n = std::min<Eigen::Index>(kChunk, inputs.cols() - start);
        result.middleCols(start, n) = m_pass.forward(network, inputs.middleCols(start, n));
    }
    return result;
}

} // namespace engine
