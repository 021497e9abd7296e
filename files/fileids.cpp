#include "fileids.h"

using namespace engine;

namespace fileids {

namespace {
/// A table from the engine's own id function.
template <typename Enum>
IdTable<Enum> fromEngine(std::initializer_list<Enum> values, const char *(*id)(Enum))
{
    IdTable<Enum> table;
    for (Enum value : values)
        table.emplace_back(QString::fromLatin1(id(value)), value);
    return table;
}
} // namespace

const IdTable<DatasetKind> &datasets()
{
    static const IdTable<DatasetKind> table = {
        {QStringLiteral("circle"), DatasetKind::Circle},     {QStringLiteral("xor"), DatasetKind::Xor},
        {QStringLiteral("gauss"), DatasetKind::Gauss},       {QStringLiteral("spiral"), DatasetKind::Spiral},
        {QStringLiteral("reg-plane"), DatasetKind::RegressPlane},
        {QStringLiteral("reg-gauss"), DatasetKind::RegressGauss},
        {QStringLiteral("moons"), DatasetKind::Moons},       {QStringLiteral("blobs"), DatasetKind::Blobs},
        {QStringLiteral("spiral3"), DatasetKind::Spiral3},   {QStringLiteral("random"), DatasetKind::RandomLabels},
        {QStringLiteral("gauss-imbalanced"), DatasetKind::GaussImbalanced},
        {QStringLiteral("digits"), DatasetKind::Digits},     {QStringLiteral("custom"), DatasetKind::Custom}};
    return table;
}

const IdTable<Task> &tasks()
{
    static const IdTable<Task> table = {{QStringLiteral("binary"), Task::Binary},
                                        {QStringLiteral("multiclass"), Task::MultiClass},
                                        {QStringLiteral("regression"), Task::Regression}};
    return table;
}

const IdTable<Feature> &features()
{
    static const IdTable<Feature> table = {
        {QStringLiteral("x1"), FeatureX1},          {QStringLiteral("x2"), FeatureX2},
        {QStringLiteral("x1sq"), FeatureX1Squared}, {QStringLiteral("x2sq"), FeatureX2Squared},
        {QStringLiteral("x1x2"), FeatureX1TimesX2}, {QStringLiteral("sinx1"), FeatureSinX1},
        {QStringLiteral("sinx2"), FeatureSinX2}};
    return table;
}

const IdTable<Activation> &activations()
{
    static const IdTable<Activation> table = fromEngine(
        {Activation::Linear, Activation::Sigmoid, Activation::Tanh, Activation::ReLU, Activation::LeakyReLU,
         Activation::Softmax},
        &activationId);
    return table;
}

const IdTable<Initializer> &initializers()
{
    static const IdTable<Initializer> table = fromEngine(
        {Initializer::PlaygroundUniform, Initializer::Xavier, Initializer::He, Initializer::Zeros}, &initializerId);
    return table;
}

const IdTable<LossKind> &losses()
{
    static const IdTable<LossKind> table = fromEngine(
        {LossKind::MeanSquared, LossKind::HalfSquared, LossKind::BinaryCrossEntropy, LossKind::SoftmaxCrossEntropy},
        &lossId);
    return table;
}

const IdTable<OptimizerKind> &optimizers()
{
    static const IdTable<OptimizerKind> table =
        fromEngine({OptimizerKind::SGD, OptimizerKind::Momentum, OptimizerKind::Adam}, &optimizerId);
    return table;
}

const IdTable<Regularization> &regularizations()
{
    static const IdTable<Regularization> table =
        fromEngine({Regularization::None, Regularization::L1, Regularization::L2}, &regularizationId);
    return table;
}

const IdTable<Divergence> &divergences()
{
    static const IdTable<Divergence> table = {{QStringLiteral("none"), Divergence::None},
                                              {QStringLiteral("non-finite"), Divergence::NonFinite},
                                              {QStringLiteral("exploding-loss"), Divergence::ExplodingLoss},
                                              {QStringLiteral("exploding-weights"), Divergence::ExplodingWeights}};
    return table;
}

} // namespace fileids
