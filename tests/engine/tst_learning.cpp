// The engine learns what the lessons promise: XOR and circle with the Playground's default
// preset, and the digits with a 64-32-10 ReLU/softmax network.
#include "presets.h"

#include <QtTest>

using namespace engine;
using namespace testpresets;

Q_DECLARE_METATYPE(engine::DatasetKind)

class tst_Learning : public QObject {
    Q_OBJECT
private slots:
    void playgroundDefault_data();
    void playgroundDefault();
    void digits();
};

void tst_Learning::playgroundDefault_data()
{
    QTest::addColumn<DatasetKind>("kind");
    QTest::newRow("circle") << DatasetKind::Circle;
    QTest::newRow("xor") << DatasetKind::Xor;
}

void tst_Learning::playgroundDefault()
{
    QFETCH(DatasetKind, kind);
    // Playground's defaults: 50 % training data, noise 0, 2-4-2-1 tanh, lr 0.03, batch 10.
    Trainer trainer(playgroundNet({4, 2}), planar(kind, {50, 0, 50}), playgroundSettings());
    QCOMPARE(trainer.train(400), StopReason::EpochLimit);
    const EpochMetrics &m = trainer.latest();
    QCOMPARE(m.test.count, 250);
    QVERIFY2(m.test.accuracy >= 0.95, qPrintable(QString("test accuracy %1").arg(m.test.accuracy)));
    QVERIFY(m.train.loss < trainer.history().front().train.loss);
}

void tst_Learning::digits()
{
    DataSpec spec;
    spec.kind = DatasetKind::Digits;
    spec.seed = 4;
    const Dataset data = generateDataset(spec);
    const TrainingData split = makeTrainingData(data, splitDataset(data.size(), {80, 0, 20}, 4), kDefaultFeatures,
                                                TargetEncoding::OneHot);
    QCOMPARE(split.inputCount(), 64);
    QCOMPARE(split.outputCount(), 10);
    Network net(64, {{32, Activation::ReLU}, {10, Activation::Softmax}}, Initializer::He, 4);
    TrainingSettings s;
    s.loss = LossKind::SoftmaxCrossEntropy;
    s.optimizer = {OptimizerKind::Adam, 1e-3};
    s.batchSize = 32;
    s.reshuffle = true;
    s.shuffleSeed = 4;
    Trainer trainer(std::move(net), split, s);
    trainer.train(30);
    const double accuracy = trainer.latest().test.accuracy;
    QVERIFY2(accuracy >= 0.90, qPrintable(QString("test accuracy %1").arg(accuracy)));
    const ConfusionMatrix confusion = trainer.confusion(SplitId::Test);
    QCOMPARE(confusion.classCount(), 10);
    QCOMPARE(confusion.total(), trainer.latest().test.count);
    QCOMPARE(double(confusion.correct()) / confusion.total(), accuracy);
}

QTEST_APPLESS_MAIN(tst_Learning)
#include "tst_learning.moc"
