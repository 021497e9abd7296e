#include "stoppingsettings.h"

#include "enginetext.h"
#include "learningratebox.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace engine;

namespace {
/// TensorFlow Playground's regularization rates.
const QList<double> kRegularizationRates{0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
constexpr double kMaxDropout = 0.9; ///< beyond it almost no neuron is left to learn
constexpr int kMaxEpochLimit = 1000000;
constexpr int kMaxPatience = 10000;

/// Selects a number in a fixed list, first adding it in order when a lesson uses another one.
void selectNumber(QComboBox *box, double value)
{
    int index = box->findData(value);
    if (index < 0) {
        index = 0;
        while (index < box->count() && box->itemData(index).toDouble() < value)
            ++index;
        box->insertItem(index, LearningRateBox::format(value), value);
    }
    box->setCurrentIndex(index);
}
} // namespace

StoppingSettings::StoppingSettings(Workspace *workspace, QFormLayout *form, QWidget *owner)
    : SettingsGroup(workspace, form, owner)
{
    m_regularization = makeCombo();
    for (Regularization kind : {Regularization::None, Regularization::L1, Regularization::L2})
        addChoice(m_regularization, kind);
    addRow("regularization", m_regularization);

    m_regularizationRate = makeCombo();
    for (double rate : kRegularizationRates)
        m_regularizationRate->addItem(LearningRateBox::format(rate), rate);
    addRow("regularizationRate", m_regularizationRate);

    m_dropout = new QDoubleSpinBox(owner);
    m_dropout->setRange(0.0, kMaxDropout);
    m_dropout->setSingleStep(0.05);
    m_dropout->setDecimals(2);
    addRow("dropout", m_dropout);

    m_reshuffle = new QCheckBox(owner);
    addButtonRow("reshuffle", m_reshuffle);

    m_epochLimit = new QSpinBox(owner);
    m_epochLimit->setRange(0, kMaxEpochLimit);
    m_epochLimit->setSingleStep(10);
    addRow("epochLimit", m_epochLimit);

    m_patience = new QSpinBox(owner);
    m_patience->setRange(0, kMaxPatience);
    addRow("patience", m_patience);

    m_restoreBest = new QCheckBox(owner);
    addButtonRow("restoreBest", m_restoreBest);

    for (QAbstractSpinBox *spin : std::initializer_list<QAbstractSpinBox *>{m_dropout, m_epochLimit, m_patience})
        spin->setKeyboardTracking(false);
    connectControls();
}

void StoppingSettings::connectControls()
{
    connect(m_regularization, &QComboBox::activated, this, [this] {
        changeField([](WorkspaceSpec &s) -> Regularization & { return s.training.regularization; },
                    choice<Regularization>(m_regularization), [] { return tr("Change the regularization"); });
    });
    connect(m_regularizationRate, &QComboBox::activated, this, [this] {
        changeField([](WorkspaceSpec &s) -> double & { return s.training.regularizationRate; },
                    m_regularizationRate->currentData().toDouble(),
                    [] { return tr("Change the regularization rate"); });
    });
    connect(m_dropout, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        changeField([](WorkspaceSpec &s) -> double & { return s.training.dropout; }, value,
                    [] { return tr("Change the dropout"); });
    });
    connect(m_reshuffle, &QCheckBox::clicked, this, [this](bool checked) {
        changeField([](WorkspaceSpec &s) -> bool & { return s.training.reshuffle; }, checked,
                    [] { return tr("Change the reshuffling"); });
    });
    connect(m_epochLimit, &QSpinBox::valueChanged, this, [this](int value) {
        changeField([](WorkspaceSpec &s) -> int & { return s.epochLimit; }, value,
                    [] { return tr("Change the epoch limit"); });
    });
    connect(m_patience, &QSpinBox::valueChanged, this, [this](int value) {
        changeField([](WorkspaceSpec &s) -> int & { return s.training.patience; }, value,
                    [] { return tr("Change early stopping"); });
    });
    connect(m_restoreBest, &QCheckBox::clicked, this, [this](bool checked) {
        changeField([](WorkspaceSpec &s) -> bool & { return s.training.restoreBest; }, checked,
                    [] { return tr("Change early stopping"); });
    });
}

void StoppingSettings::retranslate()
{
    setLabel("regularization", tr("Regularization"));
    setLabel("regularizationRate", tr("Regularization rate"));
    setLabel("dropout", tr("Dropout"));
    setLabel("epochLimit", tr("Epoch limit"));
    setLabel("patience", tr("Early stopping"));
    m_reshuffle->setText(tr("Reshuffle every epoch"));
    m_restoreBest->setText(tr("Restore the best weights"));
    m_dropout->setSpecialValueText(tr("Off"));
    m_epochLimit->setSpecialValueText(tr("No limit"));
    m_patience->setSpecialValueText(tr("Off"));
    m_patience->setSuffix(tr(" epochs"));
    nameChoices<Regularization>(m_regularization, &EngineText::regularizationName);

    m_locks.setToolTip(m_regularization, tr("A penalty on large weights that keeps the network simpler: L1 "
                                            "pushes weights to exactly 0, L2 (weight decay) shrinks them all."));
    m_locks.setToolTip(m_regularizationRate, tr("How strong the penalty is (choose L1 or L2 first)."));
    m_locks.setToolTip(m_dropout, tr("While training, every hidden neuron is switched off with this probability "
                                     "at each update, so the network cannot rely on single neurons."));
    m_locks.setToolTip(m_reshuffle, tr("Put the training samples in a new random order at the start of every "
                                       "epoch, like DataLoader(shuffle=True)."));
    m_locks.setToolTip(m_epochLimit, tr("Training pauses by itself after this many epochs."));
    m_locks.setToolTip(m_patience, tr("Stop when the validation loss has not reached a new minimum for this "
                                      "many epochs."));
    m_locks.setToolTip(m_restoreBest, tr("When early stopping ends training, go back to the weights of the "
                                         "epoch with the lowest validation loss (needs early stopping)."));
    showSpec(spec());
}

void StoppingSettings::showSpec(const WorkspaceSpec &spec)
{
    const QSignalBlocker regularization(m_regularization), rate(m_regularizationRate), dropout(m_dropout),
        reshuffle(m_reshuffle), limit(m_epochLimit), patience(m_patience), restore(m_restoreBest);
    selectChoice(m_regularization, spec.training.regularization);
    selectNumber(m_regularizationRate, spec.training.regularizationRate);
    m_dropout->setValue(spec.training.dropout);
    m_reshuffle->setChecked(spec.training.reshuffle);
    m_epochLimit->setValue(spec.epochLimit);
    m_patience->setValue(spec.training.patience);
    m_restoreBest->setChecked(spec.training.restoreBest);
    m_locks.setApplicable(m_regularizationRate, spec.training.regularization != Regularization::None);
    m_locks.setApplicable(m_restoreBest, spec.training.patience > 0);
    m_locks.apply();
}
