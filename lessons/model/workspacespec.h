#pragma once
/**
 * @file workspacespec.h
 * Everything that defines a workspace run except the learned weights: the data set, split,
 * features, network shape, hyperparameters and seeds. A value type: the GUI edits its copy and
 * hands copies to the training worker, like Playground's State.PROPS in the URL.
 */
#include "dataset.h"
#include "initializer.h"
#include "inputfeatures.h"
#include "network.h"
#include "split.h"
#include "targets.h"
#include "trainer.h"

#include <cstdint>
#include <vector>

/// The network's shape; the input and output counts follow from the data and features.
struct NetworkSpec {
    std::vector<int> hidden{4, 2};
    engine::Activation activation = engine::Activation::Tanh;
    /// Output layer for binary sets: Tanh (labels -1/+1, Playground) or Sigmoid (0/1, PyTorch).
    /// Multi-class sets always get Softmax, regression Tanh/Linear.
    engine::Activation output = engine::Activation::Tanh;
    engine::Initializer initializer = engine::Initializer::PlaygroundUniform;
};

struct WorkspaceSpec {
    engine::DataSpec data;
    std::vector<engine::LabeledPoint> customPoints; ///< the points when data.kind == Custom
    engine::Task customTask = engine::Task::Binary;
    engine::SplitPercent split;
    engine::FeatureSet features = engine::kDefaultFeatures;
    NetworkSpec network;
    std::uint64_t initSeed = 1;
    engine::TrainingSettings training;
    int epochLimit = 0; ///< stop playing after this many epochs (0 = no limit)

    /// The task of the data set this spec generates.
    engine::Task task() const;
    /// How targets are encoded, from the task and the output activation (CURRICULUM §7 D2).
    engine::TargetEncoding encoding() const;
    /// The output activation actually used (softmax for multi-class sets).
    engine::Activation outputActivation() const;
    /// Builds the data set (generated, digits or the custom points).
    engine::Dataset makeDataset() const;
    /// Builds a fresh network for a data set with `inputs` network inputs.
    engine::Network makeNetwork(int inputs, int outputs) const;
};
