#pragma once
/**
 * @file trainingdata.h
 * What the trainer consumes: for each split, the network's input matrix, the encoded targets
 * and the class of every sample.
 */
#include "dataset.h"
#include "eigentypes.h"
#include "inputfeatures.h"
#include "split.h"
#include "targets.h"

#include <vector>

namespace engine {

enum class SplitId { Train, Validation, Test };

/// The samples of one split, ready for the network.
struct SplitData {
    Matrix<float> inputs;     ///< features x n
    Matrix<float> targets;    ///< outputs x n
    std::vector<int> classes; ///< class per sample (empty for regression)
    std::vector<int> samples; ///< index of each column in the Dataset
    int size() const { return static_cast<int>(inputs.cols()); }
};

struct TrainingData {
    SplitData train;
    SplitData validation;
    SplitData test;
    TargetEncoding encoding = TargetEncoding::PlusMinusOne;
    int classCount = 2; ///< 0 for regression

    const SplitData &split(SplitId id) const
    {
        return id == SplitId::Train ? train : id == SplitId::Validation ? validation : test;
    }
    int inputCount() const { return static_cast<int>(train.inputs.rows()); }
    int outputCount() const { return static_cast<int>(train.targets.rows()); }
};

/// Builds the three splits of a data set with the given features and target encoding.
TrainingData makeTrainingData(const Dataset &data, const DataSplit &split, FeatureSet features,
                              TargetEncoding encoding);

} // namespace engine
