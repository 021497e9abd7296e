// Trainer mechanics: batches and epochs, determinism, restart, live setting changes, edits,
// early stopping, divergence and the observer.
#include "presets.h"
#include "trainerstate.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace engine;
using namespace testpresets;

namespace {
/// Counts callbacks and stops after a given number of batches.
class CountingObserver : public TrainingObserver {
public:
    int batches = 0;
    int epochs = 0;
    int stopAfterBatches = -1;
    bool onBatchEnd(const BatchReport &) override { return ++batches != stopAfterBatches; }
    bool onEpochEnd(const EpochMetrics &) override
    {
        ++epochs;
        return true;
    }
};

bool historyIsFinite(const std::vector<EpochMetrics> &history)
{
    for (const auto &m : history)
        for (const SplitMetrics *s : {&m.train, &m.validation, &m.test})
            if (!std::isfinite(s->loss) || !std::isfinite(s->accuracy))
                return false;
    return true;
}
} // namespace

class tst_Trainer : public QObject {
    Q_OBJECT
private slots:
    void longHistoryStaysBounded();
    void thinningKeepsTheMiddleEven();
    void updatesPerEpoch_data();
    void updatesPerEpoch();
    void epochZeroAndWholeSplitMetrics();
    void sameSeedsBitIdentical();
    void restartReplaysTheRun();
    void learningRateTakesEffectAtTheNextBatch();
    void editBetweenSteps();
    void bestValidationEpochAndEarlyStopping();
    void divergenceIsDetected();
    void observerCanStop();
    void vanishingGradientsInADeepSigmoidNet();
    void invalidSettingsAreRejected();
    void decisionThresholdTradesMissesForFalseAlarms();
    void emptyTrainingSetIsShownButNotStepped();
    void batchSizeChangeMidEpoch_data();
    void batchSizeChangeMidEpoch();
    void editDoesNotHealADivergedRun();
    void stepToInfinityIsCaughtAtOnce();
};

void tst_Trainer::longHistoryStaysBounded()
{
    // Full batch on a small net: 20,000 epochs take well under a second.
    TrainingSettings s = playgroundSettings();
    s.batchSize = 0;
    Trainer trainer(playgroundNet({2}), planar(DatasetKind::Gauss, {60, 20, 20}), s);
    trainer.train(20000);
    const auto &history = trainer.history();
    QCOMPARE_LE(history.size(), kHistoryLimit);
    QCOMPARE(history.back().epoch, 20000);
    for (int e = 0; e < int(kHistoryExact); ++e)
        QCOMPARE(history[e].epoch, e); // the first epochs stay exact
    for (std::size_t i = 1; i < history.size(); ++i)
        QVERIFY(history[i].epoch > history[i - 1].epoch);
    // The newest epochs stay exact too, for the live curve.
    QCOMPARE(history[history.size() - kHistoryRecent].epoch, 20000 - int(kHistoryRecent) + 1);
}

void tst_Trainer::thinningKeepsTheMiddleEven()
{
    // 200,000 epochs through the history's policy: the epochs between the exact ends stay spread
    // over the whole run (halving the middle at each pass would leave little but the newest).
    const ThinningPolicy policy{kHistoryLimit, kHistoryExact, kHistoryRecent};
    std::vector<int> epochs;
    for (int e = 0; e <= 200000; ++e) {
        epochs.push_back(e);
        thinOldEntries(epochs, policy, [](int epoch) { return epoch; });
        QVERIFY(epochs.size() <= kHistoryLimit);
    }
    for (int e = 0; e < int(kHistoryExact); ++e)
        QCOMPARE(epochs[e], e);
    QCOMPARE(epochs[epochs.size() - kHistoryRecent], 200000 - int(kHistoryRecent) + 1);
    int widestGap = 0;
    for (std::size_t i = 1; i < epochs.size(); ++i)
        widestGap = std::max(widestGap, epochs[i] - epochs[i - 1]);
    QVERIFY2(widestGap <= 128, qPrintable(QString::number(widestGap)));
}

void tst_Trainer::updatesPerEpoch_data()
{
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("expected");
    // 300 training samples (60 % of 500): L12's counts, and a last batch that is smaller.
    QTest::newRow("batch 10") << 10 << 30;
    QTest::newRow("batch 1") << 1 << 300;
    QTest::newRow("full batch") << 0 << 1;
    QTest::newRow("batch 32") << 32 << 10;
    QTest::newRow("batch 7") << 7 << 43;
}

void tst_Trainer::updatesPerEpoch()
{
    QFETCH(int, batch);
    QFETCH(int, expected);
    TrainingSettings s = playgroundSettings();
    s.batchSize = batch;
    Trainer trainer(playgroundNet({4, 2}), planar(DatasetKind::Circle, {60, 20, 20}), s);
    QCOMPARE(trainer.batchesPerEpoch(), expected);
    trainer.stepEpoch();
    QCOMPARE(trainer.epoch(), 1);
    QCOMPARE(trainer.updates(), qint64(expected));
    QCOMPARE(trainer.samplesSeen(), qint64(300));
    trainer.stepBatch();
    QCOMPARE(trainer.batchInEpoch(), expected == 1 ? 0 : 1);
}

void tst_Trainer::epochZeroAndWholeSplitMetrics()
{
    Trainer trainer(playgroundNet({4, 2}), planar(DatasetKind::Circle, {60, 20, 20}), playgroundSettings());
    QCOMPARE(int(trainer.history().size()), 1);
    QCOMPARE(trainer.history().front().epoch, 0);
    trainer.train(3);
    QCOMPARE(int(trainer.history().size()), 4);
    const EpochMetrics &m = trainer.latest();
    QCOMPARE(m.epoch, 3);
    QCOMPARE(m.train.count, 300);
    QCOMPARE(m.validation.count, 100);
    QCOMPARE(m.test.count, 100);
    QVERIFY(m.train.hasAccuracy);
    QCOMPARE(int(m.meanAbsGradient.size()), 3);
    // The recorded loss is over the whole split, not an average of batch losses.
    Evaluator evaluator;
    QCOMPARE(evaluator.measure(trainer.network(), trainer.data().validation, LossKind::MeanSquared,
                               TargetEncoding::PlusMinusOne).loss,
             m.validation.loss);
}

void tst_Trainer::sameSeedsBitIdentical()
{
    TrainingSettings s = playgroundSettings();
    s.reshuffle = true;
    s.dropout = 0.2;
    s.regularization = Regularization::L2;
    s.regularizationRate = 0.001;
    s.optimizer.kind = OptimizerKind::Adam;
    s.optimizer.learningRate = 0.01;
    Trainer a(playgroundNet({8, 8}), planar(DatasetKind::Spiral, {60, 20, 20}, 10), s);
    Trainer b(playgroundNet({8, 8}), planar(DatasetKind::Spiral, {60, 20, 20}, 10), s);
    a.train(20);
    b.train(20);
    QVERIFY(a.network().parameters() == b.network().parameters());
    QCOMPARE(a.latest().validation.loss, b.latest().validation.loss);
    s.shuffleSeed = 2;
    Trainer c(playgroundNet({8, 8}), planar(DatasetKind::Spiral, {60, 20, 20}, 10), s);
    c.train(20);
    QVERIFY(a.network().parameters() != c.network().parameters());
}

void tst_Trainer::restartReplaysTheRun()
{
    TrainingSettings s = playgroundSettings();
    s.reshuffle = true;
    Trainer trainer(playgroundNet({4, 2}), planar(DatasetKind::Circle, {60, 20, 20}), s);
    const Vector<float> initial = trainer.network().parameters();
    trainer.train(5);
    const Vector<float> after5 = trainer.network().parameters();
    QVERIFY(after5 != initial);
    trainer.restart();
    QCOMPARE(trainer.epoch(), 0);
    QCOMPARE(trainer.updates(), 0LL);
    QCOMPARE(int(trainer.history().size()), 1);
    QVERIFY(trainer.network().parameters() == initial); // Playground issue #25: same initial weights
    trainer.train(5);
    QVERIFY(trainer.network().parameters() == after5);
}

void tst_Trainer::learningRateTakesEffectAtTheNextBatch()
{
    Trainer trainer(playgroundNet({4, 2}), planar(DatasetKind::Circle, {60, 20, 20}), playgroundSettings());
    trainer.stepBatch();
    TrainingSettings s = trainer.settings();
    s.optimizer.learningRate = 0.0;
    trainer.setSettings(s);
    const Vector<float> before = trainer.network().parameters();
    trainer.stepBatch();
    QVERIFY(trainer.network().parameters() == before);
    s.optimizer.learningRate = 0.3;
    trainer.setSettings(s);
    trainer.stepBatch();
    QVERIFY(trainer.network().parameters() != before);
}

void tst_Trainer::editBetweenSteps()
{
    Trainer trainer(playgroundNet({4, 2}), planar(DatasetKind::Circle, {60, 20, 20}), playgroundSettings());
    trainer.train(2);
    trainer.stepBatch();
    const float kept = trainer.network().weight(2, 0, 1);
    trainer.network().insertNeuron(1, 2);
    trainer.networkEdited();
    QCOMPARE(trainer.network().parameterCount(), 25 + 4 + 1 + 1);
    QCOMPARE(trainer.network().weight(2, 0, 1), kept);
    QCOMPARE(trainer.stepEpoch(), StopReason::None);
    QCOMPARE(trainer.epoch(), 3);
    QVERIFY(std::isfinite(trainer.latest().train.loss));
    trainer.network().removeInput(0); // inputs no longer match the features
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainer.networkEdited());
}

void tst_Trainer::bestValidationEpochAndEarlyStopping()
{
    // L6/L7's overfitting preset: circle noise 25, 10 % training data, 8-8-8.
    TrainingData data = planar(DatasetKind::Circle, {10, 45, 45}, 25);
    Trainer free(playgroundNet({8, 8, 8}), data, playgroundSettings());
    free.train(300);
    const int best = free.bestValidationEpoch();
    QVERIFY(best >= 1);
    for (const auto &m : free.history())
        if (m.epoch >= 1)
            QVERIFY(m.validation.loss >= free.history()[best].validation.loss);
    QVERIFY(free.latest().train.accuracy >= 0.95);
    QVERIFY(free.latest().validation.loss > free.history()[best].validation.loss);

    TrainingSettings s = playgroundSettings();
    s.patience = 20;
    s.restoreBest = true;
    Trainer stopping(playgroundNet({8, 8, 8}), data, s);
    QCOMPARE(stopping.train(300), StopReason::EarlyStopping);
    QCOMPARE(stopping.epoch(), stopping.bestValidationEpoch() + 20);
    Evaluator evaluator;
    const double restored = evaluator.measure(stopping.network(), stopping.data().validation, LossKind::MeanSquared,
                                              TargetEncoding::PlusMinusOne).loss;
    QCOMPARE(restored, stopping.history()[stopping.bestValidationEpoch()].validation.loss);
}

void tst_Trainer::divergenceIsDetected()
{
    // Learning rate 10 on the spiral with a ReLU net and a linear output: the weights explode.
    std::vector<LayerSpec> layers{{8, Activation::ReLU}, {8, Activation::ReLU}, {1, Activation::Linear}};
    TrainingSettings s = playgroundSettings();
    s.optimizer.learningRate = 10.0;
    Trainer trainer(Network(2, layers, Initializer::PlaygroundUniform, 1), planar(DatasetKind::Spiral, {60, 20, 20}),
                    s);
    QCOMPARE(trainer.train(100), StopReason::Diverged);
    QVERIFY(trainer.divergence() != Divergence::None);
    QVERIFY(trainer.epoch() < 100);
    QVERIFY(historyIsFinite(trainer.history()));
    QVERIFY(trainer.network().parameters().allFinite());
    QCOMPARE(trainer.stepBatch(), StopReason::Diverged); // stays stopped until restarted
    trainer.restart();
    QCOMPARE(trainer.divergence(), Divergence::None);
}

void tst_Trainer::observerCanStop()
{
    Trainer trainer(playgroundNet({4, 2}), planar(DatasetKind::Circle, {60, 20, 20}), playgroundSettings());
    CountingObserver observer;
    observer.stopAfterBatches = 45;
    QCOMPARE(trainer.train(10, &observer), StopReason::Requested);
    QCOMPARE(observer.batches, 45);
    QCOMPARE(observer.epochs, 1);
    QCOMPARE(trainer.epoch(), 1);
    QCOMPARE(trainer.batchInEpoch(), 15);
}

void tst_Trainer::vanishingGradientsInADeepSigmoidNet()
{
    // L9: 6 x 8 sigmoid, circle; first-layer gradients are > 1000x smaller than the last layer's.
    Trainer trainer(playgroundNet({8, 8, 8, 8, 8, 8}, Activation::Sigmoid), planar(DatasetKind::Circle, {60, 20, 20}),
                    playgroundSettings());
    const std::vector<double> g = trainer.gradientMagnitudes();
    QCOMPARE(int(g.size()), 7);
    QVERIFY2(g.front() < g.back() / 1000, qPrintable(QString("%1 vs %2").arg(g.front()).arg(g.back())));
}

void tst_Trainer::invalidSettingsAreRejected()
{
    Trainer trainer(playgroundNet({4, 2}), planar(DatasetKind::Circle, {60, 20, 20}), playgroundSettings());
    TrainingSettings s = trainer.settings();
    s.optimizer.learningRate = std::numeric_limits<double>::quiet_NaN();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainer.setSettings(s));
    s = trainer.settings();
    s.dropout = 1.0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainer.setSettings(s));
    s = trainer.settings();
    s.loss = LossKind::SoftmaxCrossEntropy;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainer.setSettings(s));
    QCOMPARE(trainer.settings().loss, LossKind::MeanSquared); // the old settings are kept
    s = trainer.settings();
    s.decisionThreshold = 1.0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainer.setSettings(s));
}

void tst_Trainer::decisionThresholdTradesMissesForFalseAlarms()
{
    // L8's free-mode challenge: a lower threshold calls more points positive, so fewer positives
    // are missed (FN) and more negatives are called positive (FP); the loss does not change.
    Trainer trainer(playgroundNet({4, 2}), planar(DatasetKind::Circle, {60, 20, 20}, 25), playgroundSettings());
    trainer.train(20);
    const ConfusionMatrix usual = trainer.confusion(SplitId::Train);
    const EpochMetrics before = trainer.measureNow();
    TrainingSettings s = trainer.settings();
    s.decisionThreshold = -0.9;
    trainer.setSettings(s);
    const ConfusionMatrix low = trainer.confusion(SplitId::Train);
    const EpochMetrics after = trainer.measureNow();
    QCOMPARE(after.train.loss, before.train.loss);
    QVERIFY(low.at(1, 0) < usual.at(1, 0));  // missed positives: true 1, predicted 0
    QVERIFY(low.at(0, 1) > usual.at(0, 1));  // false alarms: true 0, predicted 1
    QVERIFY(after.train.accuracy != before.train.accuracy);
    s.decisionThreshold = 0.0;
    trainer.setSettings(s);
    QCOMPARE(trainer.confusion(SplitId::Train).at(1, 0), usual.at(1, 0));
}

void tst_Trainer::emptyTrainingSetIsShownButNotStepped()
{
    // A drawn set whose points were all cleared: the untrained network can still be measured.
    const Dataset none = Dataset::fromPoints({}, Task::Binary, 2);
    TrainingData data = makeTrainingData(none, splitDataset(0, {60, 20, 20}, 1), kDefaultFeatures,
                                         TargetEncoding::PlusMinusOne);
    Trainer trainer(playgroundNet({4, 2}), std::move(data), playgroundSettings());
    QCOMPARE(trainer.history().size(), std::size_t(1));
    QCOMPARE(trainer.latest().train.count, 0);
    QCOMPARE(trainer.batchesPerEpoch(), 0);
    const Vector<float> before = trainer.network().parameters();
    QCOMPARE(trainer.stepBatch(), StopReason::NoTrainingData);
    QCOMPARE(trainer.stepEpoch(), StopReason::NoTrainingData);
    QCOMPARE(trainer.train(3), StopReason::NoTrainingData);
    QCOMPARE(trainer.epoch(), 0);
    QCOMPARE(trainer.updates(), qint64(0));
    QVERIFY(trainer.network().parameters() == before);
    const std::vector<double> gradients = trainer.gradientMagnitudes();
    QCOMPARE(gradients.size(), std::size_t(3));
    QVERIFY(std::all_of(gradients.begin(), gradients.end(), [](double g) { return g == 0.0; }));
}

void tst_Trainer::batchSizeChangeMidEpoch_data()
{
    QTest::addColumn<int>("newBatch");
    QTest::addColumn<bool>("reshuffle");
    // 300 training samples; 50 used in batches of 10 before the change.
    QTest::newRow("larger") << 30 << false;
    QTest::newRow("larger, reshuffled") << 30 << true;
    QTest::newRow("smaller") << 7 << false;
    QTest::newRow("full batch") << 0 << true;
}

void tst_Trainer::batchSizeChangeMidEpoch()
{
    QFETCH(int, newBatch);
    QFETCH(bool, reshuffle);
    TrainingSettings s = playgroundSettings();
    s.reshuffle = reshuffle;
    Trainer trainer(playgroundNet({4, 2}), planar(DatasetKind::Circle, {60, 20, 20}), s);
    for (int b = 0; b < 5; ++b)
        trainer.stepBatch();
    QCOMPARE(trainer.batchInEpoch(), 5);
    s.batchSize = newBatch;
    trainer.setSettings(s);
    QVERIFY(trainer.batchInEpoch() <= trainer.batchesPerEpoch());
    // The epoch goes on where it was and still uses every sample once.
    QCOMPARE(trainer.stepEpoch(), StopReason::None);
    QCOMPARE(trainer.epoch(), 1);
    QCOMPARE(trainer.samplesSeen(), qint64(300));
    QCOMPARE(trainer.batchInEpoch(), 0);
    QVERIFY(historyIsFinite(trainer.history()));
    QVERIFY(std::all_of(trainer.latest().meanAbsGradient.begin(), trainer.latest().meanAbsGradient.end(),
                        [](double g) { return std::isfinite(g) && g > 0; }));
    trainer.stepEpoch();
    QCOMPARE(trainer.samplesSeen(), qint64(600));
}

void tst_Trainer::editDoesNotHealADivergedRun()
{
    Trainer trainer(playgroundNet({4, 2}), planar(DatasetKind::Circle, {60, 20, 20}), playgroundSettings());
    trainer.train(1);
    // An edit of a healthy run leaves it healthy.
    trainer.network().setActivation(0, Activation::Linear);
    trainer.networkEdited();
    QCOMPARE(trainer.divergence(), Divergence::None);
    // Weights past the explosion threshold (a run that diverged that way) stay stopped through
    // an edit, until a restart.
    Vector<float> &w = trainer.network().parameters();
    w *= static_cast<float>(10 * kExplodingWeight) / w.cwiseAbs().maxCoeff();
    trainer.network().setActivation(1, Activation::Linear);
    trainer.networkEdited();
    QCOMPARE(trainer.divergence(), Divergence::ExplodingWeights);
    QCOMPARE(trainer.stepBatch(), StopReason::Diverged);
    trainer.restart();
    QCOMPARE(trainer.divergence(), Divergence::None);
}

void tst_Trainer::stepToInfinityIsCaughtAtOnce()
{
    // A step that overflows the weights stops at that batch, not at the end of the epoch, so no
    // report in between can carry a non-finite weight.
    TrainingSettings s = playgroundSettings();
    s.optimizer.learningRate = 1e300;
    Trainer trainer(playgroundNet({4, 2}), planar(DatasetKind::Circle, {60, 20, 20}), s);
    const Vector<float> initial = trainer.network().parameters();
    QCOMPARE(trainer.stepBatch(), StopReason::Diverged);
    QCOMPARE(trainer.divergence(), Divergence::NonFinite);
    QVERIFY(trainer.network().parameters() == initial);
    QCOMPARE(trainer.epoch(), 0);
    QCOMPARE(trainer.batchInEpoch(), 0);
}

QTEST_APPLESS_MAIN(tst_Trainer)
#include "tst_trainer.moc"
