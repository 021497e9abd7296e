// Central-difference gradient checks in double precision (mlpack's CheckGradient, tiny-dnn's
// gradient_check): every hidden activation x output activation x loss, and the L1/L2 terms.
#include "backprop.h"
#include "network.h"
#include "regularization.h"

#include <QtTest>

using namespace engine;

Q_DECLARE_METATYPE(engine::Activation)
Q_DECLARE_METATYPE(engine::LossKind)
Q_DECLARE_METATYPE(engine::Regularization)

namespace {
constexpr int kInputs = 3;
constexpr int kSamples = 5;

struct Problem {
    BasicNetwork<double> network;
    Matrix<double> inputs;
    Matrix<double> targets;
};

Problem makeProblem(Activation hidden, Activation output, int outputs, LossKind loss)
{
    Problem p{BasicNetwork<double>(kInputs, {{4, hidden}, {3, hidden}, {outputs, output}}, Initializer::Xavier, 7),
              Matrix<double>(kInputs, kSamples), Matrix<double>(outputs, kSamples)};
    Random random(11);
    for (Eigen::Index i = 0; i < p.inputs.size(); ++i)
        p.inputs.data()[i] = random.uniform(-2.0, 2.0);
    // Biases away from 0 so ReLU kinks are rarely within the finite-difference step.
    for (int l = 0; l < p.network.layerCount(); ++l)
        for (int n = 0; n < p.network.layer(l).units; ++n)
            p.network.setBias(l, n, random.uniform(-0.5, 0.5));
    const bool classTargets = loss == LossKind::SoftmaxCrossEntropy || output == Activation::Softmax;
    p.targets.setZero();
    for (int c = 0; c < kSamples; ++c) {
        if (classTargets)
            p.targets(static_cast<int>(random.below(outputs)), c) = 1.0;
        else
            for (int o = 0; o < outputs; ++o)
                p.targets(o, c) = loss == LossKind::BinaryCrossEntropy ? (random.uniform() < 0.5 ? 0.0 : 1.0)
                                                                        : random.uniform(-0.9, 0.9);
    }
    return p;
}

double objective(const Problem &p, LossKind loss, Regularization reg, double rate)
{
    Backprop<double> pass;
    const auto out = pass.forward(p.network, p.inputs);
    return lossValue<double>(loss, out, p.targets) + regularizationPenalty(p.network, reg, rate);
}

/// Largest relative error between the analytic and the central-difference gradient.
double worstRelativeError(Problem &p, LossKind loss, Regularization reg, double rate)
{
    Backprop<double> pass;
    Vector<double> analytic;
    pass.forward(p.network, p.inputs);
    pass.backward(p.network, p.inputs, p.targets, loss, analytic);
    addRegularizationGradient(p.network, reg, rate, analytic);

    const double h = 1e-6;
    double worst = 0.0;
    auto &params = p.network.parameters();
    for (Eigen::Index i = 0; i < params.size(); ++i) {
        const double saved = params(i);
        params(i) = saved + h;
        const double up = objective(p, loss, reg, rate);
        params(i) = saved - h;
        const double down = objective(p, loss, reg, rate);
        params(i) = saved;
        const double numeric = (up - down) / (2 * h);
        const double scale = std::max({std::abs(numeric), std::abs(analytic(i)), 1e-4});
        worst = std::max(worst, std::abs(numeric - analytic(i)) / scale);
    }
    return worst;
}
} // namespace

class tst_GradientCheck : public QObject {
    Q_OBJECT
private slots:
    void layersActivationsLosses_data();
    void layersActivationsLosses();
    void regularization_data();
    void regularization();
    void detectsAWrongGradient();
};

void tst_GradientCheck::layersActivationsLosses_data()
{
    QTest::addColumn<Activation>("hidden");
    QTest::addColumn<Activation>("output");
    QTest::addColumn<int>("outputs");
    QTest::addColumn<LossKind>("loss");
    const Activation hiddens[] = {Activation::Linear, Activation::Sigmoid, Activation::Tanh, Activation::ReLU,
                                  Activation::LeakyReLU};
    struct Head {
        Activation output;
        int outputs;
        LossKind loss;
    };
    const Head heads[] = {
        {Activation::Linear, 2, LossKind::MeanSquared},         {Activation::Tanh, 1, LossKind::MeanSquared},
        {Activation::Sigmoid, 1, LossKind::MeanSquared},        {Activation::Softmax, 3, LossKind::MeanSquared},
        {Activation::ReLU, 2, LossKind::MeanSquared},           {Activation::LeakyReLU, 2, LossKind::MeanSquared},
        {Activation::Tanh, 1, LossKind::HalfSquared},           {Activation::Linear, 2, LossKind::HalfSquared},
        {Activation::Sigmoid, 1, LossKind::BinaryCrossEntropy}, {Activation::Sigmoid, 3, LossKind::BinaryCrossEntropy},
        {Activation::Softmax, 3, LossKind::BinaryCrossEntropy}, {Activation::Softmax, 4, LossKind::SoftmaxCrossEntropy},
    };
    for (Activation hidden : hiddens)
        for (const Head &head : heads)
            QTest::addRow("%s-%s%d-%s", activationId(hidden), activationId(head.output), head.outputs,
                          lossId(head.loss))
                << hidden << head.output << head.outputs << head.loss;
}

void tst_GradientCheck::layersActivationsLosses()
{
    QFETCH(Activation, hidden);
    QFETCH(Activation, output);
    QFETCH(int, outputs);
    QFETCH(LossKind, loss);
    Problem p = makeProblem(hidden, output, outputs, loss);
    const double error = worstRelativeError(p, loss, Regularization::None, 0.0);
    QVERIFY2(error < 1e-5, qPrintable(QString("relative error %1").arg(error)));
}

void tst_GradientCheck::regularization_data()
{
    QTest::addColumn<Regularization>("kind");
    QTest::addColumn<double>("rate");
    QTest::newRow("l1") << Regularization::L1 << 0.03;
    QTest::newRow("l2") << Regularization::L2 << 0.03;
    QTest::newRow("l2-strong") << Regularization::L2 << 3.0;
}

void tst_GradientCheck::regularization()
{
    QFETCH(Regularization, kind);
    QFETCH(double, rate);
    Problem p = makeProblem(Activation::Tanh, Activation::Tanh, 1, LossKind::MeanSquared);
    // |w| well above the step, so L1's kink at 0 is never crossed.
    for (Eigen::Index i = 0; i < p.network.parameters().size(); ++i)
        if (std::abs(p.network.parameters()(i)) < 1e-3)
            p.network.parameters()(i) = 0.01;
    const double error = worstRelativeError(p, LossKind::MeanSquared, kind, rate);
    QVERIFY2(error < 1e-5, qPrintable(QString("relative error %1").arg(error)));
    QVERIFY(regularizationPenalty(p.network, kind, rate) > 0.0);
}

void tst_GradientCheck::detectsAWrongGradient()
{
    // The check itself must be able to fail: a penalty whose gradient is not added is caught.
    Problem p = makeProblem(Activation::Tanh, Activation::Tanh, 1, LossKind::MeanSquared);
    Backprop<double> pass;
    Vector<double> analytic;
    pass.forward(p.network, p.inputs);
    pass.backward(p.network, p.inputs, p.targets, LossKind::MeanSquared, analytic);
    const double h = 1e-6;
    auto &params = p.network.parameters();
    const double saved = params(0);
    params(0) = saved + h;
    const double up = objective(p, LossKind::MeanSquared, Regularization::L2, 1.0);
    params(0) = saved - h;
    const double down = objective(p, LossKind::MeanSquared, Regularization::L2, 1.0);
    params(0) = saved;
    QVERIFY(std::abs((up - down) / (2 * h) - analytic(0)) > 1e-3);
}

QTEST_APPLESS_MAIN(tst_GradientCheck)
#include "tst_gradientcheck.moc"
