#pragma once
/**
 * @file trainerstate.h
 * Everything a Trainer carries between two batches besides its network, data and settings: the
 * counters, the epoch in progress (sample order, position, gradient sums, the weights to fall
 * back to), early-stopping bookkeeping, the divergence, the optimizer's moments, the shuffle
 * stream and the epoch history. A saved workspace stores it, so that training on after opening
 * the file gives the same numbers, bit for bit, as training on without saving.
 */
#include "trainer.h"

#include <vector>

namespace engine {

struct TrainerState {
    int epoch = 0;
    int samplesInEpoch = 0;  ///< training samples used so far in the epoch in progress
    int updatesInEpoch = 0;  ///< updates whose gradients are in gradientSums
    long long updates = 0;
    long long samplesSeen = 0;
    int bestEpoch = -1;
    double bestLoss = 0.0;
    Divergence divergence = Divergence::None;
    bool ordered = true;            ///< the epoch in progress takes the samples in order
    std::vector<int> order;         ///< else this order (a permutation of the training samples)
    std::vector<double> gradientSums; ///< per layer, over the epoch's batches so far
    Vector<float> epochStart;       ///< parameters at the epoch's start (recovery from NaN)
    Vector<float> bestParameters;   ///< best-validation weights (restoreBest), or empty
    RandomState random;             ///< sample order and dropout masks
    OptimizerState<float> optimizer;
    std::vector<EpochMetrics> history;
};

/// Why a TrainerState cannot continue a trainer (the app names each in the user's language).
enum class TrainerStateProblem {
    None,
    NegativeCounter,      ///< epoch, updates or samples below 0
    PositionOutsideEpoch, ///< the position in the epoch is not a training sample
    BestEpochOutsideRun,  ///< the best-validation epoch is after the current one, or its loss not finite
    OrderNotPermutation,  ///< the sample order is not an order of the training samples
    GradientSums,         ///< per-layer gradient sums of another network, or not finite
    SavedWeights,         ///< epoch-start or best weights of another network, or not finite
    HistoryStart,         ///< the history is empty or does not start at epoch 0
    HistoryTooLong,       ///< more entries than kHistoryLimit
    HistoryOrder,         ///< epochs not increasing
    HistoryValues,        ///< a value that is not a finite measurement
    HistoryEnd            ///< the newest entry is not the current epoch
};

/// What stops `state` from continuing a trainer with this network and data (sizes that do not
/// match, counters out of range, values that are not finite, a history out of order), or None.
/// Trainer::restore() runs it first.
TrainerStateProblem trainerStateProblem(const TrainerState &state, const Network &network, const TrainingData &data);
/// An English sentence for a problem (for exceptions and logs).
const char *describe(TrainerStateProblem problem);

} // namespace engine
