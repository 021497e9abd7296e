#include "lossbowlstage.h"

#include "bowlstepmodel.h"
#include "colorscale.h"
#include "lossbowlplot.h"
#include "stageformat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

bool sameRate(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}
} // namespace

LossBowlStage::LossBowlStage(QWidget *parent) : QWidget(parent), m_bowl(kLeftStart, 0.01)
{
    setObjectName(QStringLiteral("lossBowlStage"));
    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(line / 3);

    m_plot = new LossBowlPlot(m_bowl, this);
    m_plot->setObjectName(QStringLiteral("bowl.plot"));
    layout->addWidget(m_plot, 5);

    m_formula = new QLabel(this);
    m_formula->setObjectName(QStringLiteral("bowl.formula"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_formula->setFont(big);
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_formula);
    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("bowl.readout"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_readout);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bowl.status"));
    m_status->setWordWrap(true);
    m_status->setMargin(line / 4);
    layout->addWidget(m_status);

    auto *controls = new QHBoxLayout;
    m_rateLabel = new QLabel(this);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("bowl.lr"));
    m_rate->setRange(kMinRate, kMaxRate);
    m_rate->setDecimals(3);
    // 0.01 → 0.011, 0.9 → 1.0 → 1.1: one arrow click is a step of the size the lessons try.
    m_rate->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_rate->setKeyboardTracking(false);
    m_rateLabel->setBuddy(m_rate);
    m_startLabel = new QLabel(this);
    m_start = new QComboBox(this);
    m_start->setObjectName(QStringLiteral("bowl.w0"));
    m_start->addItem(QString(), kLeftStart);
    m_start->addItem(QString(), kRightStart);
    m_startLabel->setBuddy(m_start);
    m_step = new QPushButton(this);
    m_step->setObjectName(QStringLiteral("bowl.step"));
    m_step10 = new QPushButton(this);
    m_step10->setObjectName(QStringLiteral("bowl.step10"));
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("bowl.run"));
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("bowl.reset"));
    controls->addWidget(m_rateLabel);
    controls->addWidget(m_rate);
    controls->addSpacing(line / 2);
    controls->addWidget(m_startLabel);
    controls->addWidget(m_start);
    controls->addStretch(1);
    for (QPushButton *button : {m_step, m_step10, m_run, m_reset})
        controls->addWidget(button);
    layout->addLayout(controls);

    m_steps = new BowlStepModel(m_bowl, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bowl.table"));
    m_table->setModel(m_steps);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(line * 7);
    layout->addWidget(m_table, 3);

    m_locks.add(m_rate, m_rateLabel);
    m_locks.add(m_start, m_startLabel);
    for (QPushButton *button : {m_step, m_step10, m_run, m_reset})
        m_locks.add(button);

    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &LossBowlStage::setLearningRate);
    connect(m_start, &QComboBox::activated, this, [this](int index) { setStart(m_start->itemData(index).toDouble()); });
    connect(m_step, &QPushButton::clicked, this, [this] { step(1); });
    connect(m_step10, &QPushButton::clicked, this, [this] { step(10); });
    connect(m_run, &QPushButton::clicked, this, [this] { step(0); });
    connect(m_reset, &QPushButton::clicked, this, &LossBowlStage::reset);

    retranslateUi();
}

bool LossBowlStage::isRunaway() const
{
    return !std::isfinite(m_bowl.w()) || std::abs(m_bowl.w() - LossBowl::kMinimum) > kRunawayDistance;
}

void LossBowlStage::setStart(double w0)
{
    m_bowl.reset(w0);
    applyChange();
}

void LossBowlStage::setLearningRate(double learningRate)
{
    const double lr = std::clamp(learningRate, kMinRate, kMaxRate);
    if (sameRate(lr, m_bowl.learningRate()))
        return;
    m_bowl.setLearningRate(lr);
    applyChange();
}

void LossBowlStage::step(int count)
{
    if (count <= 0) {
        // LossBowl::runToConvergence(), plus the runaway stop.
        for (int taken = 0; !m_bowl.converged() && taken < LossBowl::kMaxSteps && !isRunaway(); ++taken)
            m_bowl.step();
    } else {
        for (int i = 0; i < count && !isRunaway(); ++i)
            m_bowl.step();
    }
    m_lastStepRate = m_bowl.learningRate();
    applyChange();
}

void LossBowlStage::reset()
{
    m_bowl.reset();
    applyChange();
}

void LossBowlStage::refresh()
{
    syncControls();
}

void LossBowlStage::applyChange()
{
    syncControls();
    emit changed();
}

void LossBowlStage::setLearningRateLocked(bool locked)
{
    m_locks.setLocked(m_rate->objectName(), locked);
    m_locks.apply();
}

void LossBowlStage::setButtonsLocked(bool locked)
{
    for (QPushButton *button : {m_step, m_step10, m_run, m_reset})
        m_locks.setLocked(button->objectName(), locked);
    m_locks.apply();
}

void LossBowlStage::setStartLocked(bool locked)
{
    m_locks.setLocked(m_start->objectName(), locked);
    m_locks.apply();
}

void LossBowlStage::setNextStepShown(bool shown)
{
    m_plot->setNextStepShown(shown);
}

void LossBowlStage::syncControls()
{
    {
        const QSignalBlocker blocker(m_rate);
        m_rate->setValue(m_bowl.learningRate());
    }
    // The two presets, plus one entry for any other start a lesson sets.
    const double w0 = m_bowl.w0();
    const bool preset = std::abs(w0 - kLeftStart) < 1e-12 || std::abs(w0 - kRightStart) < 1e-12;
    while (m_start->count() > 2)
        m_start->removeItem(2);
    if (!preset)
        m_start->addItem(tr("Start: w₀ = %1").arg(stageformat::compact(w0)), w0);
    m_start->setCurrentIndex(preset ? (std::abs(w0 - kLeftStart) < 1e-12 ? 0 : 1) : 2);

    const bool runaway = isRunaway();
    const QString runawayTip = tr("The ball has run off: press Reset to start over.");
    for (QPushButton *button : {m_step, m_step10, m_run})
        m_locks.setApplicable(button, !runaway);
    m_locks.setToolTip(m_step, runaway ? runawayTip : tr("Take one gradient-descent step: new w = w − lr × slope."));
    m_locks.setToolTip(m_step10, runaway ? runawayTip : tr("Take ten steps, one after the other."));
    m_locks.setToolTip(m_run, runaway ? runawayTip
                                      : tr("Keep stepping until w is within 1% of the minimum (at most %1 steps).")
                                            .arg(LossBowl::kMaxSteps));
    m_locks.apply();

    m_steps->refresh();
    m_table->scrollToBottom();
    m_plot->refresh();
    updateTexts();
}

void LossBowlStage::updateTexts()
{
    const double lr = m_bowl.learningRate();
    const QString lrText = stageformat::compact(lr);
    if (m_bowl.steps() > 0 && sameRate(m_lastStepRate, lr)) {
        const LossBowl::Step &s = m_bowl.history().back();
        m_formula->setText(tr("new w = old w − lr × slope = %1 − %2 × %3 = %4")
                               .arg(stageformat::compact(s.w), lrText, stageformat::operand(s.slope),
                                    stageformat::compact(s.newW)));
    } else {
        m_formula->setText(tr("new w = old w − lr × slope = %1 − %2 × %3 = ?")
                               .arg(stageformat::compact(m_bowl.w()), lrText, stageformat::operand(m_bowl.slope())));
    }
    m_readout->setText(tr("w = %1     slope = %2     loss L(w) = %3     steps: %4")
                           .arg(stageformat::compact(m_bowl.w()), stageformat::compact(m_bowl.slope()),
                                stageformat::compact(m_bowl.loss()), QString::number(m_bowl.steps())));
    updateStatus();
}

void LossBowlStage::updateStatus()
{
    QString text;
    bool warning = false;
    if (m_bowl.steps() == 0) {
        text = tr("No steps yet. Each step moves w by −lr × slope.");
    } else {
        const LossBowl::Step &s = m_bowl.history().back();
        const double before = LossBowl::lossAt(s.w);
        const bool crossed = (s.w - LossBowl::kMinimum) * (s.newW - LossBowl::kMinimum) < 0;
        if (isRunaway()) {
            warning = true;
            text = tr("The loss is growing: the steps overshoot more and more. The ball has left the picture, "
                      "so the steps stop here: press Reset.");
        } else if (s.newLoss > before * (1 + 1e-9)) {
            warning = true;
            text = tr("The loss is growing: the steps overshoot more and more.");
        } else if (m_bowl.converged()) {
            text = tr("Within 1% of the bottom after %n step(s).", nullptr, m_bowl.steps());
        } else if (crossed && s.newLoss >= before * (1 - 1e-9)) {
            text = tr("The ball bounces between two points: each step lands as far from the bottom as it "
                      "started, so the loss stays the same.");
        } else if (crossed) {
            text = tr("Overshooting: the step jumped past the bottom, but the loss still went down from %1 to %2.")
                       .arg(stageformat::compact(before), stageformat::compact(s.newLoss));
        } else {
            text = tr("The loss went down from %1 to %2.")
                       .arg(stageformat::compact(before), stageformat::compact(s.newLoss));
        }
    }
    m_status->setText(text);
    m_status->setProperty("warning", warning);
    // Only the background is set, so the text colour keeps following the app's palette.
    QPalette tint;
    if (warning)
        tint.setColor(QPalette::Window, mix(palette().color(QPalette::Window), colorscale::kNegative, 0.3));
    m_status->setPalette(tint);
    m_status->setAutoFillBackground(warning);
}

void LossBowlStage::retranslateUi()
{
    m_rateLabel->setText(tr("&Learning rate"));
    m_startLabel->setText(tr("S&tart"));
    m_start->setItemText(0, tr("Left: w₀ = %1").arg(stageformat::compact(kLeftStart)));
    m_start->setItemText(1, tr("Right: w₀ = %1").arg(stageformat::compact(kRightStart)));
    m_step->setText(tr("Take one step"));
    m_step10->setText(tr("Take 10 steps"));
    m_run->setText(tr("Run to the bottom"));
    m_reset->setText(tr("Reset"));
    m_locks.setToolTip(m_rate, tr("The learning rate: how far each step goes (step = learning rate × slope)."));
    m_locks.setToolTip(m_start, tr("Where the ball starts. Choosing a start point starts over."));
    m_locks.setToolTip(m_reset, tr("Put the ball back at the start point and clear the step table."));
    m_table->setToolTip(tr("One row per step; the table keeps the last %1 steps.").arg(BowlStepModel::kRows));
    m_table->setAccessibleName(tr("Step table"));
    m_formula->setToolTip(tr("The gradient-descent update with the numbers of the last step "
                             "(before the first step: the next one)."));
    m_formula->setAccessibleName(tr("Update formula"));
    m_readout->setAccessibleName(tr("Current weight, slope and loss"));
    m_status->setAccessibleName(tr("What the last step did"));
    m_steps->retranslate();
    syncControls();
}

void LossBowlStage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateStatus();
    QWidget::changeEvent(event);
}
