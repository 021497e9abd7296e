#include "trainerstate.h"

#include <cmath>

namespace engine {

namespace {
bool finite(const SplitMetrics &m)
{
    return std::isfinite(m.loss) && std::isfinite(m.accuracy) && m.count >= 0;
}

bool isPermutation(const std::vector<int> &order, int n)
{
    if (static_cast<int>(order.size()) != n)
        return false;
    std::vector<bool> seen(order.size(), false);
    for (int i : order) {
        if (i < 0 || i >= n || seen[i])
            return false;
        seen[i] = true;
    }
    return true;
}

/// Empty (nothing kept yet) or one finite value per parameter.
bool fitsParameters(const Vector<float> &values, const Network &network)
{
    return values.size() == 0 || (values.size() == network.parameterCount() && values.allFinite());
}

TrainerStateProblem historyProblem(const std::vector<EpochMetrics> &history, int epoch)
{
    using P = TrainerStateProblem;
    if (history.empty() || history.front().epoch != 0)
        return P::HistoryStart;
    if (history.size() > kHistoryLimit)
        return P::HistoryTooLong;
    for (std::size_t i = 0; i < history.size(); ++i) {
        const EpochMetrics &m = history[i];
        if (i > 0 && m.epoch <= history[i - 1].epoch)
            return P::HistoryOrder;
        if (m.updates < 0 || m.samplesSeen < 0 || !finite(m.train) || !finite(m.validation) || !finite(m.test))
            return P::HistoryValues;
        for (double g : m.meanAbsGradient)
            if (!std::isfinite(g) || g < 0)
                return P::HistoryValues;
    }
    // The trainer records every epoch it finishes (thinning drops old ones, never the newest).
    return history.back().epoch == epoch ? P::None : P::HistoryEnd;
}
} // namespace

TrainerStateProblem trainerStateProblem(const TrainerState &s, const Network &network, const TrainingData &data)
{
    using P = TrainerStateProblem;
    const int trainSize = data.train.size();
    if (s.epoch < 0 || s.updates < 0 || s.samplesSeen < 0 || s.updatesInEpoch < 0 || s.updatesInEpoch > s.updates)
        return P::NegativeCounter;
    if (s.samplesInEpoch < 0 || (s.samplesInEpoch > 0 && s.samplesInEpoch >= trainSize))
        return P::PositionOutsideEpoch;
    if (s.bestEpoch < -1 || s.bestEpoch > s.epoch || !std::isfinite(s.bestLoss))
        return P::BestEpochOutsideRun;
    if ((!s.order.empty() && !isPermutation(s.order, trainSize)) || (!s.ordered && s.samplesInEpoch > 0 && s.order.empty()))
        return P::OrderNotPermutation;
    if (!s.gradientSums.empty() && static_cast<int>(s.gradientSums.size()) != network.layerCount())
        return P::GradientSums;
    for (double g : s.gradientSums)
        if (!std::isfinite(g) || g < 0)
            return P::GradientSums;
    if (!fitsParameters(s.epochStart, network) || !fitsParameters(s.bestParameters, network))
        return P::SavedWeights;
    return historyProblem(s.history, s.epoch);
}

const char *describe(TrainerStateProblem problem)
{
    switch (problem) {
    case TrainerStateProblem::None:
        break;
    case TrainerStateProblem::NegativeCounter:
        return "a training counter is negative or inconsistent";
    case TrainerStateProblem::PositionOutsideEpoch:
        return "the position in the epoch is outside the training set";
    case TrainerStateProblem::BestEpochOutsideRun:
        return "the best-validation epoch is not one of the run's epochs";
    case TrainerStateProblem::OrderNotPermutation:
        return "the sample order is not an order of the training samples";
    case TrainerStateProblem::GradientSums:
        return "the gradient sums do not match the network's layers";
    case TrainerStateProblem::SavedWeights:
        return "the saved weights do not match the network's parameters";
    case TrainerStateProblem::HistoryStart:
        return "the epoch history does not start at epoch 0";
    case TrainerStateProblem::HistoryTooLong:
        return "the epoch history is longer than a trainer keeps";
    case TrainerStateProblem::HistoryOrder:
        return "the epoch history is not in order";
    case TrainerStateProblem::HistoryValues:
        return "the epoch history holds a value that is not a finite measurement";
    case TrainerStateProblem::HistoryEnd:
        return "the epoch history does not end at the current epoch";
    }
    return "no problem";
}

} // namespace engine
