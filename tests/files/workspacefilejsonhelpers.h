#pragma once
// Shared by the workspace-file tests (tst_workspacefile, tst_workspacefilemalformed): specs with
// every setting away from its default, and a saved state as JSON to take apart and change.
#include "workspacefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <functional>

/// Every setting away from its default, so a field the file forgets shows.
inline WorkspaceSpec unusualSpec()
{
    using namespace engine;
    WorkspaceSpec s;
    s.data.kind = DatasetKind::Spiral;
    s.data.samples = 240;
    s.data.noise = 12.5;
    s.data.seed = 0xFEDCBA9876543210ull; // above 2^53: a JSON number would lose it
    s.data.classes = 4;
    s.data.positiveFraction = 0.3;
    s.customPoints = {{0.5, -1.25, 1}, {2, 3, 0}}; // kept while another set is shown
    s.customTask = Task::Binary;
    s.split = {70, 10, 20};
    s.features = FeatureX1 | FeatureX2 | FeatureSinX1 | FeatureX1TimesX2;
    s.network.hidden = {5, 3};
    s.network.activation = Activation::ReLU;
    s.network.output = Activation::Sigmoid;
    s.network.initializer = Initializer::Xavier;
    s.initSeed = 123456789012345ull;
    TrainingSettings &t = s.training;
    t.loss = LossKind::BinaryCrossEntropy;
    t.optimizer = {OptimizerKind::Adam, 0.004, 0.8, 0.85, 0.995, 1e-7};
    t.batchSize = 7;
    t.reshuffle = true;
    t.regularization = Regularization::L2;
    t.regularizationRate = 0.001;
    t.dropout = 0.1;
    t.shuffleSeed = 99;
    t.patience = 500;
    t.restoreBest = true;
    t.measureEachEpoch = true;
    s.epochLimit = 900;
    return s;
}

inline WorkspaceSpec customSpec()
{
    using namespace engine;
    WorkspaceSpec s;
    s.data.kind = DatasetKind::Custom;
    s.data.classes = 3;
    s.customTask = Task::MultiClass;
    for (int i = 0; i < 30; ++i)
        s.customPoints.push_back({std::sin(i) * 4.0, std::cos(i * 1.7) * 4.0, static_cast<double>(i % 3)});
    s.split = {80, 0, 20};
    s.training.loss = LossKind::SoftmaxCrossEntropy;
    s.training.optimizer.kind = OptimizerKind::Momentum;
    return s;
}

inline QJsonObject document(const WorkspaceState &state)
{
    return QJsonDocument::fromJson(WorkspaceFile::toJson(state)).object();
}

/// Sets the value at a dotted path ("spec.training.learningRate", "network.layers.0.units").
inline void setAt(QJsonObject &root, const QStringList &path, const QJsonValue &value)
{
    std::function<QJsonValue(const QJsonValue &, int)> replace = [&](const QJsonValue &node, int depth) -> QJsonValue {
        if (depth == path.size())
            return value;
        bool isIndex = false;
        const int index = path[depth].toInt(&isIndex);
        if (isIndex) {
            QJsonArray array = node.toArray();
            array[index] = replace(array[index], depth + 1);
            return array;
        }
        QJsonObject object = node.toObject();
        if (depth + 1 == path.size() && value.isUndefined())
            object.remove(path[depth]);
        else
            object[path[depth]] = replace(object[path[depth]], depth + 1);
        return object;
    };
    root = replace(root, 0).toObject();
}

inline QByteArray bytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
