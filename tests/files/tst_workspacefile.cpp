// Workspace files (.nlw): every field survives a round trip, a run continued after saving and
// opening gives the numbers of the run that never stopped, and disk errors are reported. The
// malformed files are in tst_workspacefilemalformed.
#include "runrecord.h"
#include "trainerstate.h"
#include "workspacefile.h"
#include "workspacefilejsonhelpers.h"
#include "workspacetesthelpers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace engine;

namespace {

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

} // namespace

class tst_WorkspaceFile : public QObject {
    Q_OBJECT
private slots:
    void roundTripKeepsEveryField_data();
    void roundTripKeepsEveryField();
    void continuingAfterOpeningMatchesTheUnbrokenRun_data();
    void continuingAfterOpeningMatchesTheUnbrokenRun();
    void editsAfterOpeningDrawTheSameWeights();
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
