#pragma once
// Shared set-ups for the workspace-file tests: a workspace state as the training worker hands
// it out, after training a spec's run on the engine.
#include "workspacestate.h"

/// The spec's run, trained `epochs` epochs and `batches` more.
inline WorkspaceState trainedState(const WorkspaceSpec &spec, int epochs, int batches = 0)
{
    using namespace engine;
    WorkspaceState state;
    state.spec = spec;
    const Dataset dataset = spec.makeDataset();
    TrainingData data = makeTrainingData(dataset, splitDataset(dataset.size(), spec.split, spec.data.seed),
                                         spec.features, spec.encoding());
    Network network = spec.makeNetwork(data.inputCount(), data.outputCount());
    Trainer trainer(std::move(network), std::move(data), spec.training);
    trainer.train(epochs);
    for (int i = 0; i < batches; ++i)
        trainer.stepBatch();
    state.network = trainer.network();
    state.trainer = trainer.state();
    return state;
}
