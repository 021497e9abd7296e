// Losses and activations against the seeds' worked numbers (003's SSE 0.6638, 004's softmax).
#include "activation.h"
#include "loss.h"

#include <QtTest>

using namespace engine;

namespace {
Matrix<double> column(std::initializer_list<double> values)
{
    Matrix<double> m(static_cast<int>(values.size()), 1);
    int i = 0;
    for (double v : values)
        m(i++, 0) = v;
    return m;
}
} // namespace

class tst_Loss : public QObject {
    Q_OBJECT
private slots:
    void sumOfSquaredErrors();
    void rightButUnsure();
    void halfSquaredIsHalf();
    void softmaxOfLogits();
    void crossEntropies();
    void saturatedOutputsStayFinite();
    void activationValues();
    void idsRoundTrip();
    void compatibility();
};

void tst_Loss::sumOfSquaredErrors()
{
    // Cat picture, outputs (0.37, 0.50, 0.13), one-hot cat: SSE = 0.3969 + 0.25 + 0.0169 = 0.6638.
    // Our MSE (torch.nn.MSELoss) averages over the 3 outputs: 0.6638 / 3 = 0.2213.
    const auto out = column({0.37, 0.50, 0.13});
    const auto target = column({1, 0, 0});
    const double mse = lossValue<double>(LossKind::MeanSquared, out, target);
    QVERIFY(std::abs(3 * mse - 0.6638) < 1e-12);
    QVERIFY(std::abs(mse - 0.22126666666666667) < 1e-12);
}

void tst_Loss::rightButUnsure()
{
    // L2 step 5: (0.97, 0.01, 0.02) has SSE 0.0014; (0.51, 0.48, 0.01) has SSE 0.4706.
    const auto target = column({1, 0, 0});
    QVERIFY(std::abs(3 * lossValue<double>(LossKind::MeanSquared, column({0.97, 0.01, 0.02}), target) - 0.0014) < 1e-12);
    QVERIFY(std::abs(3 * lossValue<double>(LossKind::MeanSquared, column({0.51, 0.48, 0.01}), target) - 0.4706) < 1e-12);
    // 002: cat = 0, output 0.25: squared error 0.0625.
    QVERIFY(std::abs(lossValue<double>(LossKind::MeanSquared, column({0.25}), column({0})) - 0.0625) < 1e-15);
}

void tst_Loss::halfSquaredIsHalf()
{
    Matrix<double> out(1, 4), t(1, 4);
    out << 0.9, -0.2, 0.4, -1.0;
    t << 1, -1, -1, 1;
    QVERIFY(std::abs(lossValue<double>(LossKind::HalfSquared, out, t) * 2
                     - lossValue<double>(LossKind::MeanSquared, out, t)) < 1e-15);
}

void tst_Loss::softmaxOfLogits()
{
    // L2: logits (1.05, 1.35, 0.00) -> (0.370, 0.500, 0.130), summing to 1.
    const auto z = column({1.05, 1.35, 0.0});
    Matrix<double> a(3, 1);
    activate<double>(Activation::Softmax, z, a);
    QVERIFY(std::abs(a.sum() - 1.0) < 1e-15);
    QVERIFY(std::abs(a(0) - 0.370) < 5e-4);
    QVERIFY(std::abs(a(1) - 0.500) < 5e-4);
    QVERIFY(std::abs(a(2) - 0.130) < 5e-4);
    // Large logits must not overflow.
    const auto big = column({1000.0, 999.0, -1000.0});
    activate<double>(Activation::Softmax, big, a);
    QVERIFY(a.allFinite());
    QVERIFY(std::abs(a(0) - 1.0 / (1.0 + std::exp(-1.0))) < 1e-12);
}

void tst_Loss::crossEntropies()
{
    const double bce = lossValue<double>(LossKind::BinaryCrossEntropy, column({0.8}), column({1}));
    QVERIFY(std::abs(bce - -std::log(0.8)) < 1e-9);
    const double ce = lossValue<double>(LossKind::SoftmaxCrossEntropy, column({0.7, 0.2, 0.1}), column({0, 1, 0}));
    QVERIFY(std::abs(ce - -std::log(0.2)) < 1e-12);
}

void tst_Loss::saturatedOutputsStayFinite()
{
    const double bce = lossValue<double>(LossKind::BinaryCrossEntropy, column({1.0}), column({0}));
    QVERIFY(std::isfinite(bce));
    QVERIFY(bce > 10.0);
    Matrix<double> g(1, 1);
    lossGradient<double>(LossKind::BinaryCrossEntropy, column({1.0}), column({0}), g);
    QVERIFY(g.allFinite());
}

void tst_Loss::activationValues()
{
    // L9 step 1: sigmoid(0) = 0.5, sigmoid(6) = 0.998, sigmoid(-6) = 0.002, ReLU(-2) = 0, ReLU(3) = 3,
    // tanh(2) = 0.96.
    QCOMPARE(activationValue(Activation::Sigmoid, 0.0), 0.5);
    QVERIFY(std::abs(activationValue(Activation::Sigmoid, 6.0) - 0.998) < 5e-4);
    QVERIFY(std::abs(activationValue(Activation::Sigmoid, -6.0) - 0.002) < 5e-4);
    QCOMPARE(activationValue(Activation::ReLU, -2.0), 0.0);
    QCOMPARE(activationValue(Activation::ReLU, 3.0), 3.0);
    QVERIFY(std::abs(activationValue(Activation::Tanh, 2.0) - 0.964) < 5e-4);
    QCOMPARE(activationValue(Activation::LeakyReLU, -2.0), -0.02);
    // The matrix version agrees with the scalar one.
    Matrix<float> z(1, 3), a(1, 3);
    z << -6.0f, 0.0f, 6.0f;
    activate<float>(Activation::Sigmoid, z, a);
    for (int i = 0; i < 3; ++i)
        QVERIFY(std::abs(a(i) - float(activationValue(Activation::Sigmoid, z(i)))) < 1e-6f);
}

void tst_Loss::idsRoundTrip()
{
    for (LossKind loss : {LossKind::MeanSquared, LossKind::HalfSquared, LossKind::BinaryCrossEntropy,
                          LossKind::SoftmaxCrossEntropy}) {
        LossKind parsed = LossKind::MeanSquared;
        QVERIFY(lossFromId(lossId(loss), parsed));
        QCOMPARE(parsed, loss);
    }
    Activation act = Activation::Linear;
    QVERIFY(activationFromId("leaky_relu", act));
    QCOMPARE(act, Activation::LeakyReLU);
    QVERIFY(!activationFromId("swish", act));
}

void tst_Loss::compatibility()
{
    QCOMPARE(checkLossCompatibility(LossKind::SoftmaxCrossEntropy, Activation::Tanh, 3),
             LossCompatibility::NeedsSoftmaxOutput);
    QCOMPARE(checkLossCompatibility(LossKind::BinaryCrossEntropy, Activation::Tanh, 1),
             LossCompatibility::NeedsOutputInUnitRange);
    QCOMPARE(checkLossCompatibility(LossKind::MeanSquared, Activation::Softmax, 1),
             LossCompatibility::SoftmaxNeedsTwoOutputs);
    QCOMPARE(checkLossCompatibility(LossKind::MeanSquared, Activation::Tanh, 1), LossCompatibility::Compatible);
}

QTEST_APPLESS_MAIN(tst_Loss)
#include "tst_loss.moc"
