// Optimizers: hand-computed steps (as tiny-dnn's optimizer tests), and the worked number of
// seed 003: w = 0.38, lr 0.01, slope -0.55 -> 0.3855.
#include "backprop.h"
#include "network.h"
#include "optimizer.h"

#include <QtTest>

using namespace engine;

class tst_Optimizer : public QObject {
    Q_OBJECT
private slots:
    void sgdStep();
    void momentumSteps();
    void adamFirstTwoSteps();
    void seedWorkedNumber();
    void oneSgdStepOnATinyNet();
    void resetsWhenTheNetworkChanges();
};

void tst_Optimizer::sgdStep()
{
    Optimizer<double> sgd({OptimizerKind::SGD, 0.1});
    Vector<double> w(2), g(2);
    w << 1.0, -2.0;
    g << 0.5, -1.0;
    sgd.update(w, g);
    QCOMPARE(w(0), 0.95);
    QCOMPARE(w(1), -1.9);
}

void tst_Optimizer::momentumSteps()
{
    OptimizerSettings s{OptimizerKind::Momentum, 0.1};
    s.momentum = 0.9;
    Optimizer<double> opt(s);
    Vector<double> w(1), g(1);
    w << 1.0;
    g << 1.0;
    opt.update(w, g); // v = 1, w = 1 - 0.1
    QVERIFY(qFuzzyCompare(w(0), 0.9));
    opt.update(w, g); // v = 0.9 + 1 = 1.9, w = 0.9 - 0.19
    QVERIFY(qFuzzyCompare(w(0), 0.71));
}

void tst_Optimizer::adamFirstTwoSteps()
{
    // Kingma & Ba, Algorithm 1, lr 0.001, b1 0.9, b2 0.999, eps 1e-8, g = 0.5 then -0.2.
    Optimizer<double> adam({OptimizerKind::Adam, 0.001});
    Vector<double> w(1), g(1);
    w << 0.3;
    g << 0.5;
    adam.update(w, g);
    // m = 0.05, v = 0.00025; mhat = 0.5, vhat = 0.25; step = 0.001 * 0.5 / (0.5 + 1e-8)
    const double w1 = 0.3 - 0.001 * 0.5 / (0.5 + 1e-8);
    QVERIFY(std::abs(w(0) - w1) < 1e-15);
    g << -0.2;
    adam.update(w, g);
    const double m = 0.9 * 0.05 + 0.1 * -0.2;         // 0.025
    const double v = 0.999 * 0.00025 + 0.001 * 0.04;  // 0.00028975
    const double mhat = m / (1 - 0.9 * 0.9);
    const double vhat = v / (1 - 0.999 * 0.999);
    const double w2 = w1 - 0.001 * mhat / (std::sqrt(vhat) + 1e-8);
    QVERIFY(std::abs(w(0) - w2) < 1e-15);
    QCOMPARE(adam.steps(), 2LL);
}

void tst_Optimizer::seedWorkedNumber()
{
    // One weight on the bowl L(w) = (w - 0.655)^2: the slope at 0.38 is 2(0.38 - 0.655) = -0.55.
    // A 1-1 linear neuron with input 1, bias 0 and target 0.655 has exactly that loss in w.
    BasicNetwork<double> net(1, {{1, Activation::Linear}}, Initializer::Zeros, 1);
    net.setWeight(0, 0, 0, 0.38);
    Matrix<double> x(1, 1), t(1, 1);
    x << 1.0;
    t << 0.655;
    Backprop<double> pass;
    Vector<double> g;
    pass.forward(net, x);
    pass.backward(net, x, t, LossKind::MeanSquared, g);
    QVERIFY(std::abs(g(0) - -0.55) < 1e-12);
    Optimizer<double> sgd({OptimizerKind::SGD, 0.01});
    sgd.update(net.parameters(), g);
    QVERIFY(std::abs(net.weight(0, 0, 0) - 0.3855) < 1e-12);
}

void tst_Optimizer::oneSgdStepOnATinyNet()
{
    // 2 inputs -> 1 tanh neuron, MSE, two samples; computed by hand:
    // z = w.x + b, o = tanh z, dL/dz = 2 (o - t) (1 - o^2) / 2 samples.
    BasicNetwork<double> net(2, {{1, Activation::Tanh}}, Initializer::Zeros, 1);
    net.setWeight(0, 0, 0, 0.2);
    net.setWeight(0, 0, 1, -0.4);
    net.setBias(0, 0, 0.1);
    Matrix<double> x(2, 2), t(1, 2);
    x << 1.0, -1.0, 0.5, 2.0;
    t << 1.0, -1.0;
    double gw0 = 0, gw1 = 0, gb = 0;
    for (int c = 0; c < 2; ++c) {
        const double o = std::tanh(0.2 * x(0, c) - 0.4 * x(1, c) + 0.1);
        const double dz = 2 * (o - t(0, c)) * (1 - o * o) / 2;
        gw0 += dz * x(0, c);
        gw1 += dz * x(1, c);
        gb += dz;
    }
    Backprop<double> pass;
    Vector<double> g;
    pass.forward(net, x);
    pass.backward(net, x, t, LossKind::MeanSquared, g);
    Optimizer<double> sgd({OptimizerKind::SGD, 0.5});
    sgd.update(net.parameters(), g);
    QVERIFY(std::abs(net.weight(0, 0, 0) - (0.2 - 0.5 * gw0)) < 1e-12);
    QVERIFY(std::abs(net.weight(0, 0, 1) - (-0.4 - 0.5 * gw1)) < 1e-12);
    QVERIFY(std::abs(net.bias(0, 0) - (0.1 - 0.5 * gb)) < 1e-12);
}

void tst_Optimizer::resetsWhenTheNetworkChanges()
{
    Optimizer<double> adam({OptimizerKind::Adam, 0.01});
    Vector<double> w = Vector<double>::Ones(3), g = Vector<double>::Ones(3);
    adam.update(w, g);
    adam.update(w, g);
    Vector<double> w4 = Vector<double>::Ones(4), g4 = Vector<double>::Ones(4);
    adam.update(w4, g4); // new shape: state starts over, so this is a first Adam step again
    QCOMPARE(adam.steps(), 1LL);
    QVERIFY(std::abs(w4(0) - (1.0 - 0.01 * 1.0 / (1.0 + 1e-8))) < 1e-12);
}

QTEST_APPLESS_MAIN(tst_Optimizer)
#include "tst_optimizer.moc"
