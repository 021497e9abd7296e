#include "sweepdialog.h"

#include "sweepheatgrid.h"
#include "sweeprunner.h"
#include "sweeptable.h"
#include "sweepvalues.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

SweepDialog::SweepDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_runner(new SweepRunner(this))
{
    setObjectName(QStringLiteral("sweepDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *axes = new QGridLayout;
    for (int i = 0; i < SweepGrid::kMaxAxes; ++i) {
        m_axisLabels[i] = new QLabel;
        m_keys[i] = new QComboBox;
        m_keys[i]->setObjectName(QStringLiteral("sweepAxis%1").arg(i));
        m_values[i] = new QLineEdit;
        m_values[i]->setObjectName(QStringLiteral("sweepValues%1").arg(i));
        m_axisLabels[i]->setBuddy(m_keys[i]);
        axes->addWidget(m_axisLabels[i], i, 0);
        axes->addWidget(m_keys[i], i, 1);
        axes->addWidget(m_values[i], i, 2);
        connect(m_keys[i], &QComboBox::currentIndexChanged, this, [this, i] {
            m_values[i]->setPlaceholderText(SweepValues::example(m_keys[i]->currentData().toString()));
            updateState();
        });
    }
    axes->setColumnStretch(2, 1);
    layout->addLayout(axes);

    auto *run = new QHBoxLayout;
    m_epochsLabel = new QLabel;
    m_epochs = new QSpinBox;
    m_epochs->setObjectName(QStringLiteral("sweepEpochs"));
    m_epochs->setRange(1, SweepGrid::kMaxEpochs);
    m_epochs->setValue(workspace->spec().epochLimit > 0 ? std::min(workspace->spec().epochLimit, SweepGrid::kMaxEpochs) : 200);
    m_epochsLabel->setBuddy(m_epochs);
    m_start = new QPushButton;
    m_start->setObjectName(QStringLiteral("sweepStart"));
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("sweepCancel"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("sweepProgress"));
    m_progress->setValue(0);
    run->addWidget(m_epochsLabel);
    run->addWidget(m_epochs);
    run->addWidget(m_start);
    run->addWidget(m_cancel);
    run->addWidget(m_progress, 1);
    layout->addLayout(run);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("sweepMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *results = new QHBoxLayout;
    m_heat = new SweepHeatGrid;
    // The table's seven columns get the room they need; the grid takes about a third.
    m_heat->setMaximumWidth(m_heat->fontMetrics().horizontalAdvance(QStringLiteral("0.000")) * 9);
    m_table = new SweepTable;
    results->addWidget(m_heat, 1);
    results->addWidget(m_table, 2);
    layout->addLayout(results, 1);

    auto *chosen = new QHBoxLayout;
    m_evaluate = new QPushButton;
    m_evaluate->setObjectName(QStringLiteral("sweepEvaluateTest"));
    m_open = new QPushButton;
    m_open->setObjectName(QStringLiteral("sweepOpenInWorkspace"));
    chosen->addWidget(m_open);
    chosen->addWidget(m_evaluate);
    chosen->addStretch();
    layout->addLayout(chosen);
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("sweepTestResult"));
    m_testResult->setWordWrap(true);
    layout->addWidget(m_testResult);

    connect(m_start, &QPushButton::clicked, this, &SweepDialog::startSweep);
    connect(m_cancel, &QPushButton::clicked, this, &SweepDialog::cancelSweep);
    connect(m_evaluate, &QPushButton::clicked, this, &SweepDialog::requestTestEvaluation);
    connect(m_open, &QPushButton::clicked, this, &SweepDialog::openChosenInWorkspace);
    connect(m_runner, &SweepRunner::cellFinished, this, &SweepDialog::onCellFinished);
    connect(m_runner, &SweepRunner::finished, this, &SweepDialog::onFinished);
    connect(m_table, &SweepTable::cellSelected, this, &SweepDialog::chooseCell);
    connect(m_heat, &SweepHeatGrid::cellClicked, this, &SweepDialog::chooseCell);

    retranslateUi();
    setAxis(0, QStringLiteral("training.lr"), QStringLiteral("0.3, 0.03, 0.003"));
    setAxis(1, QStringLiteral("network.hidden"), QStringLiteral("2; 4, 2; 8, 8, 8"));
    setAxis(2, QString(), QString());
    m_heat->hide();
    updateState();
}

void SweepDialog::setAxis(int index, const QString &key, const QString &values)
{
    m_keys[index]->setCurrentIndex(std::max(0, m_keys[index]->findData(key)));
    m_values[index]->setText(values);
}

void SweepDialog::setEpochs(int epochs)
{
    m_epochs->setValue(epochs);
}

std::optional<SweepGrid> SweepDialog::grid()
{
    QList<SweepAxis> axes;
    int cells = 1;
    for (int i = 0; i < SweepGrid::kMaxAxes; ++i) {
        const QString key = m_keys[i]->currentData().toString();
        if (key.isEmpty())
            continue;
        for (const SweepAxis &axis : axes) {
            if (axis.key == key) {
                m_message->setText(tr("%1 is chosen twice.").arg(SweepValues::axisName(key)));
                return std::nullopt;
            }
        }
        QString error;
        const std::optional<QList<QJsonValue>> values = SweepValues::parse(key, m_values[i]->text(), &error);
        if (!values) {
            m_message->setText(error);
            return std::nullopt;
        }
        axes.append({key, *values});
        cells *= static_cast<int>(values->size());
    }
    if (axes.isEmpty()) {
        m_message->setText(tr("Choose at least one hyperparameter to vary."));
        return std::nullopt;
    }
    if (cells > SweepValues::kMaxCells) {
        m_message->setText(tr("That is %1 settings to train; a sweep may have at most %2. Use fewer values.")
                               .arg(cells).arg(SweepValues::kMaxCells));
        return std::nullopt;
    }
    const WorkspaceSpec &spec = m_workspace->spec();
    if (spec.split.validation == 0) {
        m_message->setText(tr("The sweep compares the settings on the validation set, but it is empty. "
                              "Give the validation set a share in the Data tab first."));
        return std::nullopt;
    }
    PresetState base = PresetState::defaults();
    base.spec = spec;
    return SweepGrid(base, axes, m_epochs->value());
}

bool SweepDialog::startSweep()
{
    if (m_runner->isRunning())
        return false;
    const std::optional<SweepGrid> sweep = grid();
    if (!sweep || !m_runner->start(*sweep))
        return false;
    m_chosen = -1;
    m_testedCell = -1;
    m_cancelled = false;
    m_message->clear();
    m_testResult->clear();
    m_progress->setRange(0, sweep->cellCount());
    m_progress->setValue(0);
    m_table->setRunner(m_runner);
    m_heat->setRunner(m_runner);
    m_heat->setVisible(sweep->axes().size() == 2);
    updateState();
    return true;
}

void SweepDialog::cancelSweep()
{
    m_runner->cancel();
    updateState();
}

void SweepDialog::onCellFinished()
{
    m_progress->setValue(m_runner->finishedCount());
    m_table->refresh();
    m_heat->update();
}

void SweepDialog::onFinished(bool cancelled)
{
    m_cancelled = cancelled;
    m_table->refresh();
    if (m_chosen < 0)
        chooseCell(m_runner->bestCell());
    m_message->setText(cancelled ? tr("Sweep cancelled: %1 of %2 settings finished.").arg(m_runner->finishedCount()).arg(m_runner->cellCount())
                                 : tr("Sweep finished. ★ marks the lowest validation loss."));
    updateState();
}

void SweepDialog::chooseCell(int cell)
{
    m_chosen = cell;
    if (m_table->selectedCell() != cell)
        m_table->selectCell(cell);
    m_heat->setSelectedCell(cell);
    updateState();
}

QString SweepDialog::cellName(int cell) const
{
    const SweepGrid &g = m_runner->grid();
    const QList<int> at = g.coordinates(cell);
    QStringList parts;
    for (int a = 0; a < g.axes().size(); ++a)
        parts.append(QStringLiteral("%1 %2").arg(SweepValues::axisName(g.axes()[a].key),
                                                 SweepValues::valueLabel(g.axes()[a].key, g.axes()[a].values[at[a]])));
    return parts.join(QStringLiteral(", "));
}

void SweepDialog::requestTestEvaluation()
{
    if (m_chosen < 0 || !m_runner->result(m_chosen))
        return;
    if (m_testedCell >= 0) {
        evaluateChosenOnTest(); // says it was already used
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Evaluate on test set"),
                                tr("Measure %1 on the test set?\n\nThe test set is meant to be used once, at the end, "
                                   "after you have chosen with the validation set. The app records this, and this "
                                   "sweep cannot use the test set again.").arg(cellName(m_chosen)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("sweepTestConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            evaluateChosenOnTest();
    });
    box->open();
}

void SweepDialog::evaluateChosenOnTest()
{
    if (m_chosen < 0 || !m_runner->result(m_chosen))
        return;
    if (m_testedCell < 0) {
        m_testedCell = m_chosen;
        m_runner->evaluateTest(m_chosen);
        m_table->refresh();
    } else {
        m_message->setText(tr("The test set was already evaluated in this sweep, for %1. It is meant to be used once: "
                              "choosing again by its score would make that score too optimistic.").arg(cellName(m_testedCell)));
    }
    showTestResult();
    updateState();
}

void SweepDialog::showTestResult()
{
    if (m_testedCell < 0 || !m_runner->result(m_testedCell)) {
        m_testResult->clear();
        return;
    }
    const MetricsSnapshot &m = m_runner->result(m_testedCell)->metrics;
    auto number = [&m](const char *name) {
        const std::optional<double> v = m.value(QString::fromLatin1(name));
        return v ? QString::number(*v, 'f', 3) : QStringLiteral("—");
    };
    m_testResult->setText(tr("Test set (used once, for %1): loss %2, accuracy %3. Validation: loss %4, accuracy %5.")
                              .arg(cellName(m_testedCell), number("test.loss"), number("test.acc"), number("val.loss"),
                                   number("val.acc")));
}

void SweepDialog::openChosenInWorkspace()
{
    if (m_chosen < 0 || m_runner->isRunning())
        return;
    m_workspace->loadPreset(m_runner->grid().cellState(m_chosen).spec);
    m_message->setText(tr("%1 is now in the workspace. Press Train: it stops after %2 epochs with the numbers of this table.")
                           .arg(cellName(m_chosen))
                           .arg(m_runner->grid().cellEpochs(m_chosen)));
}

void SweepDialog::updateState()
{
    const bool running = m_runner->isRunning();
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (int i = 0; i < SweepGrid::kMaxAxes; ++i) {
        m_keys[i]->setEnabled(!running);
        m_values[i]->setEnabled(!running && !m_keys[i]->currentData().toString().isEmpty());
    }
    m_epochs->setEnabled(!running);
    const bool hasChoice = !running && m_chosen >= 0 && m_runner->result(m_chosen) && !m_runner->result(m_chosen)->failed;
    m_evaluate->setEnabled(hasChoice);
    m_open->setEnabled(hasChoice);
}

void SweepDialog::retranslateUi()
{
    setWindowTitle(tr("Hyperparameter sweep"));
    m_intro->setText(tr("Vary up to three hyperparameters. Every combination is trained from the workspace's current "
                        "setup with the same seeds, and compared on the validation set. The test set stays locked."));
    for (int i = 0; i < SweepGrid::kMaxAxes; ++i) {
        m_axisLabels[i]->setText(tr("Hyperparameter &%1:").arg(i + 1));
        const QString key = m_keys[i]->currentData().toString();
        const QSignalBlocker blocker(m_keys[i]);
        m_keys[i]->clear();
        m_keys[i]->addItem(tr("(none)"), QString());
        for (const QString &axis : SweepGrid::axisKeys())
            m_keys[i]->addItem(SweepValues::axisName(axis), axis);
        m_keys[i]->setCurrentIndex(std::max(0, m_keys[i]->findData(key)));
        m_values[i]->setPlaceholderText(SweepValues::example(key));
        m_values[i]->setAccessibleName(tr("Values of hyperparameter %1").arg(i + 1));
    }
    m_epochsLabel->setText(tr("&Epochs:"));
    m_start->setText(tr("Start sweep"));
    m_cancel->setText(tr("Cancel"));
    m_progress->setFormat(tr("%v of %m settings"));
    m_evaluate->setText(tr("Evaluate on test set"));
    m_evaluate->setToolTip(tr("Measure the chosen setting on the test set: once, at the end"));
    m_open->setText(tr("Open in workspace"));
    m_open->setToolTip(tr("Load the chosen setting into the workspace, with the same seeds"));
    showTestResult();
}

void SweepDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SweepDialog::closeEvent(QCloseEvent *event)
{
    m_runner->cancel(); // nothing keeps training behind a closed window
    QDialog::closeEvent(event);
}
