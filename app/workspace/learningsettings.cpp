#include "learningsettings.h"

#include "enginetext.h"
#include "learningratebox.h"
#include "workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardItemModel>

using namespace engine;

namespace {
/// Only "does a softmax layer have two outputs?" depends on the count in checkLossCompatibility,
/// and a multi-class set has at least three classes.
int outputCount(const WorkspaceSpec &spec)
{
    return spec.task() == Task::MultiClass ? 3 : 1;
}

LossCompatibility lossFit(LossKind loss, const WorkspaceSpec &spec)
{
    return checkLossCompatibility(loss, spec.outputActivation(), outputCount(spec));
}
} // namespace

LearningSettings::LearningSettings(Workspace *workspace, QFormLayout *form, QWidget *owner)
    : SettingsGroup(workspace, form, owner)
{
    m_learningRate = new LearningRateBox(owner);
    addRow("learningRate", m_learningRate);
    // Notes appear right under the learning rate, where refused entries are typed.
    m_message = new QLabel(owner);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    form->addRow(m_message);
    form->setRowVisible(m_message, false);

    m_optimizer = makeCombo();
    for (OptimizerKind kind : {OptimizerKind::SGD, OptimizerKind::Momentum, OptimizerKind::Adam})
        addChoice(m_optimizer, kind);
    addRow("optimizer", m_optimizer);
    // Read-only (lessons keep the usual 0.9); the row shows only while momentum is chosen.
    m_momentumLabel = new QLabel(owner);
    m_momentum = new QLabel(owner);
    m_momentum->setObjectName(QStringLiteral("momentum"));
    form->addRow(m_momentumLabel, m_momentum);

    m_loss = makeCombo();
    for (LossKind loss : {LossKind::MeanSquared, LossKind::HalfSquared, LossKind::BinaryCrossEntropy,
                          LossKind::SoftmaxCrossEntropy})
        addChoice(m_loss, loss);
    addRow("loss", m_loss);

    m_output = makeCombo();
    addRow("outputActivation", m_output);

    m_initializer = makeCombo();
    for (Initializer init : {Initializer::PlaygroundUniform, Initializer::Xavier, Initializer::He, Initializer::Zeros})
        addChoice(m_initializer, init);
    addRow("initializer", m_initializer);

    connectControls();
}

void LearningSettings::connectControls()
{
    // A note is about the last edit here; any change of the spec makes it stale (a note this
    // group shows after its own change is set after the change).
    connect(m_workspace, &Workspace::specChanged, this, [this] { showMessage({}); });
    connect(m_learningRate, &LearningRateBox::rateChosen, this, [this](double rate) {
        changeField([](WorkspaceSpec &s) -> double & { return s.training.optimizer.learningRate; }, rate,
                    [rate] { return tr("Set the learning rate to %1").arg(LearningRateBox::format(rate)); });
    });
    connect(m_learningRate, &LearningRateBox::entryRefused, this, [this](const QString &text) {
        showMessage([text] {
            double ignored = 0.0;
            QString error;
            LearningRateBox::parse(text, &ignored, &error);
            return error;
        });
    });
    connect(m_optimizer, &QComboBox::activated, this, [this] {
        changeField([](WorkspaceSpec &s) -> OptimizerKind & { return s.training.optimizer.kind; },
                    choice<OptimizerKind>(m_optimizer), [] { return tr("Change the optimizer"); });
    });
    connect(m_loss, &QComboBox::activated, this, [this] {
        changeField([](WorkspaceSpec &s) -> LossKind & { return s.training.loss; }, choice<LossKind>(m_loss),
                    [] { return tr("Change the loss function"); });
    });
    connect(m_output, &QComboBox::activated, this, [this] { chooseOutput(choice<Activation>(m_output)); });
    connect(m_initializer, &QComboBox::activated, this, [this] {
        changeField([](WorkspaceSpec &s) -> Initializer & { return s.network.initializer; },
                    choice<Initializer>(m_initializer), [] { return tr("Change the initial weights"); });
    });
}

void LearningSettings::chooseOutput(Activation output)
{
    WorkspaceSpec changed = spec();
    if (changed.network.output == output)
        return;
    changed.network.output = output;
    const LossCompatibility fit = lossFit(changed.training.loss, changed);
    if (fit != LossCompatibility::Compatible)
        changed.training.loss = LossKind::MeanSquared;
    commit(changed, [] { return tr("Change the output layer"); });
    if (fit != LossCompatibility::Compatible)
        showMessage([fit] {
            return tr("The loss was set to %1. %2")
                .arg(EngineText::lossName(LossKind::MeanSquared), EngineText::lossCompatibilityText(fit));
        });
}

void LearningSettings::retranslate()
{
    setLabel("learningRate", tr("Learning rate"));
    setLabel("optimizer", tr("Optimizer"));
    setLabel("loss", tr("Loss"));
    setLabel("outputActivation", tr("Output layer"));
    setLabel("initializer", tr("Initial weights"));
    nameChoices<OptimizerKind>(m_optimizer, &EngineText::optimizerName);
    nameChoices<LossKind>(m_loss, &EngineText::lossName);
    nameChoices<Initializer>(m_initializer, &EngineText::initializerName);
    for (int i = 0; i < m_optimizer->count(); ++i)
        m_optimizer->setItemData(
            i, EngineText::optimizerDescription(static_cast<OptimizerKind>(m_optimizer->itemData(i).toInt())),
            Qt::ToolTipRole);
    for (int i = 0; i < m_initializer->count(); ++i)
        m_initializer->setItemData(
            i, EngineText::initializerDescription(static_cast<Initializer>(m_initializer->itemData(i).toInt())),
            Qt::ToolTipRole);
    m_locks.setToolTip(m_learningRate,
                       tr("How big a step each update takes: new w = old w − learning rate × gradient. Pick one "
                          "of TensorFlow Playground's values or type your own (more than 0, at most 100)."));
    m_locks.setToolTip(m_optimizer, tr("The rule that turns the gradient into a weight update."));
    m_locks.setToolTip(m_loss, tr("How wrong the network is; training makes this number small. Choices that "
                                  "do not suit the output layer are greyed out: point at one to see why. "
                                  "Changing it starts a new run."));
    m_locks.setToolTip(m_initializer, tr("How the starting weights are drawn. Changing them starts a new run."));
    m_momentumLabel->setText(tr("Momentum"));
    m_momentum->setToolTip(EngineText::optimizerDescription(OptimizerKind::Momentum));
    m_momentumLabel->setToolTip(m_momentum->toolTip());
    if (m_messageText)
        showMessage(m_messageText);
    showSpec(spec()); // output items, loss tooltips and the momentum note are built from the spec
}

void LearningSettings::showSpec(const WorkspaceSpec &spec)
{
    const QSignalBlocker rate(m_learningRate), optimizer(m_optimizer), loss(m_loss), init(m_initializer);
    m_learningRate->setValue(spec.training.optimizer.learningRate);
    selectChoice(m_optimizer, spec.training.optimizer.kind);
    selectChoice(m_loss, spec.training.loss);
    selectChoice(m_initializer, spec.network.initializer);
    fillOutputItems(spec);
    updateLossItems(spec);
    m_momentum->setText(QLocale().toString(spec.training.optimizer.momentum));
    form()->setRowVisible(m_momentum, spec.training.optimizer.kind == OptimizerKind::Momentum);
    m_locks.setApplicable(m_output, spec.task() != Task::MultiClass);
    m_locks.apply();
}

/// The output choices depend on the task: Tanh (-1/+1) or Sigmoid (0/1) for two classes, Tanh or
/// Linear for regression, and only softmax for several classes.
void LearningSettings::fillOutputItems(const WorkspaceSpec &spec)
{
    const QSignalBlocker blocker(m_output);
    m_output->clear();
    switch (spec.task()) {
    case Task::Binary:
        m_output->addItem(tr("Tanh, labels −1/+1 (Playground)"), static_cast<int>(Activation::Tanh));
        m_output->addItem(tr("Sigmoid, labels 0/1 (PyTorch)"), static_cast<int>(Activation::Sigmoid));
        m_locks.setToolTip(m_output, tr("The output neuron's activation: Tanh with labels −1/+1 as in TensorFlow "
                                        "Playground, or Sigmoid with labels 0/1 as in the PyTorch code. Changing "
                                        "it starts a new run."));
        break;
    case Task::Regression:
        m_output->addItem(EngineText::activationName(Activation::Tanh), static_cast<int>(Activation::Tanh));
        m_output->addItem(EngineText::activationName(Activation::Linear), static_cast<int>(Activation::Linear));
        m_locks.setToolTip(m_output, tr("The output neuron's activation: Tanh gives values between −1 and 1, "
                                        "Linear any value. Changing it starts a new run."));
        break;
    case Task::MultiClass:
        m_output->addItem(tr("Softmax, one-hot labels"), static_cast<int>(Activation::Softmax));
        m_locks.setToolTip(m_output, tr("Data with three or more classes always has a softmax output layer "
                                        "with one neuron per class."));
        break;
    }
    selectChoice(m_output, spec.outputActivation());
}

void LearningSettings::updateLossItems(const WorkspaceSpec &spec)
{
    auto *model = qobject_cast<QStandardItemModel *>(m_loss->model());
    for (int i = 0; i < m_loss->count(); ++i) {
        const auto loss = static_cast<LossKind>(m_loss->itemData(i).toInt());
        const LossCompatibility fit = lossFit(loss, spec);
        const bool usable = fit == LossCompatibility::Compatible;
        model->item(i)->setEnabled(usable);
        model->item(i)->setToolTip(usable ? EngineText::lossDescription(loss) : EngineText::lossCompatibilityText(fit));
    }
}

QString LearningSettings::message() const
{
    return m_messageText ? m_message->text() : QString();
}

void LearningSettings::showMessage(std::function<QString()> text)
{
    m_messageText = std::move(text);
    m_message->setText(m_messageText ? QStringLiteral("⚠ ") + m_messageText() : QString());
    form()->setRowVisible(m_message, static_cast<bool>(m_messageText));
}
