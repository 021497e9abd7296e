#pragma once
/**
 * @file trainer.h
 * Mini-batch training with per-epoch evaluation, early-stopping bookkeeping and divergence
 * detection. The engine starts no threads: progress goes through TrainingObserver callbacks
 * (tiny-dnn's fit(on_batch, on_epoch), mlpack's FFN::Train callbacks), which can ask to stop.
 *
 * One epoch is one pass over the training set in order (reshuffled at the start of every epoch
 * when asked, like DataLoader(shuffle=True)); updates per epoch = ceil(N_train / batch), and the
 * last, smaller batch is used (drop_last=False). After each epoch the loss and accuracy over
 * the whole of train, validation and test are recorded.
 */
#include "evaluator.h"
#include "loss.h"
#include "metrics.h"
#include "network.h"
#include "optimizer.h"
#include "random.h"
#include "regularization.h"
#include "thinning.h"
#include "trainingdata.h"

#include <cstdint>
#include <vector>

namespace engine {

/// The hyperparameters of training (the network's shape is in the Network).
struct TrainingSettings {
    LossKind loss = LossKind::MeanSquared;
    OptimizerSettings optimizer;
    int batchSize = 10;             ///< samples per update; 0 = the whole training set
    bool reshuffle = false;         ///< new sample order every epoch
    Regularization regularization = Regularization::None;
    double regularizationRate = 0.0;
    double dropout = 0.0;           ///< drop probability of hidden neurons while training, [0, 1)
    std::uint64_t shuffleSeed = 1;  ///< sample order and dropout masks
    int patience = 0;               ///< early stopping: stop after this many epochs without a new
                                    ///< validation-loss minimum (0 = off)
    bool restoreBest = false;       ///< on early stopping, go back to the best-validation weights
    double decisionThreshold = 0.0; ///< binary classification: an output >= this is the positive
                                    ///< class, on a tanh output's -1..1 scale; in (-1, 1); a 0/1
                                    ///< (sigmoid) output cuts at (threshold + 1) / 2
    bool measureEachEpoch = true;   ///< false skips the per-epoch evaluation of the splits (history
                                    ///< then holds only counters); for timing the raw update loop
};

/// Why training stopped.
enum class StopReason {
    None,
    EpochLimit,
    EarlyStopping,
    Diverged,
    Requested,
    NoTrainingData ///< the training set is empty: nothing was stepped
};

/// What went wrong when training diverged (the app explains it in the user's language).
enum class Divergence {
    None,
    NonFinite,       ///< a loss, output or weight became NaN or infinite; weights were restored
    ExplodingLoss,   ///< the training loss grew past kExplodingLoss
    ExplodingWeights ///< a weight grew past kExplodingWeight
};

constexpr double kExplodingLoss = 1e6;
constexpr double kExplodingWeight = 1e6;

struct TrainerState;

/// Progress after one weight update.
struct BatchReport {
    int epoch = 0;           ///< the epoch in progress (1-based)
    int batch = 0;           ///< index of this batch within the epoch (0-based)
    int batchesPerEpoch = 0;
    long long updates = 0;
    double batchLoss = 0.0;  ///< loss of this batch before the update (what a training loop prints)
};

/// Receives progress; returning false asks training to stop at once.
class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual bool onBatchEnd(const BatchReport &) { return true; }
    virtual bool onEpochEnd(const EpochMetrics &) { return true; }
};

/// Entries a history keeps at most, how many first epochs stay exact, and how many newest.
constexpr std::size_t kHistoryLimit = 8000;
constexpr std::size_t kHistoryExact = 1001;
constexpr std::size_t kHistoryRecent = 1000;
/// Bounds an epoch history to kHistoryLimit entries: epochs 0..1000 and the newest 1,000 stay,
/// the epochs in between on an even grid that gets coarser as the run grows (thinOldEntries,
/// which the app's weight timeline shares).
void thinEpochHistory(std::vector<EpochMetrics> &history);

class Trainer {
public:
    /// Throws std::invalid_argument if the network does not fit the data or the settings are invalid.
    /// Data without training samples is accepted, so an empty drawn set can still be shown with the
    /// untrained network's output, but stepBatch() then does nothing and returns NoTrainingData.
    Trainer(Network network, TrainingData data, const TrainingSettings &settings);

    Network &network() { return m_network; }
    const Network &network() const { return m_network; }
    const TrainingData &data() const { return m_data; }
    const TrainingSettings &settings() const { return m_settings; }

    /// New hyperparameters take effect at the next batch. Throws on invalid ones.
    void setSettings(const TrainingSettings &settings);
    /// Call after editing network() between steps: checks it still fits the data and resets the
    /// optimizer state. A diverged run stays diverged while the edited network still has exploded
    /// weights or non-finite outputs; otherwise the divergence is cleared.
    void networkEdited();

    /// One weight update; at the end of the epoch also evaluates and records metrics.
    StopReason stepBatch(TrainingObserver *observer = nullptr);
    /// Finishes the current epoch.
    StopReason stepEpoch(TrainingObserver *observer = nullptr);
    /// Trains until `epochs` more epochs are done, or early stopping, divergence or the observer stop it.
    StopReason train(int epochs, TrainingObserver *observer = nullptr);

    /// Back to epoch 0: the network's initial weights (from its seed), a fresh optimizer and sample order.
    void restart();

    /// Everything needed to continue exactly from here (trainerstate.h).
    TrainerState state() const;
    /// Continues from a state() of a trainer with the same network shape, data and settings. Throws
    /// std::invalid_argument, and changes nothing, when the state does not fit (trainerStateProblem).
    void restore(const TrainerState &state);

    int epoch() const { return m_epoch; }
    /// The training columns in the order the epoch in progress takes them (known from its first
    /// batch on); empty when the epoch takes them in order. An exported script replays it.
    const std::vector<int> &epochOrder() const;
    /// Batches of the current epoch done so far (0 at an epoch's start).
    int batchInEpoch() const;
    int batchesPerEpoch() const;
    int effectiveBatchSize() const;
    long long updates() const { return m_updates; }
    long long samplesSeen() const { return m_samplesSeen; }
    /// Epoch 0 (before training) and the finished epochs, in order; beyond kHistoryLimit
    /// entries older epochs are thinned (thinEpochHistory), so index != epoch in long runs.
    const std::vector<EpochMetrics> &history() const { return m_history; }
    const EpochMetrics &latest() const { return m_history.back(); }
    /// Epoch with the lowest validation loss (epochs >= 1), or -1 without validation data or epochs.
    int bestValidationEpoch() const { return m_bestEpoch; }
    Divergence divergence() const { return m_divergence; }

    /// Loss and accuracy of every split at the current weights (e.g. after an edit).
    EpochMetrics measureNow();
    /// Mean |dL/dw| per layer of the gradient over the whole training set, at the current weights.
    std::vector<double> gradientMagnitudes();
    /// The gradient the last update used (backprop plus regularization), in the layout of
    /// network().parameters(); empty before the first update, after restart() and after an edit,
    /// when it would describe other weights.
    const Vector<float> &lastGradient() const { return m_gradient; }
    ConfusionMatrix confusion(SplitId split);
    Evaluator &evaluator() { return m_evaluator; }

private:
    void validate() const;
    void beginEpoch();
    void finishEpoch(EpochMetrics &metrics);
    EpochMetrics measure(bool always = false);
    bool checkDivergence(const EpochMetrics &metrics);
    /// Restores the weights of the epoch's start and stops with Divergence::NonFinite.
    StopReason stopNonFinite();
    void updateBest(const EpochMetrics &metrics);

    Network m_network;
    TrainingData m_data;
    TrainingSettings m_settings;
    Optimizer<float> m_optimizer;
    Backprop<float> m_pass;
    Evaluator m_evaluator;
    Random m_random;                      ///< sample order and dropout masks
    std::vector<int> m_order;             ///< training columns in this epoch's order
    bool m_ordered = true;                ///< m_order is 0..n-1, so batches are column blocks
    Matrix<float> m_batchInputs, m_batchTargets;
    Vector<float> m_gradient;
    std::vector<double> m_gradientSums;   ///< per layer, summed over this epoch's batches
    Vector<float> m_epochStart;           ///< parameters at the start of the epoch (NaN recovery)
    Vector<float> m_bestParameters;
    int m_epoch = 0;
    int m_samplesInEpoch = 0;             ///< training samples used so far in this epoch
    int m_updatesInEpoch = 0;             ///< updates since m_gradientSums was cleared
    long long m_updates = 0;
    long long m_samplesSeen = 0;
    int m_bestEpoch = -1;
    double m_bestLoss = 0.0;
    Divergence m_divergence = Divergence::None;
    std::vector<EpochMetrics> m_history;
};

} // namespace engine
