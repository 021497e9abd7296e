#include "trainingdata.h"

namespace engine {

namespace {
SplitData makeSplit(const Dataset &data, const std::vector<int> &samples, FeatureSet features,
                    TargetEncoding encoding)
{
    SplitData split;
    split.samples = samples;
    Eigen::MatrixXd raw(data.inputDim(), static_cast<Eigen::Index>(samples.size()));
    for (std::size_t i = 0; i < samples.size(); ++i)
        raw.col(static_cast<Eigen::Index>(i)) = data.inputs.col(samples[i]);
    split.inputs = computeFeatures(raw, features);
    split.targets = encodeTargets(data, samples, encoding);
    if (!data.classes.empty()) {
        split.classes.reserve(samples.size());
        for (int s : samples)
            split.classes.push_back(data.classes[s]);
    }
    return split;
}
} // namespace

TrainingData makeTrainingData(const Dataset &data, const DataSplit &split, FeatureSet features,
                              TargetEncoding encoding)
{
    TrainingData result;
    result.encoding = encoding;
    result.classCount = data.task == Task::Regression ? 0 : data.classCount;
    result.train = makeSplit(data, split.train, features, encoding);
    result.validation = makeSplit(data, split.validation, features, encoding);
    result.test = makeSplit(data, split.test, features, encoding);
    return result;
}

} // namespace engine
