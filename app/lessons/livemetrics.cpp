#include "livemetrics.h"

#include <algorithm>

namespace {

/// Share of the most common class among `indices`.
double majorityShare(const engine::Dataset &dataset, const std::vector<int> &indices)
{
    if (indices.empty() || dataset.classes.empty())
        return 0.0;
    std::vector<int> counts(std::max(dataset.classCount, 2), 0);
    for (int i : indices)
        ++counts[dataset.classes[i]];
    return static_cast<double>(*std::max_element(counts.begin(), counts.end())) / indices.size();
}

} // namespace

void LiveMetrics::onData(const DataReport &data)
{
    m_data = data;
    m_snapshot.train.majority = majorityShare(data.dataset, data.split.train);
    m_snapshot.validation.majority = majorityShare(data.dataset, data.split.validation);
    m_snapshot.test.majority = majorityShare(data.dataset, data.split.test);
}

void LiveMetrics::onReport(const TrainingReport &report)
{
    MetricsSnapshot &s = m_snapshot;
    if (report.generation != m_generation) {
        m_generation = report.generation;
        s.history.clear();
    }
    for (const engine::EpochMetrics &m : report.newEpochs) {
        // A restart or an undo can send epochs again: keep the history strictly increasing.
        while (!s.history.empty() && s.history.back().epoch >= m.epoch)
            s.history.pop_back();
        s.history.push_back(m);
    }
    engine::thinEpochHistory(s.history);
    s.epoch = report.epoch;
    s.updates = report.updates;
    s.samples = report.samplesSeen;
    s.batchesPerEpoch = report.batchesPerEpoch;
    s.train.metrics = report.current.train;
    s.validation.metrics = report.current.validation;
    s.test.metrics = report.current.test;
    const engine::Network &network = report.network;
    s.parameters = network.parameterCount();
    s.hiddenLayers = network.layerCount() > 0 ? network.hiddenLayerCount() : 0;
    s.hiddenNeurons = 0;
    for (int l = 0; l < s.hiddenLayers; ++l)
        s.hiddenNeurons += network.layer(l).units;
    s.gradients = report.gradientMagnitudes;
    countConfusion(report);
}

void LiveMetrics::countConfusion(const TrainingReport &report)
{
    const engine::Dataset &dataset = m_data.dataset;
    const bool binary = dataset.classCount == 2 && report.predictions.size() == dataset.classes.size()
                        && report.generation == m_data.generation;
    auto count = [&](SplitSnapshot &split, const std::vector<int> &indices) {
        split.tp = split.fn = split.fp = split.tn = 0;
        if (!binary)
            return;
        for (int i : indices) {
            const bool actual = dataset.classes[i] == 1;
            const bool predicted = report.predictions[i] == 1;
            (actual ? (predicted ? split.tp : split.fn) : (predicted ? split.fp : split.tn))++;
        }
    };
    count(m_snapshot.train, m_data.split.train);
    count(m_snapshot.validation, m_data.split.validation);
    count(m_snapshot.test, m_data.split.test);
}
