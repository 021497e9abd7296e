// Workspace files (.nlw): every field survives a round trip, a run continued after saving and
// opening gives the numbers of the run that never stopped, and every malformed file (corrupt,
// cut off, another format or version, wrong types, NaN or huge numbers, absurd sizes, deep
// nesting, shapes that do not fit) is refused with a message that names the problem and went
// through tr().
#include "runrecord.h"
#include "trainerstate.h"
#include "workspacefile.h"
#include "workspacetesthelpers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace engine;

namespace {

/// Marks every string, so a test sees that a message went through tr().
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
};

/// Every setting away from its default, so a field the file forgets shows.
WorkspaceSpec unusualSpec()
{
    WorkspaceSpec s;
    s.data.kind = DatasetKind::Spiral;
    s.data.samples = 240;
    s.data.noise = 12.5;
    s.data.seed = 0xFEDCBA9876543210ull; // above 2^53: a JSON number would lose it
    s.data.classes = 4;
    s.data.positiveFraction = 0.3;
    s.customPoints = {{0.5, -1.25, 1}, {2, 3, 0}}; // kept while another set is shown
    s.customTask = Task::Binary;
    s.split = {70, 10, 20};
    s.features = FeatureX1 | FeatureX2 | FeatureSinX1 | FeatureX1TimesX2;
    s.network.hidden = {5, 3};
    s.network.activation = Activation::ReLU;
    s.network.output = Activation::Sigmoid;
    s.network.initializer = Initializer::Xavier;
    s.initSeed = 123456789012345ull;
    TrainingSettings &t = s.training;
    t.loss = LossKind::BinaryCrossEntropy;
    t.optimizer = {OptimizerKind::Adam, 0.004, 0.8, 0.85, 0.995, 1e-7};
    t.batchSize = 7;
    t.reshuffle = true;
    t.regularization = Regularization::L2;
    t.regularizationRate = 0.001;
    t.dropout = 0.1;
    t.shuffleSeed = 99;
    t.patience = 500;
    t.restoreBest = true;
    t.measureEachEpoch = true;
    s.epochLimit = 900;
    return s;
}

WorkspaceSpec customSpec()
{
    WorkspaceSpec s;
    s.data.kind = DatasetKind::Custom;
    s.data.classes = 3;
    s.customTask = Task::MultiClass;
    for (int i = 0; i < 30; ++i)
        s.customPoints.push_back({std::sin(i) * 4.0, std::cos(i * 1.7) * 4.0, static_cast<double>(i % 3)});
    s.split = {80, 0, 20};
    s.training.loss = LossKind::SoftmaxCrossEntropy;
    s.training.optimizer.kind = OptimizerKind::Momentum;
    return s;
}

bool sameSplit(const SplitMetrics &a, const SplitMetrics &b)
{
    return a.loss == b.loss && a.accuracy == b.accuracy && a.count == b.count && a.hasAccuracy == b.hasAccuracy;
}

bool sameRandom(const RandomState &a, const RandomState &b)
{
    return a.words == b.words && a.index == b.index;
}

WorkspaceState roundTrip(const WorkspaceState &state)
{
    QString error;
    const auto read = WorkspaceFile::fromJson(WorkspaceFile::toJson(state), &error);
    if (!read)
        qWarning() << error;
    return read.value_or(WorkspaceState{});
}

QJsonObject document(const WorkspaceState &state)
{
    return QJsonDocument::fromJson(WorkspaceFile::toJson(state)).object();
}

/// Sets the value at a dotted path ("spec.training.learningRate", "network.layers.0.units").
void setAt(QJsonObject &root, const QStringList &path, const QJsonValue &value)
{
    std::function<QJsonValue(const QJsonValue &, int)> replace = [&](const QJsonValue &node, int depth) -> QJsonValue {
        if (depth == path.size())
            return value;
        bool isIndex = false;
        const int index = path[depth].toInt(&isIndex);
        if (isIndex) {
            QJsonArray array = node.toArray();
            array[index] = replace(array[index], depth + 1);
            return array;
        }
        QJsonObject object = node.toObject();
        if (depth + 1 == path.size() && value.isUndefined())
            object.remove(path[depth]);
        else
            object[path[depth]] = replace(object[path[depth]], depth + 1);
        return object;
    };
    root = replace(root, 0).toObject();
}

QByteArray bytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_WorkspaceFile : public QObject {
    Q_OBJECT
private slots:
    void roundTripKeepsEveryField_data();
    void roundTripKeepsEveryField();
    void continuingAfterOpeningMatchesTheUnbrokenRun_data();
    void continuingAfterOpeningMatchesTheUnbrokenRun();
    void editsAfterOpeningDrawTheSameWeights();
    void malformedFilesAreRefused_data();
    void malformedFilesAreRefused();
    void diskErrors();
};

void tst_WorkspaceFile::roundTripKeepsEveryField_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("generated, Adam mid-epoch") << 0;
    QTest::newRow("drawn points, momentum") << 1;
    QTest::newRow("untrained") << 2;
}

void tst_WorkspaceFile::roundTripKeepsEveryField()
{
    QFETCH(int, which);
    const WorkspaceState a = which == 0 ? trainedState(unusualSpec(), 12, 9)
                           : which == 1 ? trainedState(customSpec(), 5, 1)
                                        : trainedState(WorkspaceSpec{}, 0);
    const WorkspaceState b = roundTrip(a);

    const WorkspaceSpec &s = a.spec, &r = b.spec;
    QCOMPARE(int(r.data.kind), int(s.data.kind));
    QCOMPARE(r.data.samples, s.data.samples);
    QCOMPARE(r.data.noise, s.data.noise);
    QCOMPARE(r.data.seed, s.data.seed);
    QCOMPARE(r.data.classes, s.data.classes);
    QCOMPARE(r.data.positiveFraction, s.data.positiveFraction);
    QCOMPARE(r.customPoints.size(), s.customPoints.size());
    for (std::size_t i = 0; i < s.customPoints.size(); ++i) {
        QCOMPARE(r.customPoints[i].x, s.customPoints[i].x);
        QCOMPARE(r.customPoints[i].y, s.customPoints[i].y);
        QCOMPARE(r.customPoints[i].label, s.customPoints[i].label);
    }
    QCOMPARE(int(r.customTask), int(s.customTask));
    QCOMPARE(r.split.train, s.split.train);
    QCOMPARE(r.split.validation, s.split.validation);
    QCOMPARE(r.split.test, s.split.test);
    QCOMPARE(r.features, s.features);
    QCOMPARE(r.network.hidden, s.network.hidden);
    QCOMPARE(int(r.network.activation), int(s.network.activation));
    QCOMPARE(int(r.network.output), int(s.network.output));
    QCOMPARE(int(r.network.initializer), int(s.network.initializer));
    QCOMPARE(r.initSeed, s.initSeed);
    const TrainingSettings &st = s.training, &rt = r.training;
    QCOMPARE(int(rt.loss), int(st.loss));
    QCOMPARE(int(rt.optimizer.kind), int(st.optimizer.kind));
    QCOMPARE(rt.optimizer.learningRate, st.optimizer.learningRate);
    QCOMPARE(rt.optimizer.momentum, st.optimizer.momentum);
    QCOMPARE(rt.optimizer.beta1, st.optimizer.beta1);
    QCOMPARE(rt.optimizer.beta2, st.optimizer.beta2);
    QCOMPARE(rt.optimizer.epsilon, st.optimizer.epsilon);
    QCOMPARE(rt.batchSize, st.batchSize);
    QCOMPARE(rt.reshuffle, st.reshuffle);
    QCOMPARE(int(rt.regularization), int(st.regularization));
    QCOMPARE(rt.regularizationRate, st.regularizationRate);
    QCOMPARE(rt.dropout, st.dropout);
    QCOMPARE(rt.shuffleSeed, st.shuffleSeed);
    QCOMPARE(rt.patience, st.patience);
    QCOMPARE(rt.restoreBest, st.restoreBest);
    QCOMPARE(rt.measureEachEpoch, st.measureEachEpoch);
    QCOMPARE(r.epochLimit, s.epochLimit);

    QCOMPARE(b.network.inputCount(), a.network.inputCount());
    QVERIFY(b.network.layers() == a.network.layers());
    QCOMPARE(int(b.network.initializer()), int(a.network.initializer()));
    QCOMPARE(b.network.seed(), a.network.seed());
    QVERIFY(b.network.parameters() == a.network.parameters());
    QVERIFY(sameRandom(b.network.editStream().state(), a.network.editStream().state()));

    const TrainerState &t = a.trainer, &u = b.trainer;
    QCOMPARE(u.epoch, t.epoch);
    QCOMPARE(u.samplesInEpoch, t.samplesInEpoch);
    QCOMPARE(u.updatesInEpoch, t.updatesInEpoch);
    QCOMPARE(u.updates, t.updates);
    QCOMPARE(u.samplesSeen, t.samplesSeen);
    QCOMPARE(u.bestEpoch, t.bestEpoch);
    QCOMPARE(u.bestLoss, t.bestLoss);
    QCOMPARE(int(u.divergence), int(t.divergence));
    QCOMPARE(u.ordered, t.ordered);
    QCOMPARE(u.order, t.order);
    QCOMPARE(u.gradientSums, t.gradientSums);
    QVERIFY(u.epochStart == t.epochStart);
    QVERIFY(u.bestParameters == t.bestParameters);
    QVERIFY(sameRandom(u.random, t.random));
    QCOMPARE(u.optimizer.steps, t.optimizer.steps);
    QVERIFY(u.optimizer.first == t.optimizer.first);
    QVERIFY(u.optimizer.second == t.optimizer.second);
    QCOMPARE(u.history.size(), t.history.size());
    for (std::size_t i = 0; i < t.history.size(); ++i) {
        const EpochMetrics &m = t.history[i], &n = u.history[i];
        QCOMPARE(n.epoch, m.epoch);
        QCOMPARE(n.updates, m.updates);
        QCOMPARE(n.samplesSeen, m.samplesSeen);
        QVERIFY(sameSplit(n.train, m.train) && sameSplit(n.validation, m.validation) && sameSplit(n.test, m.test));
        QCOMPARE(n.meanAbsGradient, m.meanAbsGradient);
    }
    // Nothing is written that is not read back: the second file is the first, byte for byte.
    QCOMPARE(WorkspaceFile::toJson(b), WorkspaceFile::toJson(a));
    if (which == 0) { // the state is really unusual, so the comparisons above could fail
        QVERIFY(t.optimizer.second.size() > 0 && !t.order.empty() && t.samplesInEpoch > 0);
        QVERIFY(t.bestParameters.size() > 0 && t.history.size() == 13);
    }
}

// Train 30 epochs, save to disk, open, train 20: the same numbers as 50 epochs in one go.
void tst_WorkspaceFile::continuingAfterOpeningMatchesTheUnbrokenRun_data()
{
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("dropout");
    QTest::addColumn<int>("extraBatches");
    QTest::newRow("sgd") << int(OptimizerKind::SGD) << 0.0 << 0;
    QTest::newRow("momentum, saved mid-epoch") << int(OptimizerKind::Momentum) << 0.0 << 4;
    QTest::newRow("adam, dropout, mid-epoch") << int(OptimizerKind::Adam) << 0.15 << 11;
}

void tst_WorkspaceFile::continuingAfterOpeningMatchesTheUnbrokenRun()
{
    QFETCH(int, optimizer);
    QFETCH(double, dropout);
    QFETCH(int, extraBatches);
    WorkspaceSpec spec;
    spec.data.kind = DatasetKind::Xor;
    spec.data.noise = 10;
    spec.network.hidden = {6, 4};
    spec.training.optimizer.kind = static_cast<OptimizerKind>(optimizer);
    spec.training.optimizer.learningRate = optimizer == int(OptimizerKind::Adam) ? 0.01 : 0.03;
    spec.training.reshuffle = true;
    spec.training.dropout = dropout;
    spec.training.restoreBest = true;

    const WorkspaceState straight = trainedState(spec, 50, extraBatches);
    const WorkspaceState saved = trainedState(spec, 30, extraBatches);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.nlw"));
    QString error;
    QVERIFY2(WorkspaceFile::save(path, saved, &error), qPrintable(error));
    const auto opened = WorkspaceFile::load(path, &error);
    QVERIFY2(opened, qPrintable(error));
    RestoredRun run = restoreRun(*opened);
    QCOMPARE(run.trainer->epoch(), 30);
    QCOMPARE(run.trainer->train(20), StopReason::EpochLimit); // finishes the saved epoch first
    for (int i = 0; i < extraBatches; ++i)
        run.trainer->stepBatch();

    // Bit-identical: the same weights, the same history, the same bookkeeping.
    QVERIFY(run.trainer->network().parameters() == straight.network.parameters());
    const TrainerState resumed = run.trainer->state();
    QCOMPARE(resumed.epoch, straight.trainer.epoch);
    QCOMPARE(resumed.updates, straight.trainer.updates);
    QCOMPARE(resumed.bestEpoch, straight.trainer.bestEpoch);
    QCOMPARE(resumed.bestLoss, straight.trainer.bestLoss);
    QVERIFY(resumed.optimizer.first == straight.trainer.optimizer.first);
    QCOMPARE(resumed.history.size(), straight.trainer.history.size());
    for (std::size_t i = 0; i < resumed.history.size(); ++i) {
        QCOMPARE(resumed.history[i].train.loss, straight.trainer.history[i].train.loss);
        QCOMPARE(resumed.history[i].validation.loss, straight.trainer.history[i].validation.loss);
        QCOMPARE(resumed.history[i].test.accuracy, straight.trainer.history[i].test.accuracy);
    }
    QVERIFY(sameRandom(resumed.random, straight.trainer.random));
}

// The network's edit stream is saved too: a neuron added after opening gets the same weights.
void tst_WorkspaceFile::editsAfterOpeningDrawTheSameWeights()
{
    WorkspaceState state = trainedState(WorkspaceSpec{}, 3);
    RestoredRun run = restoreRun(state);
    run.trainer->network().insertNeuron(0, 1); // the stream moves on
    run.trainer->networkEdited();
    state.spec.network.hidden[0] += 1;
    state.network = run.trainer->network();
    state.trainer = run.trainer->state();
    Network reopened = roundTrip(state).network;
    QCOMPARE(reopened.parameterCount(), state.network.parameterCount());
    state.network.insertNeuron(1, 0);
    reopened.insertNeuron(1, 0);
    QVERIFY(reopened.parameters() == state.network.parameters());
}

void tst_WorkspaceFile::malformedFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const WorkspaceState good = trainedState(unusualSpec(), 4, 3);
    const QJsonObject root = document(good);
    const QByteArray text = bytes(root);
    auto with = [&root](const QString &path, const QJsonValue &value) {
        QJsonObject changed = root;
        setAt(changed, path.split(QLatin1Char('.')), value);
        return bytes(changed);
    };

    QTest::newRow("empty") << QByteArray("  \n") << "empty";
    QTest::newRow("not JSON") << QByteArray("hello, world") << "not valid JSON (line 1";
    QTest::newRow("cut off") << text.left(text.size() / 2) << "cut off";
    QByteArray nan = text;
    nan.replace("\"parameters\":[", "\"parameters\":[NaN,");
    QTest::newRow("NaN weight") << nan << "“NaN”";
    QByteArray infinite = text;
    infinite.replace("\"parameters\":[", "\"parameters\":[-Infinity,");
    QTest::newRow("infinite weight") << infinite << "“-Infinity”";
    QByteArray huge = text;
    huge.replace("\"parameters\":[", "\"parameters\":[1e999,");
    QTest::newRow("1e999") << huge << "“1e999”";
    QTest::newRow("too deep") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << "nested too deeply";
    QTest::newRow("a list") << QByteArray("[1, 2, 3]") << "not a Neural Lessons workspace";
    QTest::newRow("other format") << with(QStringLiteral("format"), QStringLiteral("photoshop")) << "not a Neural Lessons workspace";
    QTest::newRow("newer version") << with(QStringLiteral("version"), 7) << "format version 7";
    QTest::newRow("version as text") << with(QStringLiteral("version"), QStringLiteral("1")) << "format version is missing";
    QTest::newRow("missing part") << with(QStringLiteral("spec.split"), QJsonValue(QJsonValue::Undefined)) << "“spec.split” is missing";
    QTest::newRow("wrong type") << with(QStringLiteral("spec.training.learningRate"), QStringLiteral("fast"))
                                << "“spec.training.learningRate” must be a number";
    QTest::newRow("object expected") << with(QStringLiteral("spec.training"), 3) << "“spec.training” must be a group";
    QTest::newRow("out of range") << with(QStringLiteral("spec.training.learningRate"), 1000)
                                  << "“spec.training.learningRate” is 1000, but it must be from 0 to 100";
    QTest::newRow("unknown id") << with(QStringLiteral("spec.training.optimizer"), QStringLiteral("rmsprop"))
                                << "which is not one of: sgd, momentum, adam";
    QTest::newRow("10^9 neurons (spec)") << with(QStringLiteral("spec.network.hidden.0"), 1e9)
                                         << "“spec.network.hidden[0]” is 1000000000, but it must be from 1 to 64";
    QTest::newRow("10^9 neurons (network)") << with(QStringLiteral("network.layers.0.units"), 1e9)
                                            << "“network.layers[0].units” is 1000000000";
    QTest::newRow("fractional count") << with(QStringLiteral("spec.data.samples"), 100.5) << "must be a whole number";
    QTest::newRow("bad seed") << with(QStringLiteral("spec.initSeed"), QStringLiteral("-5")) << "“spec.initSeed” must be a seed";
    QTest::newRow("split sum") << with(QStringLiteral("spec.split.train"), 80) << "adds up to 110%";
    QTest::newRow("softmax hidden") << with(QStringLiteral("spec.network.activation"), QStringLiteral("softmax"))
                                    << "cannot be softmax";
    QTest::newRow("no features") << with(QStringLiteral("spec.features"), QJsonArray()) << "at least one feature";
    QJsonArray many;
    for (int i = 0; i < 10001; ++i)
        many.append(QJsonArray{0, 0, 1});
    QTest::newRow("10001 points") << with(QStringLiteral("spec.custom.points"), many) << "has 10001 entries; at most 10000";
    QTest::newRow("label of no class") << with(QStringLiteral("spec.custom.points.0.2"), 5)
                                       << "“spec.custom.points[0][2]” is 5, but it must be from 0 to 1";
    QTest::newRow("point of two numbers") << with(QStringLiteral("spec.custom.points.1"), QJsonArray{1, 2})
                                          << "three numbers";
    // 10^7 points make a file far above the size limit: refused before it is parsed.
    QByteArray tenMillion = "{\"format\":\"neural-lessons-workspace\",\"version\":1,\"points\":[";
    tenMillion += QByteArray("[0,0,0],").repeated(10'000'000);
    tenMillion += "[0,0,0]]}";
    QTest::newRow("10^7 points") << tenMillion << "a workspace file is at most 32.0 MB";
    QJsonArray parameters = root["network"]["parameters"].toArray();
    const int count = parameters.size();
    parameters.removeLast();
    QTest::newRow("one weight short") << with(QStringLiteral("network.parameters"), parameters)
                                      << QStringLiteral("has %1 values, but the network has %2 parameters").arg(count - 1).arg(count);
    QTest::newRow("weight beyond float") << with(QStringLiteral("network.parameters.3"), 1e39)
                                         << "“network.parameters[3]” is 1e+39, which is too large for a weight";
    QTest::newRow("weight as text") << with(QStringLiteral("network.parameters.2"), QStringLiteral("0.5"))
                                    << "“network.parameters[2]” must be a number";
    QTest::newRow("inputs do not fit") << with(QStringLiteral("network.inputs"), 3) << "has 3 inputs and 1 outputs, but its data needs 4 and 1";
    QTest::newRow("layers differ from spec") << with(QStringLiteral("spec.network.hidden.1"), 2)
                                             << "does not match the workspace's network settings";
    QTest::newRow("loss does not fit") << with(QStringLiteral("spec.training.loss"), QStringLiteral("softmax_ce"))
                                       << "does not fit the network's output layer";
    QTest::newRow("generator words") << with(QStringLiteral("trainer.random.words"), QStringLiteral("xyz"))
                                     << "“trainer.random.words” must be 4992 hexadecimal digits";
    QTest::newRow("generator all zero") << with(QStringLiteral("trainer.random.words"), QString(4992, QLatin1Char('0')))
                                        << "not a state the random generator can be in";
    QTest::newRow("position past the data") << with(QStringLiteral("trainer.samplesInEpoch"), 5000)
                                            << "“trainer.samplesInEpoch” is 5000";
    QTest::newRow("best epoch in the future") << with(QStringLiteral("trainer.bestEpoch"), 40) << "“trainer.bestEpoch” is 40";
    QJsonArray order = root["trainer"]["order"].toArray();
    order[1] = order[0];
    QTest::newRow("order repeats a sample") << with(QStringLiteral("trainer.order"), order)
                                            << "not an order of the training samples";
    QJsonArray history = root["trainer"]["history"].toArray();
    const QJsonValue second = history[1];
    history[1] = history[2];
    history[2] = second;
    QTest::newRow("history out of order") << with(QStringLiteral("trainer.history"), history) << "not in order";
    QJsonArray longHistory;
    for (int i = 0; i < 8001; ++i)
        longHistory.append(root["trainer"]["history"][0]);
    QTest::newRow("history too long") << with(QStringLiteral("trainer.history"), longHistory) << "at most 8000";
    QTest::newRow("negative loss") << with(QStringLiteral("trainer.history.1.train.loss"), -1)
                                           << "“trainer.history[1].train.loss” is -1, but it must be 0 or more";
    QTest::newRow("moments for SGD") << with(QStringLiteral("spec.training.optimizer"), QStringLiteral("sgd"))
                                     << "does not fit the optimizer “sgd”";
    QTest::newRow("unknown divergence") << with(QStringLiteral("trainer.divergence"), QStringLiteral("boom"))
                                        << "“trainer.divergence” is “boom”";

    // The run history (format version 2): each run is checked like the workspace itself.
    WorkspaceState withRuns = good;
    const QDateTime started(QDate(2026, 9, 1), QTime(8, 30), Qt::UTC);
    withRuns.runs = {RunRecord::fromState(trainedState(WorkspaceSpec{}, 3), 1, started, 2.0),
                     RunRecord::fromState(trainedState(customSpec(), 2), 2, started, 1.0)};
    withRuns.nextRun = 3;
    const QJsonObject runsRoot = document(withRuns);
    auto withRun = [&runsRoot](const QString &path, const QJsonValue &value) {
        QJsonObject changed = runsRoot;
        setAt(changed, path.split(QLatin1Char('.')), value);
        return bytes(changed);
    };
    QTest::newRow("runs not a list") << withRun(QStringLiteral("runs.list"), 3) << "“runs.list” must be a list";
    QJsonArray tooMany;
    for (int i = 0; i < RunRecord::kMaxRuns + 1; ++i)
        tooMany.append(runsRoot["runs"]["list"][0]);
    QTest::newRow("51 runs") << withRun(QStringLiteral("runs.list"), tooMany) << "“runs.list” has 51 entries; at most 50";
    QTest::newRow("runs out of order") << withRun(QStringLiteral("runs.list.1.number"), 1) << "oldest first";
    QTest::newRow("run number 0") << withRun(QStringLiteral("runs.list.0.number"), 0)
                                  << "“runs.list[0].number” is 0, but it must be from 1";
    QTest::newRow("next run not after the last") << withRun(QStringLiteral("runs.next"), 2)
                                                 << "“runs.next” is 2, but it must be from 3";
    QTest::newRow("run of no epoch") << withRun(QStringLiteral("runs.list.0.trainer.epoch"), 0)
                                     << "“runs.list[0].trainer.epoch” is 0, but it must be from 1";
    QTest::newRow("run start not a date") << withRun(QStringLiteral("runs.list.0.started"), QStringLiteral("yesterday"))
                                          << "“runs.list[0].started” must be a date and time";
    QTest::newRow("run time negative") << withRun(QStringLiteral("runs.list.1.seconds"), -3)
                                       << "“runs.list[1].seconds” is -3";
    QTest::newRow("run shown not a boolean") << withRun(QStringLiteral("runs.list.0.shown"), QStringLiteral("yes"))
                                             << "“runs.list[0].shown”";
    QTest::newRow("run learning rate") << withRun(QStringLiteral("runs.list.1.spec.training.learningRate"), 1000)
                                       << "“runs.list[1].spec.training.learningRate” is 1000";
    QTest::newRow("run weight NaN") << withRun(QStringLiteral("runs.list.0.network.parameters.0"), QStringLiteral("NaN"))
                                    << "“runs.list[0].network.parameters[0]” must be a number";
    QJsonArray runWeights = runsRoot["runs"]["list"][0]["network"]["parameters"].toArray();
    runWeights.removeLast();
    QTest::newRow("run weight short") << withRun(QStringLiteral("runs.list.0.network.parameters"), runWeights)
                                      << "“runs.list[0].network.parameters” has";
    QTest::newRow("run network of another shape") << withRun(QStringLiteral("runs.list.0.spec.network.hidden.0"), 7)
                                                  << "does not match the workspace's network settings";
    QJsonArray runHistory;
    for (int i = 0; i < RunRecord::kMaxPoints + 2; ++i)
        runHistory.append(runsRoot["runs"]["list"][0]["trainer"]["history"][0]);
    QTest::newRow("run history too long") << withRun(QStringLiteral("runs.list.0.trainer.history"), runHistory)
                                          << "“runs.list[0].trainer.history” has 502 entries; at most 501";
    QTest::newRow("run history ends early") << withRun(QStringLiteral("runs.list.0.trainer.epoch"), 5)
                                            << "does not end at the current epoch";
}

void tst_WorkspaceFile::malformedFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!WorkspaceFile::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));

    // The message is the user's language: it went through tr() (here, a marking translator).
    MarkingTranslator marks;
    QCoreApplication::installTranslator(&marks);
    QString marked;
    QVERIFY(!WorkspaceFile::fromJson(json, &marked));
    QCoreApplication::removeTranslator(&marks);
    QVERIFY2(marked.startsWith(QStringLiteral("«")) && marked.contains(QStringLiteral("»")), qPrintable(marked));
}

void tst_WorkspaceFile::diskErrors()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!WorkspaceFile::load(dir.filePath(QStringLiteral("missing.nlw")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("The file cannot be read")), qPrintable(error));

    // A huge file is refused from its size, without reading it (a sparse file costs no disk).
    QFile huge(dir.filePath(QStringLiteral("huge.nlw")));
    QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(WorkspaceFile::kMaxBytes + 1));
    huge.close();
    QVERIFY(!WorkspaceFile::load(huge.fileName(), &error));
    QVERIFY2(error.contains(QStringLiteral("at most 32.0 MB")), qPrintable(error));

    const WorkspaceState state = trainedState(WorkspaceSpec{}, 1);
    QVERIFY(!WorkspaceFile::save(dir.filePath(QStringLiteral("no/such/folder/a.nlw")), state, &error));
    QVERIFY2(error.startsWith(QStringLiteral("The file cannot be written")), qPrintable(error));

    // Saving over a file replaces it whole (QSaveFile): the old content is gone, the new one reads.
    const QString path = dir.filePath(QStringLiteral("a.nlw"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write(QByteArray(100000, 'x')) > 0);
    old.close();
    QVERIFY(WorkspaceFile::save(path, state, &error));
    QVERIFY2(WorkspaceFile::load(path, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_WorkspaceFile)
#include "tst_workspacefile.moc"
