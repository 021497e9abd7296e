#include "workspacereader.h"

#include "fileids.h"
#include "trainerstate.h"

#include <QDateTime>
#include <QJsonArray>

#include <cfloat>
#include <climits>

using namespace engine;

namespace {
/// Counts up to 2^53 (the integers a JSON number holds exactly).
constexpr long long kMaxCount = 9007199254740992LL;

bool isHexWords(const QString &text)
{
    if (text.size() != RandomState::kWords * 16)
        return false;
    for (QChar c : text)
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')) && !(c >= QLatin1Char('A') && c <= QLatin1Char('F')))
            return false;
    return true;
}
} // namespace

WorkspaceState WorkspaceReader::read(const QJsonObject &root)
{
    const JsonField file(root, QString());
    WorkspaceState state;
    state.spec = readSpec(file["spec"]);
    const TrainingData data = makeData(state.spec);
    state.network = readNetwork(file["network"], state.spec, data);
    state.trainer = readTrainer(file["trainer"], state.network, data, state.spec.training.optimizer);
    checkFits(state.spec, state.network, state.trainer, data);
    // Version 1 files have no history; a version 2 file without one is just as good.
    if (file["runs"].exists())
        readRuns(file["runs"], state);
    return state;
}

void WorkspaceReader::checkFits(const WorkspaceSpec &spec, const Network &network, const TrainerState &trainerState,
                                const TrainingData &data)
{
    try {
        Trainer trainer(network, data, spec.training);
        trainer.restore(trainerState);
    } catch (const std::exception &e) {
        JsonField::fail(tr("The parts of the workspace do not fit together (%1).").arg(QString::fromUtf8(e.what())));
    }
}

void WorkspaceReader::readRuns(const JsonField &runs, WorkspaceState &state)
{
    const JsonField list = runs["list"];
    const qsizetype count = list.arraySize(RunRecord::kMaxRuns);
    long long parameters = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const JsonField entry = list.at(i);
        RunRecord run = readRun(entry);
        const int previous = state.runs.empty() ? 0 : state.runs.back().number;
        if (run.number <= previous)
            JsonField::fail(tr("“%1” is %2; the runs must be listed oldest first, each with a higher number than the one before.")
                                .arg(entry["number"].path())
                                .arg(run.number));
        parameters += run.network.parameterCount();
        if (parameters > RunRecord::kMaxParameters)
            JsonField::fail(tr("The networks of the run history (“%1”) hold more than %2 weights together.")
                                .arg(list.path())
                                .arg(RunRecord::kMaxParameters));
        state.runs.push_back(std::move(run));
    }
    const JsonField next = runs["next"];
    const int last = state.runs.empty() ? 0 : state.runs.back().number;
    state.nextRun = next.smallInteger(last + 1, kMaxRunNumber);
}

RunRecord WorkspaceReader::readRun(const JsonField &entry)
{
    RunRecord run;
    run.number = entry["number"].smallInteger(1, kMaxRunNumber - 1);
    const JsonField started = entry["started"];
    run.started = QDateTime::fromString(started.text(64), Qt::ISODate);
    if (!run.started.isValid())
        JsonField::fail(tr("“%1” must be a date and time such as “2026-09-01T08:30:00Z”.").arg(started.path()));
    run.started = run.started.toUTC();
    run.seconds = entry["seconds"].number(0.0, 1e9);
    run.shown = entry["shown"].boolean();
    run.spec = readSpec(entry["spec"]);
    const TrainingData data = makeData(run.spec);
    run.network = readNetwork(entry["network"], run.spec, data);
    const JsonField trainer = entry["trainer"];
    // A recorded run has finished an epoch (a run of none is not recorded) and a short history.
    trainer["epoch"].smallInteger(1, INT_MAX);
    trainer["history"].arraySize(RunRecord::kMaxPoints + 1);
    run.trainer = readTrainer(trainer, run.network, data, run.spec.training.optimizer);
    checkFits(run.spec, run.network, run.trainer, data);
    return run;
}

WorkspaceSpec WorkspaceReader::readSpec(const JsonField &spec)
{
    WorkspaceSpec s;
    readData(spec, s);
    const JsonField split = spec["split"];
    s.split.train = split["train"].smallInteger(0, 100);
    s.split.validation = split["validation"].smallInteger(0, 100);
    s.split.test = split["test"].smallInteger(0, 100);
    const int sum = s.split.train + s.split.validation + s.split.test;
    if (sum != 100)
        JsonField::fail(tr("The split (“%1”) adds up to %2%; it must add up to 100%.").arg(split.path()).arg(sum));
    const JsonField features = spec["features"];
    s.features = 0;
    const qsizetype count = features.arraySize(kFeatureKinds);
    for (qsizetype i = 0; i < count; ++i)
        s.features |= features.at(i).id(fileids::features());
    if (s.features == 0)
        JsonField::fail(tr("“%1” must name at least one feature.").arg(features.path()));
    readNetworkSpec(spec["network"], s);
    s.initSeed = spec["initSeed"].seed();
    readTraining(spec["training"], s);
    s.epochLimit = spec["epochLimit"].smallInteger(0, 1000000000);
    return s;
}

void WorkspaceReader::readData(const JsonField &spec, WorkspaceSpec &s)
{
    const JsonField data = spec["data"];
    s.data.kind = data["kind"].id(fileids::datasets());
    s.data.samples = data["samples"].smallInteger(4, kMaxSamples);
    s.data.noise = data["noise"].number(0.0, 50.0);
    s.data.seed = data["seed"].seed();
    s.data.classes = data["classes"].smallInteger(2, 10);
    s.data.positiveFraction = data["positiveFraction"].number(0.001, 0.999);

    const JsonField custom = spec["custom"];
    s.customTask = custom["task"].id(fileids::tasks());
    const int classes = s.customTask == Task::Binary ? 2 : s.data.classes;
    const JsonField points = custom["points"];
    const qsizetype count = points.arraySize(kMaxPoints);
    s.customPoints.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const JsonField point = points.at(i);
        if (point.arraySize(3) != 3)
            JsonField::fail(tr("“%1” must hold three numbers: x, y and the label.").arg(point.path()));
        LabeledPoint p;
        p.x = point.at(0).number(-100.0, 100.0);
        p.y = point.at(1).number(-100.0, 100.0);
        // A class index for classification, a value for regression.
        p.label = s.customTask == Task::Regression ? point.at(2).number(-100.0, 100.0)
                                                   : point.at(2).integer(0, classes - 1);
        s.customPoints.push_back(p);
    }
}

void WorkspaceReader::readNetworkSpec(const JsonField &network, WorkspaceSpec &s)
{
    const JsonField hidden = network["hidden"];
    const qsizetype layers = hidden.arraySize(kMaxHiddenLayers);
    s.network.hidden.clear();
    for (qsizetype i = 0; i < layers; ++i)
        s.network.hidden.push_back(hidden.at(i).smallInteger(1, kMaxUnits));
    const JsonField activation = network["activation"];
    s.network.activation = activation.id(fileids::activations());
    if (s.network.activation == Activation::Softmax)
        JsonField::fail(tr("“%1” cannot be softmax: softmax is only for the output layer.").arg(activation.path()));
    const JsonField output = network["output"];
    s.network.output = output.id(fileids::activations());
    if (s.network.output != Activation::Tanh && s.network.output != Activation::Sigmoid
        && s.network.output != Activation::Linear)
        JsonField::fail(tr("“%1” must be tanh, sigmoid or linear.").arg(output.path()));
    s.network.initializer = network["init"].id(fileids::initializers());
}

void WorkspaceReader::readTraining(const JsonField &training, WorkspaceSpec &s)
{
    TrainingSettings &t = s.training;
    t.loss = training["loss"].id(fileids::losses());
    t.optimizer.kind = training["optimizer"].id(fileids::optimizers());
    t.optimizer.learningRate = training["learningRate"].number(0.0, 100.0);
    t.optimizer.momentum = training["momentum"].number(0.0, 0.9999);
    t.optimizer.beta1 = training["beta1"].number(0.0, 0.9999);
    t.optimizer.beta2 = training["beta2"].number(0.0, 0.999999);
    t.optimizer.epsilon = training["epsilon"].number(1e-12, 1.0);
    t.batchSize = training["batchSize"].smallInteger(0, kMaxSamples);
    t.reshuffle = training["shuffle"].boolean();
    t.regularization = training["regularization"].id(fileids::regularizations());
    t.regularizationRate = training["regularizationRate"].number(0.0, 10.0);
    t.dropout = training["dropout"].number(0.0, 0.99);
    t.shuffleSeed = training["shuffleSeed"].seed();
    t.patience = training["patience"].smallInteger(0, 1000000);
    t.restoreBest = training["restoreBest"].boolean();
    t.measureEachEpoch = training["measureEachEpoch"].boolean();
    // Added after format 1 was first written: files without it use the natural cut.
    if (const JsonField threshold = training["decisionThreshold"]; threshold.exists())
        t.decisionThreshold = threshold.number(-0.99, 0.99);
}

TrainingData WorkspaceReader::makeData(const WorkspaceSpec &spec)
{
    try {
        const Dataset dataset = spec.makeDataset();
        return makeTrainingData(dataset, splitDataset(dataset.size(), spec.split, spec.data.seed), spec.features,
                                spec.encoding());
    } catch (const std::exception &e) {
        JsonField::fail(tr("The data set cannot be made from the file's settings (%1).").arg(QString::fromUtf8(e.what())));
    }
}

Network WorkspaceReader::readNetwork(const JsonField &network, const WorkspaceSpec &spec, const TrainingData &data)
{
    const int inputs = network["inputs"].smallInteger(1, kMaxUnits);
    const JsonField layersField = network["layers"];
    const qsizetype layerCount = layersField.arraySize(kMaxHiddenLayers + 1);
    if (layerCount == 0)
        JsonField::fail(tr("“%1” must hold at least the output layer.").arg(layersField.path()));
    std::vector<LayerSpec> layers;
    long long parameters = 0;
    int fanIn = inputs;
    for (qsizetype i = 0; i < layerCount; ++i) {
        const JsonField layer = layersField.at(i);
        LayerSpec spec;
        spec.units = layer["units"].smallInteger(1, kMaxUnits);
        spec.activation = layer["activation"].id(fileids::activations());
        parameters += static_cast<long long>(spec.units) * (fanIn + 1);
        fanIn = spec.units;
        layers.push_back(spec);
    }
    if (inputs != data.inputCount() || layers.back().units != data.outputCount())
        JsonField::fail(tr("The network in the file has %1 inputs and %2 outputs, but its data needs %3 and %4.")
                            .arg(inputs)
                            .arg(layers.back().units)
                            .arg(data.inputCount())
                            .arg(data.outputCount()));
    // The worker keeps the spec's shape in step with every edit: a file where they differ was
    // not written by the app, and the controls would show a network that is not the one trained.
    bool matches = layers.size() == spec.network.hidden.size() + 1
        && layers.back().activation == spec.outputActivation();
    for (std::size_t l = 0; matches && l + 1 < layers.size(); ++l)
        matches = layers[l].units == spec.network.hidden[l] && layers[l].activation == spec.network.activation;
    const Initializer init = network["init"].id(fileids::initializers());
    if (!matches || init != spec.network.initializer)
        JsonField::fail(tr("The network (“%1”) does not match the workspace's network settings (“spec.network”).")
                            .arg(layersField.path()));
    if (checkLossCompatibility(spec.training.loss, spec.outputActivation(), data.outputCount())
        != LossCompatibility::Compatible)
        JsonField::fail(tr("The loss “%1” does not fit the network's output layer (%2).")
                            .arg(fileids::idOf(fileids::losses(), spec.training.loss),
                                 fileids::idOf(fileids::activations(), spec.outputActivation())));

    Network result(inputs, layers, init, network["seed"].seed());
    result.parameters() = network["parameters"].floats(parameters, false);
    Random stream;
    stream.setState(readRandom(network["editStream"]));
    result.setEditStream(stream);
    return result;
}

RandomState WorkspaceReader::readRandom(const JsonField &random)
{
    RandomState state;
    state.index = random["index"].smallInteger(0, RandomState::kWords);
    const JsonField words = random["words"];
    const QString text = words.text(RandomState::kWords * 16);
    if (!isHexWords(text))
        JsonField::fail(tr("“%1” must be %2 hexadecimal digits (the generator's %3 words).")
                            .arg(words.path())
                            .arg(RandomState::kWords * 16)
                            .arg(RandomState::kWords));
    for (int i = 0; i < RandomState::kWords; ++i)
        state.words[i] = QStringView(text).mid(i * 16, 16).toULongLong(nullptr, 16);
    if (!Random().setState(state))
        JsonField::fail(tr("“%1” is not a state the random generator can be in.").arg(random.path()));
    return state;
}

TrainerState WorkspaceReader::readTrainer(const JsonField &trainer, const Network &network, const TrainingData &data,
                                          const OptimizerSettings &optimizerSettings)
{
    const int trainSize = data.train.size();
    const int parameters = network.parameterCount();
    TrainerState s;
    s.epoch = trainer["epoch"].smallInteger(0, INT_MAX);
    s.samplesInEpoch = trainer["samplesInEpoch"].smallInteger(0, trainSize > 0 ? trainSize - 1 : 0);
    s.updatesInEpoch = trainer["updatesInEpoch"].smallInteger(0, INT_MAX);
    s.updates = trainer["updates"].integer(0, kMaxCount);
    s.samplesSeen = trainer["samplesSeen"].integer(0, kMaxCount);
    s.bestEpoch = trainer["bestEpoch"].smallInteger(-1, s.epoch);
    s.bestLoss = trainer["bestLoss"].nonNegative();
    s.divergence = trainer["divergence"].id(fileids::divergences());
    s.ordered = trainer["ordered"].boolean();
    const JsonField order = trainer["order"];
    const qsizetype orderSize = order.arraySize(trainSize);
    for (qsizetype i = 0; i < orderSize; ++i)
        s.order.push_back(order.at(i).smallInteger(0, trainSize - 1));
    s.gradientSums = trainer["gradientSums"].magnitudes(network.layerCount());
    s.epochStart = trainer["epochStart"].floats(parameters, true);
    s.bestParameters = trainer["bestParameters"].floats(parameters, true);
    s.random = readRandom(trainer["random"]);
    const JsonField optimizer = trainer["optimizer"];
    s.optimizer.steps = optimizer["steps"].integer(0, kMaxCount);
    s.optimizer.first = optimizer["first"].floats(parameters, true);
    s.optimizer.second = optimizer["second"].floats(parameters, true);
    try {
        Optimizer<float>(optimizerSettings).restore(s.optimizer, parameters);
    } catch (const std::invalid_argument &) {
        JsonField::fail(tr("The optimizer's state (“%1”) does not fit the optimizer “%2” of this network.")
                            .arg(optimizer.path(), fileids::idOf(fileids::optimizers(), optimizerSettings.kind)));
    }
    const JsonField history = trainer["history"];
    const qsizetype epochs = history.arraySize(static_cast<qsizetype>(kHistoryLimit));
    s.history.reserve(epochs);
    for (qsizetype i = 0; i < epochs; ++i)
        s.history.push_back(readEpoch(history.at(i), kMaxHiddenLayers + 1));
    const TrainerStateProblem problem = trainerStateProblem(s, network, data);
    if (problem != TrainerStateProblem::None)
        JsonField::fail(tr("The training state does not fit this workspace: %1").arg(problemText(problem)));
    return s;
}

EpochMetrics WorkspaceReader::readEpoch(const JsonField &entry, int layers)
{
    EpochMetrics m;
    m.epoch = entry["epoch"].smallInteger(0, INT_MAX);
    m.updates = entry["updates"].integer(0, kMaxCount);
    m.samplesSeen = entry["samplesSeen"].integer(0, kMaxCount);
    const std::pair<const char *, SplitMetrics *> splits[] = {
        {"train", &m.train}, {"validation", &m.validation}, {"test", &m.test}};
    for (const auto &[key, split] : splits) {
        const JsonField field = entry[key];
        split->loss = field["loss"].nonNegative();
        split->accuracy = field["accuracy"].number(0.0, 1.0);
        split->count = field["count"].smallInteger(0, kMaxSamples);
        split->hasAccuracy = field["hasAccuracy"].boolean();
    }
    m.meanAbsGradient = entry["gradients"].magnitudes(layers);
    return m;
}

QString WorkspaceReader::problemText(TrainerStateProblem problem)
{
    using P = TrainerStateProblem;
    switch (problem) {
    case P::None:
        break;
    case P::NegativeCounter:
        return tr("its counters contradict each other.");
    case P::PositionOutsideEpoch:
        return tr("the position in the epoch is outside the training set.");
    case P::BestEpochOutsideRun:
        return tr("the best validation epoch is not one of the run's epochs.");
    case P::OrderNotPermutation:
        return tr("the sample order is not an order of the training samples.");
    case P::GradientSums:
        return tr("the gradient sums do not match the network's layers.");
    case P::SavedWeights:
        return tr("the saved weights do not match the network.");
    case P::HistoryStart:
        return tr("the epoch history does not start at epoch 0.");
    case P::HistoryTooLong:
        return tr("the epoch history is too long.");
    case P::HistoryOrder:
        return tr("the epochs of the history are not in order.");
    case P::HistoryValues:
        return tr("the epoch history holds a value that is not a measurement.");
    case P::HistoryEnd:
        return tr("the epoch history does not end at the current epoch.");
    }
    return {};
}
