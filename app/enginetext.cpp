#include "enginetext.h"

using namespace engine;

// Each switch lists every enumerator without a default, so the compiler warns when the engine
// gains a value that has no text yet.

QString EngineText::activationName(Activation activation)
{
    switch (activation) {
    case Activation::Linear:
        return tr("Linear");
    case Activation::Sigmoid:
        return tr("Sigmoid");
    case Activation::Tanh:
        return tr("Tanh");
    case Activation::ReLU:
        return tr("ReLU");
    case Activation::LeakyReLU:
        return tr("Leaky ReLU");
    case Activation::Softmax:
        return tr("Softmax");
    }
    return {};
}

QString EngineText::lossName(LossKind loss)
{
    switch (loss) {
    case LossKind::MeanSquared:
        return tr("Mean squared error (MSE)");
    case LossKind::HalfSquared:
        return tr("Half squared error (as TF Playground shows)");
    case LossKind::BinaryCrossEntropy:
        return tr("Binary cross-entropy");
    case LossKind::SoftmaxCrossEntropy:
        return tr("Softmax cross-entropy");
    }
    return {};
}

QString EngineText::lossDescription(LossKind loss)
{
    switch (loss) {
    case LossKind::MeanSquared:
        return tr("Mean of (output − label)² over the samples, like torch.nn.MSELoss().");
    case LossKind::HalfSquared:
        return tr("Mean of ½ (output − label)²: the number TensorFlow Playground shows, half of the MSE.");
    case LossKind::BinaryCrossEntropy:
        return tr("−(label · log output + (1 − label) · log(1 − output)), like torch.nn.BCELoss(); "
                  "needs outputs between 0 and 1.");
    case LossKind::SoftmaxCrossEntropy:
        return tr("−log of the probability the softmax gives the right class, like "
                  "torch.nn.CrossEntropyLoss(); for multi-class data.");
    }
    return {};
}

QString EngineText::optimizerName(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::SGD:
        return tr("SGD");
    case OptimizerKind::Momentum:
        return tr("SGD + momentum");
    case OptimizerKind::Adam:
        return tr("Adam");
    }
    return {};
}

QString EngineText::optimizerDescription(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::SGD:
        return tr("Plain gradient descent: new w = old w − learning rate × gradient.");
    case OptimizerKind::Momentum:
        return tr("Keeps a running direction (momentum 0.9), so steps speed up along a steady slope.");
    case OptimizerKind::Adam:
        return tr("Adapts the step of every weight to the size of its recent gradients (Kingma & Ba 2014).");
    }
    return {};
}

QString EngineText::regularizationName(Regularization kind)
{
    switch (kind) {
    case Regularization::None:
        return tr("None");
    case Regularization::L1:
        return tr("L1");
    case Regularization::L2:
        return tr("L2 (weight decay)");
    }
    return {};
}

QString EngineText::initializerName(Initializer init)
{
    switch (init) {
    case Initializer::PlaygroundUniform:
        return tr("Playground uniform");
    case Initializer::Xavier:
        return tr("Xavier (Glorot)");
    case Initializer::He:
        return tr("He");
    case Initializer::Zeros:
        return tr("Zeros");
    }
    return {};
}

QString EngineText::initializerDescription(Initializer init)
{
    switch (init) {
    case Initializer::PlaygroundUniform:
        return tr("Weights drawn uniformly from −0.5 to 0.5, biases 0.1, as in TensorFlow Playground.");
    case Initializer::Xavier:
        return tr("Weights scaled to the layer size so signals keep their size (Glorot & Bengio 2010); biases 0.");
    case Initializer::He:
        return tr("Weights scaled for ReLU layers (He et al. 2015); biases 0.");
    case Initializer::Zeros:
        return tr("Every weight and bias 0: the neurons of a layer stay identical and cannot learn different things.");
    }
    return {};
}

QString EngineText::datasetKindName(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Circle:
        return tr("Circle");
    case DatasetKind::Xor:
        return tr("Exclusive or (XOR)");
    case DatasetKind::Gauss:
        return tr("Two blobs");
    case DatasetKind::Spiral:
        return tr("Spiral");
    case DatasetKind::RegressPlane:
        return tr("Plane (regression)");
    case DatasetKind::RegressGauss:
        return tr("Gaussian bumps (regression)");
    case DatasetKind::Moons:
        return tr("Two moons");
    case DatasetKind::Blobs:
        return tr("Several blobs");
    case DatasetKind::Spiral3:
        return tr("Three-arm spiral");
    case DatasetKind::RandomLabels:
        return tr("Random labels");
    case DatasetKind::GaussImbalanced:
        return tr("Imbalanced blobs");
    case DatasetKind::Digits:
        return tr("Handwritten digits");
    case DatasetKind::Custom:
        return tr("Your own points");
    }
    return {};
}

QString EngineText::taskName(Task task)
{
    switch (task) {
    case Task::Binary:
        return tr("Two classes");
    case Task::MultiClass:
        return tr("Several classes");
    case Task::Regression:
        return tr("Regression");
    }
    return {};
}

QString EngineText::stopReasonText(StopReason reason)
{
    switch (reason) {
    case StopReason::None:
        return {};
    case StopReason::EpochLimit:
        return tr("Training stopped: the epoch limit was reached.");
    case StopReason::EarlyStopping:
        return tr("Training stopped early: the validation loss stopped improving.");
    case StopReason::Diverged:
        return tr("Training stopped: it diverged.");
    case StopReason::Requested:
        return tr("Training paused.");
    case StopReason::NoTrainingData:
        return tr("Nothing to train on: the training set has no points.");
    }
    return {};
}

QString EngineText::divergenceExplanation(Divergence divergence)
{
    switch (divergence) {
    case Divergence::None:
        return {};
    case Divergence::NonFinite:
        return tr("Training stopped: the numbers became infinite (NaN). The learning rate is probably "
                  "too high for this network; the weights were restored to the last good epoch. "
                  "Try a smaller learning rate.");
    case Divergence::ExplodingLoss:
        return tr("Training stopped: the loss exploded (it grew past a million). The learning rate is "
                  "probably too high for this network: every step jumps past the minimum and lands "
                  "higher than before. Try a smaller learning rate.");
    case Divergence::ExplodingWeights:
        return tr("Training stopped: the weights exploded (one grew past a million). The learning rate "
                  "is probably too high for this network: every step overshoots further. Try a smaller "
                  "learning rate.");
    }
    return {};
}

QString EngineText::lossCompatibilityText(LossCompatibility compatibility)
{
    switch (compatibility) {
    case LossCompatibility::Compatible:
        return {};
    case LossCompatibility::NeedsSoftmaxOutput:
        return tr("Softmax cross-entropy needs a softmax output layer, which only data sets with "
                  "three or more classes have.");
    case LossCompatibility::NeedsOutputInUnitRange:
        return tr("Binary cross-entropy needs outputs between 0 and 1: choose the Sigmoid output "
                  "(labels 0/1) first.");
    case LossCompatibility::SoftmaxNeedsTwoOutputs:
        return tr("A softmax output layer needs at least two output neurons.");
    }
    return {};
}

QString EngineText::workerErrorText(WorkerError error)
{
    switch (error) {
    case WorkerError::None:
        return {};
    case WorkerError::InvalidSpec:
        return tr("These settings cannot be trained (for example the loss does not suit the output "
                  "layer), so the previous run was kept. Undo the last change or choose other settings.");
    case WorkerError::InvalidSettings:
        return tr("These hyperparameters were refused, so training goes on with the previous ones. "
                  "Undo the last change or choose other values.");
    case WorkerError::InvalidEdit:
        return tr("This change to the network could not be made; the network is unchanged.");
    case WorkerError::NoTrainingData:
        return tr("Nothing to train on yet: the training set has no points. Draw some points of both "
                  "classes in the plot first.");
    }
    return {};
}
