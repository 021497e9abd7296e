#pragma once
/**
 * @file metricssnapshot.h
 * MetricsSnapshot: every number a lesson condition can read (FORMAT.md, "Conditions"), filled
 * either from the live workspace's reports or from a headless engine run, so a goal means the
 * same in a lesson step, a compare table and an acceptance test.
 */
#include "expression.h"
#include "metrics.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

/// The numbers of one split at the current weights.
struct SplitSnapshot {
    engine::SplitMetrics metrics;
    /// Binary confusion matrix (class 1 = positive); all zero for other tasks.
    int tp = 0, fn = 0, fp = 0, tn = 0;
    /// Accuracy of always answering the most common class of this split.
    double majority = 0.0;
};

struct MetricsSnapshot {
    int epoch = 0;
    long long updates = 0;
    long long samples = 0;
    int batchesPerEpoch = 0;
    SplitSnapshot train, validation, test;
    /// Epoch 0 and every finished epoch (for "train.loss@50", the best epoch, rising epochs).
    std::vector<engine::EpochMetrics> history;
    int parameters = 0;
    int hiddenNeurons = 0;
    int hiddenLayers = 0;
    std::vector<double> gradients; ///< mean |dL/dw| per weight layer
    /// Stage values (bowl.*, calc.*) by their full variable name.
    QHash<QString, double> stage;

    /// The value of a FORMAT.md variable, or nothing when unknown or not measured (an empty
    /// split, a history entry not reached yet).
    std::optional<double> value(const QString &name) const;
    /// A lookup for Expression: "<run id>.<variable>" reads `runs` (compare or acceptance runs),
    /// anything else this snapshot. The snapshot and `runs` must outlive the lookup.
    VariableLookup lookup(const QHash<QString, MetricsSnapshot> *runs = nullptr) const;
    /// Epochs whose training loss was higher than the epoch before.
    int risingEpochs() const;
    /// Epoch (>= 1) of the lowest validation loss, or -1.
    int bestValidationEpoch() const;
};
