/**
 * @file makeworkspaceseeds.cpp
 * Writes the seed corpus of fuzz_workspacefile: a few small but complete workspaces (trained a
 * few epochs by the workspace tests' helper) that between them use every part of the format —
 * generated and drawn data, binary, multi-class and regression tasks, each optimizer, dropout,
 * regularization, no hidden layer, a save in mid-epoch. Small sets keep each file a few KB, so
 * the fuzzer mutates structure rather than long weight arrays.
 * Usage: nl-fuzz-seeds <folder>
 */
#include "workspacefile.h"
#include "workspacetesthelpers.h"

#include <QDir>

#include <cmath>
#include <cstdio>

using namespace engine;

namespace {

WorkspaceSpec smallCircle()
{
    WorkspaceSpec s;
    s.data.samples = 40;
    return s;
}

WorkspaceSpec blobsWithAdam()
{
    WorkspaceSpec s;
    s.data.kind = DatasetKind::Blobs;
    s.data.samples = 30;
    s.data.classes = 3;
    s.data.noise = 20;
    s.network.hidden = {3};
    s.network.activation = Activation::ReLU;
    s.training.loss = LossKind::SoftmaxCrossEntropy;
    s.training.optimizer.kind = OptimizerKind::Adam;
    s.training.batchSize = 4;
    s.training.reshuffle = true;
    s.training.dropout = 0.2;
    s.training.restoreBest = true;
    return s;
}

WorkspaceSpec drawnPoints()
{
    WorkspaceSpec s;
    s.data.kind = DatasetKind::Custom;
    s.data.classes = 3;
    s.customTask = Task::MultiClass;
    for (int i = 0; i < 12; ++i)
        s.customPoints.push_back({std::sin(i) * 4.0, std::cos(i * 1.7) * 4.0, static_cast<double>(i % 3)});
    s.split = {80, 0, 20};
    s.training.loss = LossKind::SoftmaxCrossEntropy;
    s.training.optimizer.kind = OptimizerKind::Momentum;
    return s;
}

WorkspaceSpec planeWithoutHiddenLayers()
{
    WorkspaceSpec s;
    s.data.kind = DatasetKind::RegressPlane;
    s.data.samples = 20;
    s.network.hidden = {};
    s.network.output = Activation::Linear;
    s.features = FeatureX1 | FeatureX2 | FeatureX1Squared;
    s.training.regularization = Regularization::L1;
    s.training.regularizationRate = 0.01;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fputs("usage: nl-fuzz-seeds <folder>\n", stderr);
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const struct {
        const char *name;
        WorkspaceState state;
    } seeds[] = {
        {"circle-untrained.nlw", trainedState(smallCircle(), 0)},
        {"circle-3-epochs.nlw", trainedState(smallCircle(), 3)},
        {"blobs-adam-mid-epoch.nlw", trainedState(blobsWithAdam(), 2, 3)},
        {"drawn-multiclass.nlw", trainedState(drawnPoints(), 2)},
        {"plane-no-hidden.nlw", trainedState(planeWithoutHiddenLayers(), 2)},
    };
    for (const auto &seed : seeds) {
        QString error;
        if (!WorkspaceFile::save(dir.filePath(QLatin1String(seed.name)), seed.state, &error)) {
            std::fprintf(stderr, "%s: %s\n", seed.name, qPrintable(error));
            return 1;
        }
    }
    return 0;
}
