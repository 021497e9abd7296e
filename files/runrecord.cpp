#include "runrecord.h"

#include "thinning.h"
#include "workspacestate.h"

#include <algorithm>
#include <optional>

using namespace engine;

const EpochMetrics *RunRecord::best() const
{
    const auto found = std::find_if(trainer.history.begin(), trainer.history.end(),
                                    [this](const EpochMetrics &m) { return m.epoch == trainer.bestEpoch; });
    return trainer.bestEpoch >= 0 && found != trainer.history.end() ? &*found : nullptr;
}

WorkspaceState RunRecord::state() const
{
    WorkspaceState state;
    state.spec = spec;
    state.network = network;
    state.trainer = trainer;
    return state;
}

RunRecord RunRecord::fromState(const WorkspaceState &state, int number, const QDateTime &started, double seconds)
{
    RunRecord record;
    record.number = number;
    record.started = started.toUTC();
    record.seconds = seconds;
    record.spec = state.spec;
    record.network = state.network;
    record.trainer = state.trainer;
    std::vector<EpochMetrics> &history = record.trainer.history;
    const auto epochOf = [](const EpochMetrics &m) { return m.epoch; };
    const auto bestEntry = std::find_if(history.begin(), history.end(), [&](const EpochMetrics &m) {
        return m.epoch == record.trainer.bestEpoch;
    });
    const std::optional<EpochMetrics> best =
        bestEntry != history.end() ? std::optional<EpochMetrics>(*bestEntry) : std::nullopt;
    thinOldEntries(history, {kMaxPoints, kMaxPoints / 10, kMaxPoints / 10}, epochOf);
    // The best epoch is what the table shows next to the last one: it stays even off the grid.
    if (best) {
        const auto at = std::lower_bound(history.begin(), history.end(), best->epoch,
                                         [](const EpochMetrics &m, int epoch) { return m.epoch < epoch; });
        if (at == history.end() || at->epoch != best->epoch)
            history.insert(at, *best);
    }
    // P9's bars read only the newest entry's gradient sizes; the rest would be dead weight.
    for (std::size_t i = 0; i + 1 < history.size(); ++i)
        history[i].meanAbsGradient.clear();
    return record;
}
