#include "playgroundlink.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {

bool inMenu(double value, std::initializer_list<double> menu)
{
    return std::any_of(menu.begin(), menu.end(), [value](double m) { return std::abs(value - m) <= 1e-9 * std::max(1.0, m); });
}

const char *playgroundDataset(engine::DatasetKind kind)
{
    switch (kind) {
    case engine::DatasetKind::Circle: return "circle";
    case engine::DatasetKind::Xor: return "xor";
    case engine::DatasetKind::Gauss: return "gauss";
    case engine::DatasetKind::Spiral: return "spiral";
    case engine::DatasetKind::RegressPlane: return "reg-plane";
    case engine::DatasetKind::RegressGauss: return "reg-gauss";
    default: return nullptr;
    }
}

const char *playgroundActivation(engine::Activation activation)
{
    switch (activation) {
    case engine::Activation::Tanh: return "tanh";
    case engine::Activation::ReLU: return "relu";
    case engine::Activation::Sigmoid: return "sigmoid";
    case engine::Activation::Linear: return "linear";
    default: return nullptr;
    }
}

QString flag(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

QString PlaygroundLink::url(const WorkspaceSpec &spec, bool showTestData, bool discretize, QString *reason)
{
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return QString();
    };
    const char *dataset = playgroundDataset(spec.data.kind);
    if (!dataset)
        return fail(tr("Playground does not have this data set."));
    const bool regression = spec.task() == engine::Task::Regression;
    if (spec.split.validation != 0)
        return fail(tr("Playground has no validation set: set the validation share to 0 %."));
    if (spec.split.train < 10 || spec.split.train > 90 || spec.split.train % 10 != 0)
        return fail(tr("Playground's training share goes from 10 % to 90 % in steps of 10."));
    const double noise = spec.data.noise;
    if (noise < 0 || noise > 50 || std::abs(noise / 5 - std::round(noise / 5)) > 1e-9)
        return fail(tr("Playground's noise goes from 0 to 50 in steps of 5."));
    const char *activation = playgroundActivation(spec.network.activation);
    if (!activation)
        return fail(tr("Playground has only the tanh, ReLU, sigmoid and linear activations."));
    if (!regression && spec.outputActivation() != engine::Activation::Tanh)
        return fail(tr("Playground's output neuron is tanh with labels −1 and +1."));
    if (spec.network.hidden.size() > 6
        || std::any_of(spec.network.hidden.begin(), spec.network.hidden.end(), [](int n) { return n > 8; }))
        return fail(tr("Playground allows at most 6 hidden layers of 8 neurons."));
    const engine::TrainingSettings &t = spec.training;
    if (t.optimizer.kind != engine::OptimizerKind::SGD || (t.loss != engine::LossKind::MeanSquared && t.loss != engine::LossKind::HalfSquared) || t.dropout > 0)
        return fail(tr("Playground trains with plain SGD and squared error, without dropout."));
    if (t.decisionThreshold != 0.0)
        return fail(tr("Playground always decides at output 0: set the decision threshold back to 0."));
    if (t.batchSize < 1 || t.batchSize > 30)
        return fail(tr("Playground's batch size goes from 1 to 30."));
    if (!inMenu(t.optimizer.learningRate, {0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10}))
        return fail(tr("Playground does not offer this learning rate."));
    const bool regularized = t.regularization != engine::Regularization::None && t.regularizationRate > 0;
    if (regularized && !inMenu(t.regularizationRate, {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10}))
        return fail(tr("Playground does not offer this regularization rate."));
    if (spec.network.initializer != engine::Initializer::PlaygroundUniform)
        return fail(tr("Playground starts from its own random weights."));

    QStringList shape;
    for (int n : spec.network.hidden)
        shape.append(QString::number(n));
    const engine::FeatureSet f = spec.features;
    const QStringList state{
        QStringLiteral("activation=") + QLatin1String(activation),
        QStringLiteral("batchSize=%1").arg(t.batchSize),
        QStringLiteral("dataset=") + QLatin1String(regression ? "circle" : dataset),
        QStringLiteral("regDataset=") + QLatin1String(regression ? dataset : "reg-plane"),
        QStringLiteral("learningRate=") + number(t.optimizer.learningRate),
        QStringLiteral("regularization=")
            + QLatin1String(!regularized ? "none" : t.regularization == engine::Regularization::L1 ? "L1" : "L2"),
        QStringLiteral("regularizationRate=") + number(regularized ? t.regularizationRate : 0.0),
        QStringLiteral("noise=") + number(noise),
        QStringLiteral("networkShape=") + shape.join(QLatin1Char(',')),
        QStringLiteral("showTestData=") + flag(showTestData),
        QStringLiteral("discretize=") + flag(discretize),
        QStringLiteral("percTrainData=%1").arg(spec.split.train),
        QStringLiteral("x=") + flag(f & engine::FeatureX1),
        QStringLiteral("y=") + flag(f & engine::FeatureX2),
        QStringLiteral("xTimesY=") + flag(f & engine::FeatureX1TimesX2),
        QStringLiteral("xSquared=") + flag(f & engine::FeatureX1Squared),
        QStringLiteral("ySquared=") + flag(f & engine::FeatureX2Squared),
        QStringLiteral("cosX=false"),
        QStringLiteral("sinX=") + flag(f & engine::FeatureSinX1),
        QStringLiteral("cosY=false"),
        QStringLiteral("sinY=") + flag(f & engine::FeatureSinX2),
        QStringLiteral("collectStats=false"),
        QStringLiteral("problem=") + QLatin1String(regression ? "regression" : "classification"),
        QStringLiteral("initZero=false"),
        QStringLiteral("hideText=false"),
    };
    return QStringLiteral("https://playground.tensorflow.org/#") + state.join(QLatin1Char('&'));
}
