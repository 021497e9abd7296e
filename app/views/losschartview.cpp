#include "losschartview.h"

#include "metricchart.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace {
enum Tab { LossTab, AccuracyTab };
}

LossChartView::LossChartView(QWidget *parent)
    : QWidget(parent)
{
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->addTab(QString());
    m_tabs->addTab(QString());
    m_tabs->setDrawBase(false);
    m_logBox = new QCheckBox(this);
    m_logBox->setObjectName(QStringLiteral("logScaleBox"));
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearOldRunsButton"));

    m_lossChart = new MetricChart(MetricChart::Quantity::Loss, this);
    m_accuracyChart = new MetricChart(MetricChart::Quantity::Accuracy, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_lossChart);
    m_stack->addWidget(m_accuracyChart);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_tabs);
    bar->addStretch();
    bar->addWidget(m_logBox);
    bar->addWidget(m_clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        updateButtons();
    });
    connect(m_logBox, &QCheckBox::toggled, this, &LossChartView::setLogScale);
    connect(m_clearButton, &QPushButton::clicked, this, &LossChartView::hideRunsRequested);

    retranslateUi();
    updateButtons();
}

bool LossChartView::isLogScale() const
{
    return m_lossChart->isLogScale();
}

int LossChartView::overlayCount() const
{
    return m_lossChart->overlays().count();
}

void LossChartView::setReport(const TrainingReport &report)
{
    if (m_hasGeneration && report.generation != m_generation) {
        m_lossChart->startNewRun();
        m_accuracyChart->startNewRun();
    }
    m_generation = report.generation;
    m_hasGeneration = true;
    m_lossChart->addEpochs(report.newEpochs, report.bestValidationEpoch);
    m_accuracyChart->addEpochs(report.newEpochs, report.bestValidationEpoch);

    // Regression has no accuracy: the tab stays, greyed out, so the layout does not jump.
    const bool hasAccuracy = report.current.train.hasAccuracy || report.current.validation.hasAccuracy;
    m_tabs->setTabEnabled(AccuracyTab, hasAccuracy);
    if (!hasAccuracy && m_tabs->currentIndex() == AccuracyTab)
        m_tabs->setCurrentIndex(LossTab);
    updateButtons();
}

void LossChartView::setShowTest(bool show)
{
    m_lossChart->setShowTest(show);
    m_accuracyChart->setShowTest(show);
}

void LossChartView::setLogScale(bool on)
{
    m_lossChart->setLogScale(on);
    if (m_logBox->isChecked() != on)
        m_logBox->setChecked(on);
}

void LossChartView::setOverlays(const std::vector<OverlayRun> &runs)
{
    m_lossChart->setOverlays(runs);
    m_accuracyChart->setOverlays(runs);
    updateButtons();
}

void LossChartView::setViewedEpoch(int epoch)
{
    m_lossChart->setViewedEpoch(epoch);
    m_accuracyChart->setViewedEpoch(epoch);
}

void LossChartView::updateButtons()
{
    m_logBox->setEnabled(m_tabs->currentIndex() == LossTab);
    m_clearButton->setEnabled(overlayCount() > 0);
}

void LossChartView::retranslateUi()
{
    m_tabs->setTabText(LossTab, tr("Loss"));
    m_tabs->setTabText(AccuracyTab, tr("Accuracy"));
    m_tabs->setTabToolTip(LossTab, tr("Loss of the training, validation and test sets over the epochs"));
    m_tabs->setTabToolTip(AccuracyTab, tr("Accuracy of the sets over the epochs (classification only)"));
    m_tabs->setToolTip(tr("Choose the loss or the accuracy chart"));
    m_tabs->setAccessibleName(tr("Chart choice"));
    m_logBox->setText(tr("Log scale"));
    m_logBox->setToolTip(tr("Show the loss on a logarithmic axis: small losses late in training become visible"));
    m_logBox->setAccessibleName(tr("Logarithmic loss axis"));
    m_clearButton->setText(tr("Clear old runs"));
    m_clearButton->setToolTip(tr("Take the curves of earlier runs off the chart (the run history keeps the runs)"));
    m_clearButton->setAccessibleName(tr("Clear old runs"));
    setToolTip(tr("Loss and accuracy curves"));
    setAccessibleName(tr("Loss and accuracy curves"));
}

void LossChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
