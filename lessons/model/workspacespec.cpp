#include "workspacespec.h"

using namespace engine;

Task WorkspaceSpec::task() const
{
    switch (data.kind) {
    case DatasetKind::RegressPlane:
    case DatasetKind::RegressGauss:
        return Task::Regression;
    case DatasetKind::Digits:
    case DatasetKind::Spiral3:
        return Task::MultiClass;
    case DatasetKind::Blobs:
    case DatasetKind::RandomLabels:
        return data.classes > 2 ? Task::MultiClass : Task::Binary;
    case DatasetKind::Custom:
        return customTask;
    default:
        return Task::Binary;
    }
}

Activation WorkspaceSpec::outputActivation() const
{
    switch (task()) {
    case Task::MultiClass:
        return Activation::Softmax;
    case Task::Regression:
        return network.output == Activation::Linear ? Activation::Linear : Activation::Tanh;
    case Task::Binary:
        break;
    }
    return network.output == Activation::Sigmoid ? Activation::Sigmoid : Activation::Tanh;
}

TargetEncoding WorkspaceSpec::encoding() const
{
    switch (task()) {
    case Task::MultiClass:
        return TargetEncoding::OneHot;
    case Task::Regression:
        return TargetEncoding::Value;
    case Task::Binary:
        break;
    }
    return outputActivation() == Activation::Sigmoid ? TargetEncoding::ZeroOne : TargetEncoding::PlusMinusOne;
}

Dataset WorkspaceSpec::makeDataset() const
{
    if (data.kind == DatasetKind::Custom) {
        const int classes = customTask == Task::Regression ? 0 : customTask == Task::Binary ? 2 : data.classes;
        return Dataset::fromPoints(customPoints, customTask, classes);
    }
    return generateDataset(data);
}

Network WorkspaceSpec::makeNetwork(int inputs, int outputs) const
{
    std::vector<LayerSpec> layers;
    for (int units : network.hidden)
        layers.push_back({units, network.activation});
    layers.push_back({outputs, outputActivation()});
    return Network(inputs, layers, network.initializer, initSeed);
}
