#include "scriptreplay.h"

#include <algorithm>
#include <cmath>

using namespace engine;

namespace {

/// Takes each epoch's sample order after its first batch, and the measurements at its end.
class ReplayObserver : public TrainingObserver {
public:
    ReplayObserver(const Trainer &trainer, ScriptReplay &replay) : m_trainer(trainer), m_replay(replay) {}

    bool onBatchEnd(const BatchReport &report) override
    {
        if (report.batch == 0 && m_trainer.settings().reshuffle)
            m_replay.orders.push_back(m_trainer.epochOrder());
        return true;
    }
    bool onEpochEnd(const EpochMetrics &metrics) override
    {
        m_replay.epochs.push_back(metrics);
        return true;
    }

private:
    const Trainer &m_trainer;
    ScriptReplay &m_replay;
};

bool sameLoss(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

} // namespace

int ScriptReplay::defaultEpochs(const WorkspaceState &state)
{
    const int epochs = state.trainer.epoch > 0 ? state.trainer.epoch
                       : state.spec.epochLimit > 0 ? state.spec.epochLimit
                                                   : kDefaultEpochs;
    return std::min(epochs, kMaxEpochs);
}

ScriptReplay ScriptReplay::run(const WorkspaceState &state, int epochs)
{
    RestoredRun restored = restoreRun(state);
    ScriptReplay replay;
    replay.dataset = std::move(restored.dataset);
    replay.split = std::move(restored.split);
    replay.requested = std::clamp(epochs, 0, kMaxEpochs);
    int count = replay.requested;
    const int trainCount = restored.trainer->data().train.size();
    if (state.spec.training.reshuffle && trainCount > 0 && static_cast<long long>(count) * trainCount > kMaxOrderEntries) {
        count = static_cast<int>(std::max<long long>(1, kMaxOrderEntries / trainCount));
        replay.cut = true;
    }

    replay.initial = state.network;
    replay.initial.reinitialize();
    TrainingSettings settings = state.spec.training;
    settings.measureEachEpoch = true; // the script prints every epoch's loss
    Trainer trainer(replay.initial, restored.trainer->data(), settings);
    ReplayObserver observer(trainer, replay);
    replay.stop = count > 0 ? trainer.train(count, &observer) : StopReason::EpochLimit;
    // An epoch that diverged was not finished: the script leaves it out, order and all.
    if (replay.orders.size() > replay.epochs.size())
        replay.orders.resize(replay.epochs.size());

    for (const EpochMetrics &saved : state.trainer.history) {
        if (saved.epoch >= 1 && saved.epoch <= replay.epochCount()
            && !sameLoss(saved.train.loss, replay.epochs[saved.epoch - 1].train.loss))
            replay.differsFromWorkspace = true;
    }
    return replay;
}
