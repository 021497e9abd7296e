#include "outputcalculatorstage.h"

#include "calculatorbars.h"
#include "controllocks.h"
#include "stageformat.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kSliderScale = 100; ///< slider units per logit unit: 0.01 steps
enum Row { HeaderRow, BarsRow, LabelRow, LogitRow, OutputRow, ErrorRow };
constexpr int kTotalsColumn = OutputCalculator::kClasses + 1;

QLabel *centredLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

OutputCalculatorStage::OutputCalculatorStage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("outputCalculatorStage"));
    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("calc.caption"));
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);

    auto *grid = m_grid = new QGridLayout;
    grid->setHorizontalSpacing(line);
    grid->setVerticalSpacing(line / 2);
    m_bars = new CalculatorBars(m_calculator, this);
    m_bars->setObjectName(QStringLiteral("calc.bars"));
    m_bars->installEventFilter(this);
    grid->addWidget(m_bars, BarsRow, 0, 1, kTotalsColumn + 1);
    grid->setRowStretch(BarsRow, 1);

    m_labelTitle = new QLabel(this);
    m_logitTitle = new QLabel(this);
    m_outputTitle = new QLabel(this);
    m_errorTitle = new QLabel(this);
    grid->addWidget(m_labelTitle, LabelRow, 0);
    grid->addWidget(m_logitTitle, LogitRow, 0);
    grid->addWidget(m_outputTitle, OutputRow, 0);
    grid->addWidget(m_errorTitle, ErrorRow, 0);
    m_logitRow << m_logitTitle;

    QFont bold = font();
    bold.setBold(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_labelGroup = new QButtonGroup(this);
    for (int i = 0; i < OutputCalculator::kClasses; ++i) {
        const int column = i + 1;
        const QString n = QString::number(i);
        m_headers[i] = centredLabel(this, QStringLiteral("calc.class") + n);
        m_headers[i]->setFont(big);
        m_headers[i]->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_headers[i]->installEventFilter(this);
        grid->addWidget(m_headers[i], HeaderRow, column);
        grid->setColumnStretch(column, 1);

        m_labelButtons[i] = new QRadioButton(this);
        m_labelButtons[i]->setObjectName(QStringLiteral("calc.label") + n);
        m_labelGroup->addButton(m_labelButtons[i], i);
        grid->addWidget(m_labelButtons[i], LabelRow, column, Qt::AlignHCenter);

        auto *logitCell = new QWidget(this);
        auto *logitLayout = new QHBoxLayout(logitCell);
        logitLayout->setContentsMargins(0, 0, 0, 0);
        m_logitSliders[i] = new QSlider(Qt::Horizontal, logitCell);
        m_logitSliders[i]->setObjectName(QStringLiteral("calc.logit") + n);
        m_logitSliders[i]->setRange(int(-kLogitLimit * kSliderScale), int(kLogitLimit * kSliderScale));
        m_logitSliders[i]->setSingleStep(5);
        m_logitSliders[i]->setPageStep(50);
        m_logitBoxes[i] = new QDoubleSpinBox(logitCell);
        m_logitBoxes[i]->setObjectName(QStringLiteral("calc.logitValue") + n);
        m_logitBoxes[i]->setRange(-kLogitLimit, kLogitLimit);
        m_logitBoxes[i]->setDecimals(2);
        m_logitBoxes[i]->setSingleStep(0.05);
        m_logitBoxes[i]->setKeyboardTracking(false);
        logitLayout->addWidget(m_logitSliders[i], 1);
        logitLayout->addWidget(m_logitBoxes[i]);
        grid->addWidget(logitCell, LogitRow, column);
        m_logitRow << logitCell;

        m_outputs[i] = centredLabel(this, QStringLiteral("calc.output") + n);
        m_outputs[i]->setFont(big);
        grid->addWidget(m_outputs[i], OutputRow, column);
        m_errors[i] = centredLabel(this, QStringLiteral("calc.error") + n);
        m_errors[i]->setFont(big);
        grid->addWidget(m_errors[i], ErrorRow, column);

        connect(m_logitSliders[i], &QSlider::valueChanged, this,
                [this, i](int value) { setLogitFromControl(i, double(value) / kSliderScale); });
        connect(m_logitBoxes[i], &QDoubleSpinBox::valueChanged, this,
                [this, i](double value) { setLogitFromControl(i, value); });
    }
    connect(m_labelGroup, &QButtonGroup::idClicked, this, &OutputCalculatorStage::setLabel);

    m_targetVector = centredLabel(this, QStringLiteral("calc.target"));
    m_sum = centredLabel(this, QStringLiteral("calc.sum"));
    m_sse = centredLabel(this, QStringLiteral("calc.sse"));
    QFont bigBold = big;
    bigBold.setBold(true);
    m_sse->setFont(bigBold);
    grid->addWidget(m_targetVector, LabelRow, kTotalsColumn);
    grid->addWidget(m_sum, OutputRow, kTotalsColumn);
    grid->addWidget(m_sse, ErrorRow, kTotalsColumn);
    layout->addLayout(grid, 1);

    m_prediction = new QLabel(this);
    m_prediction->setObjectName(QStringLiteral("calc.prediction"));
    m_prediction->setFont(bigBold);
    m_prediction->setWordWrap(true);
    layout->addSpacing(line / 2);
    layout->addWidget(m_prediction);

    m_calculator.setOutputs({0.37, 0.5, 0.13});
    retranslateUi();
}

QString OutputCalculatorStage::className(int index)
{
    switch (index) {
    case 0:
        return tr("Cat");
    case 1:
        return tr("Dog");
    default:
        return tr("Other");
    }
}

void OutputCalculatorStage::setOutputs(const OutputCalculator::Vector &outputs)
{
    m_calculator.setOutputs(outputs);
    updateValues();
    emit changed();
}

void OutputCalculatorStage::setLogits(const OutputCalculator::Vector &logits)
{
    Vector clamped = logits;
    for (double &z : clamped)
        z = std::clamp(z, -kLogitLimit, kLogitLimit);
    m_calculator.setLogits(clamped);
    updateValues();
    emit changed();
}

void OutputCalculatorStage::setLabel(int label)
{
    if (label < 0 || label >= OutputCalculator::kClasses)
        return;
    m_calculator.setLabel(label);
    updateValues();
    emit changed();
}

void OutputCalculatorStage::setLogitFromControl(int index, double value)
{
    if (std::abs(m_calculator.logits()[static_cast<std::size_t>(index)] - value) < 1e-12 && m_calculator.usesLogits())
        return;
    m_calculator.setLogit(index, value);
    updateValues();
    emit changed();
}

void OutputCalculatorStage::setLogitLocked(int index, bool locked)
{
    if (index < 0 || index >= OutputCalculator::kClasses)
        return;
    m_logitLocked[static_cast<std::size_t>(index)] = locked;
    applyLocks();
}

void OutputCalculatorStage::setLabelLocked(bool locked)
{
    m_labelLocked = locked;
    applyLocks();
}

void OutputCalculatorStage::setErrorsShown(bool shown)
{
    m_errorsShown = shown;
    m_bars->setErrorsShown(shown);
    updateValues();
}

void OutputCalculatorStage::setPredictionShown(bool shown)
{
    m_predictionShown = shown;
    m_bars->setPredictionShown(shown);
    updateValues();
}

void OutputCalculatorStage::refresh()
{
    updateValues();
}

void OutputCalculatorStage::updateValues()
{
    const bool logits = m_calculator.usesLogits();
    const Vector target = m_calculator.target();
    const Vector outputs = m_calculator.outputs();
    const Vector errors = m_calculator.squaredErrors();
    QStringList oneHot;
    for (int i = 0; i < OutputCalculator::kClasses; ++i) {
        const auto k = static_cast<std::size_t>(i);
        {
            const QSignalBlocker blocker(m_labelButtons[i]);
            m_labelButtons[i]->setChecked(m_calculator.label() == i);
        }
        m_labelButtons[i]->setText(QString::number(target[k]));
        oneHot << QString::number(target[k]);
        {
            const QSignalBlocker sliderBlocker(m_logitSliders[i]);
            const QSignalBlocker boxBlocker(m_logitBoxes[i]);
            m_logitSliders[i]->setValue(qRound(m_calculator.logits()[k] * kSliderScale));
            m_logitBoxes[i]->setValue(m_calculator.logits()[k]);
        }
        m_outputs[i]->setText(stageformat::fixed(outputs[k], 3));
        m_errors[i]->setText(m_errorsShown ? stageformat::fixed(errors[k], 4) : QStringLiteral("?"));
    }
    for (QWidget *widget : m_logitRow)
        widget->setVisible(logits);
    m_targetVector->setText(QStringLiteral("t = [%1]").arg(oneHot.join(QStringLiteral(", "))));
    m_sum->setText(tr("sum = %1").arg(stageformat::fixed(outputs[0] + outputs[1] + outputs[2], 3)));
    m_sse->setText(tr("SSE = %1").arg(m_errorsShown ? stageformat::fixed(m_calculator.sse(), 4) : QStringLiteral("?")));
    m_outputTitle->setText(logits ? tr("softmax output o") : tr("output o"));
    m_caption->setText(logits ? tr("The outputs come from the scores z through softmax: o = eᶻ ÷ (the sum of all three eᶻ). "
                                   "They are always positive and add up to 1.")
                              : tr("The network's three outputs for one picture. The label t says what the picture "
                                   "really shows."));

    // A tie (equal scores) has no single answer; argmax() would silently pick the first class.
    const int best = m_calculator.argmax();
    int second = -1;
    for (int i = 0; i < OutputCalculator::kClasses; ++i)
        if (i != best && std::abs(outputs[static_cast<std::size_t>(i)] - outputs[static_cast<std::size_t>(best)]) < 1e-12)
            second = i;
    if (!m_predictionShown)
        m_prediction->setText(tr("Prediction (the largest output): ?"));
    else if (second >= 0)
        m_prediction->setText(tr("Prediction: a tie between %1 and %2").arg(className(best), className(second)));
    else if (best == m_calculator.label())
        m_prediction->setText(tr("Prediction (the largest output): %1 ✓ right").arg(className(best)));
    else
        m_prediction->setText(tr("Prediction (the largest output): %1 ✗ wrong, the label is %2")
                                  .arg(className(best), className(m_calculator.label())));
    m_bars->refresh();
}

void OutputCalculatorStage::applyLocks()
{
    const QString locked = ControlLocks::tr("Locked in this lesson step");
    for (int i = 0; i < OutputCalculator::kClasses; ++i) {
        const QString name = className(i);
        m_labelButtons[i]->setEnabled(!m_labelLocked);
        m_labelButtons[i]->setToolTip(m_labelLocked ? locked : tr("Click the class the picture really shows: its one-hot label gets the 1."));
        m_labelButtons[i]->setAccessibleName(tr("True label: %1").arg(name));
        const bool logitLocked = m_logitLocked[static_cast<std::size_t>(i)];
        const QString logitTip = tr("The network's score for %1 before softmax. A higher score gives %1 a larger probability.").arg(name);
        for (QWidget *control : {static_cast<QWidget *>(m_logitSliders[i]), static_cast<QWidget *>(m_logitBoxes[i])}) {
            control->setEnabled(!logitLocked);
            control->setToolTip(logitLocked ? locked : logitTip);
            control->setAccessibleName(tr("Score z for %1").arg(name));
        }
    }
}

void OutputCalculatorStage::retranslateUi()
{
    for (int i = 0; i < OutputCalculator::kClasses; ++i) {
        const QString name = className(i);
        m_headers[i]->setText(name);
        m_outputs[i]->setToolTip(tr("The probability the network gives to %1.").arg(name));
        m_outputs[i]->setAccessibleName(tr("Output for %1").arg(name));
        m_errors[i]->setToolTip(tr("(t − o)² for %1: the label minus the output, squared.").arg(name));
        m_errors[i]->setAccessibleName(tr("Squared error for %1").arg(name));
    }
    m_labelTitle->setText(tr("label t"));
    m_logitTitle->setText(tr("score z (logit)"));
    m_errorTitle->setText(tr("squared error (t − o)²"));
    m_targetVector->setToolTip(tr("The label as a one-hot vector: 1 for the true class, 0 for the others."));
    m_sum->setToolTip(tr("The three outputs added up."));
    m_sse->setToolTip(tr("The sum of the three squared errors (SSE): the loss for this picture."));
    m_sse->setAccessibleName(tr("Sum of squared errors"));
    m_prediction->setAccessibleName(tr("Prediction"));
    m_bars->setToolTip(tr("Blue: the output for each class. Orange: its squared error. Dashed: the label."));
    m_bars->setAccessibleName(tr("Output and error bars"));
    m_grid->setColumnMinimumWidth(0, m_bars->legendWidth());
    applyLocks();
    updateValues();
}

void OutputCalculatorStage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool OutputCalculatorStage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Move)
        updateColumns();
    return QWidget::eventFilter(watched, event);
}

void OutputCalculatorStage::updateColumns()
{
    QList<QPair<double, double>> columns;
    for (QLabel *header : m_headers) {
        if (!header)
            return;
        const QRect g = header->geometry().translated(-m_bars->pos());
        columns.append({double(g.left()), double(g.right() + 1)});
    }
    m_bars->setColumns(columns);
}
