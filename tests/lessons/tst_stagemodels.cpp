#include "lossbowl.h"
#include "outputcalculator.h"

#include <QTest>

#include <cmath>

/// The closed-form numbers lessons 2-4 promise (CURRICULUM §5, §8.1).
class tst_StageModels : public QObject {
    Q_OBJECT
private slots:
    void bowlSeedStep();
    void bowlFromTheRight();
    void bowlStepsToConverge_data();
    void bowlStepsToConverge();
    void bowlOvershootBounceDiverge();
    void calculatorSeedSse();
    void calculatorSoftmax();
    void calculatorConfidence();
};

void tst_StageModels::bowlSeedStep()
{
    LossBowl bowl(0.38, 0.01);
    QCOMPARE_LE(std::abs(bowl.slope() - (-0.55)), 1e-12);
    QCOMPARE_LE(std::abs(bowl.loss() - 0.075625), 1e-12);
    const LossBowl::Step &s = bowl.step();
    QCOMPARE_LE(std::abs(s.newW - 0.3855), 1e-12);
    QCOMPARE_LE(std::abs(s.change - 0.0055), 1e-12);
    QCOMPARE_LE(std::abs(bowl.loss() - 0.0726), 1e-4);
    bowl.step();
    QCOMPARE_LE(std::abs(bowl.w() - 0.3909), 1e-4);
    for (int i = 0; i < 8; ++i)
        bowl.step();
    QCOMPARE_LE(std::abs(bowl.w() - 0.4303), 1e-4);
    QCOMPARE(bowl.steps(), 10);
}

void tst_StageModels::bowlFromTheRight()
{
    LossBowl bowl(0.93, 0.01);
    QCOMPARE_LE(std::abs(bowl.slope() - 0.55), 1e-12);
    bowl.step();
    QCOMPARE_LE(std::abs(bowl.w() - 0.9245), 1e-12);
}

void tst_StageModels::bowlStepsToConverge_data()
{
    QTest::addColumn<double>("lr");
    QTest::addColumn<int>("steps");
    QTest::newRow("0.01") << 0.01 << 228;
    QTest::newRow("0.1") << 0.1 << 21;
    QTest::newRow("0.9 zig-zag") << 0.9 << 21;
    QTest::newRow("0.5 one step") << 0.5 << 1;
    QTest::newRow("1.0 never") << 1.0 << LossBowl::kMaxSteps;
}

void tst_StageModels::bowlStepsToConverge()
{
    QFETCH(double, lr);
    QFETCH(int, steps);
    LossBowl bowl(0.38, lr);
    QCOMPARE(bowl.runToConvergence(), steps);
}

void tst_StageModels::bowlOvershootBounceDiverge()
{
    LossBowl overshoot(0.38, 0.9);
    overshoot.step();
    QCOMPARE_LE(std::abs(overshoot.w() - 0.875), 1e-12);
    overshoot.step();
    QCOMPARE_LE(std::abs(overshoot.w() - 0.479), 1e-12);

    LossBowl bounce(0.38, 1.0);
    bounce.step();
    QCOMPARE_LE(std::abs(bounce.w() - 0.93), 1e-12);
    bounce.step();
    QCOMPARE_LE(std::abs(bounce.w() - 0.38), 1e-12);

    LossBowl diverge(0.38, 1.1);
    diverge.step();
    QCOMPARE_LE(std::abs(diverge.w() - 0.985), 1e-12);
    for (int i = 0; i < 9; ++i)
        diverge.step();
    QCOMPARE_LE(std::abs(diverge.w() - (-1.05)), 0.01);
    QVERIFY(diverge.loss() > LossBowl::lossAt(0.38));
}

void tst_StageModels::calculatorSeedSse()
{
    OutputCalculator c;
    c.setOutputs({0.37, 0.50, 0.13});
    c.setLabel(0);
    QCOMPARE(c.target(), (OutputCalculator::Vector{1, 0, 0}));
    QCOMPARE_LE(std::abs(c.squaredErrors()[0] - 0.3969), 1e-12);
    QCOMPARE_LE(std::abs(c.sse() - 0.6638), 1e-12);
    QCOMPARE(c.argmax(), 1); // predicts "dog": wrong
}

void tst_StageModels::calculatorSoftmax()
{
    OutputCalculator c;
    c.setLabel(0);
    c.setLogits({1.05, 1.35, 0.0});
    QCOMPARE_LE(std::abs(c.outputs()[0] - 0.370), 5e-4);
    QCOMPARE_LE(std::abs(c.outputs()[1] - 0.500), 5e-4);
    QCOMPARE_LE(std::abs(c.outputs()[2] - 0.130), 5e-4);
    QCOMPARE_LE(std::abs(c.sse() - 0.663), 5e-4);
    c.setLogit(0, 1.35); // tie
    QCOMPARE_LE(std::abs(c.outputs()[0] - 0.443), 5e-4);
    c.setLogit(0, 2.0);
    QCOMPARE(c.argmax(), 0);
    QCOMPARE_LE(std::abs(c.outputs()[0] - 0.603), 5e-4);
    QCOMPARE_LE(std::abs(c.sse() - 0.263), 5e-4);
    c.setLogit(0, 3.0);
    QCOMPARE_LE(std::abs(c.sse() - 0.063), 5e-4);
    c.setLogit(0, 1000.0); // no overflow
    QCOMPARE_LE(std::abs(c.outputs()[0] - 1.0), 1e-12);
    const auto p = c.outputs();
    QCOMPARE_LE(std::abs(p[0] + p[1] + p[2] - 1.0), 1e-12);
}

void tst_StageModels::calculatorConfidence()
{
    OutputCalculator sure, unsure;
    sure.setOutputs({0.97, 0.01, 0.02});
    unsure.setOutputs({0.51, 0.48, 0.01});
    QCOMPARE_LE(std::abs(sure.sse() - 0.0014), 1e-12);
    QCOMPARE_LE(std::abs(unsure.sse() - 0.4706), 1e-12);
    QCOMPARE_LE(std::abs((0.6638 + 0.0014 + 0.4706 + 0.0625) / 4 - 0.29957), 1e-5);
}

QTEST_APPLESS_MAIN(tst_StageModels)
#include "tst_stagemodels.moc"
