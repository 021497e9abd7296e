#include "workspacestate.h"

using namespace engine;

RestoredRun restoreRun(const WorkspaceState &state)
{
    const WorkspaceSpec &spec = state.spec;
    RestoredRun run;
    run.dataset = spec.makeDataset();
    run.split = splitDataset(run.dataset.size(), spec.split, spec.data.seed);
    TrainingData data = makeTrainingData(run.dataset, run.split, spec.features, spec.encoding());
    run.trainer = std::make_unique<Trainer>(state.network, std::move(data), spec.training);
    run.trainer->restore(state.trainer);
    return run;
}
