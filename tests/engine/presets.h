#pragma once
// Shared set-ups for the engine tests: the Playground's default preset and friends.
#include "dataset.h"
#include "inputfeatures.h"
#include "split.h"
#include "trainer.h"

namespace testpresets {

/// A 2-D data set split and encoded for a tanh output (labels -1/+1).
inline engine::TrainingData planar(engine::DatasetKind kind, engine::SplitPercent split, double noise = 0.0,
                                   std::uint64_t seed = 1)
{
    engine::DataSpec spec;
    spec.kind = kind;
    spec.noise = noise;
    spec.seed = seed;
    const engine::Dataset data = engine::generateDataset(spec);
    return engine::makeTrainingData(data, engine::splitDataset(data.size(), split, seed), engine::kDefaultFeatures,
                                    engine::TargetEncoding::PlusMinusOne);
}

/// 2 inputs, the given hidden layers (all one activation), one tanh output; Playground's initialiser.
inline engine::Network playgroundNet(std::vector<int> hidden, engine::Activation activation = engine::Activation::Tanh,
                                     std::uint64_t seed = 1)
{
    std::vector<engine::LayerSpec> layers;
    for (int units : hidden)
        layers.push_back({units, activation});
    layers.push_back({1, engine::Activation::Tanh});
    return engine::Network(2, layers, engine::Initializer::PlaygroundUniform, seed);
}

/// lr 0.03, batch 10, MSE, plain SGD, no reshuffle: the Playground link (CURRICULUM §3.3).
inline engine::TrainingSettings playgroundSettings()
{
    engine::TrainingSettings s;
    s.optimizer.learningRate = 0.03;
    s.batchSize = 10;
    return s;
}

} // namespace testpresets
