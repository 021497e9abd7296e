// Network: parameter counts, seeded initialisation, and edits that keep every weight with a place.
#include "network.h"

#include <QtTest>

using namespace engine;

namespace {
Network playgroundNet(std::vector<int> hidden, std::uint64_t seed = 3)
{
    std::vector<LayerSpec> layers;
    for (int units : hidden)
        layers.push_back({units, Activation::Tanh});
    layers.push_back({1, Activation::Tanh});
    return Network(2, layers, Initializer::PlaygroundUniform, seed);
}
} // namespace

class tst_Network : public QObject {
    Q_OBJECT
private slots:
    void parameterCount_data();
    void parameterCount();
    void playgroundInitialisation();
    void sameSeedSameWeights();
    void insertNeuronKeepsWeights();
    void removeNeuronKeepsWeights();
    void insertLayerKeepsOtherLayers();
    void removeLayerKeepsOtherLayers();
    void inputEditsKeepWeights();
    void editsAreDeterministic();
    void setWeightAndBias();
    void invalidEditsThrow();
    void castKeepsValues();
};

void tst_Network::parameterCount_data()
{
    QTest::addColumn<int>("inputs");
    QTest::addColumn<QList<int>>("units");
    QTest::addColumn<int>("expected");
    // L1: 2-3-1 has 13, 2-4-1 has 17; L10: 2-4-2-1 has 25; L11: the perceptron 2-1 has 3;
    // deeplizard's Keras examples 2-3-2 = 17, 8-6-6-4 = 124, 1-16-32-2 = 642; L9: 3 -> 5 is 20.
    QTest::newRow("2-3-1") << 2 << QList<int>{3, 1} << 13;
    QTest::newRow("2-4-1") << 2 << QList<int>{4, 1} << 17;
    QTest::newRow("2-4-2-1") << 2 << QList<int>{4, 2, 1} << 25;
    QTest::newRow("2-1") << 2 << QList<int>{1} << 3;
    QTest::newRow("2-3-2") << 2 << QList<int>{3, 2} << 17;
    QTest::newRow("8-6-6-4") << 8 << QList<int>{6, 6, 4} << 124;
    QTest::newRow("1-16-32-2") << 1 << QList<int>{16, 32, 2} << 642;
    QTest::newRow("3-5") << 3 << QList<int>{5} << 20;
}

void tst_Network::parameterCount()
{
    QFETCH(int, inputs);
    QFETCH(QList<int>, units);
    QFETCH(int, expected);
    std::vector<LayerSpec> layers;
    for (int u : units)
        layers.push_back({u, Activation::ReLU});
    const Network net(inputs, layers, Initializer::Xavier, 1);
    QCOMPARE(net.parameterCount(), expected);
    QCOMPARE(int(net.parameters().size()), expected);
}

void tst_Network::playgroundInitialisation()
{
    const Network net = playgroundNet({4, 2});
    for (int l = 0; l < net.layerCount(); ++l) {
        QVERIFY(net.weights(l).cwiseAbs().maxCoeff() <= 0.5f);
        QVERIFY((net.biases(l).array() == 0.1f).all());
    }
    QVERIFY(net.weights(0).cwiseAbs().maxCoeff() > 0.0f);
}

void tst_Network::sameSeedSameWeights()
{
    Network a = playgroundNet({4, 2}, 9);
    const Network b = playgroundNet({4, 2}, 9);
    const Network c = playgroundNet({4, 2}, 10);
    QVERIFY(a.parameters() == b.parameters());
    QVERIFY(a.parameters() != c.parameters());
    const Vector<float> initial = a.parameters();
    a.parameters().setConstant(7.0f);
    a.reinitialize(); // "reset" replays the same initial weights
    QVERIFY(a.parameters() == initial);
}

void tst_Network::insertNeuronKeepsWeights()
{
    Network net = playgroundNet({4, 2});
    const Network before = net;
    net.insertNeuron(0, 1); // a new neuron at position 1 of the first hidden layer
    QCOMPARE(net.layer(0).units, 5);
    QCOMPARE(net.parameterCount(), 25 + 2 + 1 + 2);
    const int oldOf[] = {0, -1, 1, 2, 3};
    for (int to = 0; to < 5; ++to) {
        if (oldOf[to] < 0) {
            QCOMPARE(net.bias(0, to), 0.1f);
            continue;
        }
        QCOMPARE(net.bias(0, to), before.bias(0, oldOf[to]));
        for (int from = 0; from < 2; ++from)
            QCOMPARE(net.weight(0, to, from), before.weight(0, oldOf[to], from));
        for (int next = 0; next < 2; ++next)
            QCOMPARE(net.weight(1, next, to), before.weight(1, next, oldOf[to]));
    }
    QVERIFY(net.weights(2) == before.weights(2));
}

void tst_Network::removeNeuronKeepsWeights()
{
    Network net = playgroundNet({4, 2});
    const Network before = net;
    net.removeNeuron(0, 2);
    QCOMPARE(net.parameterCount(), 25 - 2 - 1 - 2);
    const int oldOf[] = {0, 1, 3};
    for (int to = 0; to < 3; ++to) {
        QCOMPARE(net.weight(0, to, 1), before.weight(0, oldOf[to], 1));
        QCOMPARE(net.weight(1, 1, to), before.weight(1, 1, oldOf[to]));
    }
    QVERIFY(net.biases(1) == before.biases(1));
}

void tst_Network::insertLayerKeepsOtherLayers()
{
    Network net = playgroundNet({4});
    const Network before = net;
    net.insertLayer(1, {2, Activation::Tanh}); // 2-4-1 -> 2-4-2-1
    QCOMPARE(net.hiddenLayerCount(), 2);
    QCOMPARE(net.parameterCount(), 25);
    QVERIFY(net.weights(0) == before.weights(0));
    QVERIFY(net.biases(0) == before.biases(0));
    QVERIFY(net.biases(2) == before.biases(1)); // the output neuron keeps its bias
    QCOMPARE(net.weights(2).cols(), 2);         // but its inputs are new neurons: new weights
}

void tst_Network::removeLayerKeepsOtherLayers()
{
    Network net = playgroundNet({4, 3, 2});
    const Network before = net;
    net.removeLayer(1);
    QCOMPARE(net.hiddenLayerCount(), 2);
    QVERIFY(net.weights(0) == before.weights(0));
    QVERIFY(net.weights(2) == before.weights(3));
    QVERIFY(net.biases(1) == before.biases(2));
    QCOMPARE(net.weights(1).cols(), 4);
}

void tst_Network::inputEditsKeepWeights()
{
    Network net = playgroundNet({3});
    const Network before = net;
    net.insertInput(2); // x1, x2 -> x1, x2, x1²
    QCOMPARE(net.inputCount(), 3);
    QVERIFY(net.weights(0).leftCols(2) == before.weights(0));
    net.removeInput(0);
    QCOMPARE(net.inputCount(), 2);
    QVERIFY(net.weights(0).col(0) == before.weights(0).col(1));
}

void tst_Network::editsAreDeterministic()
{
    Network a = playgroundNet({4}, 5);
    Network b = playgroundNet({4}, 5);
    a.insertNeuron(0, 4);
    b.insertNeuron(0, 4);
    a.insertLayer(0, {3, Activation::ReLU});
    b.insertLayer(0, {3, Activation::ReLU});
    QVERIFY(a.parameters() == b.parameters());
}

void tst_Network::setWeightAndBias()
{
    Network net = playgroundNet({4, 2});
    net.setWeight(1, 1, 3, 0.75f);
    net.setBias(2, 0, -0.25f);
    QCOMPARE(net.weight(1, 1, 3), 0.75f);
    QCOMPARE(net.parameters()(net.weightOffset(1) + 3 * 2 + 1), 0.75f); // column-major W(1, 3)
    QCOMPARE(net.parameters()(net.biasOffset(2)), -0.25f);
    net.setActivation(0, Activation::ReLU);
    QCOMPARE(net.layer(0).activation, Activation::ReLU);
    QCOMPARE(net.weight(1, 1, 3), 0.75f);
}

void tst_Network::invalidEditsThrow()
{
    Network net = playgroundNet({1});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, net.removeNeuron(0, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, net.removeLayer(1)); // the output layer
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, net.insertLayer(2, {2, Activation::Tanh}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Network(0, {{1, Activation::Tanh}}, Initializer::Zeros, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Network(2, {{0, Activation::Tanh}}, Initializer::Zeros, 1));
    QCOMPARE(net.parameterCount(), 2 + 1 + 1 + 1);
}

void tst_Network::castKeepsValues()
{
    const Network net = playgroundNet({4, 2});
    const BasicNetwork<double> wide = net.cast<double>();
    QVERIFY(wide.sameArchitecture(wide));
    QCOMPARE(wide.parameterCount(), 25);
    QCOMPARE(wide.weight(1, 1, 2), double(net.weight(1, 1, 2)));
}

QTEST_APPLESS_MAIN(tst_Network)
#include "tst_network.moc"
