#include "trainer.h"

#include "trainerstate.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace engine {

namespace {
void require(bool condition, const char *message)
{
    if (!condition)
        throw std::invalid_argument(message);
}

bool finite(const SplitMetrics &metrics)
{
    return std::isfinite(metrics.loss) && std::isfinite(metrics.accuracy);
}
} // namespace

Trainer::Trainer(Network network, TrainingData data, const TrainingSettings &settings)
    : m_network(std::move(network)), m_data(std::move(data)), m_settings(settings),
      m_optimizer(settings.optimizer), m_random(settings.shuffleSeed)
{
    validate();
    m_evaluator.setThreshold(settings.decisionThreshold);
    m_history.push_back(measure());
}

void Trainer::validate() const
{
    const auto &s = m_settings;
    require(m_network.inputCount() == m_data.inputCount(), "the network's inputs do not match the features");
    require(m_network.outputCount() == m_data.outputCount(), "the network's outputs do not match the targets");
    require(checkLossCompatibility(s.loss, m_network.outputActivation(), m_network.outputCount())
                == LossCompatibility::Compatible,
            "the loss does not fit the output layer");
    require(std::isfinite(s.optimizer.learningRate) && s.optimizer.learningRate >= 0.0,
            "the learning rate must be a finite number >= 0");
    require(s.batchSize >= 0, "the batch size must be >= 0 (0 = full batch)");
    require(s.dropout >= 0.0 && s.dropout < 1.0, "dropout must be in [0, 1)");
    require(std::isfinite(s.regularizationRate) && s.regularizationRate >= 0.0,
            "the regularization rate must be a finite number >= 0");
    require(s.patience >= 0, "patience must be >= 0");
    require(s.optimizer.momentum >= 0.0 && s.optimizer.momentum < 1.0, "momentum must be in [0, 1)");
    require(std::isfinite(s.decisionThreshold) && s.decisionThreshold > -1.0 && s.decisionThreshold < 1.0,
            "the decision threshold must be in (-1, 1)");
}

void Trainer::setSettings(const TrainingSettings &settings)
{
    const TrainingSettings previous = m_settings;
    m_settings = settings;
    try {
        validate();
    } catch (...) {
        m_settings = previous;
        throw;
    }
    m_optimizer.setSettings(settings.optimizer);
    m_evaluator.setThreshold(settings.decisionThreshold);
    if (settings.shuffleSeed != previous.shuffleSeed)
        m_random = Random(settings.shuffleSeed);
}

void Trainer::networkEdited()
{
    validate();
    m_optimizer.reset();
    m_gradient.resize(0);
    m_epochStart = m_network.parameters();
    if (m_bestParameters.size() != m_network.parameterCount())
        m_bestParameters.resize(0);
    m_gradientSums.assign(m_network.layerCount(), 0.0);
    m_updatesInEpoch = 0;
    // An edit does not heal a diverged run: weights that grew too large stay too large (and a
    // network of such weights switched to linear activations overflows), so the run stays
    // stopped until it is reset.
    m_divergence = Divergence::None;
    if (m_network.parameters().cwiseAbs().maxCoeff() > kExplodingWeight)
        m_divergence = Divergence::ExplodingWeights;
    else if (const EpochMetrics now = measure(true);
             !finite(now.train) || !finite(now.validation) || !finite(now.test))
        m_divergence = Divergence::NonFinite;
    else if (now.train.loss > kExplodingLoss)
        m_divergence = Divergence::ExplodingLoss;
}

int Trainer::effectiveBatchSize() const
{
    const int n = m_data.train.size();
    return m_settings.batchSize <= 0 || m_settings.batchSize > n ? n : m_settings.batchSize;
}

int Trainer::batchesPerEpoch() const
{
    const int batch = effectiveBatchSize();
    return batch == 0 ? 0 : (m_data.train.size() + batch - 1) / batch;
}

void Trainer::beginEpoch()
{
    m_ordered = !m_settings.reshuffle;
    if (!m_ordered) {
        m_order.resize(m_data.train.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        m_random.shuffle(m_order);
    }
    m_gradientSums.assign(m_network.layerCount(), 0.0);
    m_updatesInEpoch = 0;
    m_epochStart = m_network.parameters();
}

const std::vector<int> &Trainer::epochOrder() const
{
    static const std::vector<int> inOrder;
    return m_ordered ? inOrder : m_order;
}

int Trainer::batchInEpoch() const
{
    // In samples, so that after a batch-size change mid-epoch it still reads "k of K", k <= K.
    const int batch = effectiveBatchSize();
    return batch == 0 ? 0 : (m_samplesInEpoch + batch - 1) / batch;
}

StopReason Trainer::stepBatch(TrainingObserver *observer)
{
    if (m_divergence != Divergence::None)
        return StopReason::Diverged;
    if (m_data.train.size() == 0)
        return StopReason::NoTrainingData;
    if (m_samplesInEpoch == 0 || static_cast<int>(m_gradientSums.size()) != m_network.layerCount())
        beginEpoch();

    // The position is counted in samples, not batches: the batch size may have changed since
    // the epoch began, and the epoch still uses every training sample once.
    const int start = m_samplesInEpoch;
    const int n = std::min(effectiveBatchSize(), m_data.train.size() - start);
    const auto &train = m_data.train;
    if (!m_ordered) {
        m_batchInputs.resize(train.inputs.rows(), n);
        m_batchTargets.resize(train.targets.rows(), n);
        for (int c = 0; c < n; ++c) {
            m_batchInputs.col(c) = train.inputs.col(m_order[start + c]);
            m_batchTargets.col(c) = train.targets.col(m_order[start + c]);
        }
    }
    const ConstMatrixRef<float> inputs = m_ordered ? ConstMatrixRef<float>(train.inputs.middleCols(start, n))
                                                   : ConstMatrixRef<float>(m_batchInputs);
    const ConstMatrixRef<float> targets = m_ordered ? ConstMatrixRef<float>(train.targets.middleCols(start, n))
                                                    : ConstMatrixRef<float>(m_batchTargets);

    const auto outputs = m_pass.forward(m_network, inputs, m_settings.dropout, &m_random);
    const double batchLoss = lossValue<float>(m_settings.loss, outputs, targets);
    if (!std::isfinite(batchLoss))
        return stopNonFinite();
    m_pass.backward(m_network, inputs, targets, m_settings.loss, m_gradient);
    addRegularizationGradient(m_network, m_settings.regularization, m_settings.regularizationRate, m_gradient);
    for (int l = 0; l < m_network.layerCount(); ++l) {
        const int count = m_network.layer(l).units * m_network.fanIn(l);
        m_gradientSums[l] += static_cast<double>(m_gradient.segment(m_network.weightOffset(l), count).cwiseAbs().sum())
                           / count;
    }
    m_optimizer.update(m_network.parameters(), m_gradient);
    if (!m_network.parameters().allFinite())
        return stopNonFinite(); // checked here, not at the epoch's end: a report may come first
    ++m_updates;
    m_samplesSeen += n;
    m_samplesInEpoch += n;
    ++m_updatesInEpoch;

    StopReason reason = StopReason::None;
    if (observer) {
        const BatchReport report{m_epoch + 1, batchInEpoch() - 1, batchesPerEpoch(), m_updates, batchLoss};
        if (!observer->onBatchEnd(report))
            reason = StopReason::Requested;
    }
    if (m_samplesInEpoch < m_data.train.size())
        return reason;

    // The epoch is complete: measure every split and look for trouble.
    m_samplesInEpoch = 0;
    ++m_epoch;
    EpochMetrics metrics = measure();
    const double batches = static_cast<double>(m_updatesInEpoch);
    for (double sum : m_gradientSums)
        metrics.meanAbsGradient.push_back(sum / batches);
    if (checkDivergence(metrics))
        return StopReason::Diverged;
    m_history.push_back(metrics);
    thinEpochHistory(m_history);
    updateBest(metrics);
    if (observer && !observer->onEpochEnd(metrics))
        reason = StopReason::Requested;
    if (m_settings.patience > 0 && m_bestEpoch >= 0 && m_epoch - m_bestEpoch >= m_settings.patience) {
        if (m_settings.restoreBest && m_bestParameters.size() == m_network.parameterCount())
            m_network.parameters() = m_bestParameters;
        return StopReason::EarlyStopping;
    }
    return reason;
}

StopReason Trainer::stopNonFinite()
{
    // Nothing non-finite may stay in the network: back to the last good weights, redo the epoch.
    m_network.parameters() = m_epochStart;
    m_gradient.resize(0);
    m_samplesInEpoch = 0;
    m_updatesInEpoch = 0;
    m_divergence = Divergence::NonFinite;
    return StopReason::Diverged;
}

bool Trainer::checkDivergence(const EpochMetrics &metrics)
{
    if (!m_network.parameters().allFinite() || !finite(metrics.train) || !finite(metrics.validation)
        || !finite(metrics.test)) {
        // Nothing non-finite may reach a report: go back to the last good weights, undo the epoch.
        m_network.parameters() = m_epochStart;
        --m_epoch;
        m_divergence = Divergence::NonFinite;
        return true;
    }
    if (metrics.train.loss > kExplodingLoss)
        m_divergence = Divergence::ExplodingLoss;
    else if (m_network.parameters().cwiseAbs().maxCoeff() > kExplodingWeight)
        m_divergence = Divergence::ExplodingWeights;
    if (m_divergence == Divergence::None)
        return false;
    m_history.push_back(metrics); // finite, so it is shown: the curve's jump is the explanation
    return true;
}

void thinEpochHistory(std::vector<EpochMetrics> &history)
{
    // Epochs 0..1000 stay exact (lessons read "train.loss@50"), the newest 1,000 too for the live curve.
    thinOldEntries(history, {kHistoryLimit, kHistoryExact, kHistoryRecent}, [](const EpochMetrics &m) { return m.epoch; });
}

void Trainer::updateBest(const EpochMetrics &metrics)
{
    if (metrics.validation.count == 0)
        return;
    if (m_bestEpoch < 0 || metrics.validation.loss < m_bestLoss) {
        m_bestEpoch = metrics.epoch;
        m_bestLoss = metrics.validation.loss;
        if (m_settings.restoreBest)
            m_bestParameters = m_network.parameters();
    }
}

StopReason Trainer::stepEpoch(TrainingObserver *observer)
{
    const int target = m_epoch + 1;
    while (m_epoch < target) {
        const StopReason reason = stepBatch(observer);
        if (reason != StopReason::None)
            return reason;
    }
    return StopReason::None;
}

StopReason Trainer::train(int epochs, TrainingObserver *observer)
{
    for (int e = 0; e < epochs; ++e) {
        const StopReason reason = stepEpoch(observer);
        if (reason != StopReason::None)
            return reason;
    }
    return StopReason::EpochLimit;
}

void Trainer::restart()
{
    m_network.reinitialize();
    m_optimizer.reset();
    m_gradient.resize(0);
    m_random = Random(m_settings.shuffleSeed);
    m_epoch = 0;
    m_samplesInEpoch = 0;
    m_updatesInEpoch = 0;
    m_updates = 0;
    m_samplesSeen = 0;
    m_bestEpoch = -1;
    m_bestLoss = 0.0;
    m_bestParameters.resize(0);
    m_divergence = Divergence::None;
    m_history.clear();
    m_history.push_back(measure());
}

TrainerState Trainer::state() const
{
    TrainerState s;
    s.epoch = m_epoch;
    s.samplesInEpoch = m_samplesInEpoch;
    s.updatesInEpoch = m_updatesInEpoch;
    s.updates = m_updates;
    s.samplesSeen = m_samplesSeen;
    s.bestEpoch = m_bestEpoch;
    s.bestLoss = m_bestLoss;
    s.divergence = m_divergence;
    s.ordered = m_ordered;
    s.order = m_order;
    s.gradientSums = m_gradientSums;
    s.epochStart = m_epochStart;
    s.bestParameters = m_bestParameters;
    s.random = m_random.state();
    s.optimizer = m_optimizer.state();
    s.history = m_history;
    return s;
}

void Trainer::restore(const TrainerState &s)
{
    const TrainerStateProblem problem = trainerStateProblem(s, m_network, m_data);
    require(problem == TrainerStateProblem::None, describe(problem));
    Random random;
    require(random.setState(s.random), "the shuffle stream's state is impossible");
    m_optimizer.restore(s.optimizer, m_network.parameterCount()); // throws before anything changed
    m_random = random;
    m_epoch = s.epoch;
    m_samplesInEpoch = s.samplesInEpoch;
    m_updatesInEpoch = s.updatesInEpoch;
    m_updates = s.updates;
    m_samplesSeen = s.samplesSeen;
    m_bestEpoch = s.bestEpoch;
    m_bestLoss = s.bestLoss;
    m_divergence = s.divergence;
    m_ordered = s.ordered;
    m_order = s.order;
    m_gradientSums = s.gradientSums;
    m_epochStart = s.epochStart;
    m_bestParameters = s.bestParameters;
    m_history = s.history;
}

EpochMetrics Trainer::measureNow()
{
    return measure(true);
}

EpochMetrics Trainer::measure(bool always)
{
    EpochMetrics metrics;
    metrics.epoch = m_epoch;
    metrics.updates = m_updates;
    metrics.samplesSeen = m_samplesSeen;
    if (!always && !m_settings.measureEachEpoch && m_epoch > 0)
        return metrics;
    const LossKind loss = m_settings.loss;
    const TargetEncoding encoding = m_data.encoding;
    metrics.train = m_evaluator.measure(m_network, m_data.train, loss, encoding);
    metrics.validation = m_evaluator.measure(m_network, m_data.validation, loss, encoding);
    metrics.test = m_evaluator.measure(m_network, m_data.test, loss, encoding);
    return metrics;
}

std::vector<double> Trainer::gradientMagnitudes()
{
    if (m_data.train.size() == 0)
        return std::vector<double>(static_cast<std::size_t>(m_network.layerCount()), 0.0); // no loss, no slope
    Backprop<float> pass;
    Vector<float> gradient;
    pass.forward(m_network, m_data.train.inputs);
    pass.backward(m_network, m_data.train.inputs, m_data.train.targets, m_settings.loss, gradient);
    std::vector<double> result;
    for (int l = 0; l < m_network.layerCount(); ++l) {
        const int count = m_network.layer(l).units * m_network.fanIn(l);
        result.push_back(static_cast<double>(gradient.segment(m_network.weightOffset(l), count).cwiseAbs().sum())
                         / count);
    }
    return result;
}

ConfusionMatrix Trainer::confusion(SplitId split)
{
    return m_evaluator.confusion(m_network, m_data.split(split), m_data.encoding, m_data.classCount);
}

} // namespace engine
