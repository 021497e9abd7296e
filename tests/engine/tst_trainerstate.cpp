// Trainer state: a trainer restored from Trainer::state() continues exactly as the original, and
// a state that does not fit the trainer is refused without changing it. Split off tst_trainer.
#include "presets.h"
#include "trainerstate.h"

#include <QtTest>

#include <cmath>
#include <stdexcept>

using namespace engine;
using namespace testpresets;

class tst_TrainerState : public QObject {
    Q_OBJECT
private slots:
    void stateContinuesExactly_data();
    void stateContinuesExactly();
    void stateThatDoesNotFitIsRefused();
};

// A trainer restored from state() on a copy of the network trains on exactly as the original:
// mid-epoch, with reshuffling, dropout and each optimizer's moments.
void tst_TrainerState::stateContinuesExactly_data()
{
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("dropout");
    QTest::newRow("sgd") << int(OptimizerKind::SGD) << 0.0;
    QTest::newRow("momentum") << int(OptimizerKind::Momentum) << 0.0;
    QTest::newRow("adam+dropout") << int(OptimizerKind::Adam) << 0.2;
}

void tst_TrainerState::stateContinuesExactly()
{
    QFETCH(int, optimizer);
    QFETCH(double, dropout);
    TrainingSettings settings = playgroundSettings();
    settings.optimizer.kind = static_cast<OptimizerKind>(optimizer);
    settings.optimizer.learningRate = 0.01;
    settings.reshuffle = true;
    settings.dropout = dropout;
    settings.restoreBest = true;
    const TrainingData data = planar(DatasetKind::Spiral, {60, 20, 20}, 10.0);
    Trainer straight(playgroundNet({6, 3}), data, settings);
    straight.train(5);
    for (int i = 0; i < 7; ++i)
        straight.stepBatch(); // mid-epoch: the order, position and gradient sums matter
    const TrainerState saved = straight.state();
    Trainer resumed(straight.network(), data, settings);
    resumed.restore(saved);
    QCOMPARE(resumed.epoch(), straight.epoch());
    QCOMPARE(resumed.batchInEpoch(), straight.batchInEpoch());
    straight.train(4);
    resumed.train(4);
    QVERIFY(resumed.network().parameters() == straight.network().parameters());
    QCOMPARE(resumed.history().size(), straight.history().size());
    for (std::size_t i = 0; i < straight.history().size(); ++i)
        QCOMPARE(resumed.history()[i].train.loss, straight.history()[i].train.loss);
    QCOMPARE(resumed.bestValidationEpoch(), straight.bestValidationEpoch());
    QCOMPARE(resumed.updates(), straight.updates());
}

void tst_TrainerState::stateThatDoesNotFitIsRefused()
{
    const TrainingData data = planar(DatasetKind::Circle, {60, 20, 20});
    TrainingSettings settings = playgroundSettings();
    settings.optimizer.kind = OptimizerKind::Adam;
    Trainer source(playgroundNet({4, 2}), data, settings);
    source.train(3);
    const TrainerState good = source.state();
    Trainer target(playgroundNet({4, 2}), data, settings);
    auto refused = [&](TrainerState state) {
        try {
            target.restore(state);
        } catch (const std::invalid_argument &) {
            return target.epoch() == 0 && target.history().size() == 1; // nothing changed
        }
        return false;
    };
    TrainerState s = good;
    s.optimizer.first.resize(3);
    QVERIFY(refused(s));
    s = good;
    s.optimizer.second(0) = std::nanf("");
    QVERIFY(refused(s));
    s = good;
    s.history.back().epoch = 99;
    QVERIFY(refused(s));
    s = good;
    s.samplesInEpoch = data.train.size();
    QVERIFY(refused(s));
    s = good;
    s.order = {0, 0, 1};
    QVERIFY(refused(s));
    s = good;
    s.epochStart.resize(2);
    QVERIFY(refused(s));
    s = good;
    s.random.index = 400;
    QVERIFY(refused(s));
    target.restore(good);
    QCOMPARE(target.epoch(), 3);
}

QTEST_APPLESS_MAIN(tst_TrainerState)
#include "tst_trainerstate.moc"
