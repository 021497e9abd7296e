#pragma once

#include "runoverlays.h"
#include "trainingreport.h"

#include <QWidget>

class MetricChart;
class QCheckBox;
class QPushButton;
class QStackedWidget;
class QTabBar;

/**
 * P2 (损失曲线): loss and accuracy of the training, validation and test sets over the epochs, as
 * two Qt Charts behind "Loss" / "Accuracy" tabs, with a log-scale toggle for the loss and a
 * button that takes the earlier runs (those ticked in the run history) off the chart.
 *
 * Reports carry the epochs finished since the previous one (0..many); each report costs one
 * QXYSeries::replace() per curve, whatever the training speed. A report with a new generation
 * means the run started over: the curves start empty, and the run that ended comes back as an
 * overlay once the run history has recorded it (setOverlays).
 * The test curve stays hidden until setShowTest(true), as the lessons keep the test set for last.
 */
class LossChartView : public QWidget
{
    Q_OBJECT

public:
    explicit LossChartView(QWidget *parent = nullptr);

    MetricChart *lossChart() const { return m_lossChart; }
    MetricChart *accuracyChart() const { return m_accuracyChart; }
    bool isLogScale() const;
    /// The number of recorded runs drawn behind the current one.
    int overlayCount() const;

public slots:
    void setReport(const TrainingReport &report);
    void setShowTest(bool show);
    void setLogScale(bool on);
    /// Draws these recorded runs on both charts, each in its colour with a legend entry.
    void setOverlays(const std::vector<OverlayRun> &runs);
    /// Marks the past epoch the timeline (P12) shows on both charts; -1 removes the mark.
    void setViewedEpoch(int epoch);

signals:
    /// "Clear old runs": the run history should untick every run (it keeps them).
    void hideRunsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    QTabBar *m_tabs = nullptr;
    QCheckBox *m_logBox = nullptr;
    QPushButton *m_clearButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    MetricChart *m_lossChart = nullptr;
    MetricChart *m_accuracyChart = nullptr;
    quint64 m_generation = 0;
    bool m_hasGeneration = false;
};
