#pragma once
/**
 * @file workspacepage.h
 * The live network lab every lesson runs on, and free play (自由探索) with every control
 * unlocked: data and features, the network editor, hyperparameters, training controls, the
 * decision boundary, charts and metrics, all fed by one Workspace.
 */
#include "workspace.h"
#include "controllocks.h"

#include <QWidget>

class ConfusionMatrixView;
class CountersView;
class DataPanel;
class DecisionBoundaryView;
class DivergenceBanner;
class FeaturesPanel;
class GradientBarsView;
class HyperparameterPanel;
class LossChartView;
class QSplitter;
class MetricsView;
class NetworkView;
class ParameterInspector;
class QCheckBox;
class QTabWidget;
class RunHistoryView;
class SweepLauncher;
class ThresholdControl;
class TimelineBar;
class TrainingControls;

class WorkspacePage : public QWidget {
    Q_OBJECT
public:
    explicit WorkspacePage(QWidget *parent = nullptr);

    Workspace &workspace() { return m_workspace; }
    TrainingControls *trainingControls() const { return m_controls; }
    DataPanel *dataPanel() const { return m_data; }
    HyperparameterPanel *hyperparameterPanel() const { return m_hyperparameters; }
    NetworkView *networkView() const { return m_network; }
    DecisionBoundaryView *boundaryView() const { return m_boundary; }
    FeaturesPanel *featuresPanel() const { return m_features; }
    ParameterInspector *parameterInspector() const { return m_parameters; }
    TimelineBar *timeline() const { return m_timeline; }
    LossChartView *chartView() const { return m_chart; }
    RunHistoryView *runHistoryView() const { return m_runHistory; }
    ThresholdControl *thresholdControl() const { return m_threshold; }
    /// Free play's "Hyperparameter sweep…" button (lessons lock it unless every control is open).
    SweepLauncher *sweepLauncher() const { return m_sweep; }
    /// The view of a CURRICULUM §3.4 panel id ("P1" decision boundary … "P11" counters), for
    /// lesson highlights; nullptr for panels this page does not show.
    QWidget *panel(const QString &id) const;
    /// While held, the views keep showing the state they had and reports only update the
    /// session: a lesson replaying one update phase by phase shows the new weights only at
    /// optimizer.step(). Releasing shows the latest report.
    void setReportsHeld(bool held);
    bool reportsHeld() const { return m_reportsHeld; }
    /// Lesson presets: "discretize output" on or off.
    void setDiscretize(bool discretize);
    /// "Show test data": the test points in the plot, the test curves, metrics and matrix
    /// (a view option beside "discretize", so unlocking it does not need the settings column).
    void setShowTestData(bool show);
    bool showTestData() const;
    bool discretize() const;
    /// Lessons lock "Show test data" until the step that reveals the test set.
    void setShowTestEnabled(bool enabled);
    /// Shows or hides the data/training settings column. Lesson steps that unlock none of its
    /// controls hide it, so the views the step is about get the room (one knob per step, R2).
    void setSettingsVisible(bool visible);
    /// Gives the loss/accuracy charts the larger share of the centre column (for short stages).
    void setChartsFirst(bool chartsFirst);
    /// Shows or hides the timeline (P12); hiding it goes back to the live run. Lesson steps that
    /// do not unlock "timeline" hide it; free play shows it.
    void setTimelineVisible(bool visible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void connectViews();
    void retranslateUi();
    void showReport(const TrainingReport &report);
    /// The views of one moment of the run (P1, P3, P4, P5, P6, P9): the live one, or the past
    /// epoch the timeline shows, while the live reports keep moving the charts and counters.
    void showState(const TrainingReport &report);
    void showPast(const TrainingReport &report);
    void showLive();
    void showData(const DataReport &report);
    void showTestInViews(bool show);
    /// Draws the runs ticked in the run history on the charts.
    void showRunOverlays();
    void requestEdit(const NetworkEdit &edit);
    /// Names a network edit in Edit > Undo.
    static QString editName(NetworkEdit::Kind kind);

    Workspace m_workspace;
    TrainingControls *m_controls = nullptr;
    CountersView *m_counters = nullptr;
    DivergenceBanner *m_banner = nullptr;
    QTabWidget *m_settingsTabs = nullptr;
    DataPanel *m_data = nullptr;
    FeaturesPanel *m_features = nullptr;
    HyperparameterPanel *m_hyperparameters = nullptr;
    NetworkView *m_network = nullptr;
    DecisionBoundaryView *m_boundary = nullptr;
    QCheckBox *m_discretize = nullptr;
    QCheckBox *m_showTest = nullptr;
    QSplitter *m_centre = nullptr;
    ControlLocks m_viewLocks;
    QCheckBox *m_misclassified = nullptr;
    QTabWidget *m_resultTabs = nullptr;
    LossChartView *m_chart = nullptr;
    MetricsView *m_metrics = nullptr;
    ConfusionMatrixView *m_confusion = nullptr;
    ThresholdControl *m_threshold = nullptr;
    GradientBarsView *m_gradients = nullptr;
    ParameterInspector *m_parameters = nullptr;
    TimelineBar *m_timeline = nullptr;
    RunHistoryView *m_runHistory = nullptr;
    SweepLauncher *m_sweep = nullptr;
    bool m_reportsHeld = false;
};
