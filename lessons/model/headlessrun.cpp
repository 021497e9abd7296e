#include "headlessrun.h"

#include "trainingdata.h"

#include <algorithm>

using namespace engine;

namespace {

SplitSnapshot splitSnapshot(Trainer &trainer, SplitId id, const SplitMetrics &metrics)
{
    SplitSnapshot s;
    s.metrics = metrics;
    const std::vector<int> &classes = trainer.data().split(id).classes;
    if (classes.empty() || metrics.count == 0)
        return s;
    std::vector<int> counts;
    for (int c : classes) {
        if (c >= static_cast<int>(counts.size()))
            counts.resize(c + 1, 0);
        ++counts[c];
    }
    s.majority = static_cast<double>(*std::max_element(counts.begin(), counts.end())) / classes.size();
    const ConfusionMatrix matrix = trainer.confusion(id);
    if (matrix.classCount() == 2) {
        s.tp = matrix.at(1, 1);
        s.fn = matrix.at(1, 0);
        s.fp = matrix.at(0, 1);
        s.tn = matrix.at(0, 0);
    }
    return s;
}

} // namespace

MetricsSnapshot HeadlessRun::snapshot(Trainer &trainer)
{
    MetricsSnapshot s;
    const EpochMetrics now = trainer.measureNow();
    s.epoch = trainer.epoch();
    s.updates = trainer.updates();
    s.samples = trainer.samplesSeen();
    s.batchesPerEpoch = trainer.batchesPerEpoch();
    s.train = splitSnapshot(trainer, SplitId::Train, now.train);
    s.validation = splitSnapshot(trainer, SplitId::Validation, now.validation);
    s.test = splitSnapshot(trainer, SplitId::Test, now.test);
    s.history = trainer.history();
    const Network &network = trainer.network();
    s.parameters = network.parameterCount();
    s.hiddenLayers = network.hiddenLayerCount();
    for (int l = 0; l < network.hiddenLayerCount(); ++l)
        s.hiddenNeurons += network.layer(l).units;
    s.gradients = trainer.gradientMagnitudes();
    return s;
}

MetricsSnapshot HeadlessRun::train(const PresetState &state, int epochs)
{
    const WorkspaceSpec &spec = state.spec;
    const Dataset dataset = spec.makeDataset();
    const DataSplit split = splitDataset(dataset.size(), spec.split, spec.data.seed);
    TrainingData data = makeTrainingData(dataset, split, spec.features, spec.encoding());
    Network network = spec.makeNetwork(data.inputCount(), data.outputCount());
    Trainer trainer(std::move(network), std::move(data), spec.training);
    if (epochs > 0)
        trainer.train(epochs);
    MetricsSnapshot s = snapshot(trainer);
    return s;
}

MetricsSnapshot HeadlessRun::bowl(const PresetState &state, int steps)
{
    LossBowl bowl(state.bowlW0, state.bowlLearningRate);
    if (steps == 0)
        bowl.runToConvergence();
    for (int i = 0; i < steps; ++i)
        bowl.step();
    MetricsSnapshot s;
    addBowl(bowl, s);
    return s;
}

MetricsSnapshot HeadlessRun::calculator(const PresetState &state)
{
    OutputCalculator c;
    c.setLabel(state.calcLabel);
    if (state.calcUsesLogits)
        c.setLogits(state.calcLogits);
    else
        c.setOutputs(state.calcOutputs);
    MetricsSnapshot s;
    addCalculator(c, s);
    return s;
}

void HeadlessRun::addBowl(const LossBowl &bowl, MetricsSnapshot &s)
{
    s.stage[QStringLiteral("bowl.w")] = bowl.w();
    s.stage[QStringLiteral("bowl.loss")] = bowl.loss();
    s.stage[QStringLiteral("bowl.slope")] = bowl.slope();
    s.stage[QStringLiteral("bowl.steps")] = bowl.steps();
}

void HeadlessRun::addCalculator(const OutputCalculator &c, MetricsSnapshot &s)
{
    s.stage[QStringLiteral("calc.sse")] = c.sse();
    for (int i = 0; i < OutputCalculator::kClasses; ++i)
        s.stage[QStringLiteral("calc.p%1").arg(i)] = c.outputs()[i];
    s.stage[QStringLiteral("calc.argmax")] = c.argmax();
}
