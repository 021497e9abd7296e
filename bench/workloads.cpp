#include "workloads.h"

#include "dataset.h"
#include "inputfeatures.h"
#include "split.h"

namespace bench {

using namespace engine;

namespace {
std::unique_ptr<Trainer> playground(std::vector<int> hidden)
{
    DataSpec spec; // circle, 500 points, noise 0
    const Dataset data = generateDataset(spec);
    TrainingData split = makeTrainingData(data, splitDataset(data.size(), {50, 0, 50}, 1), kDefaultFeatures,
                                          TargetEncoding::PlusMinusOne);
    std::vector<LayerSpec> layers;
    for (int units : hidden)
        layers.push_back({units, Activation::Tanh});
    layers.push_back({1, Activation::Tanh});
    TrainingSettings s;
    s.optimizer = {OptimizerKind::SGD, 0.03};
    s.batchSize = 10;
    return std::make_unique<Trainer>(Network(2, layers, Initializer::PlaygroundUniform, 1), std::move(split), s);
}

std::unique_ptr<Trainer> makeP()
{
    return playground({4, 2});
}

std::unique_ptr<Trainer> makeDeep()
{
    return playground({8, 8, 8, 8, 8, 8});
}

std::unique_ptr<Trainer> makeD()
{
    DataSpec spec;
    spec.kind = DatasetKind::Digits;
    const Dataset data = generateDataset(spec);
    TrainingData split = makeTrainingData(data, splitDataset(data.size(), {80, 0, 20}, 1), kDefaultFeatures,
                                          TargetEncoding::OneHot);
    TrainingSettings s;
    s.loss = LossKind::SoftmaxCrossEntropy;
    s.optimizer = {OptimizerKind::Adam, 1e-3};
    s.batchSize = 32;
    s.reshuffle = true;
    s.measureEachEpoch = false;
    Network net(64, {{32, Activation::ReLU}, {10, Activation::Softmax}}, Initializer::He, 1);
    return std::make_unique<Trainer>(std::move(net), std::move(split), s);
}

std::unique_ptr<Trainer> makeM()
{
    // 10,000 random 784-dimensional samples with random labels of 10 classes, all for training.
    const int n = 10000, dim = 784, classes = 10;
    Random random(7);
    TrainingData data;
    data.encoding = TargetEncoding::OneHot;
    data.classCount = classes;
    data.train.inputs.resize(dim, n);
    data.train.targets = Matrix<float>::Zero(classes, n);
    for (Eigen::Index i = 0; i < data.train.inputs.size(); ++i)
        data.train.inputs.data()[i] = static_cast<float>(random.uniform());
    for (int c = 0; c < n; ++c) {
        const int label = static_cast<int>(random.below(classes));
        data.train.targets(label, c) = 1.0f;
        data.train.classes.push_back(label);
        data.train.samples.push_back(c);
    }
    data.validation.inputs.resize(dim, 0);
    data.validation.targets.resize(classes, 0);
    data.test = data.validation;
    TrainingSettings s;
    s.loss = LossKind::SoftmaxCrossEntropy;
    s.optimizer = {OptimizerKind::SGD, 0.1};
    s.batchSize = 64;
    s.measureEachEpoch = false;
    Network net(dim, {{128, Activation::ReLU}, {classes, Activation::Softmax}}, Initializer::He, 1);
    return std::make_unique<Trainer>(std::move(net), std::move(data), s);
}
} // namespace

const std::vector<Workload> &workloads()
{
    static const std::vector<Workload> all{
        {"P", makeP, 2000, true},
        {"Deep", makeDeep, 500, true},
        {"D", makeD, 60, false},
        {"M", makeM, 1, false},
    };
    return all;
}

} // namespace bench
